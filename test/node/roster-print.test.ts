// The trainer prints the class grid: a class of 25 learners in the default
// course (43 lessons, dist/course/trainer.html, as `npm run build` makes it)
// fits on one A4 landscape page. Printed to PDF by the browser itself; the
// pages are counted in the file. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { courseFingerprint, encodeReport, type Report } from '../../src/report/code.js';
import { BROWSERS, ROOT, serve, stop, WAIT } from './pack-helpers.js';

const course = JSON.parse(readFileSync(`${ROOT}dist/course/curriculum.json`, 'utf8')) as {
  id: string;
  version: number;
  modules: { id: string; lessons: { id: string; questions: number }[] }[];
};
const refs = course.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
const questions = course.modules.flatMap((m) => m.lessons.map((l) => l.questions));
const fingerprint = courseFingerprint(course.id, course.version, refs);

/** `n` learners at every stage of the course, with long names and scores of three digits: the widest cells there are. */
function classOf(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const done = Math.round((i * refs.length) / (n - 1));
    const report: Report = {
      course: fingerprint,
      name: '',
      last: Date.UTC(2026, 10, 1 + (i % 28), 8, i),
      lessons: refs.map((_, j) => (j < done ? { status: 'done', score: j % 3 ? 100 : 60 } : j === done ? { status: 'started' } : { status: 'none' })),
    };
    return `${encodeReport(report, questions)} Bu Sri Wahyuningsih ${String(i + 1).padStart(2, "0")}`;
  });
}

/** Pages in a PDF file: its page objects. */
const pages = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('printing the class grid', () => {
  let server: ChildProcess | undefined;
  let port = 0;
  before(async () => ({ child: server, port } = await serve(ROOT, 'dist')));
  after(() => stop(server));

  for (const [name, launch] of BROWSERS) {
    it(`fits a class of 25 learners × 43 lessons on one A4 landscape page (${name})`, async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 800 });
        const url = `http://127.0.0.1:${port}/dist/course/trainer.html`;
        await page.goto(url);
        await page.evaluate((key, codes) => localStorage.setItem(key, JSON.stringify(codes)), `langkah.roster:${course.id}@${course.version}`, classOf(25));
        await page.reload();
        await page.waitForFunction(() => document.querySelector('langkah-roster')?.shadowRoot?.querySelectorAll('tbody tr').length === 25, WAIT);
        assert.equal(refs.length, 43);
        const cells = await page.evaluate(() => document.querySelector('langkah-roster')!.shadowRoot!.querySelectorAll('tbody tr:first-child td').length);
        assert.equal(cells, 5 + 43, 'every lesson has its column');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
        // Nothing is cut off at the right edge: as printed, the page is no wider than A4 landscape less its margins (281 mm).
        // (Puppeteer emulates print media through CDP only: Chromium measures it, both print it.)
        if (name !== 'Chromium') return;
        await page.emulateMediaType('print');
        await page.setViewport({ width: Math.floor((281 / 25.4) * 96), height: 700 });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= Math.floor((281 / 25.4) * 96), `${wide} px wide`);
        const text = Buffer.from(pdf).toString('latin1');
        assert.equal(pages(pdf), 1, 'one page');
        // A4 landscape is 842 × 595 points: the trainer page asks for it.
        const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
        assert.ok(box, 'the PDF has a page size');
        assert.deepEqual([Math.round(Number(box[1])), Math.round(Number(box[2]))], [842, 595]);
      } finally {
        await browser.close();
      }
    });
  }
});
