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
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BuiltCurriculum, Lesson, Question } from '../../src/content/schema.js';
import { plain } from '../../src/internal/content.js';
import { run } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');
const WAIT = { timeout: 30_000 };

/** Every file under `dir`, relative to it. */
const files = (dir: string, base = dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path).split('\\').join('/')];
  });

/** Starts scripts/serve.mjs on `folder` of `cwd`; resolves with the port once it listens. */
function serve(cwd: string, folder: string, port = 0): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), folder, '--port', String(port), '--quiet'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 10 s')), 10_000);
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /port (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening`));
    });
  });
}

function stop(child?: ChildProcess): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

// In-page helpers, as plain JavaScript (test code compiled for Node must not leak into the page).
const PAGE_HELPERS = `
  window.__course = () => document.querySelector('langkah-curriculum')?.shadowRoot;
  window.__lesson = () => window.__course()?.querySelector('langkah-lesson')?.shadowRoot;
  window.__status = () => document.getElementById('offline-status')?.textContent ?? '';
  window.__state = (ref) => window.__course()?.querySelector('[data-ref="' + ref + '"]')?.closest('li')?.className.replace('lesson', '').trim();
  window.__questions = () => [...(window.__lesson()?.querySelectorAll('langkah-quiz') ?? [])]
    .flatMap((quiz) => [...quiz.shadowRoot.querySelectorAll('fieldset[data-q]')].map((f) => f.dataset.q));
  // Answers question id: ticks the options picks, or moves the items into order (by their text); returns the verdict.
  window.__answer = async (id, picks, order) => {
    const quiz = [...window.__lesson().querySelectorAll('langkah-quiz')].find((q) => q.shadowRoot.querySelector('[data-q="' + id + '"]'));
    const question = () => quiz.shadowRoot.querySelector('[data-q="' + id + '"]');
    if (order) {
      for (let pos = 0; pos < order.length; pos++) {
        for (let moves = 0; ; moves++) {
          const texts = [...question().querySelectorAll('li .text')].map((t) => t.textContent.replace(/\\s+/g, ' ').trim());
          const at = texts.indexOf(order[pos]);
          if (at < 0 || moves > order.length) throw new Error('cannot place "' + order[pos] + '" among ' + JSON.stringify(texts));
          if (at === pos) break;
          question().querySelectorAll('li')[at].querySelector('button.up').click();
          await quiz.updateComplete;
        }
      }
    } else {
      for (const i of picks) {
        // Options are shown shuffled; each input's value is its option's index in the lesson.
        question().querySelector('input[value="' + i + '"]').click();
        await quiz.updateComplete;
      }
    }
    question().querySelector(':scope > button').click();
    await quiz.updateComplete;
    return question().querySelector('[part="feedback"]').classList.contains('right');
  };
`;

/** The right answer to `q`: option indexes to tick, or the items' texts in order. */
function rightAnswer(q: Question): { picks: number[]; order?: string[] } {
  const text = (t: Parameters<typeof plain>[0]) => plain(t).replace(/\s+/g, ' ').trim();
  switch (q.kind) {
    case 'order':
      return { picks: [], order: q.items.map(text) };
    case 'true-false':
      return { picks: [q.answer ? 0 : 1] };
    default:
      return { picks: q.options.flatMap((o, i) => (o.correct ? [i] : [])) };
  }
}

describe('offline course pack, end to end in Chromium', { timeout: 240_000 }, () => {
  let tmp = '';
  let out = '';
  let printed: string[] = [];
  let server: { child: ChildProcess; port: number } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let course: BuiltCurriculum;
  let base = '';

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
    server = await serve(tmp, 'course');
    base = `http://localhost:${server.port}/course/`;
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
        // A name for this machine that is not "localhost": like a laptop's address on the village Wi-Fi, not a secure context.
        '--host-resolver-rules=MAP wifi.test 127.0.0.1',
      ],
    });
    page = await browser.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    await page.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(PAGE_HELPERS);
  });

  after(async () => {
    await browser?.close();
    await stop(server?.child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('builds a static folder with the whole course, and prints its size and largest files', () => {
    const all = files(out);
    for (const f of ['index.html', 'trainer.html', 'pack.js', 'pack.css', 'sw.js', 'manifest.webmanifest', 'icon.svg', 'curriculum.json', 'langkah/langkah.js']) {
      assert.ok(all.includes(f), `${f} is in the pack`);
    }
    // Every lesson of the course, in both languages; no Markdown parser (a pack only loads built JSON).
    for (const m of course.modules) for (const l of m.lessons) for (const src of Object.values(l.src)) assert.ok(all.includes(src), `${src} is in the pack`);
    assert.ok(!all.some((f) => /markdown/.test(f)), 'the Markdown chunk is left out');
    // Only chunks the bundle imports: none left over from an older build of dist/cdn.
    const chunks = all.filter((f) => f.startsWith('langkah/'));
    const code = chunks.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    for (const f of chunks) if (f !== 'langkah/langkah.js') assert.ok(code.includes(`./${f.slice('langkah/'.length)}`), `${f} is imported`);
    // The service worker precaches every file but itself.
    const precached: string[] = JSON.parse(/const FILES = (\[.*\]);/.exec(readFileSync(join(out, 'sw.js'), 'utf8'))![1]!);
    assert.deepEqual(precached.filter((f) => f !== './').sort(), all.filter((f) => f !== 'sw.js').sort());
    const total = all.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    assert.match(printed.join('\n'), new RegExp(`${all.length} files, ${(total / 1024).toFixed(1)} KiB \\(\\d+\\.\\d KiB gzip\\)`));
    // Recorded audio may come first (the default course ships some for its first lesson).
    assert.match(printed.join('\n'), /largest:\n(\s+\d+\.\d KiB {2}\S+\n)*\s+\d+\.\d KiB {2}langkah\/langkah\.js/);
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
      const cache = await caches.open(names.find((n) => n.startsWith('langkah-kelas-digital-umkm-')));
      return (await cache.keys()).length;
    })()`);
    const precached = JSON.parse(/const FILES = (\[.*\]);/.exec(readFileSync(join(out, 'sw.js'), 'utf8'))![1]!);
    assert.equal(cached, precached.length);
    await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
  });

  const first = () => `${course.modules[0]!.id}/${course.modules[0]!.lessons[0]!.id}`;

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
    const record = JSON.parse((await page.evaluate(`localStorage.getItem('langkah:lesson:${first()}@id')`)) as string);
    assert.equal(typeof record.completed, 'number');
    assert.equal(Object.values(record.answers as Record<string, { correct: boolean }>).filter((a) => a.correct).length, questions.size);
    await page.evaluate(`window.__course().querySelector('#back').click()`);
    await page.waitForFunction(`window.__state(${JSON.stringify(first())}) === 'done'`, WAIT);
    assert.deepEqual(failed, [], 'no request went unanswered while offline');
  });

  it('back online: the progress is intact after a reload', async () => {
    server = await serve(tmp, 'course', server!.port);
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
});
