/**
 * The facts the extension states, as data. Every entry traces to shared/ban-facts.md,
 * which cites the primary sources. UI code takes dates and URLs from here only (a test
 * scans src/ for inline dates and source URLs elsewhere).
 */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** A government site (bis.gov, federalregister.gov, govinfo.gov, …). */
  readonly official: boolean;
}

/** Bump when any fact changes: dismissed warnings come back after a change. */
export const FACTS_VERSION = 1;
/** When the facts below were last checked against the sources. */
export const FACTS_VERIFIED = '2026-11-23';

/** Kaspersky may not enter new agreements with U.S. persons (no new sales) from this date. */
export const SALES_PROHIBITED_FROM = '2024-07-20';
/** No signature or code updates for U.S. users, and no reselling, from this date (00:00 EDT). */
export const UPDATES_END = '2024-09-29';

export const SOURCES = {
  bisPressRelease: {
    title: 'BIS press release: Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers (June 20, 2024)',
    url: 'https://www.bis.gov/press-release/commerce-department-prohibits-russian-kaspersky-software-us-customers',
    official: true,
  },
  finalDetermination: {
    title: 'Final Determination, 89 FR 52434 (Federal Register, June 24, 2024)',
    url: 'https://www.federalregister.gov/d/2024-13532',
    official: true,
  },
  bisKasperskyPage: {
    title: 'BIS Office of ICTS: Kaspersky',
    url: 'https://oicts.bis.gov/kaspersky/',
    official: true,
  },
} as const satisfies Record<string, Source>;

/** Formats an ISO date (YYYY-MM-DD) for the UI language, as a calendar date in any time zone. */
export function formatFactDate(iso: string, locale?: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}
