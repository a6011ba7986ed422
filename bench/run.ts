/**
 * `npm run bench`: what the extension costs pages, measured in real Chromium.
 *
 * Every bench page is loaded in three browsers — without an extension, with ours, and
 * with a naive reference extension (bench/naive/) — interleaved, several runs each, under
 * a Chrome trace that attributes main-thread time to the extension (bench/trace.ts).
 * Prints a Markdown table with PASS/FAIL per budget and writes it, with the raw numbers
 * as JSON, to bench/results/. Exits non-zero when a budget fails.
 *
 * `--smoke` (run by `npm test`): fewer runs, a shorter churn and fewer route changes, and
 * budgets three times looser, so only gross regressions fail on a noisy shared machine.
 * It does not build: it measures the extension already in KSW_DIST_DIR (default dist/).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/harness/chromium';
import { DIST, ROOT } from '../test/e2e/harness/paths';
import { SiteServer } from '../test/e2e/harness/site-server';
import { benchPages, routePage, type BenchPage } from './pages';
import { attribute, LONG_TASK_MS, startTrace, type Attribution } from './trace';

const SMOKE = process.argv.includes('--smoke');
const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const CONFIG = {
  ...(SMOKE
    ? { runs: 2, naiveRuns: 1, churnSeconds: 3, routes: 200, warmRoutes: 50, slack: 3 }
    : { runs: 5, naiveRuns: 3, churnSeconds: 10, routes: 1000, warmRoutes: 100, slack: 1 }),
  // `--runs=N` and `--pages=id,id` narrow a run while working on one page.
  ...(option('runs') ? { runs: Number(option('runs')), naiveRuns: Math.min(Number(option('runs')), SMOKE ? 1 : 3) } : {}),
};
const ONLY_PAGES = option('pages')?.split(',');
const ROUTE_SPACING_MS = 25;
const SETTLE_MS = 1000;
const NAIVE_DIR = resolve(ROOT, 'bench/naive');
const RESULTS = resolve(ROOT, 'bench/results');

const BUDGET = {
  noHitMs: 1,
  churnShare: 0.005,
  longTasks: 0,
  noHitGzipBytes: 2048,
  warningMs: 50,
  bigKasperskyMs: 10,
  /** Heap growth (after GC) between early and late route changes, beyond the page's own. */
  memoryGrowthBytes: 256 * 1024,
} as const;

/**
 * Some time budgets above are not met yet (issue 7 is open; see docs/performance.md). So
 * that `npm test` still catches a gross regression of them, the smoke run holds each to
 * three times the larger of its budget and the value last measured on an idle machine
 * (2026-11-23, Chromium 156, 2 cores: no-hit 2.1–5.2 ms, churn 0.63 %, first warning on
 * the small page 50–57 ms untraced, 2 MB page 27–41 ms) — the full bench keeps reporting
 * them against the budgets themselves.
 */
const MEASURED_IDLE = {
  noHitMs: 4.5,
  // Smoke runs churn for 3 s, where the load-time cost weighs three times more than in the full
  // run's 10 s: measured 2.5 % there (0.63 % in the full run).
  churnShare: 0.025,
  warningMs: 57,
  bigKasperskyMs: 35,
} as const;

/** The limit a time budget is checked against in this run. */
function timeLimit(key: keyof typeof MEASURED_IDLE): number {
  return SMOKE ? Math.max(BUDGET[key], MEASURED_IDLE[key]) * CONFIG.slack : BUDGET[key];
}

type Variant = 'none' | 'ours' | 'naive';

interface Sample {
  readonly extensionMs: number;
  readonly pageScriptMs: number;
  readonly longTasks: number;
  readonly scripts: readonly string[];
  /** Content to warning, in this traced visit: the CPU profiler's sampling slows everything, so it is reported but not judged. */
  readonly warningDelayMs: number | null;
  /** Content to warning in an untraced visit right after (Kaspersky pages, our extension): the budget's measure. */
  readonly untracedWarningDelayMs?: number | null;
  readonly warned: boolean;
  readonly elements: number;
}

interface BenchHooks {
  readonly contentAt?: number | null;
  readonly warningAt?: number | null;
  readonly done?: boolean;
}

interface MemoryReading {
  readonly heapBytes: number;
  readonly nodes: number;
}

interface Browsers {
  readonly none: BrowserContext;
  readonly ours: BrowserContext;
  readonly naive: BrowserContext;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Gzip size of each extension file that the page compiled, by its path inside the extension. */
function scriptBytes(dir: string, scripts: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const path of scripts) {
    const body = readFileSync(resolve(dir, path));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function waitFor(tab: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await tab.evaluate<boolean>(expression)) return true;
    await sleep(100);
  }
  return false;
}

