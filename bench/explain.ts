/**
 * Where the extension's time goes on one bench page: `npx tsx bench/explain.ts --page=id [--runs=N]`.
 * Loads the page in Chromium with the built extension (KSW_DIST_DIR, default dist/) under a
 * trace and prints, per visit, the attributed total, the trace events it came from and the
 * CPU-profile frames it was spent in. A tool for working on the gate; `npm run bench` is the
 * measurement.
 */
import { launchChromium } from '../test/e2e/harness/chromium';
import { SiteServer } from '../test/e2e/harness/site-server';
import { benchPages } from './pages';
import { attribute, explain, startTrace } from './trace';

const option = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const pageId = option('page') ?? 'competitor-product';
const runs = Number(option('runs') ?? 3);
const top = Number(option('top') ?? 12);

async function main(): Promise<void> {
  const page = benchPages({ churnSeconds: Number(option("churn") ?? 3) }).find((p) => p.id === pageId);
  if (!page) throw new Error(`no bench page ${pageId}; one of: ${benchPages({ churnSeconds: 3 }).map((p) => p.id).join(', ')}`);
  const server = new SiteServer();
  server.page(page.url, page.html);
  await server.start();
  const browser = await launchChromium({ proxyPort: server.port });
  const totals: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const tab = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(tab);
      const stop = await startTrace(cdp);
      await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
      await new Promise((r) => setTimeout(r, (page.churnSeconds ?? 0) * 1000 + 2000));
      const events = await stop();
      await tab.close();
      const { extensionMs, pageScriptMs } = attribute(events, page.url, 'chrome-extension://');
      totals.push(extensionMs);
      const breakdown = explain(events, page.url, 'chrome-extension://');
      console.log(`\nvisit ${run + 1}: extension ${extensionMs.toFixed(2)} ms, page script ${pageScriptMs.toFixed(1)} ms`);
      console.log('  trace events (thread ms, nested ones included):');
      for (const share of breakdown.events.slice(0, top)) console.log(`    ${share.ms.toFixed(2).padStart(7)}  ${share.what}`);
      console.log('  sampled frames (ms):');
      for (const share of breakdown.frames.slice(0, top)) console.log(`    ${share.ms.toFixed(2).padStart(7)}  ${share.what}`);
    }
    const sorted = [...totals].sort((a, b) => a - b);
    console.log(`\nextension ms over ${runs} visits: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}, min ${sorted[0]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
