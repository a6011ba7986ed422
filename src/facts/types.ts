/** Types for the facts about the U.S. actions against Kaspersky software (see shared/ban-facts.md). */

/** An ISO 8601 calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Source {
  /** The document's own title, in the document's language (English for U.S. sources). */
  readonly title: string;
  readonly url: string;
  /** Published by a government body on its own domain (bis.gov, federalregister.gov, govinfo.gov, …). */
  readonly official: boolean;
  /** Who publishes it; shown next to the link so a reader knows whose word it is. */
  readonly publisher: string;
  /**
   * Where the address came from: a copy that was read (`seen`), the site's standard address
   * pattern (`pattern`), or cited as the official page by several independent references.
   */
  readonly status: 'seen' | 'pattern' | 'referenced';
  /** Why a source outside ban-facts.md §3 is listed, if it is. */
  readonly note?: string;
}

export type Confidence = 'high' | 'medium' | 'low';

/** What a date in an event's life stands for; each has a label in the UI. */
export type DateRole = 'issued' | 'signed' | 'inForce' | 'interim' | 'final' | 'announced' | 'published' | 'effective';

export interface EventDate {
  readonly iso: IsoDate;
  readonly role: DateRole;
  /** A time of day, only where a source states one. */
  readonly time?: string;
}

/**
 * `government`: an action by a U.S. body. `effect`: a date on which part of a government
 * action takes hold. `company`: something Kaspersky (or its partner) did, attributed to them.
 */
export type EventKind = 'government' | 'effect' | 'company';

export type Body = 'dhs' | 'congress' | 'farCouncil' | 'fcc' | 'commerceBis' | 'treasuryOfac' | 'kaspersky' | 'kasperskyPango';
export type Jurisdiction = 'uk' | 'lithuania' | 'netherlands' | 'europeanParliament' | 'germany' | 'italy';
