import { t } from '../platform/browser';
import { SCOPE } from '../facts';
import { SourceList } from './Timeline';

/** What the Final Determination covers and exempts, and that owning a copy is not illegal. */
export function Scope() {
  return (
    <>
      <div class="scope">
        <div class="scope__col scope__col--covered" data-scope="covered">
          <h3>{t('detailsScopeCoveredHeading')}</h3>
          <ul>
            {SCOPE.covered.map((id) => (
              <li key={id}>{t(`detailsScope_${id}`)}</li>
            ))}
          </ul>
        </div>
        <div class="scope__col scope__col--exempt" data-scope="exempt">
          <h3>{t('detailsScopeExemptHeading')}</h3>
          <ul>
            {SCOPE.exempt.map((id) => (
              <li key={id}>{t(`detailsScope_${id}`)}</li>
            ))}
          </ul>
          <p class="muted">{t('detailsScopeExemptNote')}</p>
        </div>
      </div>
      <div class="callout callout--ok">
        <h3>{t('detailsScopeNotIllegalHeading')}</h3>
        <p>{t('detailsScopeNotIllegal')}</p>
        <p>{t('detailsScopeUsOnly')}</p>
      </div>
      <div class="event__sources">
        <span class="label">{t('detailsSourcesLabel')}:</span>
        <SourceList ids={SCOPE.sources} />
      </div>
    </>
  );
}
