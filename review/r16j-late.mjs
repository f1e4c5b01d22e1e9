#!/usr/bin/env node
// Review 16j (the minute's sentence, 9b03dca and before): the bundle blocked (failed at once) or held until HOLD ms.
// The learner reaches the last step at REACH ms after navigation start. FAST=ms: at that time the steps' animation is
// fast-forwarded (`.pe`.getAnimations()[0].currentTime = 60000); without FAST, real time. Samples every 500 ms until
// UNTIL and prints each change (the `.pe`'s --pe-late, i.e. whether the minute has passed even before the last step is
// reached; the end's spans; its rect, position, whether cut; Back's rect). Then, at each of WIDTHS (w[xdsf], height
// 640*w/360, or WxHxD): the sentence's box, cut or not, inside the screen or not, its colour/background contrast,
// overlap with Back and with the step's text while scrolling through the page (any stuck box over the sentence or
// over the step's words), and (Chromium) the accessibility tree's loading sentences, each with how often it occurs.
// SCROLL=top|bottom: where the learner is when langkah.js arrives (HOLD): rects before and after the take-over.
//   BROWSER=firefox PAGE=/public/q/kedua-en.html REACH=2000 FAST=3000 UNTIL=5000 FORCED=1 WIDTHS=360,340,300,180x2
import { slowServer, launch } from './r16g-lib.mjs';
import puppeteer from 'puppeteer-core';
const env = process.env; const FF = env.BROWSER === 'firefox';
const REACH = +(env.REACH ?? 2000), UNTIL = +(env.UNTIL ?? 5000), HOLD = env.HOLD ? +env.HOLD : Infinity;
const FAST = env.FAST ? +env.FAST : null;
const WIDTHS = (env.WIDTHS ?? '360,340,300,180x2').split(',').filter(Boolean);
const srv = await slowServer(env.SITE ?? '/tmp/r16j', { lat: 100, hold: HOLD });
// Firefox's forced colours: the user's own colours always (browser.display.document_color_use = 2).
const browser = FF && env.FORCED ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: { 'browser.display.document_color_use': 2 } }) : await launch(FF); const page = await browser.newPage();
const vp = (w) => { const p = w.split('x').map(Number);
  return p.length === 3 ? { width: p[0], height: p[1], deviceScaleFactor: p[2] } : { width: p[0], height: Math.round(640 * p[0] / 360), deviceScaleFactor: p[1] ?? 1 }; };
