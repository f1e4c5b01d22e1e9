// Roster benchmark: a trainer pastes 10,000 report codes into the trainer page
// of the built course pack (dist/course/trainer.html) in headless Chromium, at
// this machine's speed (a trainer's laptop, no CPU slowdown). Measures the
// time from the paste until the reports are read, stored and the table drawn
// (its first 50 learners), and the longest
// task meanwhile (Long Tasks API: tasks over 50 ms), which is how long the page
// could not answer a click or a key. Also a reload with the 10,000 codes stored.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { courseFingerprint, encodeReport } from '../dist/report/code.js';
import { median, serve } from './lib.mjs';

const PAGE = '/dist/course/trainer.html';
const CODES = 10_000;
/** The table shows the first 50 learners (more on request). */
const SHOWN = 50;

/** `CODES` WhatsApp messages from `learners` learners, several reports each, newest not last. */
export function chat(learners) {
  const course = JSON.parse(readFileSync('dist/course/curriculum.json', 'utf8'));
  const refs = course.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
  const fingerprint = courseFingerprint(course.id, course.version, refs);
  const questions = course.modules.flatMap((m) => m.lessons.map((l) => l.questions));
  const start = Date.UTC(2026, 10, 1, 1);
  const lines = [];
  for (let i = 0; i < CODES; i++) {
    const n = i % learners;
    const round = Math.floor(i / learners);
    const done = Math.min(refs.length, 3 + ((n + round) % refs.length));
    const report = {
      course: fingerprint,
      name: `Peserta ${n}, Desa ${n % 37}`,
      last: start + ((round * 7) % 11) * 3_600_000 + n * 60_000,
      lessons: refs.map((_, j) => (j < done ? { status: 'done', score: (n * 7 + j * 13) % 101 } : j === done ? { status: 'started' } : { status: 'none' })),
    };
    lines.push(`[1/11 08.${String(i % 60).padStart(2, '0')}] ${report.name}: Laporan belajar: ${course.title.id}`);
    lines.push(`Nama: ${report.name}`, `Selesai ${done} dari ${refs.length} pelajaran · skor 80%`, `Kode: ${encodeReport(report, questions)}`);
  }
  return lines.join('\n');
}

// In the page before any script: every long task, and the roster's state.
const OBSERVE = `
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__roster = () => document.querySelector('langkah-roster')?.shadowRoot;
  window.__settled = (rows) => {
    const r = window.__roster();
    return r?.querySelector('form')?.getAttribute('aria-busy') === 'false' && r.querySelectorAll('tbody tr').length === rows;
  };
`;

async function once(browser, base, text) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument(OBSERVE);
  await page.goto(base + PAGE, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__roster()?.querySelector('textarea'), { timeout: 60_000 });
  // The trainer pastes the chat into the box (the roster holds a paste this long out of it) and presses Add.
  const t0 = await page.evaluate((t) => {
    const start = performance.now();
    const r = window.__roster();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', t);
    r.querySelector('textarea').dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    r.querySelector('form button[type="submit"]').click();
    return start;
  }, text);
  await page.waitForFunction((rows) => window.__settled(rows), { polling: 50, timeout: 120_000 }, SHOWN);
  const paste = await page.evaluate((t) => ({ ms: performance.now() - t, longest: Math.max(0, ...window.__long.filter((e) => e.start >= t - 1).map((e) => e.duration)) }), t0);
  // Reload: the 10,000 stored codes are read again and the table drawn.
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction((rows) => window.__settled(rows), { polling: 50, timeout: 120_000 }, SHOWN);
  const reload = await page.evaluate(() => ({
    ms: performance.now(),
    longest: Math.max(0, ...window.__long.map((e) => e.duration)),
  }));
  await context.close();
  return { paste, reload };
}

export async function rosterBench({ runs = 3 } = {}) {
  const server = await serve('.');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const out = {};
    for (const learners of [2000, CODES]) {
      const text = chat(learners);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await once(browser, server.url, text));
      const of = (f) => ({ median: median(samples.map(f)), max: Math.max(...samples.map(f)) });
      out[learners] = {
        codes: CODES,
        learners,
        pasteMs: of((s) => s.paste.ms),
        pasteLongestTaskMs: of((s) => s.paste.longest),
        reloadMs: of((s) => s.reload.ms),
        reloadLongestTaskMs: of((s) => s.reload.longest),
      };
    }
    return out;
  } finally {
    await browser.close();
    server.stop();
  }
}
