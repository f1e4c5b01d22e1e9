// Raw Markdown in the browser: how long the main thread is blocked while a
// `<langkah-lesson>` fetches a `.md` lesson, loads the parser chunk, parses
// and shows it. Headless Chromium, a long-task observer in the page, at full
// speed and with 4× CPU slowdown (a cheap phone). The lessons are generated at
// the limits of src/content/limits.ts, plus the largest lesson shipped.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
/** Steps made by `make(i)` while the lesson stays under 64 KB and 40 steps (LIMITS in src/content/limits.ts). */
const steps = (make) => {
  let text = '';
  for (let i = 1; i <= 40 && HEAD.length + text.length + make(i).length < LIMIT; i++) text += make(i);
  return text;
};
// At the limits of one step (LIMITS.stepBytes, 5 KB, and LIMITS.stepParts, 150 parts as `stepParts` in
// src/content/blocks/measure.ts counts them), with the kinds of part that cost most to draw per part.
const nested = (groups) => Array.from({ length: groups }, () => Array.from({ length: 7 }, (_, d) => `${'  '.repeat(d)}- butir ${d}\n`).join('')).join('');
const questions = (n) => `:::quiz\n${Array.from({ length: n }, (_, q) => `? Pertanyaan ${q + 1}: kirim kode OTP?\n- [ ] Ya\n  > Jangan.\n- [x] Tidak\n`).join('\n')}:::\n`;
const checklist = (n) => `:::checklist\n${'- [ ] Kunci layar HP\n'.repeat(n)}:::\n\n`;
export const CASES = {
  'largest shipped lesson (cek-info, 6.7 KB)': () => readFileSync('modules/hp-hemat/id/cek-info.md', 'utf8'),
  '40 rich steps, 64 KB (at the limits)': () => {
    let text = HEAD;
    for (let i = 1; i <= 40; i++) text += step(i);
    return text.slice(0, LIMIT).replace(/\n[^\n]*$/, '\n');
  },
  // 1 paragraph + 149 emphasised words = 150 parts.
  '149 emphasised words a step (150 parts)': () => HEAD + steps((i) => `## A${i}\n\nx ${'*kata* '.repeat(149)}\n\n`),
  // 1 list + 11 × (6 levels of paragraph and list + the deepest paragraph) = 144 parts.
  'lists 7 deep, 77 items a step (144 parts)': () => HEAD + steps((i) => `## A${i}\n\n${nested(11)}\n`),
  // 3 × (checklist 11 + 30 items) + checklist 11 + 16 items = 150 parts.
  '106 checklist items a step (150 parts)': () => HEAD + steps((i) => `## A${i}\n\n${checklist(30).repeat(3)}${checklist(16)}`),
  // a quiz (11) + 10 × (question 11 + 2 options) = 141 parts; an 11th question would pass the limit.
  'a quiz of 10 questions a step (141 parts)': () => HEAD + steps((i) => `## A${i}\n\n${questions(10)}\n`),
  // 50 pictures, 3 parts each (relative; the bench answers 404, as a missing picture would).
  '50 pictures a step (150 parts)': () => HEAD + steps((i) => `## A${i}\n\n${'![Foto dagangan](foto.png)\n\n'.repeat(50)}`),
  // 37 different pictures with a caption (`<figcaption>`), 4 parts each: review10 found captions costlier (FINDINGS-10 F2).
  '37 captioned pictures a step (148 parts)': () => HEAD + steps((i) => `## A${i}\n\n${Array.from({ length: 37 }, (_, k) => `![F ${k}](f${k}.png "Foto ${k}")\n\n`).join('')}`),
};

const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });

/**
 * The long tasks of the page's main thread, read from a Chrome trace: each
 * top-level task (`RunTask`) of 50 ms or more, with its wall time (`dur`, what
 * the Long Tasks API reports) and the CPU time of its thread (`tdur`). On a
 * machine shared with other jobs the wall time also counts the time the
 * thread waited for a core; the thread's CPU time does not. Chromium's CPU
 * slowdown (`Emulation.setCPUThrottlingRate`) interrupts the thread every
 * fraction of a millisecond and makes it spin (busy-wait) N − 1 times as long
 * as it ran, so at N× the thread's CPU time is what the task takes at N× with
 * a core to itself (the spin follows the wall time of each slice, at most
 * 1 ms, so load still adds a little); N × the CPU time at 1× is a second estimate.
 * Also: when the lesson's `.md` arrived, to tell start-up from drawing.
 */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline'];