await page.setViewport(vp(env.W ?? '360'));
if (env.FORCED && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
srv.nav = Date.now();
page.goto(srv.base + (env.PAGE ?? '/public/q/kedua.html'), { timeout: 120000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
const lib = () => {
  window.R = (n) => { const b = n.getBoundingClientRect(); return `${Math.round(b.left)}-${Math.round(b.right)}x${Math.round(b.top)}-${Math.round(b.bottom)}`; };
  window.over = (a, b) => { a = a.getBoundingClientRect(); b = b.getBoundingClientRect(); const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top); return w > 0 && h > 0 ? `${Math.round(w)}x${Math.round(h)}` : ''; };
  const rgb = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  window.contrast = (n) => { const fg = getComputedStyle(n).color; let m = n, bg = null;
    while (m) { const c = getComputedStyle(m).backgroundColor; const v = rgb(c); if (v.length === 3 || (v.length === 4 && v[3] > 0)) { bg = c; break; } m = m.parentElement ?? m.getRootNode().host; }
    bg ??= 'rgb(255, 255, 255)'; const a = lum(rgb(fg)), b = lum(rgb(bg)); return `${fg} on ${bg} = ${((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toFixed(2)}:1`; };
};
await page.evaluate(lib);
const state = () => page.evaluate(() => {
  const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot; const end = r.querySelector('.pe > .end');
  const pe = r.querySelector('.pe'); const a = pe?.getAnimations?.()[0];
  if (!end) {
    const fin = [...r.querySelectorAll('nav button')].filter((b) => b.checkVisibility()).map((b) => `${b.textContent.trim()}@${R(b)}`);
    const left = [...r.querySelectorAll('*')].filter((n) => /sinyal|signal/.test(n.textContent) && !n.children.length).length;
    return { t: Math.round(performance.now()), s: `hydrated=${!el.hasAttribute('prerendered')} buttons ${fin.join(' | ')} sentence-nodes-left=${left} below ${R(document.getElementById('below'))} scrollY=${Math.round(scrollY)} docH=${document.documentElement.scrollHeight} focus=${document.activeElement?.tagName}/${r.activeElement?.tagName ?? '-'}` };
  }
  const spans = [...end.children].map((c) => `${c.className || 'word'}:${getComputedStyle(c).display}`).join(' ');
  const back = r.querySelector('.pe > :not([open]):has(+ [open]) > summary');
  const vis = end.checkVisibility();
  return { t: Math.round(performance.now()), s: `--pe-late=${getComputedStyle(pe).getPropertyValue('--pe-late') || '-'} open=${r.querySelector('.pe [open]')?.dataset.step ?? '-'} end ${vis ? 'shown' : 'hidden'} [${spans}]` +
    (vis ? ` end ${R(end)} ${getComputedStyle(end).position} cut=${end.scrollWidth > end.clientWidth || end.scrollHeight > end.clientHeight} back ${back ? R(back) : '-'} below ${R(document.getElementById('below'))} scrollY=${Math.round(scrollY)} docH=${document.documentElement.scrollHeight}` : '') +
    (a ? ` anim start=${Math.round(a.startTime)} ${a.playState}` : '') };
});
const toLast = () => page.evaluate(() => {
  const r = document.querySelector('langkah-lesson').shadowRoot; const n = r.querySelectorAll('.pe > details').length;
  for (let k = 0; k < n - 1; k++) [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click();
  return [performance.now(), r.querySelector('.pe [open]')?.dataset.step, n];
});
const ax = async () => {
  if (FF) return '(no AX in Firefox via puppeteer)';
  const snap = await page.accessibility.snapshot();
  const out = new Map(); const walk = (n) => { if (n.name && /dimuat|loading|Memuat|tersimpan|saved|sinyal|signal/i.test(n.name) && n.role !== 'RootWebArea') out.set(`${n.role}:"${n.name}"`, (out.get(`${n.role}:"${n.name}"`) ?? 0) + 1); (n.children ?? []).forEach(walk); };
  walk(snap); return [...out].map(([k, v]) => `${v}× ${k}`).join(' ; ') || '(none)';
};
const fast = () => page.evaluate(() => { const a = document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe').getAnimations()[0]; a.currentTime = 60000; return a.playState; });
const sweep = () => page.evaluate(async () => {
  // Scroll through the page: where the sentence, Back, and the step's text lie over each other.
  const r = document.querySelector('langkah-lesson').shadowRoot; const end = r.querySelector('.pe > .end'); if (!end) return 'no end';
  const back = r.querySelector('.pe > :not([open]):has(+ [open]) > summary'); const text = [...r.querySelectorAll('.pe [open] .step p, .pe [open] .step li, .pe [open] .step h3, .pe [open] h3')];
  const hits = new Set(); const max = document.documentElement.scrollHeight - innerHeight;
  for (let y = 0; y <= max + 20; y += 10) { scrollTo(0, y); await new Promise((f) => requestAnimationFrame(() => f()));
    const o = over(end, back); if (o) hits.add(`end/back ${o}`);
    for (const t of text) { const a = over(end, t); if (a) hits.add(`end/text ${a}`); const b = over(back, t); if (b) hits.add(`back/text(stuck ${getComputedStyle(back.parentElement).position})`); }
  }
  scrollTo(0, max);
  return `max scroll ${max}; ${[...hits].join(', ') || 'nothing lies over anything'}`;
});
const measure = () => page.evaluate(() => {
  const r = document.querySelector('langkah-lesson').shadowRoot; const end = r.querySelector('.pe > .end'); if (!end) return 'no end';
  const late = end.querySelector('.late'); const b = end.getBoundingClientRect();
  const lines = Math.round(late.getClientRects().length);
  const cs = getComputedStyle(end);
  return `end ${R(end)} pos=${cs.position} font=${getComputedStyle(late).fontSize}/${getComputedStyle(late).fontWeight} lines=${lines} cut=${end.scrollWidth > end.clientWidth || end.scrollHeight > end.clientHeight} inside=${b.left >= 0 && b.right <= innerWidth} pageW=${document.documentElement.scrollWidth}/${innerWidth} border=${cs.borderTopStyle} ${cs.borderTopColor} contrast ${contrast(late)} back ${R(r.querySelector('.pe > :not([open]):has(+ [open]) > summary'))}`;
});
let last = ''; let reached = false, fasted = false; const t0 = Date.now();
while (Date.now() - t0 < UNTIL) {
  const now = await page.evaluate(() => performance.now());
  if (!reached && now >= REACH) { const [at, step, n] = await toLast(); reached = true; console.log(`reached step ${step} of ${n} at ${Math.round(at)} ms`); console.log('  ax:', await ax()); }
  if (FAST != null && !fasted && now >= FAST) { fasted = true; console.log(`fast-forwarded at ${Math.round(now)}: ${await fast()}`); }
  if (env.SCROLL && reached && fasted && !env._s) { env._s = 1; await page.evaluate((s) => s === 'top' ? document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe [open] h3').scrollIntoView() : scrollTo(0, 1e6), env.SCROLL); }
  const st = await state();
  if (st.s !== last) { console.log(`${st.t} ${st.s}`); last = st.s; if (reached) console.log('  ax:', await ax()); }
  await new Promise((r) => setTimeout(r, 500));
}
for (const w of WIDTHS) {
  await page.setViewport(vp(w)); await new Promise((r) => setTimeout(r, 300));
  console.log(`at ${w}: ${await measure()}`); console.log(`  sweep: ${await sweep()}`); console.log('  ax:', await ax());
  if (env.SHOTS) { await page.screenshot({ path: `${env.SHOTS}/${FF ? 'ff' : 'cr'}${env.FORCED ? '-forced' : ''}-${w}.png` }); }
}
await browser.close(); srv.close(); process.exit(0);
