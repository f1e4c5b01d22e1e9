// The prerendered first step (issue #16) beside a static page and the script-tag
// lesson, in one run, on both network profiles: headless Chromium, cold cache,
// 4× CPU slowdown, 360×740, median of `runs`.
//
// Pages, written for the run into bench/pages/prerender.generated/ (ignored by
// git) beside a shipped lesson, kunci-akun/kode-otp (id), built there by
// `langkah build <modules> --prerender --bundle /dist/cdn/langkah.js` (dist/cli,
// so run `npm run build` first):
//
// - static.html      the control: the same first step as plain HTML, its styles
//                    in the page, no script; Next is a link to step 2 in the same
//                    page (`:target`), so it works as soon as it is painted.
// - prerendered.html the fragment as `langkah build --prerender` writes it
//                    (with the script tag and preload hints), pasted into a page
//                    as it is (docs/embedding.md).
// - prerendered-resume.html  the same with langkah-resume.js in the head (a
//                    parser-blocking script, for returning learners), measured
//                    for a first-time learner.
// - prerendered-resume-async.html  the same with the tag docs/embedding.md
//                    recommends, `<script async blocking="render" src=…>`.
// - prerendered-resume-inline.html  the same script inline in the head (what a
//                    strict CSP would let in only by its hash): no file to wait for.
// - script-tag.html  the lesson from the script tag alone, with the two preload
//                    hints of examples/one-lesson.html.
//
// Figures (ms from navigation start): first contentful paint; first step
// readable (the step's heading has a box and the Next button its own colour:
// the text is painted in its styles); Next responsive (a click on the visible
// Next, found by its role and words and tried every frame, shows step 2: before
// the script, the prerendered lesson's Next is step 2's <summary>); CLS until
// then; bytes and requests.
//
//   node bench/prerender.mjs [pages]   (pages: only write the pages, then print their addresses)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { PROFILES, serve, stats } from './lib.mjs';

export { PROFILES };
const CPU_SLOWDOWN = 4;
const DIR = 'bench/pages/prerender.generated';
// Another lesson: PRERENDER_LESSON=<module>/<lesson> (an Indonesian one of modules/).
const [MODULE, NAME] = (process.env.PRERENDER_LESSON ?? 'kunci-akun/kode-otp').split('/');
const LESSON = `id/${MODULE}/${NAME}`;
/** The pages, as the tables name them; the first is the control the others are compared with. */
export const PAGES = {
  static: 'static.html',
  prerendered: 'prerendered.html',
  'prerendered, no steps before the script': 'prerendered-no-steps.html',
  '+ langkah-resume.js': 'prerendered-resume.html',
  '+ langkah-resume.js async blocking': 'prerendered-resume-async.html',
  '+ langkah-resume.js inline': 'prerendered-resume-inline.html',
  'script tag': 'script-tag.html',
};
/** The primary button's background in the lesson's styles (unstyled, a button is grey). */
const STYLED = 'rgb(11, 110, 79)';

const head = (title, extra = '') => `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${extra}</head>
`;

/** Shadow-root markup without Lit's comments: what a hand-written static page would hold. */
const plain = (html) => html.replace(/<!--[^]*?-->/g, '');

