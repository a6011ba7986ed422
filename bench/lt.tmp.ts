import { launchChromium } from '../test/e2e/harness/chromium';
import { SiteServer } from '../test/e2e/harness/site-server';
import { benchPages } from './pages';
import { startTrace, pageMainThread } from './trace';
async function main(): Promise<void> {
  const page = benchPages({ churnSeconds: 3 }).find((p) => p.id === 'stress-10mb')!;
  const server = new SiteServer();
  server.page(page.url, page.html);
  await server.start();
  const browser = await launchChromium({ proxyPort: server.port });
  try {
    for (let run = 0; run < 4; run += 1) {
      const tab = await browser.context.newPage();
      const stop = await startTrace(await browser.context.newCDPSession(tab));
      await tab.goto(page.url, { waitUntil: 'load', timeout: 90_000 });
      await new Promise((r) => setTimeout(r, 1500));
      const events = await stop();
      const main = pageMainThread(events, page.url)!;
      const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      const tasks = on.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 30000);
      for (const t of tasks) {
        const inside = on.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && e !== t && (e.dur ?? 0) > 2000);
        console.log(`run ${run} task ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ` + inside.slice(0, 12).map((e) => `${e.name}${(e.args as any)?.data?.url ? '(' + String((e.args as any).data.url).slice(-20) + ')' : ''}${(e.args as any)?.worldName ? '[ext]' : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(' | '));
      }
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
