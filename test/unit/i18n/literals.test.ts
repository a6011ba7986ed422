// @vitest-environment node
import { describe, expect, it } from 'vitest';

// Parsing all of src/ with the TypeScript parser takes seconds on a busy machine.
const SCAN_TIMEOUT = 60_000;
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanDirectory, usedMessageKeys, userVisibleLiterals } from './scan';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Code that renders what people see: the in-page warning, popup, details page, shared UI, the badge. */
const UI_DIRS = ['src/content', 'src/popup', 'src/details', 'src/ui', 'src/background'];

describe('no user-visible text outside _locales', () => {
  it('UI code writes no inline text, accessible names or tooltips', () => {
    const findings = scanDirectory(ROOT, UI_DIRS, userVisibleLiterals);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: "${f.text}"`)).toEqual([]);
  }, SCAN_TIMEOUT);

  // The scanner itself: each kind of inline text is caught, and localised text is not.
  it.each([
    ['JSX text', 'const v = <p>Buy now</p>;', 'x.tsx'],
    ['JSX attribute', 'const v = <button aria-label="Close">✕</button>;', 'x.tsx'],
    ['JSX attribute in braces', "const v = <img alt={'Logo'} />;", 'x.tsx'],
    ['textContent', "el.textContent = 'Kaspersky warning';", 'x.ts'],
    ['template', 'el.textContent = `Found ${name}`;', 'x.ts'],
    ['setAttribute', "el.setAttribute('aria-label', 'Hide');", 'x.ts'],
    ['el() text option', "el('p', { text: 'Why?' });", 'x.ts'],
    ['attrs option', "el('button', { attrs: { 'aria-label': 'Hide' } });", 'x.ts'],
    ['append text', "box.append('Go back');", 'x.ts'],
    ['Spanish', "el.title = 'Volver';", 'x.ts'],
  ])('catches %s', (_name, source, file) => {
    expect(userVisibleLiterals(file, source)).toHaveLength(1);
  });

  it.each([
    ['localised JSX', "const v = <p aria-label={t('noticeClose')}>{t('confirmGoBack')}</p>;", 'x.tsx'],
    ['localised DOM', "el.textContent = t('noticeWhyButton'); el.setAttribute('aria-label', t('noticeClose'));", 'x.ts'],
    ['symbols only', "el.textContent = '✕'; const v = <span>!</span>;", 'x.tsx'],
    ['non-visible attributes', "el.setAttribute('role', 'status'); el.setAttribute('type', 'button');", 'x.ts'],
  ])('accepts %s', (_name, source, file) => {
    expect(userVisibleLiterals(file, source)).toEqual([]);
  });

  it('finds keys through conditionals', () => {
    expect(usedMessageKeys('x.ts', "t(kind === 'checkout' ? 'noticeCheckoutTitle' : 'noticeProductTitle'); text.t('a' ?? 'b');").sort()).toEqual(['a', 'b', 'noticeCheckoutTitle', 'noticeProductTitle']);
  });
});
