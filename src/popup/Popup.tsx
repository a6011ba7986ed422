import { useEffect, useState } from 'preact/hooks';
import { browser, sendMessage, t } from '../platform/browser';
import type { TabState } from '../shared/messages';
import type { Evidence } from '../detect/types';
import { PRIMARY_SOURCES, SOURCES, SALES_PROHIBITED_FROM, UPDATES_END, formatFactDate, type SourceId } from '../facts';
import { ExternalLink } from '../ui/ExternalLink';
import { CheckIcon, WarningIcon } from '../ui/icons';
import { messageWith } from '../ui/i18n';
import { OrgNotice } from '../ui/OrgNotice';
import { useSettings } from '../ui/useSettings';
import { messageLocale } from '../ui/locale';
import { PresenceNote, usePresence } from '../ui/Presence';

const DETAILS_PAGE = 'src/details/index.html';
/** Enough evidence to answer "why"; the rest would push the facts out of the popup. */
const MAX_EVIDENCE = 3;

/** Short localised labels for the three primary sources (the full titles are in the link's tooltip). */
const SOURCE_LABEL_KEYS: Partial<Record<SourceId, string>> = {
  bisPressRelease: 'popupSourceBisPressRelease',
  finalDetermination: 'popupSourceFinalDetermination',
  bisKasperskyPage: 'popupSourceBisKasperskyPage',
};

async function currentTabState(): Promise<TabState | null> {
  // A `?tab=ID` parameter lets tests and the demo open the popup as a page for a given tab.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return tabId === undefined ? null : sendMessage({ type: 'get-tab-state', tabId });
}

/** Evidence lines, strongest first, without repeats. */
function evidenceLines(evidence: readonly Evidence[]): string[] {
  const sorted = [...evidence].sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
  return [...new Set(sorted.map((item) => item.detail.trim()).filter(Boolean))].slice(0, MAX_EVIDENCE);
}

const STATUS_KEYS = { product: 'popupStatusFlagged', checkout: 'popupStatusCheckout', listing: 'popupStatusListing' } as const;

function TabStatus({ state }: { state: TabState | null }) {
  if (!state || state.verdict.kind === 'none') {
    return (
      <section class="status status--clear" data-status="clear">
        <CheckIcon />
        <div>
          <p class="status__headline">{t('popupStatusClear')}</p>
          <p class="status__hint">{t('popupStatusClearHint')}</p>
        </div>
      </section>
    );
  }
  const { kind, products, evidence } = state.verdict;
  const product = products[0] ?? t('productFallback');
  const lines = evidenceLines(evidence);
  return (
    <section class="status status--flagged" data-status={kind} role="status">
      <WarningIcon />
      <div>
        <p class="status__headline">
          {/* A weak verdict only sets the badge (design §3): say so rather than overstate it. */}
          {messageWith(state.verdict.confirmed ? STATUS_KEYS[kind] : 'popupStatusPossible', <strong data-product>{product}</strong>)}
        </p>
        {lines.length > 0 && (
          <>
            <h2 class="status__why">{t('popupEvidence')}</h2>
            <ul class="evidence">
              {lines.map((line) => (
                <li key={line} title={line}>
                  {line}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function openDetails(event: MouseEvent): void {
  // A popup cannot navigate to a new tab by itself in every browser: ask the browser, then close.
  event.preventDefault();
  void browser.runtime.openOptionsPage().then(() => window.close());
}

export function Popup() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const settings = useSettings();
  const presence = usePresence();
  useEffect(() => {
    currentTabState().then(setState, () => setState(null));
  }, []);
  const locale = messageLocale();
  const sales = formatFactDate(SALES_PROHIBITED_FROM, locale);
  const updates = formatFactDate(UPDATES_END, locale);
  return (
    <main class="popup">
      <header class="popup__header">
        <img src="/icons/icon-32.png" width="24" height="24" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {state !== undefined && <TabStatus state={state} />}
      {presence && <PresenceNote status={presence} locale={locale} />}
      {settings?.values.mode === 'off' && <p class="popup__off">{t('popupWarningsOff')}</p>}
      {settings && <OrgNotice settings={settings} />}
      <section aria-labelledby="brief">
        <h2 id="brief">{t('popupBriefHeading')}</h2>
        <p class="explanation" data-short-explanation>
          {messageWith('popupShortExplanation', <strong>{sales}</strong>, <strong>{updates}</strong>)}
        </p>
      </section>
      <section aria-labelledby="means">
        <h2 id="means">{t('popupMeansHeading')}</h2>
        <ul class="means">
          <li>{messageWith('popupMeansOwn', <strong>{updates}</strong>)}</li>
          <li>
            {t('popupMeansCheck')} <ExternalLink href={SOURCES.kasperskyRemovalTool.url}>{t('popupRemovalLink')}</ExternalLink>.
          </li>
        </ul>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{t('popupSources')}</h2>
        <ul class="sources">
          {PRIMARY_SOURCES.map((id) => {
            const source = SOURCES[id];
            return (
              <li key={id}>
                <ExternalLink href={source.url}>
                  <span title={source.title}>{t(SOURCE_LABEL_KEYS[id] ?? '') || source.title}</span>
                </ExternalLink>
              </li>
            );
          })}
        </ul>
      </section>
      <footer class="popup__footer">
        <a href={browser.runtime.getURL(DETAILS_PAGE)} target="_blank" rel="noopener" onClick={openDetails} data-details-link>
          {t('popupDetailsLink')} →
        </a>
      </footer>
    </main>
  );
}
