/**
 * `langkah build <curriculum.yaml> --prerender`: a page of its own for each
 * lesson of the course pack, its first step prerendered (src/cli/pack.ts,
 * prerenderPack), under the pack's strict CSP, kept by its service worker,
 * counting in the course, and a returning learner never sees step 1 there
 * (langkah-resume.js's script, inline). In Chromium and Firefox.
 *
 * Needs the browser bundle in dist/cdn (`npm run build`).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeTemp, run } from './helpers.js';
import { BROWSERS, files, PAGE_HELPERS, ROOT, serve, stop, WAIT } from './pack-helpers.js';

const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');
const PAGE = 'lesson.kunci-akun.kode-otp.id.html';

/**
 * Each frame, what the learner sees of the lesson on its own page: '' (nothing, or hidden) or the title of the
 * step shown, the element's or, before the script, one of the steps written for then (opened by langkah-resume.js).
 */
const FRAMES = `
  window.__frames = [];
  const look = () => {
    const el = document.querySelector('langkah-lesson');
    const h = el && el.shadowRoot ? [...el.shadowRoot.querySelectorAll('h3')].filter((h) => h.getBoundingClientRect().height) : [];
    const s = !h.length || getComputedStyle(el).visibility === 'hidden' ? '' : h.map((h) => h.textContent.trim()).join(' + ');
    if (window.__frames[window.__frames.length - 1] !== s) window.__frames.push(s);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

describe('a prerendered course pack (langkah build <curriculum> --prerender)', { timeout: 300_000 }, () => {
  let tmp = '';
  let dir = '';
  let server: { child: ChildProcess; port: number } | undefined;
  let base = '';
  let titles: string[] = [];
  let id = '';

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/cdn/langkah.js'))) throw new Error('dist/cdn/langkah.js is missing: run "npm run build" first');
    tmp = mkdtempSync(join(tmpdir(), 'langkah-pack-prerender-'));
    dir = join(tmp, 'course');
    const r = await run('build', relative(process.cwd(), CURRICULUM), '--prerender', '--out', dir);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    id = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')).id;
    titles = JSON.parse(readFileSync(join(dir, 'modules/id/kunci-akun/kode-otp.json'), 'utf8')).steps.map((s: { title: string }) => s.title);
    server = await serve(tmp, '.');
    base = `http://localhost:${server.port}/course/`;
  });

  after(async () => {
    await stop(server?.child);
    removeTemp(tmp);
  });

  it('writes a page per lesson and language, under the pack\'s CSP (its style-src with the fragments\' <style> hashes, its script-src with the returning learner\'s script\'s) and no other inline script or style, and its worker keeps what they need', () => {
    const all = files(dir);
    const course = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')) as { modules: { id: string; lessons: { id: string }[] }[]; languages: string[] };
    const pages = course.modules.flatMap((m) => m.lessons.flatMap((l) => course.languages.map((lang) => `lesson.${m.id}.${l.id}.${lang}.html`)));
    assert.deepEqual(all.filter((f) => /^lesson\..*\.html$/.test(f)).sort(), [...pages].sort());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1]!;
    // The pack's CSP, whose style-src also lets in the fragments' <style>s by their hashes, and nothing else inline.
    const sheets = all.filter((f) => /^langkah-[\w-]+\.css$/.test(f)).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    // And the pack's own styles, inline too: linked, they held the first paint back by a round trip (review 16f, F8).
    const packCss = readFileSync(join(dir, 'pack.css'), 'utf8');
    const hashes = [...sheets, packCss].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    for (const p of pages) {
      const html = readFileSync(join(dir, p), 'utf8');
      // The returning learner's script, inline (a file would hold every learner's first paint back by a round trip).
      const resume = /<script data-course="kelas-digital-umkm">([^]*?)<\/script>/.exec(html)?.[1];
      assert.ok(resume?.includes('langkah-lesson[prerendered][data-record='), `${p}: the returning learner's script`);
      const scriptHash = `'sha256-${createHash('sha256').update(resume!).digest('base64')}'`;
      const own = csp.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`).replace("script-src 'self'", `script-src 'self' ${scriptHash}`);
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${own}">`), `${p}: the pack's CSP`);
      const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!);
      assert.equal(styles[0], packCss, `${p}: the pack's styles, inline`);
      assert.ok(!html.includes('href="pack.css"'), `${p}: pack.css linked, a round trip before the first paint`);
      assert.ok(styles.length > 1 && styles.slice(1).every((css) => sheets.includes(css)), `${p}: a <style> that is not an element's stylesheet`);
      const rest = html.replace(/<style>[^]*?<\/style>/g, '').replace(`<script data-course="kelas-digital-umkm">${resume}</script>`, '');
      assert.doesNotMatch(rest, /<script(?![^>]*\ssrc=)|<style|\sstyle=/, `${p}: no other inline script or style`);
      // The code and the lesson are asked for at once.
      assert.match(html, /<link rel="modulepreload" href="langkah\/langkah.js">\n<link rel="modulepreload" href="langkah\/langkah-hydrate-[\w-]+\.js">\n(<link rel="modulepreload" href="langkah\/langkah-[\w-]+\.js">\n)*<link rel="preload" href="modules\/[^"]+\.json" as="fetch" crossorigin>\n(<link rel="preload" href="langkah-(lesson|quiz|checklist)\.css" as="style">\n)+<script data-course="kelas-digital-umkm">/);
      // Every chunk the lesson loads one after another, as a pasted fragment's head names them: not only the hydration's
      // (review 16f, F8: the element came at 13-16 s at 2,000 ms latency, against about 7 s on a pasted page).
      const preloaded = [...html.matchAll(/<link rel="modulepreload" href="langkah\/langkah-([a-z]+)-[\w-]+\.js">/g)].map((m) => m[1]);
      for (const chunk of ['hydrate', 'parts', 'directive', ...(html.includes('lang="en" src=') ? ['en'] : [])]) assert.ok(preloaded.includes(chunk), `${p}: ${chunk} is not preloaded (${preloaded.join(', ')})`);
      // Nothing that appears later (the offline status, when the worker starts saving) sits above the step (review 16, finding 9).
      assert.ok(html.indexOf('id="offline-status"') > html.indexOf('</langkah-lesson>'), `${p}: the offline status comes after the lesson`);
      assert.match(html, /<langkah-lesson data-course="kelas-digital-umkm" prerendered lang="(id|en)" src="modules\/\1\/[^"]+\.json" data-record="lesson:[^"]+" data-content="[\w-]+"><template shadowroot="open" shadowrootmode="open"><style>/);
    }
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const learner: string[] = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)![1]!);
    const hydrate = all.filter((f) => /^langkah\/langkah-hydrate-[\w-]+\.js$/.test(f));
    assert.equal(hydrate.length, 1, 'the hydration chunk travels');
    for (const f of [...pages, 'langkah-lesson.css', ...hydrate]) assert.ok(learner.includes(f), `the worker keeps ${f} on a learner's phone`);
    assert.ok(!all.includes('langkah-resume.js'), 'a file no page uses');
  });

  for (const [name, launch] of BROWSERS) {
    it(`${name}: a lesson's page shows its first step, counts in the course, and brings a returning learner back to their step without showing step 1`, async () => {
      const browser = await launch();
      try {
        const violations: string[] = [];
        const open = async (path: string) => {
          const page = await browser.newPage();
          page.setDefaultTimeout(WAIT.timeout);
          await page.setViewport({ width: 360, height: 640 });
          await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
          await page.evaluateOnNewDocument(PAGE_HELPERS + FRAMES);
          await page.goto(base + path, { waitUntil: 'load', ...WAIT });
          return page;
        };
        const settled = `!document.querySelector('langkah-lesson').hasAttribute('prerendered')`;
        const heading = `document.querySelector('langkah-lesson').shadowRoot.querySelector('[part~="step"] h3').textContent.trim()`;

        let page = await open(PAGE);
        await page.waitForFunction(settled, WAIT);
        assert.equal(await page.evaluate(heading), titles[0]);
        await page.evaluate(`document.querySelector('langkah-lesson').shadowRoot.querySelector('nav button.primary').click()`);
        await page.waitForFunction(`${heading} === ${JSON.stringify(titles[1])}`, WAIT);
        // The course's record: the course's page sees the lesson started.
        const key = `langkah:course:${id}@/course/|lesson:kunci-akun/kode-otp@id`;
        assert.equal(await page.evaluate(`JSON.parse(localStorage.getItem(${JSON.stringify(key)})).step`), 1);
        await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
        await page.close();

        page = await open('');
        await page.waitForFunction(`window.__course()?.querySelector('li.lesson.started')`, WAIT);
        await page.close();

        // Back on the lesson's page: their step 2, and never the prerendered step 1 on the way.
        page = await open(PAGE);
        await page.waitForFunction(`${settled} && ${heading} === ${JSON.stringify(titles[1])}`, WAIT);
        const frames = (await page.evaluate('window.__frames')) as string[];
        assert.deepEqual(frames.filter(Boolean), [titles[1]], `frames: ${JSON.stringify(frames)}`);
        await page.close();
        assert.deepEqual(violations, []);
      } finally {
        await browser.close();
      }
    });
  }
});
