import { render } from 'preact';
import { messageLocale } from '../ui/locale';
import { t } from '../platform/browser';
import { Details } from './Details';
import '../ui/theme.css';
import './details.css';

document.documentElement.lang = messageLocale();
document.title = `${t('extName')} — ${t('detailsPageTitle')}`;
render(<Details />, document.getElementById('app')!);