export function longTasks(events) {
  const md = events.find((e) => e.name === 'ResourceSendRequest' && /\.md$/.test(e.args?.data?.url ?? ''));
  // The renderer's main thread is the one that asked for the lesson.
  const main = md && ((e) => e.pid === md.pid && e.tid === md.tid);
  const id = md?.args.data.requestId;
  const mdEnd = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id)?.ts ?? Infinity;
  let end = -Infinity;
  const tasks = [];
  const mine = events.filter((e) => main?.(e) && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  for (const e of mine.filter((e) => e.name === 'RunTask')) {
    if (e.ts < end) continue; // a task run inside another (a nested loop) is part of it
    end = e.ts + e.dur;
    if (e.dur >= 50_000) tasks.push({ wall: e.dur / 1000, cpu: (e.tdur ?? NaN) / 1000, what: e.ts < mdEnd ? 'start-up' : 'drawing', ts: e.ts });
  }
  // TASKS=1: what each long task did, by the trace events directly inside it (CPU ms).
  if (process.env.TASKS)
    for (const t of tasks) {
      const parts = {};
      let inner = -Infinity;
      for (const e of mine) {
        if (e.name === 'RunTask' || e.ts < t.ts || e.ts >= t.ts + t.wall * 1000 || e.ts < inner) continue;
        inner = e.ts + e.dur;
        const k = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.replace(/.*\//, '') : e.args?.data?.functionName ? ' ' + e.args.data.functionName : '');
        parts[k] = (parts[k] ?? 0) + (e.tdur ?? 0) / 1000;
      }
      const top = Object.entries(parts).sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`  ${t.what} wall ${t.wall.toFixed(0)} CPU ${t.cpu.toFixed(0)}: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | ')}`);
    }
  return tasks;
}

/** Opens `page` once at `rate`× CPU slowdown; returns the long tasks until the lesson (or its error) shows. */
async function once(browser, url, rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('[part~="step"] h3, [role="alert"]'), { polling: 100, timeout: 120_000 });
  const shown = await page.evaluate(() => ({ ms: performance.now(), ok: !!document.querySelector('langkah-lesson').shadowRoot.querySelector('[part~="step"] h3') }));
  await new Promise((r) => setTimeout(r, 300));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  await context.close();
  const long = longTasks(trace.traceEvents ?? trace);
  const top = (k) => long.reduce((a, b) => (b[k] > a[k] ? b : a), { wall: 0, cpu: 0, what: '' });
  const byWall = top('wall');
  const byCpu = top('cpu');
  return { ...shown, longest: byWall.wall, what: byWall.what, cpuOfLongest: byWall.cpu, cpu: byCpu.cpu, cpuWhat: byCpu.what, longTasks: long.length, blockedMs: long.reduce((a, b) => a + b.wall, 0) };
}

/**
 * `bundles`: URL paths of langkah.js builds on the server. With two (this
 * build and an older one), their runs alternate, so that both meet the same
 * machine load; each gets rows of its own (`bundle` names it).
 */
export async function markdownBench({ runs = 5, bundles = ['/dist/cdn/langkah.js'], rates = [1, 4] } = {}) {
  const files = [];
  const server = await serve('.');
  const browser = await launch();
  const rows = [];
  try {
    for (const [name, make] of Object.entries(CASES)) {
      // CASE=rich: only the lessons whose name holds it (as in profile.mjs).
      if (process.env.CASE && !name.includes(process.env.CASE)) continue;
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
      const out = bundles.map((bundle) => ({ name, bytes: Buffer.byteLength(text), ...(bundles.length > 1 ? { bundle } : {}), load: [loadavg()[0]] }));
      for (const rate of rates) {
        const all = bundles.map(() => []);
        for (let i = 0; i < runs; i++) for (const [b, page] of pages.entries()) all[b].push(await once(browser, `${server.url}/${page}`, rate));
        all.forEach((runsOf, b) => {
          const worst = runsOf.reduce((x, y) => (y.longest > x.longest ? y : x));
          const worstCpu = runsOf.reduce((x, y) => (y.cpu > x.cpu ? y : x));
          const median = (k) => runsOf.map((r) => r[k]).sort((x, y) => x - y)[runsOf.length >> 1];
          out[b][`x${rate}`] = {
            ok: runsOf.every((r) => r.ok),
            // Wall time: the longest task of the worst run, what it was (start-up or drawing), its thread's CPU time.
            longest: worst.longest,
            what: worst.what,
            cpuOfLongest: worst.cpuOfLongest,
            longestMedian: median('longest'),
            // Thread CPU time: the task that used most of it, in the run where it was most, and the median of runs.
            cpu: worstCpu.cpu,
            cpuWhat: worstCpu.cpuWhat,
            cpuMedian: median('cpu'),
            shownMs: median('ms'),
          };
        });
      }
      for (const r of out) r.load.push(loadavg()[0]);
      rows.push(...out);
    }
  } finally {
    await browser.close();
    server.stop();
    for (const f of files) rmSync(f, { force: true });
  }
  return rows;
}
