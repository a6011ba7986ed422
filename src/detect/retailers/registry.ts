import type { RetailerAdapter } from './types';
import { amazon } from './amazon';
import { kasperskyStore } from './kaspersky-store';
import { hostMatches } from '../hosts';

/** Every retailer adapter. A test fails when one has no fixtures or example URLs. */
export const RETAILERS: readonly RetailerAdapter[] = [amazon, kasperskyStore];

export function retailerFor(hostname: string): RetailerAdapter | null {
  return RETAILERS.find((adapter) => hostMatches(hostname, adapter.hosts)) ?? null;
}
