/**
 * The benchmark's pages, generated from a fixed seed so every run serves the same bytes.
 * Three large pages with nothing for the extension to do (a competitor's product page
 * with thousands of reviews, a search grid, a live dashboard SPA that rewrites itself
 * about 100 times a second), and two Kaspersky product pages whose product content is
 * rendered by script after load, so the time from "content present" to "warning shown"
 * can be measured; and a 10 MB stress page. Each page reports to the benchmark through `window.__bench`.
 */

/** `stress`: a hostile page measured for long tasks and a correct warning only (no time budget of its own). */
export type BenchPageKind = 'no-hit' | 'kaspersky' | 'stress';

export interface BenchPage {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly kind: BenchPageKind;
  /** The page rewrites its DOM for this many seconds after load (the churn page). */
  readonly churnSeconds?: number;
  readonly html: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so pages are identical across runs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'install setup license key renewal device laptop phone tablet family kids scan scanning quick full fast slow ' +
  'protection protects blocked blocks phishing ransomware malware virus threat alert alerts warning firewall vpn ' +
  'password vault identity monitoring backup cloud storage support chat agent price deal value subscription year ' +
  'auto renew refund easy simple clean interface dashboard settings update updates battery performance boot game ' +
  'browser extension email download works worked great good fine okay annoying popups nagging reliable solid ' +
  'recommend would again bought replaced previous switched after months weeks daily husband wife office small ' +
  'business parents computer windows mac android iphone router network home travel hotel public wifi'
).split(' ');

function sentence(rand: () => number, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min));
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand, 6, 16)).join(' ');
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/**
 * Page → benchmark channel, in the page's own clock (performance.now()): when the product
 * content went in, and when a warning element (ours, or the naive reference's) appeared.
 * Only the Kaspersky pages carry the observer, so it adds nothing to the other pages' cost.
 */
const WARNING_HOOKS = `<script>
window.__bench = { contentAt: null, warningAt: null, done: false };
new MutationObserver(function () {
  if (window.__bench.warningAt === null && document.querySelector('[data-kaspersky-warning],[data-naive-warning]')) window.__bench.warningAt = performance.now();
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;
const DONE_HOOK = '<script>window.__bench = { done: false };</script>';

function shopHeader(rand: () => number, shop: string, categories: readonly string[]): string {
  const menus = categories
    .map((category) => {
      const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/c/${category.toLowerCase().replace(/\W+/g, '-')}/${i}">${sentence(rand, 2, 4).slice(0, -1)}</a></li>`).join('');
      return `<li class="menu"><button type="button" aria-expanded="false">${category}</button><ul class="mega">${links}</ul></li>`;
    })
    .join('');
  return `<header class="site-header"><a class="logo" href="/">${shop}</a>
<form role="search" action="/search"><input name="q" aria-label="Search ${shop}"><button>Search</button></form>
<a class="cart-link" href="/cart">Cart (0)</a><nav aria-label="Categories"><ul class="menus">${menus}</ul></nav></header>`;
}

function footer(rand: () => number, note: string): string {
  const columns = Array.from({ length: 6 }, () => `<ul>${Array.from({ length: 12 }, () => `<li><a href="/help">${sentence(rand, 2, 4).slice(0, -1)}</a></li>`).join('')}</ul>`).join('');
  return `<footer class="site-footer">${columns}<p>${note}</p></footer>`;
}

const STYLE = `<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#222}.site-header{background:#0b2545;color:#fff;padding:8px 16px}
.mega{display:none}.menus{display:flex;gap:12px;list-style:none;margin:0;padding:0}main{max-width:1200px;margin:auto;padding:16px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.tile{border:1px solid #ddd;padding:8px}
.review{border-top:1px solid #eee;padding:8px 0}.watchlist,.newsfeed{content-visibility:auto;contain-intrinsic-size:auto 2000px}
.tape,.book{contain:strict;height:240px;overflow:auto}.tape table,.book table{table-layout:fixed;width:100%}.stars{color:#e8a317}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px}
</style>`;