const delayOf = (hooks: BenchHooks): number | null => (hooks.contentAt != null && hooks.warningAt != null ? hooks.warningAt - hooks.contentAt : null);

/** Waits for the late-rendered product content and, with an extension, its warning. */
async function awaitWarning(tab: Page, variant: Variant): Promise<void> {
  await waitFor(tab, 'window.__bench.contentAt !== null', 10_000);
  if (variant !== 'none') await waitFor(tab, 'window.__bench.warningAt !== null', 5_000);
}

/**
 * The time from content to warning in a visit without tracing. The trace's CPU profiler
 * samples every ~100 µs and measurably slows the page, the decoding of the imported page
 * module and our code (about 10 ms on the small Kaspersky page here), which no user has.
 */
async function untracedWarningDelay(context: BrowserContext, page: BenchPage): Promise<number | null> {
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
    await awaitWarning(tab, 'ours');
    return delayOf(await tab.evaluate<BenchHooks>('window.__bench'));
  } finally {
    await tab.close();
  }
}

async function measure(context: BrowserContext, page: BenchPage, variant: Variant): Promise<Sample> {
  const tab = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(tab);
  const stop = await startTrace(cdp);
  await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
  if (page.churnSeconds) {
    await sleep(page.churnSeconds * 1000);
    await waitFor(tab, 'window.__bench.done === true', 60_000);
  } else if (page.kind === 'kaspersky') {
    await awaitWarning(tab, variant);
  }
  await sleep(SETTLE_MS);
  const hooks = await tab.evaluate<BenchHooks>('window.__bench');
  const warned = await tab.evaluate<boolean>(`!!document.querySelector('[data-kaspersky-warning],[data-naive-warning]')`);
  const elements = await tab.evaluate<number>(`document.getElementsByTagName('*').length`);
  const events = await stop();
  await cdp.detach();
  await tab.close();
  const attribution: Attribution = attribute(events, page.url, 'chrome-extension://', LONG_TASK_MS * CONFIG.slack);
  const delay = delayOf(hooks);
  return {
    extensionMs: attribution.extensionMs,
    pageScriptMs: attribution.pageScriptMs,
    longTasks: attribution.extensionLongTasks,
    scripts: attribution.extensionScripts,
    warningDelayMs: delay,
    warned,
    elements,
  };
}

/** Heap after forced garbage collection, and DOM nodes alive, in the page's renderer. */
async function memoryReading(cdp: CDPSession): Promise<MemoryReading> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return { heapBytes: heap.usedSize, nodes: counters.nodes };
}

async function memoryCheck(context: BrowserContext, page: BenchPage): Promise<{ early: MemoryReading; late: MemoryReading }> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.enable');
  await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
  await sleep(500);
  await tab.evaluate(`window.__benchRoute(${CONFIG.warmRoutes}, ${ROUTE_SPACING_MS})`);
  await sleep(300);
  const early = await memoryReading(cdp);
  await tab.evaluate(`window.__benchRoute(${CONFIG.routes - CONFIG.warmRoutes}, ${ROUTE_SPACING_MS})`);
  await sleep(300);
  const late = await memoryReading(cdp);
  await cdp.detach();
  await tab.close();
  return { early, late };
}

