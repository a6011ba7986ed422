/**
 * The two-site rule. Web developers who ran Kaspersky sometimes saved a page with the
 * injected tag and published it, so one site can carry the tag for every visitor. A
 * sighting counts only when the sign was seen on at least two different registrable
 * domains within 24 hours. Only the domains' hashes and times are kept, a handful at
 * most, and they expire. Pure: the background supplies storage, hashing and the clock.
 */
export interface Sighting {
  /** SHA-256 (hex, truncated) of the registrable domain — never the domain itself. */
  readonly domainHash: string;
  readonly time: number;
}

export const SIGHTING_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_SIGHTINGS = 6;

export interface SightingUpdate {
  readonly sightings: Sighting[];
  /** Two or more different domains within the window. */
  readonly confirmed: boolean;
}

export function recordSighting(previous: readonly unknown[] | undefined, domainHash: string, now: number): SightingUpdate {
  const valid = (previous ?? []).filter(
    (s): s is Sighting =>
      typeof s === 'object' && s !== null && typeof (s as Sighting).domainHash === 'string' && typeof (s as Sighting).time === 'number',
  );
  const fresh = valid.filter((s) => now - s.time < SIGHTING_WINDOW_MS && s.time <= now && s.domainHash !== domainHash);
  const sightings = [...fresh, { domainHash, time: now }].slice(-MAX_SIGHTINGS);
  const domains = new Set(sightings.map((s) => s.domainHash));
  return { sightings, confirmed: domains.size >= 2 };
}

export const NOTICE_QUIET_MS = 30 * 24 * 60 * 60 * 1000;
export const REPORT_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The one-time notice: not again for 30 days once shown. */
export function noticeDue(lastShown: number | undefined, now: number): boolean {
  return lastShown === undefined || now - lastShown >= NOTICE_QUIET_MS || lastShown > now;
}

/** One report per browser per day. */
export function reportDue(lastReported: number | undefined, now: number): boolean {
  return lastReported === undefined || now - lastReported >= REPORT_INTERVAL_MS || lastReported > now;
}
