#!/usr/bin/env node
// Review 16g (D7/E2 change 61f7977, last-step change 52b40f8): the step before the script vs the element's, for a
// returning learner (record at each step, langkah-resume.js opens it) or a learner who taps Next before the script
// (--tap): box, title, first text line, each button (Back/Next/Finish, the "Memuat…" end box), #below, in page
// coordinates (and in the viewport with --scroll: scrolled to the bottom before the take-over); layout-shift entries
// (Chromium). The end box: its lines, whether its text is cut (scrollWidth > clientWidth), overlap with Back.
//   node review/r16g-layout.mjs [--lessons kedua,pertama] [--sizes 360x640,300x640,640x360,180x320] [--tap] [--scroll]
//     [--lang id|en] [--shots]   (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16g-lib.mjs';
const { values: v } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16g' }, lessons: { type: 'string', default: 'kedua,pertama' }, sizes: { type: 'string', default: '360x640,300x640,640x360,180x320' }, tap: { type: 'boolean', default: false }, scroll: { type: 'boolean', default: false }, lang: { type: 'string', default: 'id' }, shots: { type: 'boolean', default: false }, steps: { type: 'string', default: '' }, hold: { type: 'string', default: '2500' }, forced: { type: 'boolean', default: false } } });
const FF = process.env.BROWSER === 'firefox';
const B = FF ? 'ff' : 'cr';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 150, hold: Number(v.hold) });
const browser = await launch(FF);
const MEASURE = `(() => {
  const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot; const vis = (n) => n && n.checkVisibility({ visibilityProperty: true });
  const sc = ${v.scroll ? 0 : 1};
  const R = (n) => { if (!n) return '-'; const b = n.getBoundingClientRect(); return [b.left, b.top + sc * scrollY, b.width, b.height].map((x) => Math.round(x * 10) / 10).join(','); };
  const box = [...r.querySelectorAll('article.base, .pe')].filter(vis);
  const h3 = [...r.querySelectorAll('h3')].filter(vis)[0];
  const p = [...r.querySelectorAll('.step > p, section.step > p')].filter(vis)[0];
  const btns = [...r.querySelectorAll('.pe > details:not([open]) > summary, nav button, .pe > .end')].filter(vis).map((b) => ((b.querySelector('.go, .back, [aria-hidden]') && [...b.querySelectorAll('.go, .back, .end > [aria-hidden]')].filter(vis)[0]?.textContent) || b.textContent).trim().replace(/\\s+/g, '_').slice(0, 10) + '@' + R(b));
  const rs = [...r.querySelectorAll('.pe > details:not([open]) > summary, nav button, .pe > .end')].filter(vis).map((b) => b.getBoundingClientRect());
  const over = rs.some((a, i) => rs.some((b, j) => i < j && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
  const end = [...r.querySelectorAll('.pe > .end')].filter(vis)[0];
  let endInfo = '';
  if (end) { const back = [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter(vis).map((b) => b.getBoundingClientRect()); const e = end.getBoundingClientRect(); const span = end.querySelector('[aria-hidden]');
    endInfo = ' END{cut=' + (end.scrollWidth > end.clientWidth + 0.5) + ' h=' + Math.round(e.height) + ' text=' + Math.round(span.getBoundingClientRect().width) + '/' + Math.round(end.clientWidth) + ' overlapBack=' + back.some((b) => b.left < e.right && e.left < b.right && b.top < e.bottom && e.top < b.bottom) + ' right=' + Math.round(e.right) + '/' + innerWidth + ' color=' + getComputedStyle(end).color + '}'; }
  const below = document.getElementById('below');
  const lis = [...r.querySelectorAll('.listen')].filter((n) => n.checkVisibility({ visibilityProperty: false }) && n.getBoundingClientRect().height)[0];
  return { head: R(h3 && h3.parentElement), listen: R(lis), pre: el.hasAttribute('prerendered'), box: box.map(R).join('+') || '-', boxH: Math.round(box.reduce((a, b) => a + b.getBoundingClientRect().height, 0) * 10) / 10, h3: R(h3), p: R(p), btns: btns.join(' '), over, below: R(below), y: Math.round(scrollY), sw: document.documentElement.scrollWidth, endInfo };
})()`;
let diffs = 0;
for (const lesson of v.lessons.split(',')) {
  const l = JSON.parse(readFileSync(`${v.site}/public/q/${v.lang}/langsung/${lesson}.json`, 'utf8'));
  const key = `lesson:langsung/${lesson}@${v.lang}`;
  const url = `${srv.base}/public/q/` + (v.lang === 'en' ? (lesson === 'pertama' ? 'en.html' : lesson + '-en.html') : (lesson === 'pertama' ? 'page.html' : lesson + '.html'));
  const steps = v.steps ? v.steps.split(',').map(Number) : l.steps.map((_, i) => i).slice(1);
  for (const size of v.sizes.split(',')) for (const step of steps) {
    const [w, h] = size.split('x').map(Number); const z = w === 180 ? 2 : 1;
    const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
    await page.setViewport({ width: w, height: h, deviceScaleFactor: z });
    await page.goto(`${srv.base}/blank`);
    if (v.forced && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    if (!v.tap) await page.evaluate((k, val) => localStorage.setItem(k, val), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: v.lang, step, seen: l.steps.slice(0, step + 1).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
    await page.evaluateOnNewDocument(() => { window.__shifts = []; try { new PerformanceObserver((li) => { for (const e of li.getEntries()) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)} ${e.sources?.map((s) => s.node?.nodeName + ' y' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' h' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height)).join(',') ?? ''}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {} });
    srv.nav = Date.now();
    page.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
    await page.waitForFunction(() => { const e = document.querySelector('langkah-lesson'); return e && e.shadowRoot && getComputedStyle(e).visibility !== 'hidden' && document.readyState !== 'loading'; }, { timeout: 15000 }).catch(() => {});
    await sleep(300);
    if (v.tap) for (let k = 0; k < step; k++) { await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; const s = [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((n) => n.checkVisibility() && /Lanjut|Next/.test(n.textContent)).pop(); s.click(); }); await sleep(150); }
    if (v.scroll) await page.evaluate(() => scrollTo(0, 1e6));
    await sleep(100);
    const before = await page.evaluate(MEASURE);
    if (v.shots) await page.screenshot({ path: `/tmp/r16g-shots/${B}-${v.lang}-${lesson}-${step + 1}-${size}${v.tap ? '-tap' : ''}${v.forced ? '-forced' : ''}-before.png` });
    if (!before.pre) { console.log(`${B} ${lesson} ${step + 1} ${size}: already taken over before measuring`); await ctx.close(); continue; }
    await page.waitForFunction(() => !document.querySelector('langkah-lesson[prerendered]'), { timeout: 20000 }).catch(() => {});
    await sleep(700);
    const after = await page.evaluate(MEASURE);
    if (v.shots) await page.screenshot({ path: `/tmp/r16g-shots/${B}-${v.lang}-${lesson}-${step + 1}-${size}${v.tap ? '-tap' : ''}-after.png` });
    const shifts = await page.evaluate(() => window.__shifts);
    const d = ['boxH', 'h3', 'p', 'below', 'y'].filter((k) => String(before[k]) !== String(after[k]));
    const bb = before.btns.split(' ').map((x) => x.split('@')[1]), ab = after.btns.split(' ').map((x) => x.split('@')[1]);
    const btnSame = bb.length === ab.length && bb.every((x, i) => x === ab[i]);
    if (d.length || !btnSame || shifts.length) diffs++;
    console.log(`${B} ${v.lang} ${lesson} ${v.tap ? 'tap' : 'rec'}=${step + 1}/${l.steps.length} ${size}${v.scroll ? ' scrolled' : ''}: ${d.length || !btnSame ? 'MOVED ' + d.join(',') + (btnSame ? '' : ' buttons') : 'same'}${shifts.length ? ' SHIFTS ' + shifts.join('; ') : ''}${before.over ? ' BUTTONS-OVERLAP-before' : ''}${after.over ? ' BUTTONS-OVERLAP-after' : ''} sw=${before.sw}/${after.sw}${before.endInfo}`);
    for (const k of ['box', 'boxH', 'head', 'listen', 'h3', 'p', 'btns', 'below', 'y']) if (String(before[k]) !== String(after[k]) || k === 'btns') console.log(`     ${k}: ${before[k]}  ->  ${after[k]}`);
    await ctx.close();
  }
}
console.log(`${B}: ${diffs} cases moved`);
await browser.close(); srv.close(); process.exit(0);