/** Builds the lesson's module with --prerender and writes the three pages; returns their paths. */
export async function writePages() {
  rmSync(DIR, { recursive: true, force: true });
  const src = mkdtempSync(join(tmpdir(), 'langkah-bench-'));
  try {
    cpSync(join('modules', MODULE), join(src, MODULE), { recursive: true });
    execFileSync(process.execPath, ['bin/langkah.js', 'build', src, '--prerender', '--bundle', '/dist/cdn/langkah.js', '--out', DIR], { stdio: 'pipe' });
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
  const fragment = readFileSync(`${DIR}/${LESSON}.html`, 'utf8');
  // The control is plain HTML: without the steps for before the script, nor their styles.
  const css = readFileSync(`${DIR}/langkah-lesson.css`, 'utf8').replace(/\.pe summary\{[^]*$/, '');
  // The pages sit in the built folder, where a fragment is pasted as it is.
  writeFileSync(
    `${DIR}/${PAGES.prerendered}`,
    `${head('Pelajaran pra-render (bench)')}<body>
<main>
${fragment}</main>
</body>
</html>
`,
  );
  // The same without the steps that work before the script (their markup and styles): what they cost the first step.
  const bare = fragment.replace(/<div class="pe base"[^]*?(?=<link rel="stylesheet")/, '').replace(/\.pe summary\{[^]*?(?=<\/style>)/, '');
  if (bare === fragment || bare.includes('class="pe')) throw new Error('bench/prerender.mjs: found no steps to take out of the fragment');
  writeFileSync(
    `${DIR}/${PAGES['prerendered, no steps before the script']}`,
    `${head('Pelajaran pra-render tanpa langkah sebelum skrip (bench)')}<body>
<main>
${bare}</main>
</body>
</html>
`,
  );
  // The same with the returning learner's script in the head (a first-time learner here): a plain tag, and the tag
  // docs/embedding.md asks for, which lets the page load on while Chromium draws nothing until it has run.
  for (const [page, tag] of [
    ['+ langkah-resume.js', '<script src="langkah-resume.js"></script>'],
    ['+ langkah-resume.js async blocking', '<script async blocking="render" src="langkah-resume.js"></script>'],
    ['+ langkah-resume.js inline', `<script>\n${readFileSync(`${DIR}/langkah-resume.js`, 'utf8')}</script>`],
  ]) {
    writeFileSync(
      `${DIR}/${PAGES[page]}`,
      `${head('Pelajaran pra-render, dengan langkah-resume.js (bench)', `${tag}\n`)}<body>
<main>
${fragment}</main>
</body>
</html>
`,
    );
  }
  writeFileSync(
    `${DIR}/${PAGES['script tag']}`,
    `${head(
      'Pelajaran dari tag skrip (bench)',
      `<link rel="modulepreload" href="/dist/cdn/langkah.js">
<link rel="preload" href="${LESSON}.json" as="fetch" crossorigin>
<script type="module" src="/dist/cdn/langkah.js"></script>
`,
    )}<body>
<main>
<langkah-lesson src="${LESSON}.json"></langkah-lesson>
</main>
</body>
</html>
`,
  );
  // The control: step 1 as the server drew it, and step 2 (the lesson from its second step, counted as step 2 of
  // all), each in a shadow root of its own with the styles inside, and Next a link from one to the other.
  // Next is a link there, drawn as the lesson draws its button.
  // The stylesheet is minified (src/cli/minify-css.ts): the rules of `button` and `button.primary` as written there.
  const linkCss = css.replace('}button{font:', '}button,a.primary{display:inline-block;text-decoration:none;font:').replace('button.primary{', 'button.primary,a.primary{');
  if (!linkCss.includes('}button,a.primary{') || !linkCss.includes('button.primary,a.primary{')) throw new Error('bench/prerender.mjs: the buttons\' rules in langkah-lesson.css changed: update the static page\'s link styles');
  const shadow = (html) => plain(/<template[^>]*>([^]*)<\/template>/.exec(html)[1]).replace(/<div class="pe base"[^]*?(?=<link rel="stylesheet")/, '').replace(/<link rel="stylesheet"[^>]*>/, '').replace(/<style>[^]*?<\/style>/, () => `<style>${linkCss}</style>`);
  const step1 = shadow(fragment).replace(/<button class="primary" *>([^]*?)<\/button>/, '<a class="primary" href="#s2">$1</a>');
  const json = JSON.parse(readFileSync(`${DIR}/${LESSON}.json`, 'utf8'));
  const second = await secondStep(json);
  const step2 = shadow(second).replace(/Langkah 1 dari \d+/, `Langkah 2 dari ${json.steps.length}`).replace(/(<progress[^>]*max=")\d+(" value=")1/, `$1${json.steps.length}$22`);
  writeFileSync(
    `${DIR}/${PAGES.static}`,
    `${head('Halaman statis pembanding (bench)', '<style>#s2:not(:target), #s1:has(~ #s2:target) { display: none }</style>\n')}<body>
<main>
<div id="s1"><template shadowrootmode="open">${step1}</template></div>
<div id="s2"><template shadowrootmode="open">${step2}</template></div>
</main>
</body>
</html>
`,
  );
  return Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, `/${DIR}/${file}`]));
}

/** Step 2 for the control page: the same renderer, given the lesson from its second step on (the counter is put right by the caller). */
async function secondStep(json) {
  const { prerenderer } = await import('../dist/cli/prerender.js');
  const p = await prerenderer();
  return p.lesson({ ...json, steps: json.steps.slice(1) }, `${LESSON}.json`);
}

// In-page probes, installed before the page's own code: the visible step's shadow root (a lesson, or the static
// page's step), its heading and Next; when it was first readable in its styles, and when a click on Next first
// moved it on (a click tried every frame: before the script, the prerendered Next is a button that does nothing).
const PROBES = `
  window.__root = () => [...document.querySelectorAll('langkah-lesson, main > div')].find((e) => e.shadowRoot && e.getBoundingClientRect().height > 0)?.shadowRoot;
  // What the learner sees: the visible step heading, and the visible Next by its role and words (before the
  // script, a prerendered lesson's Next is the next step's <summary>: src/cli/prerender-steps.ts).
  window.__heading = () => [...(window.__root()?.querySelectorAll('h3') ?? [])].find((h) => h.checkVisibility());
  window.__next = () => [...(window.__root()?.querySelectorAll('button, summary, a') ?? [])].find((e) => e.checkVisibility() && /^(Lanjut|Next)\\b/.test(e.innerText.trim()));
  window.__shifts = [];
  new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => ({ t: e.startTime, v: e.value, input: e.hadRecentInput })))).observe({ type: 'layout-shift', buffered: true });
  (function watch() {
    const h = window.__heading();
    const n = window.__next();
    if (!window.__readable && h && h.textContent.trim() && h.getBoundingClientRect().height > 0 && n && getComputedStyle(n).backgroundColor === '${STYLED}') {
      window.__readable = performance.now();
      window.__first = h.textContent;
    }
    if (window.__readable && !window.__moved) {
      if (h && h.textContent !== window.__first && h.getBoundingClientRect().height > 0) window.__moved = performance.now();
      else if (n) { window.__clickedAt = performance.now(); n.click(); }
    }
    if (!window.__moved) requestAnimationFrame(watch);
  })();
`;

export const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });

