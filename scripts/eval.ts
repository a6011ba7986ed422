/**
 * `npm run eval`: runs the detector over the whole fixture corpus (dynamic pages after
 * their inline scripts ran, as the unit tests do) and prints precision and recall per
 * class, then every miss and every false alarm by name. Exits non-zero on any error so
 * CI can use it too.
 */
import { detectPage } from '../src/detect';
import type { PageKind } from '../src/detect/types';
import { CORPUS } from '../test/fixtures/corpus';
import { renderFixture } from '../test/fixtures/render';

const CLASSES: readonly PageKind[] = ['product', 'checkout', 'listing'];

interface Outcome {
  readonly file: string;
  readonly url: string;
  readonly expected: PageKind;
  readonly got: PageKind;
  readonly confirmed: boolean;
  readonly productOk: boolean;
  readonly signals: string;
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function main(): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const page of CORPUS) {
    const rendered = await renderFixture(page);
    const { verdict } = detectPage({ document: rendered.document, url: rendered.url });
    // A hit that is not confirmed only sets the badge; the class counts only confirmed verdicts.
    const got: PageKind = verdict.confirmed ? verdict.kind : 'none';
    outcomes.push({
      file: page.file,
      url: page.url,
      expected: page.expect,
      got,
      confirmed: verdict.confirmed,
      productOk: !page.product || verdict.products.includes(page.product),
      signals: verdict.evidence.map((e) => e.signal).join(', '),
    });
    await rendered.close();
  }

  const sites = new Set(CORPUS.map((p) => new URL(p.url).hostname.replace(/^www\./, '')));
  console.log(`Corpus: ${CORPUS.length} pages on ${sites.size} sites; ${CORPUS.filter((p) => p.expect !== 'none').length} positives, ${CORPUS.filter((p) => p.expect === 'none').length} negatives, ${CORPUS.filter((p) => p.dynamic).length} dynamic\n`);
  console.log('class      pages  hits  precision  recall');
  for (const kind of CLASSES) {
    const expected = outcomes.filter((o) => o.expected === kind).length;
    const predicted = outcomes.filter((o) => o.got === kind).length;
    const correct = outcomes.filter((o) => o.got === kind && o.expected === kind).length;
    console.log(`${kind.padEnd(10)} ${String(expected).padStart(5)} ${String(predicted).padStart(5)}     ${pct(correct, predicted)}  ${pct(correct, expected)}`);
  }
  const negatives = outcomes.filter((o) => o.expected === 'none');
  const silent = negatives.filter((o) => o.got === 'none').length;
  console.log(`${'none'.padEnd(10)} ${String(negatives.length).padStart(5)}   —    silent on ${silent}/${negatives.length} (${pct(silent, negatives.length).trim()})`);

  const misses = outcomes.filter((o) => o.expected !== 'none' && o.got !== o.expected);
  const falseAlarms = outcomes.filter((o) => o.got !== 'none' && o.got !== o.expected);
  const wrongProduct = outcomes.filter((o) => o.expected !== 'none' && o.got === o.expected && !o.productOk);
  console.log(`\nMisses (${misses.length}):`);
  for (const o of misses) console.log(`  ${o.file}  expected ${o.expected}, got ${o.got}  [${o.signals || 'no signals'}]  ${o.url}`);
  console.log(`False alarms (${falseAlarms.length}):`);
  for (const o of falseAlarms) console.log(`  ${o.file}  expected ${o.expected}, got ${o.got}  [${o.signals}]  ${o.url}`);
  console.log(`Wrong product name (${wrongProduct.length}):`);
  for (const o of wrongProduct) console.log(`  ${o.file}  ${o.url}`);
  if (misses.length + falseAlarms.length + wrongProduct.length > 0) process.exitCode = 1;
}

await main();
