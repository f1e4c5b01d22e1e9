#!/usr/bin/env node
// Review 16g (G1): the page arrives in two parts, cut at --split (default: right after the learner's step's <details>
// tag) and the rest --splitms later; returning learner at --step (0-based) of kedua. Screenshot and the lesson's visible
// text as soon as the lesson is visible, then once the whole page is there.   (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16g-lib.mjs';
const { values: v } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16g' }, step: { type: 'string', default: '2' }, split: { type: 'string' }, splitms: { type: 'string', default: '2000' }, lesson: { type: 'string', default: 'kedua' }, tap: { type: 'boolean', default: false } } });
const FF = process.env.BROWSER === 'firefox'; const B = FF ? 'ff' : 'cr';
const step = Number(v.step);
const srv = await slowServer(v.site, { lat: 300, hold: 6000 });
srv.split = v.split ?? `<details name="pe" data-step="${step}">`; srv.splitMs = Number(v.splitms);
const l = JSON.parse(readFileSync(`${v.site}/public/q/id/langsung/${v.lesson}.json`, 'utf8'));
const key = `lesson:langsung/${v.lesson}@id`;
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
await page.goto(`${srv.base}/blank`);
await page.evaluate((k, val) => localStorage.setItem(k, val), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: 'id', step, seen: l.steps.slice(0, step + 1).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
srv.nav = Date.now();
page.goto(`${srv.base}/public/q/${v.lesson === 'pertama' ? 'page' : v.lesson}.html`, { timeout: 30000 }).catch(() => {});
const look = () => page.evaluate(() => { const el = document.querySelector('langkah-lesson'); if (!el?.shadowRoot || getComputedStyle(el).visibility === 'hidden') return null;
  const pe = el.shadowRoot.querySelector('.pe'); const o = pe?.querySelector('details[open]');
  return { open: o?.getAttribute('data-step'), summary: !!o?.querySelector(':scope > summary'), text: (pe ?? el.shadowRoot).innerText.replace(/\s+/g, ' ').slice(0, 160), h: Math.round((pe ?? el).getBoundingClientRect().height) }; });
let s = null; const t0 = Date.now();
while (!s && Date.now() - t0 < 15000) { s = await look().catch(() => null); if (!s) await new Promise((r) => setTimeout(r, 30)); }
console.log(`${B} split after ${JSON.stringify(srv.split)} +${v.splitms}ms: at ${Date.now() - srv.nav}ms visible: ${JSON.stringify(s)}`);
await page.screenshot({ path: `/tmp/r16g-shots/${B}-split-${step}.png` });
// --tap: the learner taps the browser's "Details" line (its top left corner of the open step).
if (v.tap) { const p = await page.evaluate(() => { const o = document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe details[open]'); const r = o.getBoundingClientRect(); return [r.left + 40, r.top + 12]; }); await page.mouse.click(...p); console.log(`${B} tapped "Details" at ${p}`); }
await new Promise((r) => setTimeout(r, Number(v.splitms) + 400));
console.log(`${B} whole page at ${Date.now() - srv.nav}ms: ${JSON.stringify(await look())}`);
await page.waitForFunction(() => !document.querySelector('langkah-lesson[prerendered]'), { timeout: 20000 }).catch(() => {});
await new Promise((r) => setTimeout(r, 500));
console.log(`${B} after the take-over: ` + await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; return [...r.querySelectorAll('.counter')].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()).join(',') + ' record step=' + JSON.parse(localStorage.getItem('langkah:lesson:langsung/kedua@id')).step; }));
await browser.close(); srv.close(); process.exit(0);
