import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  FACTS_VERIFIED,
  OTHER_GOVERNMENTS,
  PRIMARY_SOURCES,
  SALES_PROHIBITED_FROM,
  SCOPE,
  SOURCES,
  TIMELINE,
  ULTRAAV_MOVE,
  UPDATES_END,
  formatFactDate,
  type Source,
} from '../../../src/facts';
import { readLocales } from '../../../build/locales';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = readLocales(resolve(ROOT, 'src/i18n'));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isRealIsoDate(iso: string): boolean {
  return ISO.test(iso) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

const isGovernmentHost = (url: string): boolean => new URL(url).hostname.endsWith('.gov');

/** $1 … $n used by a message, through its named placeholders. */
function placeholderCount(lang: string, key: string): number {
  return Object.keys(LOCALES.get(lang)![key]?.placeholders ?? {}).length;
}

describe('timeline', () => {
  it('is in date order and every date is a real ISO calendar date', () => {
    const firsts = TIMELINE.map((event) => event.dates[0]!.iso);
    expect(firsts).toEqual([...firsts].sort());
    for (const event of TIMELINE) {
      expect(event.dates.length, event.id).toBeGreaterThan(0);
      for (const date of event.dates) expect(isRealIsoDate(date.iso), `${event.id} ${date.iso}`).toBe(true);
    }
    expect(new Set(TIMELINE.map((e) => e.id)).size).toBe(TIMELINE.length);
  });

  it('covers BOD 17-01 through the Final Determination, Entity List and OFAC designations', () => {
    expect(TIMELINE.map((e) => e.id)).toEqual(
      expect.arrayContaining(['bod1701', 'ndaa1634', 'far420', 'fccCoveredList', 'finalDetermination', 'entityList', 'ofacSanctions', 'noNewSales', 'noUpdates']),
    );
    const byId = Object.fromEntries(TIMELINE.map((e) => [e.id, e]));
    expect(byId.bod1701!.dates[0]!.iso).toBe('2017-09-13');
    expect(byId.fccCoveredList!.dates[0]!.iso).toBe('2022-03-25');
    expect(byId.finalDetermination!.citations).toContain('89 FR 52434');
    expect(byId.entityList!.citations).toContain('89 FR 52362');
  });

  it('every government action and effect has an https source, primary first, on an official domain', () => {
    for (const event of TIMELINE.filter((e) => e.kind !== 'company')) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      const primary: Source = SOURCES[event.sources[0]!];
      expect(primary.official, event.id).toBe(true);
      expect(isGovernmentHost(primary.url), `${event.id}: ${primary.url}`).toBe(true);
      expect(event.citations.length, event.id).toBeGreaterThan(0);
    }
  });

  it("company events are Kaspersky's own and cite no government source", () => {
    // ban-facts.md records no address for these; the UI attributes them to the company instead.
    for (const event of TIMELINE.filter((e) => e.kind === 'company')) {
      expect(['kaspersky', 'kasperskyPango'], event.id).toContain(event.body);
      for (const id of event.sources) expect(SOURCES[id].official, event.id).toBe(false);
    }
  });

  it('the two headline dates are the Final Determination effects', () => {
    const byId = Object.fromEntries(TIMELINE.map((e) => [e.id, e]));
    expect(SALES_PROHIBITED_FROM).toBe('2024-07-20');
    expect(UPDATES_END).toBe('2024-09-29');
    expect(byId.noNewSales!.dates[0]!.iso).toBe(SALES_PROHIBITED_FROM);
    expect(byId.noUpdates!.dates[0]).toEqual({ iso: UPDATES_END, role: 'effective', time: '00:00 EDT' });
    expect(byId.ultraAv!.dates[0]!.iso).toBe(ULTRAAV_MOVE);
  });

  it('the facts were verified after the last event they describe', () => {
    expect(isRealIsoDate(FACTS_VERIFIED)).toBe(true);
    const latest = TIMELINE.flatMap((e) => e.dates.map((d) => d.iso)).sort().at(-1)!;
    expect(FACTS_VERIFIED > latest).toBe(true);
  });
});

describe('sources', () => {
  it('are https, and official ones are on government domains', () => {
    for (const [id, source] of Object.entries(SOURCES) as [string, Source][]) {
      expect(new URL(source.url).protocol, id).toBe('https:');
      if (source.official) expect(isGovernmentHost(source.url), `${id}: ${source.url}`).toBe(true);
      // Anything beyond ban-facts.md's list of government sources says why it is there.
      else expect(source.note, id).toBeTruthy();
    }
  });

  it('the popup shows the BIS press release, the Final Determination and the BIS Kaspersky page', () => {
    expect(PRIMARY_SOURCES).toEqual(['bisPressRelease', 'finalDetermination', 'bisKasperskyPage']);
    expect(SOURCES.finalDetermination.url).toBe('https://www.federalregister.gov/d/2024-13532');
    expect(SOURCES.finalDetermination.title).toContain('89 FR 52434');
  });
});

describe('localised prose for the facts', () => {
  const keysFor = (): { key: string; placeholders: number }[] => [
    ...TIMELINE.flatMap((e) => [
      { key: `detailsEventTitle_${e.id}`, placeholders: 0 },
      { key: `detailsEvent_${e.id}`, placeholders: e.lineDates?.length ?? 0 },
      { key: `detailsBody_${e.body}`, placeholders: 0 },
      ...e.dates.map((d) => ({ key: `detailsDateRole_${d.role}`, placeholders: 0 })),
    ]),
    ...[...SCOPE.covered, ...SCOPE.exempt].map((id) => ({ key: `detailsScope_${id}`, placeholders: 0 })),
    ...OTHER_GOVERNMENTS.map((a) => ({ key: `detailsOther_${a.id}`, placeholders: a.lineDates?.length ?? 0 })),
  ];

  for (const lang of ['en', 'es']) {
    it(`exists in ${lang} for every event, scope item and other government, with one placeholder per date`, () => {
      for (const { key, placeholders } of keysFor()) {
        expect(LOCALES.get(lang)![key]?.message, `${lang}: ${key}`).toBeTruthy();
        expect(placeholderCount(lang, key), `${lang}: ${key}`).toBe(placeholders);
      }
    });
  }

  it('popup and details strings exist in both languages with the same placeholders', () => {
    const en = LOCALES.get('en')!;
    const es = LOCALES.get('es')!;
    const mine = Object.keys(en).filter((k) => k.startsWith('popup') || k.startsWith('details'));
    for (const key of mine) {
      expect(es[key]?.message, key).toBeTruthy();
      expect(Object.keys(es[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
    }
  });
});

describe('formatFactDate', () => {
  it('formats the calendar date in the reader’s language, whatever the time zone', () => {
    expect(formatFactDate('2024-07-20', 'en-US')).toBe('July 20, 2024');
    expect(formatFactDate('2024-09-29', 'en-US')).toBe('September 29, 2024');
    expect(formatFactDate('2024-07-20', 'es')).toBe('20 de julio de 2024');
    // Midnight UTC must not slip to the previous day west of Greenwich.
    expect(formatFactDate('2024-01-01', 'en-US')).toBe('January 1, 2024');
  });
});