/** A security-software shop selling a competitor's product, with 2,100 reviews. Nothing to warn about. */
function competitorProductPage(): BenchPage {
  const rand = random(7);
  const name = 'Norton 360 Deluxe – Antivirus Software for 5 Devices with Secure VPN and Password Manager, 1-Year Subscription';
  const competitors = ['Bitdefender Total Security', 'McAfee+ Premium', 'ESET Home Security Premium', 'Kaspersky Premium', 'Trend Micro Maximum Security'];
  const reviews = Array.from({ length: 2100 }, (_, i) => {
    const mention = i % 9 === 0 ? ` I switched over from ${pick(rand, ['Kaspersky', 'McAfee', 'Avast', 'Bitdefender'])} after it kept ${pick(rand, ['nagging me', 'slowing my laptop', 'expiring'])}.` : '';
    const stars = 1 + Math.floor(rand() * 5);
    return `<article class="review" id="review-${i}" data-review-id="R${(i * 7919).toString(36).toUpperCase()}">
<header><span class="avatar" aria-hidden="true"></span><span class="author">${pick(rand, ['Alex', 'Sam', 'Jordan', 'Taylor', 'Chris', 'Pat', 'Morgan', 'Jamie'])} ${String.fromCharCode(65 + (i % 26))}.</span>
<span class="stars" aria-label="${stars} out of 5 stars">${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</span></header>
<h4 class="review-title">${sentence(rand, 3, 7)}</h4><div class="meta"><time datetime="2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}">Reviewed in the United States</time> · <span class="verified">Verified purchase</span> · <span>Platform: ${pick(rand, ['Windows', 'Mac', 'Android', 'iOS'])}</span></div>
<p class="body">${paragraph(rand, 4)}${mention}</p>
<footer><button type="button" class="helpful">Helpful (${Math.floor(rand() * 90)})</button> <button type="button" class="report">Report</button> <a href="#review-${i}">Permalink</a></footer></article>`;
  }).join('\n');
  const comparison = `<table class="compare"><thead><tr><th>Feature</th><th>Norton 360 Deluxe</th>${competitors.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${Array.from({ length: 14 }, () => `<tr><td>${sentence(rand, 2, 4)}</td>${Array.from({ length: 6 }, () => `<td>${pick(rand, ['✓', '—', 'Add-on'])}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    brand: { '@type': 'Brand', name: 'Norton' },
    sku: 'NRT-360-DLX-5D',
    aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: '2100' },
    offers: { '@type': 'Offer', price: '49.99', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Norton 360 Deluxe 2026 – Antivirus for 5 Devices, 1 Year | SecureSoft Outlet</title>
<meta property="og:type" content="product"><meta property="og:title" content="${name}"><meta property="product:brand" content="Norton">
<script type="application/ld+json">${ld}</script>${STYLE}${DONE_HOOK}</head><body>
${shopHeader(rand, 'SecureSoft Outlet', ['Antivirus', 'Internet Security', 'VPN', 'Password Managers', 'Backup', 'Business', 'Mac', 'Mobile'])}
<main itemscope itemtype="https://schema.org/Product"><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/c/antivirus">Antivirus</a> › Norton</nav>
<div class="gallery">${Array.from({ length: 8 }, (_, i) => `<img alt="Norton 360 Deluxe box, view ${i + 1}" width="80" height="80" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`).join('')}</div>
<h1 itemprop="name">${name}</h1><div>by <a itemprop="brand" href="/brand/norton">Norton</a></div>
<div class="buy-box"><span class="price">$49.99</span> <s>$119.99</s><button type="button" class="add-to-cart">Add to cart</button><button type="button">Buy now</button></div>
<ul class="bullets">${Array.from({ length: 8 }, () => `<li>${sentence(rand, 8, 18)}</li>`).join('')}</ul>
<section class="description"><h2>Description</h2>${Array.from({ length: 12 }, () => `<p>${paragraph(rand, 5)}</p>`).join('')}</section>
<section><h2>How it compares</h2>${comparison}</section>
<section class="qa"><h2>Questions and answers</h2>${Array.from({ length: 60 }, (_, i) => `<div class="qa-item"><p class="q">Q: ${sentence(rand, 6, 12)}${i === 3 ? ' Can I transfer my Kaspersky license?' : ''}</p><p class="a">A: ${paragraph(rand, 2)}</p></div>`).join('')}</section>
<section class="reviews"><h2>Customer reviews</h2>${reviews}</section></main>
${footer(rand, 'SecureSoft Outlet is an authorised reseller. Kaspersky products are not sold to U.S. customers.')}
</body></html>`;
  return { id: 'competitor-product', title: 'Competitor product, 2,100 reviews', url: 'https://www.securesoft-outlet.com/products/norton-360-deluxe-5-devices', kind: 'no-hit', html };
}

/** An electronics shop's search results: 2,200 tiles. */
function searchGridPage(): BenchPage {
  const rand = random(11);
  const brands = ['Lenovo', 'HP', 'Dell', 'Asus', 'Acer', 'Apple', 'Microsoft', 'Samsung', 'MSI', 'Razer'];
  const tiles = Array.from({ length: 2200 }, (_, i) => {
    const brand = pick(rand, brands);
    const price = (299 + Math.floor(rand() * 2400)).toFixed(2);
    const stars = (3 + rand() * 2).toFixed(1);
    return `<li class="tile" data-sku="${100000 + i}"><a class="thumb" href="/p/${100000 + i}"><img alt="${brand} laptop" width="160" height="120" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" loading="lazy"></a>
<div class="info"><h3><a href="/p/${100000 + i}">${brand} ${pick(rand, ['IdeaPad', 'Pavilion', 'Inspiron', 'ZenBook', 'Swift', 'Book', 'Surface', 'Galaxy', 'Modern', 'Blade'])} ${14 + (i % 3)}" Laptop – ${pick(rand, ['Intel Core i5', 'Intel Core i7', 'AMD Ryzen 5', 'AMD Ryzen 7', 'Apple M3'])}, ${pick(rand, ['8GB', '16GB', '32GB'])} Memory, ${pick(rand, ['256GB', '512GB', '1TB'])} SSD</a></h3>
<div class="rating"><span class="stars" aria-label="${stars} out of 5">★★★★☆</span> <span class="count">(${Math.floor(rand() * 4000)})</span></div>
<div class="price"><span class="now">$${price}</span> <span class="was">$${(Number(price) * 1.2).toFixed(2)}</span> <span class="badge">${pick(rand, ['Deal', 'New', 'Top rated', 'Open box'])}</span></div>
<ul class="specs"><li>${sentence(rand, 3, 6)}</li><li>${sentence(rand, 3, 6)}</li><li>${sentence(rand, 3, 6)}</li></ul>
<p class="fulfil">${pick(rand, ['Pickup today', 'Ships in 2 days', 'Free delivery'])}</p><label><input type="checkbox" class="compare"> Compare</label>
<button type="button" class="add-to-cart">Add to cart</button><button type="button" class="save" aria-label="Save for later">♡</button></div></li>`;
  }).join('\n');
  const facets = ['Brand', 'Price', 'Processor', 'Memory', 'Storage', 'Screen size', 'Operating system', 'Customer rating']
    .map((facet) => `<fieldset><legend>${facet}</legend>${Array.from({ length: 12 }, (_, i) => `<label><input type="checkbox" name="${facet}" value="${i}"> ${sentence(rand, 1, 3).slice(0, -1)} <span>(${Math.floor(rand() * 900)})</span></label>`).join('')}</fieldset>`)
    .join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>laptop – Search results | MegaMart Electronics</title>${STYLE}${DONE_HOOK}</head><body>
${shopHeader(rand, 'MegaMart Electronics', ['Computers', 'Phones', 'TV & Audio', 'Gaming', 'Smart Home', 'Cameras', 'Appliances', 'Deals'])}
<main><h1>Results for “laptop”</h1><p>2,200 results</p><div class="layout"><aside class="facets">${facets}</aside>
<ol class="grid">${tiles}</ol></div><nav class="pages">${Array.from({ length: 20 }, (_, i) => `<a href="/search?q=laptop&amp;page=${i + 1}">${i + 1}</a>`).join('')}</nav></main>
${footer(rand, 'Prices and availability are subject to change.')}</body></html>`;
  return { id: 'search-grid', title: 'Search grid, 2,200 tiles', url: 'https://www.megamart-electronics.com/search?q=laptop', kind: 'no-hit', html };
}

/**
 * A live market dashboard: server-rendered watchlists and news, then an app that every
 * 10 ms for `seconds` seconds updates prices and re-renders its trade tape and top-movers
 * panels from its state, framework-style (rows built, diffed by key, patched). `window.__benchRoute(n)` instead changes route n times (pushState
 * plus a swapped detail view), spaced by `spacingMs`, for the memory check.
 */
function churnSpaPage(seconds: number): BenchPage {
  const rand = random(13);
  const symbols = Array.from({ length: 1500 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}${String.fromCharCode(65 + ((i * 13) % 26))}${i % 10}`);
  const watchlists = Array.from({ length: 15 }, (_, w) => `<section class="watchlist"><h2>Watchlist ${w + 1}</h2><table><thead><tr><th>Symbol</th><th>Name</th><th>Last</th><th>Change</th><th>Volume</th><th>Range</th><th>Trend</th></tr></thead><tbody>${symbols
    .slice(w * 100, w * 100 + 100)
    .map((s) => `<tr data-symbol="${s}"><td><a href="/quote/${s}">${s}</a></td><td>${sentence(rand, 2, 3).slice(0, -1)}</td><td class="last">${(rand() * 500).toFixed(2)}</td><td class="chg">${(rand() * 4 - 2).toFixed(2)}%</td><td>${Math.floor(rand() * 1e7)}</td><td>${(rand() * 100).toFixed(1)}–${(100 + rand() * 400).toFixed(1)}</td><td><span class="spark"><i></i><i></i><i></i><i></i><i></i></span></td></tr>`)
    .join('')}</tbody></table></section>`).join('');
  const news = Array.from({ length: 2700 }, (_, i) => `<article class="news"><h3><a href="/news/${i}">${sentence(rand, 6, 12)}</a></h3><p>${paragraph(rand, 5)}</p><footer><time>${i} min ago</time> · <span>${pick(rand, symbols)}</span> <button type="button">Share</button></footer></article>`).join('');
  const script = `<script>
(function () {
  var seconds = ${seconds};
  var rand = (function (s) { return function () { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; }; })(42);
  // The app keeps its state in memory and re-renders from it each tick, as a framework
  // would: build the panels' rows from the state, compare them with the last render and
  // patch only what changed (a keyed row diff). Both panels sit in the churning region.
  var rows = Array.prototype.map.call(document.querySelectorAll('tr[data-symbol]'), function (tr) {
    return { symbol: tr.getAttribute('data-symbol'), last: parseFloat(tr.querySelector('td.last').textContent), change: 0, cell: tr.querySelector('td.last') };
  });
  var feed = document.getElementById('feed');
  var book = document.getElementById('book');
  var trades = [];
  var tick = 0;
  var previous = { feed: [], book: [] };
  function view() {
    var movers = rows.slice().sort(function (a, b) { return Math.abs(b.change) - Math.abs(a.change); }).slice(0, 40);
    return {
      feed: trades.slice(0, 60).map(function (t) { return { key: 'T' + t.id, cells: [t.time, t.symbol, t.price.toFixed(2), String(t.size), t.side] }; }),
      book: movers.map(function (r) { return { key: r.symbol, cells: [r.symbol, r.last.toFixed(2), (r.change >= 0 ? '+' : '') + r.change.toFixed(2) + '%'] }; }),
    };
  }
  function patch(body, before, after) {
    var byKey = {};
    for (var i = 0; i < body.children.length; i++) byKey[body.children[i].getAttribute('data-key')] = body.children[i];
    var keep = {};
    for (var j = 0; j < after.length; j++) {
      var item = after[j];
      keep[item.key] = true;
      var tr = byKey[item.key];
      if (!tr) {
        tr = document.createElement('tr');
        tr.setAttribute('data-key', item.key);
        for (var c = 0; c < item.cells.length; c++) tr.appendChild(document.createElement('td'));
      }
      for (var k = 0; k < item.cells.length; k++) if (tr.children[k].textContent !== item.cells[k]) tr.children[k].textContent = item.cells[k];
      if (body.children[j] !== tr) body.insertBefore(tr, body.children[j] || null);
    }
    for (var key in byKey) if (!keep[key]) byKey[key].remove();
  }
  function step() {
    tick++;
    for (var i = 0; i < 30; i++) {
      var row = rows[Math.floor(rand() * rows.length)];
      var next = Math.max(1, row.last * (1 + (rand() - 0.5) / 50));
      row.change = ((next - row.last) / row.last) * 100;
      row.last = next;
      row.cell.textContent = next.toFixed(2);
    }
    var traded = rows[Math.floor(rand() * rows.length)];
    trades.unshift({ id: tick, time: new Date().toISOString().slice(11, 23), symbol: traded.symbol, price: traded.last, size: Math.floor(rand() * 900), side: rand() > 0.5 ? 'BUY' : 'SELL' });
    if (trades.length > 200) trades.pop();
    var current = view();
    patch(feed, previous.feed, current.feed);
    patch(book, previous.book, current.book);
    previous = current;
  }
  function start() {
    var started = performance.now();
    var timer = setInterval(function () {
      step();
      if (performance.now() - started >= seconds * 1000) { clearInterval(timer); window.__bench.ticks = tick; window.__bench.done = true; }
    }, 10);
  }
  window.__benchStartChurn = start;
  var detail = document.getElementById('detail');
  window.__benchRoute = function (count, spacingMs) {
    return new Promise(function (resolve) {
      var n = 0;
      function next() {
        if (n === count) return resolve(n);
        n++;
        var symbol = 'SYM' + (n % 50);
        history.pushState({ n: n }, '', '/dashboard/quote/' + symbol + '?v=' + n);
        var view = document.createElement('div');
        var html = '<h2>' + symbol + ' overview</h2><dl>';
        for (var i = 0; i < 60; i++) html += '<dt>Metric ' + i + '</dt><dd>' + (rand() * 1000).toFixed(3) + '</dd>';
        view.innerHTML = html + '</dl><p>Updated ' + n + '</p>';
        detail.replaceChildren(view);
        document.title = symbol + ' – Pulse Markets';
        setTimeout(next, spacingMs);
      }
      next();
    });
  };
  if (seconds > 0) addEventListener('load', start);
})();
</script>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard – Pulse Markets</title>${STYLE}${DONE_HOOK}</head><body>
<header class="site-header"><a class="logo" href="/">Pulse Markets</a><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/markets/${i}">${sentence(rand, 1, 3).slice(0, -1)}</a>`).join(' ')}</nav></header>
<main class="dashboard"><section id="detail-panel"><div id="detail"></div></section>
<section class="tape"><h2>Trades</h2><table><tbody id="feed"></tbody></table></section>
<section class="book"><h2>Top movers</h2><table><tbody id="book"></tbody></table></section>
${watchlists}<section class="newsfeed"><h2>News</h2>${news}</section></main>${script}</body></html>`;
  return { id: 'spa-churn', title: `SPA, DOM rewritten ~100×/s for ${seconds} s`, url: 'https://app.pulse-markets.com/dashboard', kind: 'no-hit', churnSeconds: seconds, html };
}

/** An Amazon-style Kaspersky product page whose product block is rendered by script after load. */
function kasperskyProductPage(options: { id: string; title: string; url: string; reviews: number; seed: number }): BenchPage {
  const rand = random(options.seed);
  const reviews = Array.from({ length: options.reviews }, (_, i) => {
    const stars = 1 + Math.floor(rand() * 5);
    return `<div class="review a-section" id="customer-review-${i}"><div class="a-profile"><span class="a-profile-name">${pick(rand, ['Dana', 'Lee', 'Robin', 'Casey', 'Drew', 'Avery'])}</span></div>
