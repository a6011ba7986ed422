/**
 * Where "don't warn me on this site" entries live (storage.local, one per registrable
 * domain; written and judged by src/background/dismissals.ts, which has the public-suffix
 * list). The page module only asks whether the table could hold an entry for its host:
 * when it cannot (nearly always), the first warning need not wait on the background.
 */
import { hostInList } from './hosts';

export const DISMISSALS_KEY = 'siteDismissals';

/**
 * Whether `table` holds an entry whose domain is `hostname` or one of its parents. A
 * registrable domain is always such a suffix, so `false` means "not dismissed"; `true`
 * means the background decides (expiry, facts version, the real registrable domain).
 */
export function mayCoverHost(table: unknown, hostname: string): boolean {
  return typeof table === 'object' && table !== null && hostInList(hostname, Object.keys(table));
}
