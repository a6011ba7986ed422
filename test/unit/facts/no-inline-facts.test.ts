/**
 * Dates and source addresses are facts: they live in src/facts only, so that one change
 * there changes every place that shows them. This scans the rest of src/ — code and the
 * i18n prose — for dates and government/source URLs written inline.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { SOURCES, formatFactDate, TIMELINE } from '../../../src/facts';
import type { Messages } from '../../../build/locales';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = resolve(ROOT, 'src');
const FACTS_DIR = resolve(SRC, 'facts');
const SCANNED = /\.(ts|tsx|json|html|css)$/;

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE_PATTERNS: readonly RegExp[] = [
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g,
  new RegExp(`\\b(?:${MONTHS_EN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}\\s+de\\s+(?:${MONTHS_ES})\\b`, 'gi'),
];

const SOURCE_HOSTS = new Set(Object.values(SOURCES).map((s) => new URL(s.url).hostname));
const URL_PATTERN = /https?:\/\/[^\s"'`<>)\\]+/g;

/**
 * A source address: any government site, or the host of any source the facts cite. The
 * detector's retailer data lists Kaspersky's own pages (support, blog) as examples of pages
 * not to warn on; there only government addresses count as cited sources.
 */
function isSourceUrl(raw: string, governmentOnly = false): boolean {
  try {
    const host = new URL(raw).hostname;
    return host.endsWith('.gov') || (!governmentOnly && SOURCE_HOSTS.has(host));
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) return path === FACTS_DIR ? [] : walk(path);
    return SCANNED.test(name) ? [path] : [];
  });
}

/** i18n keys the manifest uses: browsers show them without substitutions, so they may hold a date. */
const MANIFEST_KEYS = new Set([...readFileSync(resolve(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));

const findings = (text: string, governmentOnly = false): string[] => [
  ...DATE_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `date "${m[0]}"`)),
  ...[...text.matchAll(URL_PATTERN)]
    .map((m) => m[0])
    .filter((url) => isSourceUrl(url, governmentOnly))
    .map((url) => `source URL ${url}`),
];

describe('no dates or source URLs outside src/facts', () => {
  it('the patterns catch what they are meant to', () => {
    expect(findings('since July 20, 2024')).toEqual(['date "July 20"']);
    expect(findings('desde el 29 de septiembre de 2024')).toEqual(['date "29 de septiembre"']);
    expect(findings("const d = '2024-07-20'")).toEqual(['date "2024-07-20"']);
    expect(findings('see https://www.federalregister.gov/d/2024-13532')).toHaveLength(1);
    expect(findings('see https://oicts.bis.gov/kaspersky/ and https://example.com/a')).toHaveLength(1);
    expect(findings('FR Doc 2024-13532, Kaspersky Premium 2024, BOD 17-01, $SALES$')).toEqual([]);
  });

  it('src/ code and i18n prose hold none', () => {
    const problems: string[] = [];
    for (const file of walk(SRC)) {
      const where = relative(ROOT, file).split(sep).join('/');
      const text = readFileSync(file, 'utf8');
      if (where.startsWith('src/i18n/')) {
        for (const [key, entry] of Object.entries(JSON.parse(text) as Messages)) {
          for (const finding of findings(entry.message)) {
            // Manifest strings cannot take placeholders; their dates must still be the facts' dates.
            if (MANIFEST_KEYS.has(key) && finding.startsWith('date')) continue;
            problems.push(`${where} ${key}: ${finding}`);
          }
        }
      } else {
        for (const finding of findings(text, where.startsWith('src/detect/'))) problems.push(`${where}: ${finding}`);
      }
    }
    expect(problems, 'write dates and source URLs in src/facts and pass them in (i18n placeholders)').toEqual([]);
  });

  it('dates in manifest strings are dates from the facts', () => {
    const factDates = TIMELINE.flatMap((e) => e.dates.map((d) => d.iso));
    for (const lang of readdirSync(resolve(SRC, 'i18n'))) {
      const allowed = new Set(factDates.map((iso) => formatFactDate(iso, lang)));
      for (const file of readdirSync(resolve(SRC, 'i18n', lang))) {
        const messages = JSON.parse(readFileSync(resolve(SRC, 'i18n', lang, file), 'utf8')) as Messages;
        for (const key of Object.keys(messages).filter((k) => MANIFEST_KEYS.has(k))) {
          const text = messages[key]!.message;
          const dates = [...text.matchAll(/\b[A-Z][a-z]+ \d{1,2}, \d{4}\b|\b\d{1,2} de [a-z]+ de \d{4}\b/g)].map((m) => m[0]);
          for (const date of dates) expect(allowed, `${lang}/${file} ${key}: ${date}`).toContain(date);
        }
      }
    }
  });
});
