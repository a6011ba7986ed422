import { launchChromium } from './e2e/harness/chromium';
import { SiteServer } from './e2e/harness/site-server';
import { benchPages } from '../bench/pages';

const page = benchPages({ churnSeconds: 3 }).find((p) => p.id === (process.argv[2] ?? 'kaspersky-product-2mb'))!;
const server = new SiteServer();
server.page(page.url, page.html);
await server.start();
const b = await launchChromium({ proxyPort: server.port, extensionDir: null });
const tab = await b.context.newPage();
await tab.goto(page.url, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
const selectors: Record<string, string> = JSON.parse(process.argv[3] ?? '{}');
for (const [name, sel] of Object.entries(selectors)) {
  const r = await tab.evaluate((s) => {
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 7; i++) { const t = performance.now(); n = document.querySelectorAll(s).length; times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    return { med: times[3], n };
  }, sel);
  console.log(name.padEnd(12), r.med!.toFixed(2), 'ms', r.n);
}
const extra = process.argv[4];
if (extra) console.log(await tab.evaluate(extra));
await b.close(); await server.stop();
