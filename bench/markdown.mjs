// Raw Markdown in the browser: how long the main thread is blocked while a
// `<langkah-lesson>` fetches a `.md` lesson, loads the parser chunk, parses
// and shows it. Headless Chromium, a long-task observer in the page, at full
// speed and with 4× CPU slowdown (a cheap phone). The lessons are generated at
// the limits of src/content/limits.ts, plus the largest lesson shipped.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from './lib.mjs';

const HEAD = `---
id: besar
title: Pelajaran besar
goal: Anda tahu satu hal.
duration: 5
checked: 2026-11
sources:
  - https://faq.whatsapp.com/1131652977717250/
---

`;

/** A step of rich text: prose with emphasis and links, a list, a quote, a tip, a question, a checklist. */
const step = (i) => `## Langkah ${i}

${'Kode OTP adalah **rahasia**. Jangan berikan kepada *siapa pun*, bahkan keluarga. Baca [bantuan WhatsApp](https://faq.whatsapp.com/) bila ragu. '.repeat(6)}

- Hapus pesan yang aneh
- Blokir nomornya
  - lalu laporkan

> Ingat: bank tidak pernah meminta kode.

:::tip
Bank tidak pernah meminta kode OTP.
:::

:::quiz
? Teman meminta kode 6 angka. Apa yang Anda lakukan?
- [ ] Kirim
  > Jangan. Akunnya mungkin sudah dibajak.
- [x] Jangan kirim
  > Betul.
:::

:::checklist
- [ ] Verifikasi dua langkah aktif
  > Buka **Setelan > Akun**.
- [ ] Kunci layar HP
:::

`;

const LIMIT = 64 * 1024 - 256;
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const STEP = 8 * 1024 - 64;
/** Steps made by `make(i)` while the lesson stays under 64 KB. */
const steps = (make) => {
  let text = '';
  for (let i = 1; HEAD.length + text.length + make(i).length < LIMIT; i++) text += make(i);
  return text;
};
export const CASES = {
  'largest shipped lesson (cek-info, 6.7 KB)': () => readFileSync('modules/hp-hemat/id/cek-info.md', 'utf8'),
  '40 rich steps, 64 KB (at the limits)': () => {
    let text = HEAD;
    for (let i = 1; i <= 40; i++) text += step(i);
    return text.slice(0, LIMIT).replace(/\n[^\n]*$/, '\n');
  },
  // At the limits: 64 KB in steps of just under 8 KB (the most one step may hold).
  '64 KB of "*a" emphasis, 8 KB a step': () => HEAD + steps((i) => `## A${i}\n\nx ${fill('*a', STEP)}\n\n`),
  '64 KB of lists nested 8 deep, 8 KB a step': () =>
    HEAD + steps((i) => `## A${i}\n\n${fill(Array.from({ length: 7 }, (_, d) => `${'  '.repeat(d)}- butir ${d}\n`).join(''), STEP).replace(/\n[^\n]*$/, '\n')}\n`),
};

const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });

const OBSERVE = `
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
`;

/**
 * What a long task was, told by when it ran: before the lesson's \`.md\` had
 * arrived, the page's start-up (evaluating langkah.js, defining the elements,
 * drawing "loading"); after it, reading the parser's answer and drawing the
 * lesson.
 */
const kind = (start, mdEnd) => (start < mdEnd ? 'start-up' : 'drawing');

/** Opens `page` once at `rate`× CPU slowdown; returns the long tasks until the lesson (or its error) shows. */
async function once(browser, url, rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument(OBSERVE);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('[part~="step"] h3, [role="alert"]'), { polling: 100, timeout: 120_000 });
  const shown = await page.evaluate(() => ({ ms: performance.now(), ok: !!document.querySelector('langkah-lesson').shadowRoot.querySelector('[part~="step"] h3') }));
  await new Promise((r) => setTimeout(r, 300));
  const [long, mdEnd] = await page.evaluate(() => [window.__long, performance.getEntriesByType('resource').find((e) => /\.md$/.test(e.name))?.responseEnd ?? Infinity]);
  await context.close();
  const [start, longest] = long.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  return { ...shown, longest, what: longest ? kind(start, mdEnd) : '', longTasks: long.length, blockedMs: long.reduce((a, b) => a + b[1], 0) };
}

/**
 * `bundles`: URL paths of langkah.js builds on the server. With two (this
 * build and an older one), their runs alternate, so that both meet the same
 * machine load; each gets rows of its own (`bundle` names it).
 */
export async function markdownBench({ runs = 5, bundles = ['/dist/cdn/langkah.js'] } = {}) {
  const files = [];
  const server = await serve('.');
  const browser = await launch();
  const rows = [];
  try {
    for (const [name, make] of Object.entries(CASES)) {
      const text = make();
      const slug = name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase();
      const md = `bench/pages/${slug}.generated.md`;
      writeFileSync(md, text);
      files.push(md);
      const pages = bundles.map((bundle, b) => {
        const page = `bench/pages/${slug}-${b}.generated.html`;
        writeFileSync(page, `<!doctype html>\n<html lang="id">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${slug}</title>\n<script type="module" src="${bundle}"></script></head>\n<body><langkah-lesson src="/${md}"></langkah-lesson></body>\n</html>\n`);
        files.push(page);
        return page;
      });
      const out = bundles.map((bundle) => ({ name, bytes: Buffer.byteLength(text), ...(bundles.length > 1 ? { bundle } : {}) }));
      for (const rate of [1, 4]) {
        const all = bundles.map(() => []);
        for (let i = 0; i < runs; i++) for (const [b, page] of pages.entries()) all[b].push(await once(browser, `${server.url}/${page}`, rate));
        all.forEach((runsOf, b) => {
          const worst = runsOf.reduce((x, y) => (y.longest > x.longest ? y : x));
          out[b][`x${rate}`] = {
            ok: runsOf.every((r) => r.ok),
            longest: worst.longest,
            // What the longest task of the worst run was: start-up or drawing.
            what: worst.what,
            longestMedian: runsOf.map((r) => r.longest).sort((x, y) => x - y)[runsOf.length >> 1],
            shownMs: runsOf.map((r) => r.ms).sort((x, y) => x - y)[runsOf.length >> 1],
          };
        });
      }
      rows.push(...out);
    }
  } finally {
    await browser.close();
    server.stop();
    for (const f of files) rmSync(f, { force: true });
  }
  return rows;
}
