/**
 * The facts the extension states, as data. Every entry traces to shared/ban-facts.md,
 * which cites the primary sources. UI code takes dates and URLs from here only (a test
 * scans src/ for inline dates and source URLs elsewhere); the prose that explains each
 * fact lives in src/i18n so that it is translated.
 */
export type { Source, IsoDate, EventDate, DateRole, EventKind, Body, Confidence, Jurisdiction } from './types';
export { SOURCES, PRIMARY_SOURCES, type SourceId } from './sources';
export { TIMELINE, SCOPE, OTHER_GOVERNMENTS, SALES_PROHIBITED_FROM, UPDATES_END, ULTRAAV_MOVE, type FactEvent, type OtherGovernmentAction } from './timeline';

/** Bump when any fact changes: dismissed warnings come back after a change. */
export const FACTS_VERSION = 1;
/** When the facts were last checked against the sources. */
export const FACTS_VERIFIED = '2026-11-23';

/** Formats an ISO date (YYYY-MM-DD) for the UI language, as a calendar date in any time zone. */
export function formatFactDate(iso: string, locale?: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}
