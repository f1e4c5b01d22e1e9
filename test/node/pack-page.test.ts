/**
 * The learner's page of an offline pack on a 360 × 640 phone, in Chromium and
 * Firefox (review 12, findings 3, 4 and 12): the course title once and the
 * start button on the first screen; "saved" said in full once, then in one
 * short line; while a lesson is open, the page's header and status make room
 * for it; a printed certificate has no page header above it.
 *
 * Needs the browser bundle in dist/cdn (`npm run build`).
 */
import assert from 'node:assert/strict';
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { removeTemp, run } from './helpers.js';
import { BROWSERS, files, PAGE_HELPERS, ROOT, serve, stop, WAIT } from './pack-helpers.js';

const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');

/** Where a thing on the page is, in CSS pixels of the viewport; `css` is the selector inside the course's shadow root. */
const box = (page: Page, css: string) =>
  page.evaluate(
    (s) => {
      const el = document.querySelector('langkah-curriculum')!.shadowRoot!.querySelector(s)!;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    },
    css,
  );
const shown = (page: Page, css: string) => page.evaluate((s) => { const el = document.querySelector(s); return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0; }, css);

describe('the pack page on a 360 × 640 phone', { timeout: 240_000 }, () => {
  let tmp = '';
  let server: { child: ChildProcess; port: number } | undefined;
  let base = '';
  let title = '';

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/cdn/langkah.js'))) throw new Error('dist/cdn/langkah.js is missing: run "npm run build" first');
    tmp = mkdtempSync(join(tmpdir(), 'langkah-pack-page-'));
    const r = await run('build', relative(process.cwd(), CURRICULUM), '--out', join(tmp, 'course'));
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    title = JSON.parse(readFileSync(join(tmp, 'course', 'curriculum.json'), 'utf8')).title.id;
    server = await serve(tmp, '.');
    base = `http://localhost:${server.port}/course/`;
  });

  after(async () => {
    await stop(server?.child);
    removeTemp(tmp);
  });

  it('keeps the figures docs/trainers.md gives for the default pack honest: its size, its files and its recorded audio', () => {
    const dir = join(tmp, 'course');
    const all = files(dir).filter((f) => f !== '.langkah-build');
    const bytes = (list: string[]) => list.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const audio = all.filter((f) => /\/audio\/[^/]+\.(ogg|mp3|m4a|opus|wav)$/.test(f));
    // modules/assets/<module>/<lang>/audio/<lesson>-<n>.ogg
    const recorded = [...new Set(audio.map((f) => f.replace(/^modules\/assets\/([^/]+)\/[^/]+\/audio\/(.+)-\d+\.\w+$/, '$1/$2')))];
    const docs = readFileSync(join(ROOT, 'docs/trainers.md'), 'utf8').replace(/\s+/g, ' ');
    const said = /The default course, as a build measures it, is about ([\d.]+) MB in (\d+) files, both languages included; ([\d.]+) MB of that is the recorded \(synthesised\) audio of ([^,]+?) in Indonesian/.exec(docs);
    assert.ok(said, 'docs/trainers.md states the pack size in the expected words');
    const mb = (n: number) => n / 1_000_000;
    const figures = `the build measured ${mb(bytes(all)).toFixed(2)} MB in ${all.length} files, ${mb(bytes(audio)).toFixed(2)} MB of audio of ${recorded.join(', ')}`;
    assert.ok(Math.abs(Number(said[1]) - mb(bytes(all))) <= 0.05, figures);
    assert.equal(Number(said[2]), all.length, figures);
    assert.ok(Math.abs(Number(said[3]) - mb(bytes(audio))) <= 0.005, figures);
    assert.deepEqual([...said[4]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]), recorded, figures);
    // What a learner's phone keeps (the service worker's FILES, "./" being index.html), and the trainer's part.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const list = (name: string): string[] => JSON.parse(new RegExp(`const ${name} = (\\[.*\\]);`).exec(sw)![1]!);
    const learner = bytes(list('FILES').map((f) => (f === './' ? 'index.html' : f)));
    const phone = /A learner's phone downloads only the learner's part on the first visit: about ([\d.]+) MB for the default course\. The trainer's part \([^)]*, about ([\d.]+) MB\)/.exec(docs);
    assert.ok(phone, 'docs/trainers.md states what a learner\'s phone keeps');
    const kept = `a learner keeps ${mb(learner).toFixed(2)} MB, the trainer's part is ${mb(bytes(list('TRAINER'))).toFixed(2)} MB`;
    assert.ok(Math.abs(Number(phone[1]) - mb(learner)) <= 0.01, kept);
    assert.ok(Math.abs(Number(phone[2]) - mb(bytes(list('TRAINER')))) <= 0.01, kept);
    // The certificate says "Telah menyelesaikan … pelajaran" itself: the default course's note does not say it again.
    const note = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')).certificate.note;
    assert.doesNotMatch(note.id, /telah menyelesaikan/i);
    assert.doesNotMatch(note.en, /completed|completing/i);
  });

  for (const [name, launch] of BROWSERS) {
    it(`${name}: start on the first screen, the title once, a short status, and room for an open lesson`, async () => {
      const browser: Browser = await launch();
      try {
        const page = await browser.newPage();
        page.setDefaultTimeout(WAIT.timeout);
        await page.setViewport({ width: 360, height: 640 });
        await page.evaluateOnNewDocument(PAGE_HELPERS);
        await page.goto(base, { waitUntil: 'load', ...WAIT });
        await page.waitForFunction(`window.__course()?.querySelector('#continue')`, WAIT);

        // Finding 4: "Mulai belajar" is on the first screen, right under the title.
        const start = await box(page, '#continue');
        assert.ok(start.bottom <= 640, `the start button ends at ${start.bottom} px, below the first screen`);
        // The title shows once: the page's h1; the element's own h2 is left to screen readers.
        const visible = await page.evaluate(`[document.querySelector('h1'), window.__course().querySelector('h2')]
          .filter((h) => h.textContent.trim() === ${JSON.stringify(title)} && h.getBoundingClientRect().width > 1).length`);
        assert.equal(visible, 1, 'the course title shows once');
        assert.equal(await page.evaluate(`window.__course().querySelector('h2').textContent.trim()`), title, 'screen readers still hear the course heading');

        // Finding 3: "saved" in full once, then as one short line.
        await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
        assert.equal(await page.evaluate('window.__status()'), 'Kursus tersimpan di HP ini: bisa dibuka tanpa internet.');
        await page.reload({ waitUntil: 'load', ...WAIT });
        await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
        assert.equal(await page.evaluate('window.__status()'), 'Kursus tersimpan di HP ini.');
        const status = await page.evaluate(`document.getElementById('offline-status').getBoundingClientRect().height`);
        const line = await page.evaluate(`parseFloat(getComputedStyle(document.getElementById('offline-status')).lineHeight)`);
        assert.ok((status as number) < 2 * (line as number) + 1, `the status is one line (${status} px)`);

        // While a lesson is open, the header is one short line and the "saved" status gives way.
        await page.waitForFunction(`window.__course()?.querySelector('#continue')`, WAIT);
        await page.evaluate(`window.__course().querySelector('#continue').click()`);
        await page.waitForFunction(`document.body.classList.contains('lesson-open')`, WAIT);
        await page.waitForFunction(`window.__lesson()?.querySelector('[part~="step"]')`, WAIT);
        assert.equal(await shown(page, 'header p'), false, 'no organiser line above a lesson');
        assert.equal(await shown(page, '#offline-status'), false, 'no "saved" status above a lesson');
        const header = await page.evaluate(`document.querySelector('header').getBoundingClientRect().bottom`);
        assert.ok((header as number) <= 48, `the header ends at ${header} px`);
        // Offline, the status comes back: that is worth the room.
        await page.evaluate(`window.dispatchEvent(new Event('offline'))`);
        assert.equal(await shown(page, '#offline-status'), true, 'offline is said above a lesson');
        // Back on the path, the header is whole again.
        await page.evaluate(`window.__course().querySelector('#back').click()`);
        await page.waitForFunction(`!document.body.classList.contains('lesson-open')`, WAIT);
        assert.equal(await shown(page, 'header p'), true);
      } finally {
        await browser.close();
      }
    });
  }

  it('prints a certificate without the page header above it (Chromium)', async () => {
    const [, launch] = BROWSERS.find(([n]) => n === 'Chromium') ?? [];
    if (!launch) return;
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(base, { waitUntil: 'load', ...WAIT });
      await page.emulateMediaType('print');
      assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('header')).display`), 'none');
    } finally {
      await browser.close();
    }
  });
});