<a class="review-title" href="/gp/customer-reviews/R${i}"><i class="a-icon-star"><span class="a-icon-alt">${stars}.0 out of 5 stars</span></i> <span>${sentence(rand, 3, 7)}</span></a>
<span class="review-date">Reviewed in the United States on March ${1 + (i % 28)}, 2024</span><div class="review-format-strip">Platform: ${pick(rand, ['PC', 'Mac', 'Android'])} · Verified Purchase</div>
<div class="review-text"><span>${paragraph(rand, 4)}${i % 6 === 0 ? ' Kaspersky caught things my old antivirus missed.' : ''}</span></div>
<div class="cr-footer"><span class="cr-vote">${Math.floor(rand() * 60)} people found this helpful</span> <a class="a-button" href="#">Helpful</a> <a href="#">Report</a></div></div>`;
  }).join('\n');
  const product = `<div id="dp-container"><div id="leftCol"><div id="imgTagWrapperId"><img alt="Kaspersky Premium box" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div></div>
<div id="centerCol"><div id="titleSection"><h1 id="title" class="a-size-large"><span id="productTitle">Kaspersky Premium Total Security 2024 | 5 Devices | 1 Year | Antivirus, Secure VPN and Password Manager | PC/Mac/Android/iOS | Download</span></h1></div>
<div id="bylineInfo_feature_div"><a id="bylineInfo" href="/stores/Kaspersky/page/5E0C3B6A">Visit the Kaspersky Store</a></div>
<div id="averageCustomerReviews"><span class="a-icon-alt">4.4 out of 5 stars</span> <span id="acrCustomerReviewText">3,141 ratings</span></div>
<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$39.99</span><span aria-hidden="true">$39.99</span></span></div>
<div id="feature-bullets"><ul>${Array.from({ length: 6 }, () => `<li><span class="a-list-item">${sentence(rand, 8, 16)}</span></li>`).join('')}</ul></div></div>
<div id="rightCol"><div id="desktop_buybox"><div id="buybox"><span class="a-price">$39.99</span><div id="availability">In Stock</div>
<span id="submit.add-to-cart"><input id="add-to-cart-button" type="submit" value="Add to Cart"></span><input id="buy-now-button" type="submit" value="Buy Now"></div></div></div>
<div id="productDetails_feature_div"><table id="productDetails_techSpec_section_1"><tr><th>Brand</th><td>Kaspersky</td></tr><tr><th>Operating System</th><td>Windows, macOS, Android, iOS</td></tr><tr><th>Item model number</th><td>KL1047DDEFS</td></tr></table></div></div>`;
  const render = `<script>