/** One cold load of `path` in a fresh browser context. */
export async function coldLoad(browser, base, profile, path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(PROBES);
  let bytes = 0;
  let requests = 0;
  const files = [];
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  cdp.on('Network.requestWillBeSent', (e) => (requests++, files.push(e.request.url.replace(base, ''))));
  await page.goto(base + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForFunction(() => window.__moved, { polling: 200, timeout: 60_000 });
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN;
    // Shifts before the click that moved to step 2 (a scripted click is no input to the Layout Instability API).
    const cls = window.__shifts.filter((s) => !s.input && s.t < window.__clickedAt).reduce((n, s) => n + s.v, 0);
    const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd ?? 0;
    // Readable in the frame where the probe saw it: that frame's paint, the first contentful one if none came before.
    const readable = Math.max(window.__readable, fcp);
    return { fcp, readable, responsive: Math.max(window.__moved, readable), cls, html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0, bundle: end(/langkah\.js$/), lesson: end(/\.json$/) };
  });
  await context.close();
  return { ...r, bytes, requests, files };
}

export async function prerenderBench({ runs = 5 } = {}) {
  const pages = await writePages();
  const server = await serve('.', ['--cache-bundle']);
  const browser = await launch();
  try {
    // One load first, not counted: a browser's first page pays for its own start-up.
    await coldLoad(browser, server.url, PROFILES['3g-400ms'], pages.static);
    const out = {};
    for (const [profileName, profile] of Object.entries(PROFILES)) {
      const samples = Object.fromEntries(Object.keys(pages).map((p) => [p, []]));
      // Alternating pages, so that a busy moment of the machine falls on all of them alike.
      for (let i = 0; i < runs; i++) for (const [name, path] of Object.entries(pages)) samples[name].push(await coldLoad(browser, server.url, profile, path));
      out[profileName] = Object.fromEntries(
        Object.entries(samples).map(([name, s]) => {
          const of = (f) => stats(s.map(f));
          return [
            name,
            {
              fcpMs: of((x) => x.fcp),
              readableMs: of((x) => x.readable),
              responsiveMs: of((x) => x.responsive),
              cls: of((x) => x.cls),
              bytes: of((x) => x.bytes),
              requests: of((x) => x.requests),
              htmlArrivedMs: of((x) => x.html),
              bundleArrivedMs: of((x) => x.bundle),
              lessonArrivedMs: of((x) => x.lesson),
              files: s[0].files,
            },
          ];
        }),
      );
    }
    return out;
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'pages') {
    console.log(await writePages());
  } else {
    console.log(JSON.stringify(await prerenderBench({ runs: Number(process.env.RUNS ?? 5) }), null, 1));
  }
}
