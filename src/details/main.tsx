import { render } from 'preact';
import { browser, t } from '../platform/browser';
import { SALES_PROHIBITED_FROM, UPDATES_END, formatFactDate } from '../facts';

function Details() {
  const locale = browser.i18n.getUILanguage();
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p>{t('popupShortExplanation', [formatFactDate(SALES_PROHIBITED_FROM, locale), formatFactDate(UPDATES_END, locale)])}</p>
    </main>
  );
}

render(<Details />, document.getElementById('app')!);
