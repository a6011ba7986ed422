import type { RetailerAdapter } from './types';
import { amazon } from './amazon';
import { bestBuy } from './bestbuy';
import { walmart } from './walmart';
import { newegg } from './newegg';
import { ebay } from './ebay';
import { target } from './target';
import { staples } from './staples';
import { officeDepot } from './office-depot';
import { costco } from './costco';
import { bhPhoto } from './bh-photo';
import { microCenter } from './micro-center';
import { cdw } from './cdw';
import { insight } from './insight';
import { g2a } from './g2a';
import { cdkeys } from './cdkeys';
import { kinguin } from './kinguin';
import { eneba } from './eneba';
import { kasperskyStore } from './kaspersky-store';
import { hostInList } from '../../shared/hosts';

/** Every retailer adapter. A test fails when one has no fixtures or example URLs. */
export const RETAILERS: readonly RetailerAdapter[] = [
  amazon, bestBuy, walmart, newegg, ebay, target, staples, officeDepot, costco, bhPhoto, microCenter, cdw, insight, g2a, cdkeys, kinguin, eneba, kasperskyStore,
];

export function retailerFor(hostname: string): RetailerAdapter | null {
  return RETAILERS.find((adapter) => hostInList(hostname, adapter.hosts)) ?? null;
}
