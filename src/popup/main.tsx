import { render } from 'preact';
import { messageLocale } from '../ui/locale';
import { Popup } from './Popup';
import '../ui/theme.css';
import './popup.css';

document.documentElement.lang = messageLocale();
render(<Popup />, document.getElementById('app')!);
