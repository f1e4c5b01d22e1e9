// Load and interaction benchmarks on an emulated slow phone: headless Chromium
// (the system's /usr/bin/chromium, driven by puppeteer-core) with network
// emulation and 4× CPU slowdown, opening a page with one lesson, cold cache.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { percentile, PROFILES, serve, stats } from './lib.mjs';

export { PROFILES };
const CPU_SLOWDOWN = 4;
const PAGE = '/examples/one-lesson.html';
const SECOND = '/bench/pages/second-lesson.html';
const INLINE = 'bench/pages/inline.generated.html';

/**
 * A what-if page, written for the run and removed after: the one-lesson page
 * with langkah.js inside it, to measure a first visit that needs one round
 * trip for the script instead of two. Not a way to embed Langkah (it breaks a
 * strict CSP unless the page lists the script's hash, and no later page can
 * reuse the script from the cache).
 */
function writeInlinePage() {
  const code = readFileSync('dist/cdn/langkah.js', 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
  if (/<\/script/i.test(code)) throw new Error('langkah.js contains "</script": it cannot be inlined');
  writeFileSync(
    INLINE,
    `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/examples/logo.svg" type="image/svg+xml">
<title>Satu pelajaran, skrip di dalam halaman (pembanding)</title>
<base href="/dist/cdn/">
<link rel="preload" href="/dist/modules/id/kunci-akun/kode-otp.json" as="fetch" crossorigin>
<script type="module">${code}</script>
</head>
<body>
<langkah-lesson src="/dist/modules/id/kunci-akun/kode-otp.json"></langkah-lesson>
</body>
</html>
`,
  );
}

const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });

// In-page helpers: the lesson's shadow root, its visible step heading and its Next button.
const PAGE_HELPERS = `
  window.__lesson = () => document.querySelector('langkah-lesson')?.shadowRoot;
  window.__heading = () => window.__lesson()?.querySelector('[part~="step"] h3');
  window.__next = () => window.__lesson()?.querySelector('[part~="nav"] button.primary');
  window.__summary = () => window.__lesson()?.querySelector('[part~="summary"]');
`;

const headingShown = () => {
  const h = window.__heading();
  return h && h.textContent.trim() && h.getBoundingClientRect().height > 0;
};

/**
 * One load in a fresh browser context; returns timings (ms from navigation
 * start), bytes and requests. Cold cache, unless `after` names a page to open
 * first (at full speed): then `path` is the learner's next page on the site.
 */
async function coldLoad(browser, base, profile, path = PAGE, after) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  if (after) {
    await page.goto(base + after, { waitUntil: 'load' });
    await page.waitForFunction(headingShown, { polling: 'raf', timeout: 60_000 });
  } else {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  cdp.on('Network.requestWillBeSent', () => requests++);

  await page.goto(base + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  // First step visible: its heading is in the shadow DOM and has a box.
  await page.waitForFunction(headingShown, { polling: 'raf', timeout: 60_000 });
  const visible = await page.evaluate(() => performance.now());
  // Next responds: a click moves to step 2 (its heading text changes).
  const first = await page.evaluate(() => window.__heading().textContent);
  await page.evaluate(() => window.__next().click());
  await page.waitForFunction((t) => window.__heading()?.textContent !== t, { polling: 'raf', timeout: 60_000 }, first);
  const responsive = await page.evaluate(() => performance.now());
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  // Where the time went: when the bundle and the lesson had fully arrived.
  const arrived = await page.evaluate(() => {
    const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd ?? 0;
    return { html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0, bundle: end(/langkah\.js$/), lesson: end(/\.json$/) };
  });
  await context.close();
  return { visible, responsive, bytes, requests, heap, arrived };
}

/** Next → next step painted, and option → feedback painted, over many steps (ms). */
async function interaction(browser, base) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  await page.goto(base + PAGE, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__heading(), { timeout: 60_000 });
  const result = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const next = [];
    const feedback = [];
    for (let round = 0; round < 20; round++) {
      // From the first step to the summary, answering each choice question on the way.
      for (let i = 0; i < 40 && !window.__summary(); i++) {
        for (const quiz of window.__lesson().querySelectorAll('langkah-quiz')) {
          for (const q of quiz.shadowRoot.querySelectorAll('[part~="question"]')) {
            const radio = q.querySelector('input[type="radio"]');
            const check = q.querySelector('button.primary');
            const fb = q.querySelector('[part~="feedback"]');
            if (!radio || !check || fb.textContent.trim()) continue;
            radio.click();
            await frame();
            const t0 = performance.now();
            check.click();
            await frame();
            if (fb.textContent.trim()) feedback.push(performance.now() - t0);
          }
        }
        const before = window.__heading()?.textContent;
        const t0 = performance.now();
        window.__next().click();
        await frame();
        if (window.__summary() || window.__heading()?.textContent !== before) next.push(performance.now() - t0);
      }
      // Start again (the summary's primary button) for another round.
      window.__next().click();
      await frame();
    }
    return { next, feedback };
  });
  await context.close();
  return result;
}

export async function loadBench({ runs = 5 } = {}) {
  // dist/cdn/ cached for a year, as a CDN serves a versioned URL; the cold runs disable the cache.
  const server = await serve('.', ['--cache-bundle']);
  const browser = await launch();
  try {
    /** Every profile, `runs` loads each: the median, min and max of every figure. */
    const measure = async (path, after) => {
      const out = {};
      for (const [name, profile] of Object.entries(PROFILES)) {
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await coldLoad(browser, server.url, profile, path, after));
        const of = (f) => stats(samples.map(f));
        out[name] = {
          visibleMs: of((s) => s.visible),
          responsiveMs: of((s) => s.responsive),
          bytes: of((s) => s.bytes),
          requests: of((s) => s.requests),
          heapBytes: of((s) => s.heap),
          htmlArrivedMs: of((s) => s.arrived.html),
          bundleArrivedMs: of((s) => s.arrived.bundle),
          lessonArrivedMs: of((s) => s.arrived.lesson),
        };
      }
      return out;
    };
    const profiles = await measure(PAGE);
    // The learner's second lesson on the site: langkah.js from the browser's cache.
    const second = await measure(SECOND, PAGE);
    // What one round trip less would give: the script inside the page.
    writeInlinePage();
    const inline = await measure('/' + INLINE).finally(() => rmSync(INLINE, { force: true }));
    // The same page without preload hints, to show what the hints save.
    const plain = [];
    for (let i = 0; i < runs; i++) plain.push(await coldLoad(browser, server.url, PROFILES['3g-400ms'], '/bench/pages/no-hints.html'));
    const noHints = { visibleMs: stats(plain.map((s) => s.visible)), requests: stats(plain.map((s) => s.requests)) };
    const { next, feedback } = await interaction(browser, server.url);
    return {
      profiles,
      second,
      inline,
      noHints,
      interaction: {
        nextToPaint: { p50: percentile(next, 50), p95: percentile(next, 95), samples: next.length },
        optionToFeedback: { p50: percentile(feedback, 50), p95: percentile(feedback, 95), samples: feedback.length },
      },
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
