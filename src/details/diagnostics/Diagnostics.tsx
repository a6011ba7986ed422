/**
 * The diagnostics section of the details page, for administrators and help desks: the
 * settings in force and who set each one, problems found in the policy or the user's
 * settings, versions, and a self-test of the detector on bundled sample pages.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, t } from '../../platform/browser';
import { FACTS_VERSION } from '../../facts';
import { SETTING_KEYS, type Settings } from '../../settings/schema';
import type { EffectiveSettings, SettingSource } from '../../settings/resolve';
import type { ValidationProblem } from '../../settings/validate';
import { loadSettings, managedReadAt, onSettingsChanged } from '../../settings/store';
import { usePresence } from '../../ui/Presence';
import { parseWithDomParser, runSelfTest, type SelfTestResult } from './self-test';

const SOURCE_LABEL: Record<SettingSource, string> = {
  default: 'enterpriseSourceDefault',
  user: 'enterpriseSourceUser',
  managed: 'enterpriseSourceManaged',
};

const KIND_LABEL: Record<string, string> = {
  product: 'enterpriseKindProduct',
  checkout: 'enterpriseKindCheckout',
  none: 'enterpriseKindNone',
};

function displayValue(value: Settings[keyof Settings]): string {
  if (Array.isArray(value)) return value.length === 0 ? t('enterpriseEmptyValue') : value.join(', ');
  if (value === '') return t('enterpriseEmptyValue');
  return String(value);
}

export function problemText(problem: ValidationProblem): string {
  const source = t(problem.source === 'managed' ? 'enterpriseSourcePolicyName' : 'enterpriseSourceUserName');
  if (problem.code === 'not-object') return t('enterpriseProblemNotObject', [source, problem.value]);
  if (problem.code === 'unknown-setting') return t('enterpriseProblemUnknown', [problem.key, source]);
  return t('enterpriseProblemInvalid', [problem.key, source, problem.value]);
}

/** "Managed by <organization>", or nothing when no policy is in force. */
export function managedByText(settings: EffectiveSettings): string | null {
  if (!settings.managed) return null;
  const organization = settings.values.organizationName.trim();
  return organization ? t('enterpriseManagedBy', [organization]) : t('enterpriseManagedByUnnamed');
}

/** Plain text of everything shown, for pasting into a support ticket. */
function reportText(settings: EffectiveSettings, readAt: number | null, selfTest: readonly SelfTestResult[] | null): string {
  return JSON.stringify(
    {
      version: browser.runtime.getManifest().version,
      factsVersion: FACTS_VERSION,
      policyReadAt: readAt === null ? null : new Date(readAt).toISOString(),
      managed: settings.managed,
      settings: Object.fromEntries(SETTING_KEYS.map((key) => [key, { value: settings.values[key], source: settings.sources[key] }])),
      problems: settings.problems.map(({ key, source, code, value }) => ({ key, source, code, value })),
      selfTest: selfTest?.map(({ sample, found, passed }) => ({ sample: sample.id, expected: sample.expect, found, passed })) ?? null,
    },
    null,
    2,
  );
}

export function Diagnostics() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [readAt, setReadAt] = useState<number | null>(null);
  const [selfTest, setSelfTest] = useState<SelfTestResult[] | null>(null);
  const [copied, setCopied] = useState(false);
  const presence = usePresence();

  useEffect(() => {
    const refresh = (fresh: EffectiveSettings): void => {
      setSettings(fresh);
      void managedReadAt().then(setReadAt);
    };
    void loadSettings().then(refresh);
    return onSettingsChanged(refresh);
  }, []);

  if (!settings) return null;
  const locale = browser.i18n.getUILanguage();
  const managedBy = managedByText(settings);
  const passed = selfTest?.filter((result) => result.passed).length ?? 0;

  const copy = (): void => {
    void navigator.clipboard.writeText(reportText(settings, readAt, selfTest)).then(() => setCopied(true), () => setCopied(false));
  };

  return (
    <section class="diagnostics" data-diagnostics aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('enterpriseDiagnosticsTitle')}</h2>
      <p>{t('enterpriseDiagnosticsIntro')}</p>
      <p data-managed={settings.managed ? 'yes' : 'no'}>{managedBy ?? t('enterpriseNotManaged')}</p>
      <dl class="diagnostics__facts">
        <dt>{t('enterpriseVersion')}</dt>
        <dd data-version>{browser.runtime.getManifest().version}</dd>
        <dt>{t('enterpriseFactsVersion')}</dt>
        <dd data-facts-version>{FACTS_VERSION}</dd>
        <dt>{t('enterprisePolicyReadAt')}</dt>
        <dd>{readAt === null ? t('enterprisePolicyNeverRead') : new Date(readAt).toLocaleString(locale)}</dd>
        <dt>{t('enterprisePresenceLastSeen')}</dt>
        <dd data-presence-last-seen>{presence ? `${new Date(presence.lastSeenAt).toLocaleString(locale)} (${presence.signHost})` : t('enterprisePresenceNever')}</dd>
      </dl>

      <h3>{t('enterpriseSettingsTitle')}</h3>
      <table class="diagnostics__settings">
        <thead>
          <tr>
            <th scope="col">{t('enterpriseSettingHeader')}</th>
            <th scope="col">{t('enterpriseValueHeader')}</th>
            <th scope="col">{t('enterpriseSourceHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {SETTING_KEYS.map((key) => (
            <tr key={key} data-setting={key} data-source={settings.sources[key]}>
              <th scope="row">
                <code>{key}</code>
              </th>
              <td>{displayValue(settings.values[key])}</td>
              <td>{t(SOURCE_LABEL[settings.sources[key]])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('enterpriseProblemsTitle')}</h3>
      {settings.problems.length === 0 ? (
        <p data-problems="none">{t('enterpriseNoProblems')}</p>
      ) : (
        <ul data-problems={settings.problems.length}>
          {settings.problems.map((problem) => (
            <li key={`${problem.source}:${problem.key}`} data-problem={problem.key}>
              {problemText(problem)}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('enterpriseSelfTestTitle')}</h3>
      <p>{t('enterpriseSelfTestIntro')}</p>
      <button type="button" data-self-test-run onClick={() => setSelfTest(runSelfTest(parseWithDomParser))}>
        {t('enterpriseSelfTestRun')}
      </button>
      {selfTest && (
        <div role="status">
          <p data-self-test-summary={`${passed}/${selfTest.length}`}>{t('enterpriseSelfTestSummary', [String(passed), String(selfTest.length)])}</p>
          <ul>
            {selfTest.map(({ sample, found, passed: ok }) => (
              <li key={sample.id} data-self-test-result={ok ? 'pass' : 'fail'}>
                <strong>{t(ok ? 'enterpriseSelfTestPass' : 'enterpriseSelfTestFail')}</strong> {t(sample.labelKey)} —{' '}
                {t('enterpriseSelfTestOutcome', [t(KIND_LABEL[sample.expect] ?? sample.expect), t(KIND_LABEL[found] ?? found)])}
              </li>
            ))}
          </ul>
        </div>
      )}

      <p>
        <button type="button" onClick={copy}>
          {t('enterpriseCopyReport')}
        </button>{' '}
        <span role="status">{copied ? t('enterpriseCopied') : ''}</span>
      </p>
    </section>
  );
}
