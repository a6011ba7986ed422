import { render } from 'preact';
import { browser, t } from '../platform/browser';
import { Details } from './Details';
import '../ui/theme.css';
import './details.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${t('extName')} — ${t('detailsPageTitle')}`;
render(<Details />, document.getElementById('app')!);
