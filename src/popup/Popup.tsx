import { useEffect, useState } from 'preact/hooks';
import { browser, sendMessage, t } from '../platform/browser';
import type { TabState } from '../shared/messages';
import { SOURCES, SALES_PROHIBITED_FROM, UPDATES_END, formatFactDate } from '../facts';
import { ExternalLink } from '../ui/ExternalLink';

async function currentTabState(): Promise<TabState | null> {
  // A `?tab=ID` parameter lets tests and the demo open the popup as a page for a given tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return tabId === undefined ? null : sendMessage({ type: 'get-tab-state', tabId });
}

function TabStatus({ state }: { state: TabState | null }) {
  if (!state || state.verdict.kind === 'none') {
    return <p class="status status--clear" data-status="clear">{t('popupStatusClear')}</p>;
  }
  const product = state.verdict.products[0] ?? t('productFallback');
  return (
    <section class="status status--flagged" data-status={state.verdict.kind}>
      <p class="status__headline">{t(state.verdict.kind === 'checkout' ? 'popupStatusCheckout' : 'popupStatusFlagged', [product])}</p>
      <h2>{t('popupEvidence')}</h2>
      <ul class="evidence">
        {state.verdict.evidence.map((item) => (
          <li key={item.signal + item.detail}>{item.detail}</li>
        ))}
      </ul>
    </section>
  );
}

export function Popup() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    currentTabState().then(setState, () => setState(null));
  }, []);
  const locale = browser.i18n.getUILanguage();
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {state !== undefined && <TabStatus state={state} />}
      <p class="explanation">{t('popupShortExplanation', [formatFactDate(SALES_PROHIBITED_FROM, locale), formatFactDate(UPDATES_END, locale)])}</p>
      <h2>{t('popupSources')}</h2>
      <ul class="sources">
        {[SOURCES.bisPressRelease, SOURCES.finalDetermination, SOURCES.bisKasperskyPage].map((source) => (
          <li key={source.url}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <p>
        <a href={browser.runtime.getURL('src/details/index.html')} target="_blank" rel="noopener">
          {t('popupDetailsLink')}
        </a>
      </p>
    </main>
  );
}
