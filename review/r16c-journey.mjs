#!/usr/bin/env node
// Review 16c: a first-time learner's whole journey through a prerendered lesson without the script (blocked), by
// taps on the visible Next/Back, at 360×640 or at 200 % zoom (180×320 at 4×): per step what shows, horizontal
// overflow, whether Back and Next overlap, controls under 44 px, the last step's "not saved" line; then Back to
// step 1; reload. Then `--late`: the same to step 3 with the script held back, the script arrives, on to the end
// with it, Back, reload. axe-core on the lesson before and after hydration.
//   node review/r16c-journey.mjs [--page …] [--zoom] [--forced] [--late] [--voice]     (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';

const { values } = parseArgs({ options: {
  site: { type: 'string', default: '/tmp/r16c' },
  page: { type: 'string', default: '/public/langkah-kami/noresume.html' },
  zoom: { type: 'boolean', default: false },
  forced: { type: 'boolean', default: false },
  late: { type: 'boolean', default: false },
  voice: { type: 'boolean', default: false },
  lat: { type: 'string', default: '200' },
} });
const FF = process.env.BROWSER === 'firefox';
const B = FF ? 'ff' : 'cr';
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const srv = await slowServer(values.site, { lat: Number(values.lat), hold: values.late ? 8000 : Infinity });
const browser = await launch(FF);
const ctx = await browser.createBrowserContext();
const page = await ctx.newPage();
await page.setViewport(values.zoom ? { width: 180, height: 320, deviceScaleFactor: 4 } : { width: 360, height: 640, deviceScaleFactor: FF ? 1 : 2 });
if (values.forced && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
page.on('pageerror', (e) => log(`  [pageerror] ${e.message.slice(0, 160)}`));
if (values.voice) await page.evaluateOnNewDocument(() => { const v = [{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }, { lang: 'en-US', name: 'English', localService: true, default: false, voiceURI: 'en-US' }]; try { speechSynthesis.getVoices = () => v; } catch {} });

const look = () => page.evaluate(() => {
  const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot;
  const vis = (x) => x.checkVisibility({ visibilityProperty: true }) && x.getClientRects().length;
  const counter = [...r.querySelectorAll('*')].filter((x) => !x.children.length && /^(Langkah \d+ dari \d+|Step \d+ of \d+)$/.test(x.textContent.trim()) && vis(x)).map((x) => x.textContent.trim()).join(',');
  const ctl = [...r.querySelectorAll('summary, button, a[href]')].filter(vis);
  const box = (x) => x.getBoundingClientRect();
  const name = (x) => (x.innerText || x.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 22);
  const nav = ctl.filter((x) => /^(Lanjut|Next|← Kembali|← Back|Kembali|Back|Selesai|Finish)/.test(name(x)));
  const overlaps = [];
  for (let i = 0; i < nav.length; i++) for (let j = i + 1; j < nav.length; j++) {
    const a = box(nav[i]), b = box(nav[j]);
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 1 && h > 1) overlaps.push(`${name(nav[i])}×${name(nav[j])} ${Math.round(w)}x${Math.round(h)}`);
  }
  const small = ctl.filter((x) => { const b = box(x); return b.width < 44 || b.height < 44; }).map((x) => `${name(x)} ${Math.round(box(x).width)}x${Math.round(box(x).height)}`);
  const wide = [...r.querySelectorAll('*')].filter((x) => vis(x) && box(x).right > innerWidth + 1).map((x) => `${x.localName}.${String(x.className).split(' ')[0]} ${Math.round(box(x).right)}`).slice(-2);
  const text = [...r.querySelectorAll('.step')].filter(vis).map((x) => x.innerText).join(' ');
  return { pre: el.hasAttribute('prerendered'), counter, nav: nav.map(name).join(' | '), overlaps, small, wide, hOverflow: document.documentElement.scrollWidth - innerWidth,
    unsaved: /belum tersimpan|not saved yet/.test(text), wait: /setelah halaman selesai dimuat|once the page has finished loading/.test(text) };
});
const show = (s) => `[${s.counter}]${s.pre ? ' pre' : ''} nav=${s.nav}${s.overlaps.length ? ' OVERLAP ' + s.overlaps.join(';') : ''}${s.small.length ? ' small=' + s.small.join(';') : ''}${s.hOverflow > 0 ? ' hOverflow=' + s.hOverflow + ' ' + s.wide.join(';') : ''}${s.unsaved ? ' "not saved" line' : ''}${s.wait ? ' wait-line' : ''}`;
const tap = (re) => page.evaluate((re) => {
  const r = document.querySelector('langkah-lesson').shadowRoot;
  const x = [...r.querySelectorAll('.pe summary, nav button, button')].find((y) => y.checkVisibility() && new RegExp(re).test(y.innerText.trim()));
  if (!x) return false; x.click(); return true;
}, re);
const axeRun = async (label) => {
  await page.evaluate(axe);
  const v = await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length})`));
  log(`  axe ${label}: ${v.length ? v.join(' ') : 'clean'}`);
};

log(`== journey ${B} ${values.page}${values.zoom ? ' zoom200' : ''}${values.forced ? ' forced-colours' : ''}${values.voice ? ' voice' : ''} ${values.late ? 'script late 8 s' : 'script blocked'}`);
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 20000 });
await sleep(500);
let s = await look(); log(`  step 1: ${show(s)}`);
await axeRun('step 1 before the script');
const upto = values.late ? 2 : 20;
for (let k = 0; k < upto; k++) {
  if (!(await tap('^(Lanjut|Next)'))) break;
  await sleep(250);
  s = await look(); log(`  Next → ${show(s)}`);
  if (k === 1 && !values.late) await axeRun('step 3 before the script');
}
if (!values.late) {
  await page.screenshot({ path: `/tmp/r16c-shots/journey-last-${values.zoom ? 'zoom-' : ''}${B}.png` });
  for (let k = 0; k < 20; k++) { if (!(await tap('(Kembali|Back)$'))) break; await sleep(200); }
  s = await look(); log(`  Back ×n → ${show(s)}`);
  await page.reload({ waitUntil: 'load' }).catch(() => {}); await sleep(500);
  s = await look(); log(`  reload (no script) → ${show(s)}`);
} else {
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 30000 }).catch(() => log('  !! still prerendered'));
  await nav; await sleep(1000);
  s = await look(); log(`  script arrived → ${show(s)}`);
  await axeRun('after hydration, step 3');
  for (let k = 0; k < 20; k++) {
    if (!(await tap('^(Lanjut|Next|Selesai|Finish)'))) break;
    await sleep(400);
    s = await look(); log(`  Next → ${show(s)}`);
  }
  await axeRun('the end, with the script');
  await tap('(Kembali|Back)$'); await sleep(400);
  s = await look(); log(`  Back → ${show(s)}`);
  srv.hold = 0;
  await page.reload({ waitUntil: 'load' }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 }).catch(() => log('  !! still prerendered'));
  await sleep(600);
  s = await look(); log(`  reload → ${show(s)} record ${await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('langkah:')).map(([k, v]) => { const r = JSON.parse(v); return `${k.slice(8)} step=${r.step} completed=${!!r.completed}`; }).join('; '))}`);
}
await browser.close();
srv.close();
