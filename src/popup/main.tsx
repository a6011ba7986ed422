import { render } from 'preact';
import { browser } from '../platform/browser';
import { Popup } from './Popup';
import '../ui/theme.css';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup />, document.getElementById('app')!);
