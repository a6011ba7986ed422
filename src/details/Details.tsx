import { useState } from 'preact/hooks';
import { PresenceNote, usePresence } from '../ui/Presence';
import type { ComponentChildren } from 'preact';
import { t } from '../platform/browser';
import { FACTS_VERIFIED, FACTS_VERSION, SALES_PROHIBITED_FROM, UPDATES_END, formatFactDate } from '../facts';
import { OrgNotice } from '../ui/OrgNotice';
import { messageWith } from '../ui/i18n';
import { useSettings } from '../ui/useSettings';
import { messageLocale } from '../ui/locale';
import { Timeline } from './Timeline';
import { Scope } from './Scope';
import { Faq } from './Faq';
import { OtherGovernments } from './OtherGovernments';
import { SettingsPanel, extensionVersion } from './Settings';
// Helper D's diagnostics view (src/details/diagnostics/): effective settings, their sources, self-test.
import { Diagnostics } from './diagnostics/Diagnostics';

const SECTIONS = [
  { id: 'brief', heading: 'detailsBriefHeading' },
  { id: 'timeline', heading: 'detailsTimelineHeading' },
  { id: 'scope', heading: 'detailsScopeHeading' },
  { id: 'faq', heading: 'detailsFaqHeading' },
  { id: 'installed', heading: 'detailsInstalledHeading' },
  { id: 'other', heading: 'detailsOtherHeading' },
  { id: 'settings', heading: 'detailsSettingsHeading' },
  { id: 'privacy', heading: 'detailsPrivacyHeading' },
  { id: 'about', heading: 'detailsAboutHeading' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function Section({ id, children }: { id: SectionId; children: ComponentChildren }) {
  const heading = SECTIONS.find((s) => s.id === id)!.heading;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="section">
      <h2 id={`${id}-heading`}>{t(heading)}</h2>
      {children}
    </section>
  );
}

function Welcome() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <section class="welcome" data-welcome aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('detailsWelcomeTitle')}</h2>
      <p>{t('detailsWelcomeBody')}</p>
      <button type="button" class="button button--primary" onClick={() => setOpen(false)}>
        {t('detailsWelcomeDismiss')}
      </button>
    </section>
  );
}

export function Details() {
  const settings = useSettings();
  const presence = usePresence();
  const params = new URLSearchParams(location.search);
  const locale = messageLocale();
  const date = (iso: string) => formatFactDate(iso, locale);
  // Opened from a notice or the confirmation: the reader wants to know why it warned.
  const from = params.get('from');
  const openFaq = from === 'notice' || from === 'confirm' ? 'why-warned' : null;

  return (
    <div class="page">
      <header class="page__header">
        <img src="/icons/icon-48.png" width="40" height="40" alt="" />
        <div>
          <h1>{t('extName')}</h1>
          <p class="muted">{t('detailsPageTitle')}</p>
        </div>
      </header>
      <div class="page__body">
        <nav class="toc" aria-label={t('detailsNavLabel')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(s.heading)}</a>
              </li>
            ))}
            <li>
              <a href="#diagnostics">{t('enterpriseDiagnosticsTitle')}</a>
            </li>
          </ul>
        </nav>
        <main class="content">
          {params.get('welcome') === '1' && <Welcome />}
          {settings && <OrgNotice settings={settings} />}
          <Section id="brief">
            <p class="lead" data-short-explanation>
              {messageWith('popupShortExplanation', <strong>{date(SALES_PROHIBITED_FROM)}</strong>, <strong>{date(UPDATES_END)}</strong>)}
            </p>
          </Section>
          <Section id="timeline">
            <p class="muted">{t('detailsTimelineIntro')}</p>
            <Timeline locale={locale} />
          </Section>
          <Section id="scope">
            <Scope />
          </Section>
          <Section id="faq">
            <Faq locale={locale} openId={openFaq} />
          </Section>
          <Section id="installed">
            {presence ? <PresenceNote status={presence} locale={locale} /> : <p data-presence-none>{t('detailsInstalledNotSeen')}</p>}
            <p class="muted">{t('detailsInstalledHow')}</p>
          </Section>
          <Section id="other">
            <OtherGovernments locale={locale} />
          </Section>
          <Section id="settings">{settings && <SettingsPanel settings={settings} locale={locale} />}</Section>
          <Section id="privacy">
            <p>{t('detailsPrivacyLocal')}</p>
            <p>{t('detailsPrivacyNothingSent')}</p>
            {settings?.values.reportUrl && (
              <p class="callout callout--org" data-report-disclosure>
                {t('popupReportNotice', [settings.values.organizationName.trim() || t('popupOrgUnnamed')])}
              </p>
            )}
          </Section>
          {/* Diagnostics (helper D's component, src/details/diagnostics/): between privacy and about. */}
          <div id="diagnostics" class="section">
            <Diagnostics />
          </div>
          <Section id="about">
            <p data-about-version>{t('detailsVersion', [extensionVersion()])}</p>
            <p data-facts-verified>{t('detailsFactsVerified', [date(FACTS_VERIFIED)])}</p>
            <p class="muted">{t('detailsFactsVersion', [String(FACTS_VERSION)])}</p>
          </Section>
        </main>
      </div>
    </div>
  );
}
