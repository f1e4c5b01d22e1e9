// A returning learner's prerendered lesson (issue #16): does step 1 show before their own step? In Firefox
// and Chromium, with langkah-resume.js in the page's head as docs/embedding.md recommends
// (`<script async blocking="render">`), as a plain parser-blocking `<script>`, and inline.
//
// The pages of bench/prerender.mjs (kunci-akun/kode-otp, written again here), with a record of that lesson
// at step 3 on the device. Firefox has no network emulation over WebDriver BiDi, so a server of this file's
// own holds every response back by `latency` ms (a round trip; no bandwidth limit, no CPU slowdown) for both
// browsers alike. In the page, a requestAnimationFrame probe logs, frame by frame, what the learner can see of
// the lesson (nothing while it is hidden, or its step's counter): a frame's callbacks run just before it is
// painted. Figures (ms from navigation start, median and max of `runs` loads): how long step 1 was visible
// before the learner's own step ("flash"; 0 when never), first contentful paint, when step 3 showed (drawn by
// the element, or opened by langkah-resume.js among the steps written for before the script), and when the
// element had taken the lesson over.
//
//   node bench/resume-flash.mjs            (RUNS=5, LATENCY=0,400; needs npm run build)
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { PAGES, writePages } from './prerender.mjs';
import { stats } from './lib.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const KEY = 'langkah:lesson:kunci-akun/kode-otp@id';
const VARIANTS = {
  'async blocking="render"': PAGES['+ langkah-resume.js async blocking'],
  'plain <script>': PAGES['+ langkah-resume.js'],
  'inline <script>': PAGES['+ langkah-resume.js inline'],
};

/** A static server for the repository, each answer `latency` ms late. */
function slowServer(latency) {
  const root = resolve('.');
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    setTimeout(() => {
      if (req.url === '/blank') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>-</title>');
      if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(path));
    }, req.url === '/blank' ? 0 : latency);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() })));
}

const PROBE = `
  window.__frames = [];
  // Layout shifts (Chromium only; Firefox has no such entries): none when the element takes the learner's step over.
  window.__cls = PerformanceObserver.supportedEntryTypes.includes('layout-shift') ? 0 : null;
  if (window.__cls !== null) new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
  (function watch() {
    const el = document.querySelector('langkah-lesson');
    // The step counters on screen: the element's, or an open step's of those written for before the script.
    const on = el ? [...(el.shadowRoot?.querySelectorAll('.counter') ?? [])].filter((c) => c.checkVisibility()) : [];
    const seen = !el ? '' : getComputedStyle(el).visibility === 'hidden' ? 'hidden' : on.length > 1 ? 'several' : (on[0]?.textContent.match(/Langkah (\\d+) dari/)?.[1] ?? '');
    if (window.__frames.at(-1)?.[1] !== seen) window.__frames.push([performance.now(), seen]);
    if (el && el.localName === 'langkah-lesson' && customElements.get('langkah-lesson') && !el.hasAttribute('prerendered')) window.__taken ??= performance.now();
    requestAnimationFrame(watch);
  })();
`;

const launch = (firefox) =>
  firefox
    ? puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true })
    : puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'] });

/** One load of `path` by a learner whose record is at step 3: the frames' log, reduced to the figures. */
async function load(browser, base, path, record) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.goto(`${base}/blank`);
    await page.evaluate((key, r) => localStorage.setItem(key, JSON.stringify(r)), KEY, record);
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(base + path, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__taken !== undefined && window.__frames.some(([, s]) => s === '3'), { polling: 100, timeout: 30_000 });
    // Half a second more for the shifts after the take-over (the element's render, the listen button's voice).
    await new Promise((r) => setTimeout(r, 500));
    const { frames, fcp, taken, cls } = await page.evaluate(() => ({ frames: window.__frames, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, taken: window.__taken, cls: window.__cls }));
    const own = frames.find(([, s]) => s === '3')[0];
    const shown = frames.findIndex(([, s]) => s === '1');
    const flash = shown < 0 ? 0 : frames[shown + 1][0] - frames[shown][0];
    return { flash, fcp, own, taken, cls };
  } finally {
    await context.close();
  }
}

export async function resumeFlashBench({ runs = 5, latencies = [0, 400] } = {}) {
  await writePages();
  const lesson = JSON.parse(readFileSync('bench/pages/prerender.generated/id/kunci-akun/kode-otp.json', 'utf8'));
  const record = { v: 1, key: KEY.slice('langkah:'.length), content: lesson.version, lang: 'id', step: 2, seen: lesson.steps.slice(0, 3).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 };
  const out = {};
  for (const firefox of [true, false]) {
    const browser = await launch(firefox);
    const name = firefox ? 'Firefox' : 'Chromium';
    try {
      for (const latency of latencies) {
        const server = await slowServer(latency);
        try {
          const samples = Object.fromEntries(Object.keys(VARIANTS).map((v) => [v, []]));
          for (let i = 0; i < runs; i++) for (const [v, file] of Object.entries(VARIANTS)) samples[v].push(await load(browser, server.url, `/bench/pages/prerender.generated/${file}`, record));
          for (const [v, s] of Object.entries(samples)) {
            out[`${name}|${latency}|${v}`] = {
              flashMs: stats(s.map((x) => x.flash)),
              flashed: s.filter((x) => x.flash > 0).length,
              fcpMs: stats(s.map((x) => x.fcp)),
              ownStepMs: stats(s.map((x) => x.own)),
              takenMs: stats(s.map((x) => x.taken)),
              clsMax: s.some((x) => x.cls === null) ? null : Math.max(...s.map((x) => x.cls)),
            };
          }
        } finally {
          server.stop();
        }
      }
    } finally {
      await browser.close();
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const latencies = (process.env.LATENCY ?? '0,400').split(',').map(Number);
  const runs = Number(process.env.RUNS ?? 5);
  const r = await resumeFlashBench({ runs, latencies });
  const ms = (s) => `${Math.round(s.median)} (max ${Math.round(s.max)})`;
  console.log(`| browser | latency | resume tag | step 1 seen (runs) | step 1 shown, ms | FCP | own step | taken over | CLS (max) |`);
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [k, v] of Object.entries(r)) {
    const [browser, latency, tag] = k.split('|');
    console.log(`| ${browser} | ${latency} ms | ${tag} | ${v.flashed} of ${v.flashMs.runs} | ${ms(v.flashMs)} | ${Math.round(v.fcpMs.median)} | ${Math.round(v.ownStepMs.median)} | ${Math.round(v.takenMs.median)} | ${v.clsMax === null ? '—' : v.clsMax.toFixed(3)} |`);
  }
}