interface PageResult {
  readonly page: BenchPage;
  readonly samples: Record<Variant, Sample[]>;
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const range = (values: readonly number[]): string => (values.length ? `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}` : '—');

interface Check {
  readonly name: string;
  readonly measured: string;
  readonly limit: string;
  readonly pass: boolean;
}

function checksFor(result: PageResult, oursDir: string): Check[] {
  const { page, samples } = result;
  const ours = samples.ours;
  const extensionMs = median(ours.map((s) => s.extensionMs));
  const longTasks = Math.max(0, ...ours.map((s) => s.longTasks));
  const checks: Check[] = [];
  const slack = CONFIG.slack;
  if (page.kind === 'no-hit') {
    if (page.churnSeconds) {
      const share = extensionMs / median(samples.none.map((s) => s.pageScriptMs));
      checks.push({ name: 'share of page script', measured: `${fmt(share * 100, 3)} %`, limit: `≤ ${fmt(timeLimit('churnShare') * 100, 1)} %`, pass: share <= timeLimit('churnShare') });
    } else {
      checks.push({ name: 'extension ms', measured: fmt(extensionMs), limit: `≤ ${timeLimit('noHitMs')}`, pass: extensionMs <= timeLimit('noHitMs') });
    }
    const gzip = Math.max(...ours.map((s) => scriptBytes(oursDir, s.scripts).gzip));
    checks.push({ name: 'script loaded (gzip)', measured: `${gzip} B`, limit: `≤ ${BUDGET.noHitGzipBytes * slack} B`, pass: gzip <= BUDGET.noHitGzipBytes * slack });
    const falseWarnings = ours.filter((s) => s.warned).length;
    checks.push({ name: 'no warning', measured: `${falseWarnings} of ${ours.length}`, limit: '0', pass: falseWarnings === 0 });
  } else if (page.kind === 'stress') {
    // No time budget of its own: the long-task budget below is what it checks, and that the warning still comes.
    const warned = ours.filter((s) => s.warned).length;
    checks.push({ name: 'warning shown', measured: `${warned} of ${ours.length}`, limit: `${ours.length}`, pass: warned === ours.length });
  } else {
    const delays = ours.map((s) => s.untracedWarningDelayMs ?? null);
    const shown = delays.filter((d): d is number => d !== null);
    const delay = shown.length === delays.length ? median(shown) : Number.POSITIVE_INFINITY;
    checks.push({ name: 'warning after content', measured: shown.length === delays.length ? `${fmt(delay, 1)} ms` : `missing in ${delays.length - shown.length} runs`, limit: `≤ ${timeLimit('warningMs')} ms`, pass: delay <= timeLimit('warningMs') });
    if (page.id.endsWith('2mb')) checks.push({ name: 'extension ms', measured: fmt(extensionMs), limit: `≤ ${timeLimit('bigKasperskyMs')}`, pass: extensionMs <= timeLimit('bigKasperskyMs') });
  }
  checks.push({ name: 'long tasks', measured: String(longTasks), limit: `0 (> ${LONG_TASK_MS * slack} ms)`, pass: longTasks <= BUDGET.longTasks });
  return checks;
}

function table(results: readonly PageResult[], memory: { ours: { early: MemoryReading; late: MemoryReading }; none: { early: MemoryReading; late: MemoryReading } }, oursDir: string): { markdown: string; pass: boolean; summary: unknown } {
  const lines: string[] = [];
  let pass = true;
  lines.push(`Chromium, ${CONFIG.runs} runs per page (naive: ${CONFIG.naiveRuns}), medians with min–max; ${SMOKE ? 'smoke run: budgets ×3, and time budgets not yet met at 3× their last idle measurement' : 'full run'}.`, '');
  lines.push('| Page | Size | Elements | Page script ms | Extension ms (median, min–max) | Ext / page script | Long tasks | Script loaded (gzip) | Warning after content (untraced; traced) | Naive ext ms | Ours / naive |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  const summary: Record<string, unknown> = {};
  for (const result of results) {
    const { page, samples } = result;
    const ours = samples.ours;
    const pageMs = median(samples.none.map((s) => s.pageScriptMs));
    const oursMs = ours.map((s) => s.extensionMs);
    const naiveMs = median(samples.naive.map((s) => s.extensionMs));
    const bytes = Math.max(...ours.map((s) => scriptBytes(oursDir, s.scripts).gzip));
    const delays = ours.map((s) => s.untracedWarningDelayMs ?? null).filter((d): d is number => d !== null);
    const tracedDelays = ours.map((s) => s.warningDelayMs).filter((d): d is number => d !== null);
    lines.push(
      `| ${page.title} | ${fmt(Buffer.byteLength(page.html) / 1e6)} MB | ${samples.none[0]?.elements ?? '—'} | ${fmt(pageMs, 1)} | ${fmt(median(oursMs))} (${range(oursMs)}) | ${fmt((median(oursMs) / pageMs) * 100, 3)} % | ${Math.max(0, ...ours.map((s) => s.longTasks))} | ${bytes} B${ours.some((s) => s.scripts.includes('content/page.js')) ? ' (gate + page module)' : ' (gate)'} | ${page.kind === 'kaspersky' ? `${fmt(median(delays), 1)} ms (${range(delays)}); traced ${fmt(median(tracedDelays), 1)} ms` : '—'} | ${fmt(naiveMs, 1)} | ${fmt(median(oursMs) / naiveMs, 4)} |`,
    );
    summary[page.id] = {
      pageScriptMs: pageMs,
      extensionMs: median(oursMs),
      naiveMs,
      warningDelayMs: delays.length ? median(delays) : null,
      tracedWarningDelayMs: tracedDelays.length ? median(tracedDelays) : null,
    };
  }
  lines.push('', '| Budget | Page | Measured | Limit | Result |', '|---|---|---|---|---|');
  for (const result of results) {
    for (const check of checksFor(result, oursDir)) {
      pass &&= check.pass;
      lines.push(`| ${check.name} | ${result.page.title} | ${check.measured} | ${check.limit} | ${check.pass ? 'PASS' : 'FAIL'} |`);
    }
  }
  const growth = (m: { early: MemoryReading; late: MemoryReading }): number => m.late.heapBytes - m.early.heapBytes;
  const extraHeap = growth(memory.ours) - growth(memory.none);
  const extraNodes = memory.ours.late.nodes - memory.ours.early.nodes - (memory.none.late.nodes - memory.none.early.nodes);
  const memoryPass = extraHeap <= BUDGET.memoryGrowthBytes * CONFIG.slack && extraNodes <= 100 * CONFIG.slack;
  pass &&= memoryPass;
  lines.push(
    `| memory growth | ${CONFIG.routes} SPA route changes (heap after GC, route ${CONFIG.warmRoutes} → ${CONFIG.routes}) | ours ${fmt(growth(memory.ours) / 1024, 1)} KiB, no extension ${fmt(growth(memory.none) / 1024, 1)} KiB; DOM nodes ${extraNodes >= 0 ? '+' : ''}${extraNodes} vs. no extension | ≤ ${(BUDGET.memoryGrowthBytes * CONFIG.slack) / 1024} KiB more than without the extension | ${memoryPass ? 'PASS' : 'FAIL'} |`,
  );
  const oursTotal = results.reduce((sum, r) => sum + median(r.samples.ours.map((s) => s.extensionMs)), 0);
  const naiveTotal = results.reduce((sum, r) => sum + median(r.samples.naive.map((s) => s.extensionMs)), 0);
  lines.push('', `Naive reference (innerText search on every mutation), all pages together: ${fmt(naiveTotal, 1)} ms; ours ${fmt(oursTotal, 2)} ms — ours / naive = ${fmt(oursTotal / naiveTotal, 4)}.`);
  lines.push('', pass ? 'All budgets PASS.' : 'Some budgets FAIL.');
  summary.memory = memory;
  summary.oursOverNaive = oursTotal / naiveTotal;
  return { markdown: lines.join('\n'), pass, summary };
}

async function main(): Promise<void> {
  const started = Date.now();
  const pages = benchPages({ churnSeconds: CONFIG.churnSeconds }).filter((page) => !ONLY_PAGES || ONLY_PAGES.includes(page.id));
  const routes = routePage();
  const server = new SiteServer();
  for (const page of [...pages, routes]) server.page(page.url, page.html);
  await server.start();
  const launched = await Promise.all([
    launchChromium({ proxyPort: server.port, extensionDir: null }),
    launchChromium({ proxyPort: server.port }),
    launchChromium({ proxyPort: server.port, extensionDir: NAIVE_DIR }),
  ]);
  const browsers: Browsers = { none: launched[0].context, ours: launched[1].context, naive: launched[2].context };
  try {
    const results: PageResult[] = pages.map((page) => ({ page, samples: { none: [], ours: [], naive: [] } }));
    for (let run = 0; run < CONFIG.runs; run += 1) {
      for (const result of results) {
        // Rotate the order each run so no variant always goes first after a busy neighbour.
        const variants: Variant[] = run < CONFIG.naiveRuns ? ['none', 'ours', 'naive'] : ['none', 'ours'];
        for (let v = 0; v < variants.length; v += 1) {
          const variant = variants[(v + run) % variants.length]!;
          let sample = await measure(browsers[variant], result.page, variant);
          if (variant === 'ours' && result.page.kind === 'kaspersky') sample = { ...sample, untracedWarningDelayMs: await untracedWarningDelay(browsers.ours, result.page) };
          result.samples[variant].push(sample);
          console.error(`run ${run + 1}/${CONFIG.runs} ${result.page.id.padEnd(22)} ${variant.padEnd(5)} ext ${fmt(sample.extensionMs).padStart(8)} ms  page ${fmt(sample.pageScriptMs, 1).padStart(8)} ms${sample.warningDelayMs !== null ? `  warning +${fmt(sample.warningDelayMs, 1)} ms${sample.untracedWarningDelayMs != null ? ` (untraced +${fmt(sample.untracedWarningDelayMs, 1)} ms)` : ''}` : ''}`);
        }
      }
    }
    const memory = { none: await memoryCheck(browsers.none, routes), ours: await memoryCheck(browsers.ours, routes) };
    const { markdown, pass, summary } = table(results, memory, DIST.chromium);
    mkdirSync(RESULTS, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = SMOKE ? 'smoke' : 'bench';
    const json = JSON.stringify({ date: new Date().toISOString(), smoke: SMOKE, config: CONFIG, budget: BUDGET, pass, summary, results: results.map((r) => ({ page: r.page.id, url: r.page.url, samples: r.samples })) }, null, 2);
    writeFileSync(resolve(RESULTS, `${name}-${stamp}.json`), json);
    writeFileSync(resolve(RESULTS, `${name}-latest.json`), json);
    writeFileSync(resolve(RESULTS, `${name}-latest.md`), `${markdown}\n`);
    console.log(`\n${markdown}\n\n(${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results/${name}-latest.{md,json})`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    await Promise.all(launched.map((b) => b.close()));
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
