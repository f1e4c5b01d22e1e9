/**
 * The offline course pack, end to end, as a learner in a village meets it:
 * build the default curriculum with the CLI, serve the folder on localhost,
 * open it once in Chromium, then lose the network for real (the browser's
 * network emulation, and the server stopped), reload, do a whole lesson, and
 * come back online: the progress is still there.
 *
 * Needs the browser bundle in dist/cdn (`npm test` runs `npm run build` first)
 * and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import assert from 'node:assert/strict';
import { type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type Page } from 'puppeteer-core';
import { packCsp } from '../../src/cli/pack.js';
import { serviceWorker } from '../../src/builder/pack-files.js';
import type { BuiltCurriculum, Lesson } from '../../src/content/schema.js';
import { removeTemp, run } from './helpers.js';
import { chromium, files, PAGE_HELPERS, rightAnswer, ROOT, serve, stop, WAIT } from './pack-helpers.js';

const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');

describe('offline course pack, end to end in Chromium', { timeout: 240_000 }, () => {
  let tmp = '';
  let out = '';
  let printed: string[] = [];
  let server: { child: ChildProcess; port: number } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let course: BuiltCurriculum;
  let base = '';
  const violations: string[] = [];

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/cdn/langkah.js'))) {
      throw new Error('dist/cdn/langkah.js is missing: run "npm run build" before this test ("npm test" does)');
    }
    tmp = mkdtempSync(join(tmpdir(), 'langkah-pack-'));
    out = join(tmp, 'course');
    const r = await run('build', relative(process.cwd(), CURRICULUM), '--out', out);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    printed = r.out;
    course = JSON.parse(readFileSync(join(out, 'curriculum.json'), 'utf8'));
    // The whole temporary folder: a broken copy of the pack is added next to it later.
    server = await serve(tmp, '.');
    base = `http://localhost:${server.port}/course/`;
    // A name for this machine that is not "localhost": like a laptop's address on the village Wi-Fi, not a secure context.
    browser = await chromium('--host-resolver-rules=MAP wifi.test 127.0.0.1');
    page = await browser.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    await page.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.evaluateOnNewDocument(PAGE_HELPERS);
  });

  after(async () => {
    await browser?.close();
    await stop(server?.child);
    removeTemp(tmp);
  });

  it('builds a static folder with the whole course, and prints its size and largest files', () => {
    // The build's marker lists every file it wrote, and is itself no part of the pack.
    const all = files(out).filter((f) => f !== '.langkah-build');
    assert.deepEqual(JSON.parse(readFileSync(join(out, '.langkah-build'), 'utf8')).files, [...all].sort());
    for (const f of ['index.html', 'trainer.html', 'pack.js', 'pack.css', 'sw.js', 'manifest.webmanifest', 'icon.svg', 'curriculum.json', 'langkah/langkah.js']) {
      assert.ok(all.includes(f), `${f} is in the pack`);
    }
    // Every lesson of the course, in both languages; no Markdown parser (a pack only loads built JSON).
    for (const m of course.modules) for (const l of m.lessons) for (const src of Object.values(l.src)) assert.ok(all.includes(src), `${src} is in the pack`);
    assert.ok(!all.some((f) => /markdown/.test(f)), 'the Markdown chunk is left out');
    // Only chunks the bundle imports: none left over from an older build of dist/cdn.
    const chunks = all.filter((f) => f.startsWith('langkah/'));
    const code = chunks.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    // (The course builder is a file of its own, for the pack's builder page.)
    for (const f of chunks) if (f !== 'langkah/langkah.js' && f !== 'langkah/langkah-builder.js') assert.ok(code.includes(`./${f.slice('langkah/'.length)}`), `${f} is imported`);
    // The service worker precaches every learner's file; the trainer's it keeps only on a trainer's phone (below).
    const precached = listed('FILES');
    const trainer = listed('TRAINER');
    assert.deepEqual([...precached.filter((f) => f !== './'), ...trainer].sort(), all.filter((f) => f !== 'sw.js').sort());
    assert.deepEqual(
      trainer.filter((f) => !f.startsWith('modules/guides/')),
      ['builder.html', 'guide.css', 'guide.en.html', 'guide.html', 'guide.js', 'langkah/langkah-builder.js', 'modules/index.json', 'trainer.html'],
    );
    assert.equal(trainer.filter((f) => f.startsWith('modules/guides/')).length, course.modules.length, 'one guide per module');
    // The learner's page links to no trainer page.
    assert.doesNotMatch(readFileSync(join(out, 'index.html'), 'utf8'), /href="(trainer|builder|guide)/);
    assert.match(readFileSync(join(out, 'trainer.html'), 'utf8'), /<a href="builder.html">Susun kursus baru dari pelajaran paket ini<\/a>/);
    const total = all.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    assert.match(printed.join('\n'), new RegExp(`${all.length} files, ${(total / 1024).toFixed(1)} KiB \\(\\d+\\.\\d KiB gzip\\)`));
    // Recorded audio may come first (the default course ships some for its first lesson).
    assert.match(printed.join('\n'), /largest:\n(\s+\d+\.\d KiB {2}\S+\n)*\s+\d+\.\d KiB {2}langkah\/langkah\.js/);
    // Both pages carry the policy that allows nothing the pack does not need.
    assert.equal(
      packCsp(),
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'",
    );
    for (const f of ['index.html', 'trainer.html', 'builder.html']) {
      assert.ok(readFileSync(join(out, f), 'utf8').includes(`<meta http-equiv="Content-Security-Policy" content="${packCsp()}">`), f);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.lang, 'id');
    // A home-screen name of whole words.
    assert.ok(manifest.short_name.length <= 12 && /^(\s|$)/.test(course.title.id.slice(manifest.short_name.length)), manifest.short_name);
  });

  it('on a plain http address (a laptop on the Wi-Fi), runs the course and says it cannot be saved offline', async () => {
    const wifi = await browser!.newPage();
    try {
      await wifi.goto(`http://wifi.test:${server!.port}/course/`, { waitUntil: 'load', ...WAIT });
      await wifi.waitForFunction(`document.getElementById('offline-status')?.textContent.includes('https')`, WAIT);
      assert.equal(
        await wifi.evaluate(`document.getElementById('offline-status').textContent`),
        'Kursus ini belum bisa disimpan untuk dipakai tanpa internet: alamatnya tidak memakai https.',
      );
      await wifi.waitForFunction(`document.querySelector('langkah-curriculum')?.shadowRoot?.querySelector('[data-ref]')`, WAIT);
    } finally {
      await wifi.close();
    }
  });

  it('says the course is not saved yet when a file of the pack cannot be fetched', async () => {
    // A copy of the pack with a lesson missing, as after an interrupted upload to the host.
    cpSync(out, join(tmp, 'broken'), { recursive: true });
    rmSync(join(tmp, 'broken', course.modules[0]!.lessons[0]!.src.id));
    const broken = await browser!.newPage();
    try {
      await broken.goto(`http://127.0.0.1:${server!.port}/broken/`, { waitUntil: 'load', ...WAIT });
      await broken.waitForFunction(`document.getElementById('offline-status')?.textContent.startsWith('Kursus belum tersimpan')`, WAIT);
      assert.equal(await broken.evaluate('navigator.serviceWorker.controller'), null);
    } finally {
      await broken.close();
    }
  });

  it('saves the whole course on the first visit and says so', async () => {
    await page.goto(base, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction('navigator.serviceWorker.controller !== null', WAIT);
    await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
    assert.equal(await page.evaluate('window.__status()'), 'Kursus tersimpan di HP ini: bisa dibuka tanpa internet.');
    // Everything the service worker lists is in its cache.
    const cached = await page.evaluate(`(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('langkah-pack ' + ${JSON.stringify(base)} + ' kelas-digital-umkm-')));
      return (await cache.keys()).length;
    })()`);
    assert.equal(cached, listed('FILES').length);
    // Nothing of the trainer's on a learner's phone.
    assert.deepEqual(await cachedTrainer(), []);
    await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
  });

  const first = () => `${course.modules[0]!.id}/${course.modules[0]!.lessons[0]!.id}`;
  /** A list of files in the pack's sw.js (FILES: precached; TRAINER: kept when a trainer opens a page). */
  const listed = (name: string): string[] => JSON.parse(new RegExp(`const ${name} = (\\[.*\\]);`).exec(readFileSync(join(out, 'sw.js'), 'utf8'))![1]!);
  /** The trainer's files in the pack's cache. */
  const cachedTrainer = async () =>
    (await page.evaluate(`(async () => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('langkah-pack ' + ${JSON.stringify(base)})));
      const trainer = ${JSON.stringify(listed('TRAINER'))};
      return (await cache.keys()).map((r) => r.url.slice(${JSON.stringify(base)}.length)).filter((f) => trainer.includes(f)).sort();
    })()`)) as string[];

  it('offline, with the server gone: opens, runs a whole lesson and saves the progress', async () => {
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.setOfflineMode(true);
    await stop(server!.child);
    assert.equal((await fetch(base).catch(() => undefined))?.status, undefined, 'the server is really gone');

    await page.reload({ waitUntil: 'load', ...WAIT });
    await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
    await page.waitForFunction(`window.__status().startsWith('Anda sedang offline')`, WAIT);
    assert.equal(await page.evaluate(`window.__state(${JSON.stringify(first())})`), 'new');

    // Open the first lesson from the path, as the learner taps it.
    await page.evaluate(`window.__course().querySelector('[data-ref=${JSON.stringify(first())}]').click()`);
    await page.waitForFunction(`window.__lesson()?.querySelector('[part~="step"] h3')`, WAIT);
    const lesson: Lesson = JSON.parse(readFileSync(join(out, course.modules[0]!.lessons[0]!.src.id), 'utf8'));
    const questions = new Map(lesson.steps.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'quiz' ? b.questions : []))).map((q) => [q.id, q]));
    const answered: string[] = [];
    for (let step = 0; step <= lesson.steps.length; step++) {
      if (await page.evaluate(`!!window.__lesson().querySelector('[part~="summary"]')`)) break;
      for (const id of (await page.evaluate('window.__questions()')) as string[]) {
        const { picks, order } = rightAnswer(questions.get(id)!);
        assert.equal(await page.evaluate(`window.__answer(${JSON.stringify(id)}, ${JSON.stringify(picks)}, ${JSON.stringify(order ?? null)})`), true, `${id} answered right`);
        answered.push(id);
      }
      const counter = await page.evaluate(`window.__lesson().querySelector('.counter').textContent`);
      await page.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
      await page.waitForFunction(`window.__lesson().querySelector('.counter').textContent !== ${JSON.stringify(counter)}`, WAIT);
    }
    assert.ok(await page.evaluate(`!!window.__lesson().querySelector('[part~="summary"]')`), 'the lesson reached its summary');
    assert.deepEqual(answered.sort(), [...questions.keys()].sort(), 'every question of the lesson was answered');

    // Saved on the phone: the record, and the path shows the lesson done.
    // Under the course's own key: its id and the folder the pack is served from.
    const record = JSON.parse((await page.evaluate(`localStorage.getItem('langkah:course:${course.id}@/course/|lesson:${first()}@id')`)) as string);
    assert.equal(typeof record.completed, 'number');
    assert.equal(Object.values(record.answers as Record<string, { correct: boolean }>).filter((a) => a.correct).length, questions.size);
    await page.evaluate(`window.__course().querySelector('#back').click()`);
    await page.waitForFunction(`window.__state(${JSON.stringify(first())}) === 'done'`, WAIT);
    assert.deepEqual(failed, [], 'no request went unanswered while offline');
  });

  it('back online: the progress is intact after a reload', async () => {
    server = await serve(tmp, '.', server!.port);
    await page.setOfflineMode(false);
    await page.reload({ waitUntil: 'load', ...WAIT });
    await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
    await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
    assert.equal(await page.evaluate(`window.__state(${JSON.stringify(first())})`), 'done');
    const total = course.modules.reduce((n, m) => n + m.lessons.length, 0);
    assert.equal(
      await page.evaluate(`window.__course().querySelector('[part="nav"] p').textContent.trim().split(' · ')[0]`),
      `1 dari ${total} pelajaran selesai`,
    );
  });

  it('keeps the trainer pages after one visit to the trainer page: guides and the course builder open offline, and the builder makes a pack from the pack', async () => {
    await page.goto(`${base}trainer.html`, { waitUntil: 'load', ...WAIT });
    const trainer = listed('TRAINER');
    await page.waitForFunction(`(async () => (await caches.keys()).length && (await caches.open((await caches.keys()).find((n) => n.startsWith('langkah-pack ')))).keys().then((k) => k.length >= ${listed('FILES').length + trainer.length}))()`, { polling: 200, ...WAIT });
    assert.deepEqual(await cachedTrainer(), [...trainer].sort());
    await page.setOfflineMode(true);
    await stop(server!.child);
    try {
      for (const [file, heading] of [['guide.html', 'Panduan fasilitator'], ['guide.en.html', 'Facilitator guide'], ['builder.html', 'Penyusun kursus']]) {
        await page.goto(`${base}${file}`, { waitUntil: 'load', ...WAIT });
        assert.equal(await page.$eval('h1', (h) => h.textContent), heading, `${file} opens offline`);
      }
      // The builder reads the pack's own catalogue: its modules, nothing else.
      await page.waitForFunction(`document.querySelector('langkah-builder')?.shadowRoot?.querySelector('#search')`, WAIT);
      assert.equal(await page.evaluate(`document.querySelector('langkah-builder').shadowRoot.querySelectorAll('details.module').length`), course.modules.length);
      // No link without a course page: a YAML file and a pack.
      const zip = await page.evaluate(`(async () => {
        const root = document.querySelector('langkah-builder').shadowRoot;
        const set = (sel, v) => { const i = root.querySelector(sel); i.value = v; i.dispatchEvent(new Event('input')); };
        set('#title-id', 'Kelas kecil');
        set('#organiser', 'Desa');
        root.querySelector('.add-module').click();
        await new Promise((r) => setTimeout(r, 100));
        if (root.querySelector('#link')) throw new Error('a link without a course page');
        const made = new Promise((r) => document.addEventListener('langkah-pack', (e) => r(e.detail.zip.length), { once: true }));
        root.querySelector('.download-pack').click();
        return made;
      })()`);
      assert.ok((zip as number) > 100_000, `a pack of ${zip} bytes`);
    } finally {
      server = await serve(tmp, '.', server!.port);
      await page.setOfflineMode(false);
    }
  });

  it('a new version of the pack keeps the trainer pages again on a trainer\'s phone, on install', async () => {
    // A rebuilt pack: one file changed, so a new service worker with a new version.
    writeFileSync(join(out, 'pack.css'), `${readFileSync(join(out, 'pack.css'), 'utf8')}/* v2 */\n`);
    const all = files(out).filter((f) => f !== '.langkah-build' && f !== 'sw.js');
    writeFileSync(join(out, 'sw.js'), serviceWorker(course.id, all.map((path) => ({ path, bytes: readFileSync(join(out, path)) }))));
    const version = /const VERSION = "([^"]+)"/.exec(readFileSync(join(out, 'sw.js'), 'utf8'))![1]!;
    await page.goto(base, { waitUntil: 'load', ...WAIT });
    await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
    const want = listed('FILES').length + listed('TRAINER').length + 1;
    const name = `langkah-pack ${base} ${version}`;
    await page.waitForFunction(`(async () => (await caches.has(${JSON.stringify(name)})) && (await (await caches.open(${JSON.stringify(name)})).keys()).length >= ${want})()`, { polling: 200, ...WAIT });
    const kept = (await page.evaluate(`(async () => (await (await caches.open(${JSON.stringify(name)})).keys()).map((r) => r.url.slice(${JSON.stringify(base)}.length)))()`)) as string[];
    for (const f of listed('TRAINER')) assert.ok(kept.includes(f), `${f} is in the new version's copy`);
  });

  it('runs under its Content-Security-Policy: nothing the course does is blocked, on the course and the trainer page', async () => {
    assert.deepEqual(violations, [], 'no violation while the course was saved, run offline and reloaded');
    await page.goto(`${base}trainer.html`, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction(`document.querySelector('langkah-roster')?.shadowRoot?.querySelector('textarea')`, WAIT);
    // Lit's styles reach the shadow roots as constructed stylesheets, which style-src 'self' allows.
    assert.ok((await page.evaluate(`document.querySelector('langkah-roster').shadowRoot.adoptedStyleSheets.length`)) as number > 0);
    assert.deepEqual(violations, [], 'no violation on the trainer page');
  });

  it('the policy is enforced: an inline script or a picture from elsewhere is blocked and reported', async () => {
    await page.evaluate(`(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'http://127.0.0.1:9/elsewhere.png';
      document.body.append(img);
    })()`);
    for (let i = 0; i < 100 && violations.filter((v) => /^(script|img)-src/.test(v)).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await page.evaluate('window.__inlineRan'), undefined);
    assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
    assert.ok(violations.some((v) => v.startsWith('img-src http://127.0.0.1:9/elsewhere.png')), violations.join('\n'));
  });
});