addEventListener('load', function () {
  setTimeout(function () {
    var holder = document.getElementById('dp');
    holder.insertAdjacentHTML('afterbegin', ${JSON.stringify(product)});
    window.__bench.contentAt = performance.now();
  }, 400);
});
</script>`;
  const html = `<!doctype html><html lang="en-us"><head><meta charset="utf-8"><title>Amazon.com</title>${STYLE}${WARNING_HOOKS}</head><body>
<header id="navbar-main"><div id="nav-belt"><a id="nav-logo-sprites" href="/">Amazon</a><form id="nav-search-bar-form" action="/s" role="search"><input type="text" id="twotabsearchtextbox" aria-label="Search Amazon"></form><a id="nav-cart" href="/gp/cart/view.html?ref_=nav_cart"><span id="nav-cart-count">0</span> Cart</a></div>
<div id="nav-subnav">${Array.from({ length: 20 }, (_, i) => `<a href="/b?node=${229000 + i}">${sentence(rand, 1, 3).slice(0, -1)}</a>`).join('')}</div></header>
<div id="dp" class="software en_US"><div id="dp-placeholder" class="a-section">Loading…</div></div>
<div id="reviewsMedley"><h2>Customer reviews</h2>${reviews}</div>
<div id="navFooter">${Array.from({ length: 40 }, () => `<a href="/help">${sentence(rand, 2, 4).slice(0, -1)}</a>`).join(' ')}</div>${render}</body></html>`;
  return { id: options.id, title: options.title, url: options.url, kind: 'kaspersky', html };
}

/**
 * A hostile 10 MB key-shop page: one text node of ~4 MB, ~4.5 MB of inline app state, 2,500
 * product cards of other makers, and a Kaspersky product on sale. The extension must warn
 * here without a long task: what it reads is bounded, whatever the page's size.
 */
function stressPage(): BenchPage {
  const text = 'Kaspersky lorem ipsum dolor sit amet, Add to cart $39.99 '.repeat(70_000);
  const state = JSON.stringify({ items: Array.from({ length: 90_000 }, (_, i) => ({ id: i, name: `Kaspersky Premium ${i}`, brand: 'Kaspersky' })) });
  const cards = Array.from({ length: 2_500 }, (_, i) => `<li class="product-card"><h3>Norton 360 Deluxe ${i}</h3><span>$29.99</span><button>Add to cart</button></li>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kaspersky Premium – Key Outlet</title>${STYLE}<script>window.__bench = { done: true }; window.__STATE__=${state}</script></head><body>
