import type { SourceId } from './sources';
import type { Body, Confidence, EventDate, EventKind, IsoDate, Jurisdiction } from './types';

export interface FactEvent {
  /** Stable id; the UI's title and plain-English line are the i18n keys `detailsEventTitle_<id>` and `detailsEvent_<id>`. */
  readonly id: string;
  readonly kind: EventKind;
  /** The first date orders the timeline. */
  readonly dates: readonly EventDate[];
  readonly body: Body;
  /** Official citations, language-neutral (Federal Register pages, public law numbers, …). */
  readonly citations: readonly string[];
  /** Primary source first. Company events have none recorded in ban-facts.md and are attributed instead. */
  readonly sources: readonly SourceId[];
  readonly confidence: Confidence;
  /** ISO dates substituted, formatted for the reader, into the plain-English line ($1, $2 …). */
  readonly lineDates?: readonly IsoDate[];
}

/** Kaspersky may not enter new agreements with U.S. persons (no new sales) from this date. */
export const SALES_PROHIBITED_FROM = '2024-07-20';
/** No signature or code updates for U.S. users, and no reselling, from this date (00:00 EDT). */
export const UPDATES_END = '2024-09-29';
/** Kaspersky's update moved U.S. Windows users to UltraAV (Pango Group) on this date. */
export const ULTRAAV_MOVE = '2024-09-19';

/** shared/ban-facts.md §1, in date order. */
export const TIMELINE: readonly FactEvent[] = [
  {
    id: 'bod1701',
    kind: 'government',
    dates: [
      { iso: '2017-09-13', role: 'issued' },
      { iso: '2017-09-19', role: 'published' },
    ],
    body: 'dhs',
    citations: ['BOD 17-01', '82 FR 43782', 'FR Doc 2017-19838'],
    sources: ['bod1701', 'bod1701Notice'],
    confidence: 'high',
  },
  {
    id: 'ndaa1634',
    kind: 'government',
    dates: [
      { iso: '2017-12-12', role: 'signed' },
      { iso: '2018-10-01', role: 'inForce' },
    ],
    body: 'congress',
    citations: ['Pub. L. 115-91, §1634'],
    sources: ['ndaa2018'],
    confidence: 'high',
  },
  {
    id: 'far420',
    kind: 'government',
    dates: [
      { iso: '2018-06-15', role: 'interim' },
      { iso: '2019-09-10', role: 'final' },
    ],
    body: 'farCouncil',
    citations: ['FAR 52.204-23', '83 FR 28141', '84 FR 47861'],
    sources: ['farSubpart420'],
    confidence: 'high',
  },
  {
    id: 'fccCoveredList',
    kind: 'government',
    dates: [{ iso: '2022-03-25', role: 'issued' }],
    body: 'fcc',
    citations: ['DA 22-320'],
    sources: ['fccDa22320', 'fccCoveredList'],
    confidence: 'high',
  },
  {
    id: 'finalDetermination',
    kind: 'government',
    dates: [
      { iso: '2024-06-20', role: 'announced' },
      { iso: '2024-06-24', role: 'published' },
    ],
    body: 'commerceBis',
    citations: ['89 FR 52434', 'FR Doc 2024-13532', 'Case No. ICTS-2021-002', 'E.O. 13873', '15 CFR part 791'],
    sources: ['finalDetermination', 'finalDeterminationGovinfo', 'bisPressRelease', 'bisKasperskyPage', 'ictsPart791'],
    confidence: 'high',
  },
  {
    id: 'ofacSanctions',
    kind: 'government',
    dates: [{ iso: '2024-06-21', role: 'issued' }],
    body: 'treasuryOfac',
    citations: ['E.O. 14024'],
    sources: ['ofacRecentActions'],
    confidence: 'high',
  },
  {
    id: 'entityList',
    kind: 'government',
    dates: [{ iso: '2024-06-24', role: 'published' }],
    body: 'commerceBis',
    citations: ['89 FR 52362', 'FR Doc 2024-13695'],
    sources: ['entityListRule'],
    confidence: 'high',
  },
  {
    id: 'kasperskyWindDown',
    kind: 'company',
    dates: [{ iso: '2024-07-15', role: 'announced' }],
    body: 'kaspersky',
    citations: [],
    sources: [],
    confidence: 'high',
    lineDates: [SALES_PROHIBITED_FROM],
  },
  {
    id: 'noNewSales',
    kind: 'effect',
    dates: [{ iso: SALES_PROHIBITED_FROM, role: 'effective' }],
    body: 'commerceBis',
    citations: ['89 FR 52434'],
    sources: ['finalDetermination', 'bisPressRelease'],
    confidence: 'high',
  },
  {
    id: 'ultraAv',
    kind: 'company',
    dates: [{ iso: ULTRAAV_MOVE, role: 'effective' }],
    body: 'kasperskyPango',
    citations: [],
    sources: [],
    confidence: 'high',
  },
  {
    id: 'noUpdates',
    kind: 'effect',
    dates: [{ iso: UPDATES_END, role: 'effective', time: '00:00 EDT' }],
    body: 'commerceBis',
    citations: ['89 FR 52434'],
    sources: ['finalDetermination', 'bisPressRelease', 'bisKasperskyPage'],
    confidence: 'high',
  },
];

/** What the Final Determination covers and exempts (ban-facts.md §2); prose in i18n `detailsScope_<id>`. */
export const SCOPE = {
  covered: ['cybersecurity', 'antivirus', 'whiteLabel'],
  exempt: ['threatIntelligence', 'securityTraining', 'consulting'],
  sources: ['finalDetermination', 'bisKasperskyPage'] as readonly SourceId[],
} as const;

export interface OtherGovernmentAction {
  /** The UI's line is the i18n key `detailsOther_<id>`. */
  readonly id: string;
  readonly date: IsoDate;
  readonly who: Jurisdiction;
  /** ISO dates substituted into the line ($1 …). */
  readonly lineDates?: readonly IsoDate[];
}

/**
 * Other governments' actions (ban-facts.md §4): context for the details page, not bans
 * on consumers. ban-facts.md records no addresses for these, so none are linked.
 */
export const OTHER_GOVERNMENTS: readonly OtherGovernmentAction[] = [
  { id: 'ukNcsc', date: '2017-12-01', who: 'uk' },
  { id: 'lithuania', date: '2017-12-20', who: 'lithuania' },
  { id: 'netherlands', date: '2018-05-14', who: 'netherlands' },
  { id: 'europeanParliament', date: '2018-06-13', who: 'europeanParliament' },
  // Upheld by the Higher Administrative Court of North Rhine-Westphalia (OVG NRW).
  { id: 'germanyBsi', date: '2022-03-15', who: 'germany', lineDates: ['2022-04-28'] },
  { id: 'italyAcn', date: '2022-04-21', who: 'italy' },
];
