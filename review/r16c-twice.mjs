#!/usr/bin/env node
// Review 16c: two fragments of the same lesson on one page (twice.html / sync-twice.html of r16c-setup.sh), a
// returning learner (record at step 3): what each copy shows before the script, the learner moves copy A (or B) on
// by one step, then the script arrives (held 6 s): which step each copy shows, where the focus is, the record.
//   node review/r16c-twice.mjs [--page /public/langkah-kami/sync-twice.html] [--which 0|1]   (BROWSER=firefox)
// Review 16d: another lesson with --json (its JSON under --site) --step (the record's step, 0-based), e.g.
//   node review/r16c-twice.mjs --site /tmp/r16d --page /public/q/twice.html --json /public/q/id/langsung/pertama.json --step 1
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';

const { values } = parseArgs({ options: {
  site: { type: 'string', default: '/tmp/r16c' },
  page: { type: 'string', default: '/public/langkah-kami/sync-twice.html' },
  which: { type: 'string', default: '0' },
  json: { type: 'string', default: '/public/langkah-kami/id/kunci-akun/kode-otp.json' },
  step: { type: 'string', default: '2' },
} });
const FF = process.env.BROWSER === 'firefox';
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const lesson = JSON.parse(readFileSync(`${values.site}${values.json}`, 'utf8'));
const K = `langkah:lesson:${lesson.module ?? 'kunci-akun'}/${lesson.id}@${lesson.lang}`;
const STEP = Number(values.step);
const srv = await slowServer(values.site, { lat: 300, hold: 6000 });
const browser = await launch(FF);
const page = await (await browser.createBrowserContext()).newPage();
await page.setViewport({ width: 360, height: 640 });
page.on('pageerror', (e) => log(`  [pageerror] ${e.message.slice(0, 160)}`));
await page.goto(`${srv.base}/blank`);
await page.evaluate((k, v) => localStorage.setItem(k, v), K, JSON.stringify({ v: 1, key: K.slice(8), content: lesson.version, lang: 'id', step: STEP, seen: lesson.steps.slice(0, STEP + 1).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
const look = () => page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el, i) => {
  const r = el.shadowRoot;
  const c = [...r.querySelectorAll('*')].filter((x) => !x.children.length && /^Langkah \d+ dari \d+$/.test(x.textContent.trim()) && x.checkVisibility({ visibilityProperty: true })).map((x) => x.textContent.trim().replace('Langkah ', '').replace(' dari ', '/')).join(',');
  let a = document.activeElement; const f = a === el ? (r.activeElement ? `${r.activeElement.localName}` : 'host') : '';
  return `${'AB'[i]}: ${getComputedStyle(el).visibility === 'hidden' ? 'HIDDEN ' : ''}${el.hasAttribute('prerendered') ? 'pre ' : ''}[${c}] open=${[...r.querySelectorAll('.pe details[open]')].map((d) => d.dataset.step + (d.hasAttribute('data-resumed') ? 'R' : '')).join(',') || '-'}${f ? ' focus=' + f : ''}`;
}).join('  '));
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 20000 });
await sleep(1000);
log(`== twice ${FF ? 'ff' : 'cr'} ${values.page}\n  before the script: ${await look()}`);
const w = Number(values.which);
const how = await page.evaluate((w) => { const r = document.querySelectorAll('langkah-lesson')[w].shadowRoot; const s = [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && /^Lanjut/.test(x.innerText.trim())); s?.click(); return !!s; }, w);
await sleep(300);
log(`  tapped Next on ${'AB'[w]} (${how}): ${await look()}`);
await page.waitForFunction(() => ![...document.querySelectorAll('langkah-lesson')].some((e) => e.hasAttribute('prerendered')), { timeout: 30000 }).catch(() => log('  !! still prerendered'));
await nav; await sleep(1500);
log(`  script arrived: ${await look()} record step ${await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).step, K)}`);
await browser.close();
srv.close();
