import { t } from '../platform/browser';
import { SOURCES, TIMELINE, formatFactDate, type EventDate, type FactEvent, type SourceId } from '../facts';
import { ExternalLink } from '../ui/ExternalLink';

export function FactDate({ date, locale }: { date: EventDate; locale: string }) {
  const day = formatFactDate(date.iso, locale);
  return <time dateTime={date.iso}>{date.time ? t('detailsDateWithTime', [day, date.time]) : day}</time>;
}

export function SourceList({ ids }: { ids: readonly SourceId[] }) {
  return (
    <ul class="source-list">
      {ids.map((id) => {
        const source = SOURCES[id];
        return (
          <li key={id}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
            <span class="source-list__publisher"> — {source.publisher}</span>
          </li>
        );
      })}
    </ul>
  );
}

function TimelineEvent({ event, locale }: { event: FactEvent; locale: string }) {
  const first = event.dates[0];
  const line = t(`detailsEvent_${event.id}`, (event.lineDates ?? []).map((iso) => formatFactDate(iso, locale)));
  return (
    <li class={`event event--${event.kind}`} data-event={event.id} data-kind={event.kind}>
      <div class="event__when">
        {first && <FactDate date={first} locale={locale} />}
      </div>
      <div class="event__what">
        <h3>{t(`detailsEventTitle_${event.id}`)}</h3>
        <p class="event__body">{t(`detailsBody_${event.body}`)}</p>
        <p>{line}</p>
        {event.dates.length > 1 && (
          // Instruments with several dates (signed / in force, interim / final) show each one.
          <dl class="event__dates">
            {event.dates.map((date) => (
              <div key={date.role + date.iso}>
                <dt>{t(`detailsDateRole_${date.role}`)}</dt>
                <dd>
                  <FactDate date={date} locale={locale} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {event.citations.length > 0 && (
          <p class="event__citation">
            <span class="label">{t('detailsCitation')}:</span> {event.citations.join(' · ')}
          </p>
        )}
        {event.sources.length > 0 ? (
          <div class="event__sources">
            <span class="label">{t('detailsSourcesLabel')}:</span>
            <SourceList ids={event.sources} />
          </div>
        ) : (
          <p class="event__attribution">{t('detailsCompanyAttribution')}</p>
        )}
      </div>
    </li>
  );
}

export function Timeline({ locale }: { locale: string }) {
  return (
    <ol class="timeline">
      {TIMELINE.map((event) => (
        <TimelineEvent key={event.id} event={event} locale={locale} />
      ))}
    </ol>
  );
}
