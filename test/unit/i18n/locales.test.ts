// @vitest-environment node
import { describe, expect, it } from 'vitest';

// Parsing all of src/ with the TypeScript parser takes seconds on a busy machine.
const SCAN_TIMEOUT = 60_000;
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocales, type Messages } from '../../../build/locales';
import { indirectMessageKeys, scanDirectory, usedMessageKeys } from './scan';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const locales = readLocales(resolve(ROOT, 'src/i18n'));
const english = locales.get('en')!;

/** Placeholder names a message uses in its text ($NAME$), lower-cased as Chrome treats them. */
function usedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

function placeholderShape(entry: Messages[string]): string {
  return JSON.stringify(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]).sort());
}

describe('locales', () => {
  it('English and Spanish are both present', () => {
    expect([...locales.keys()].sort()).toEqual(expect.arrayContaining(['en', 'es']));
  });

  for (const [lang, messages] of locales) {
    it(`${lang} has exactly the English keys`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${lang}: placeholders are defined, used, and the same as in English`, () => {
      const problems: string[] = [];
      for (const [key, entry] of Object.entries(messages)) {
        const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
        const used = [...new Set(usedPlaceholders(entry.message))];
        if (JSON.stringify(declared) !== JSON.stringify(used)) problems.push(`${key}: declares [${declared}] but uses [${used}]`);
        if (english[key] && placeholderShape(entry) !== placeholderShape(english[key])) problems.push(`${key}: placeholders differ from English`);
        if (!entry.message.trim()) problems.push(`${key}: empty message`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('every key the code passes to t() exists in every locale', () => {
    const used = new Set(scanDirectory(ROOT, ['src'], (file, source) => usedMessageKeys(file, source).map((text) => ({ file, line: 0, text, rule: 'key' }))).map((f) => f.text));
    // Keys handed to t() through a variable or a table (content/ui/evidence.ts, details settings).
    const contentKeyLiterals = scanDirectory(ROOT, ['src'], (file, source) => indirectMessageKeys(file, source).map((text) => ({ file, line: 0, text, rule: 'key' }))).map((f) => f.text);
    expect(contentKeyLiterals).toContain('noticeEvidenceStore');
    const manifestKeys = [...readFileSync(resolve(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    const missing: string[] = [];
    // t('') is a deliberate "no message" fallback; skip it.
    for (const key of new Set([...used, ...contentKeyLiterals, ...manifestKeys].filter((k) => k !== ''))) {
      for (const [lang, messages] of locales) if (!(key in messages)) missing.push(`${lang}: ${key}`);
    }
    expect(used.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  }, SCAN_TIMEOUT);
});

describe('messages the extension formats itself', () => {
  it('follow chrome.i18n: named placeholders in any case, $1…$9, $$', async () => {
    const { formatMessage } = await import('../../../src/platform/messages');
    const entry = { message: 'Since $SALES$ and $updates$ (cost: $$5)', placeholders: { sales: { content: '$1' }, updates: { content: 'the $2' } } };
    expect(formatMessage(entry, ['July 20, 2024', 'end'])).toBe('Since July 20, 2024 and the end (cost: $5)');
    expect(formatMessage(entry, 'only one')).toBe('Since only one and the  (cost: $5)');
    expect(formatMessage({ message: 'Plain' })).toBe('Plain');
  });
});