<main><h1>Kaspersky Premium</h1><div class="price">$39.99</div><button type="button" class="add-to-cart">Add to cart</button><p>${text}</p><ul>${cards}</ul></main></body></html>`;
  return { id: 'stress-10mb', title: 'Stress: 10 MB page (4 MB text node, 4.5 MB inline state)', url: 'https://www.key-outlet-store.com/products/kaspersky-premium', kind: 'stress', html };
}

export function benchPages(options: { churnSeconds: number }): BenchPage[] {
  return [
    competitorProductPage(),
    searchGridPage(),
    churnSpaPage(options.churnSeconds),
    kasperskyProductPage({ id: 'kaspersky-product', title: 'Kaspersky product (rendered after load)', url: 'https://www.amazon.com/dp/B0BLHQ7XRT', reviews: 40, seed: 17 }),
    kasperskyProductPage({ id: 'kaspersky-product-2mb', title: 'Kaspersky product, 2 MB (rendered after load)', url: 'https://www.amazon.com/Kaspersky-Premium-Total-Security-Antivirus/dp/B0BLHQ7XRT', reviews: 2300, seed: 19 }),
    stressPage(),
  ];
}

/** The page used for the memory check: the dashboard SPA without the timed churn. */
export function routePage(): BenchPage {
  return { ...churnSpaPage(0), id: 'spa-routes', title: 'SPA route changes', url: 'https://app.pulse-markets.com/dashboard?mode=routes' };
}
