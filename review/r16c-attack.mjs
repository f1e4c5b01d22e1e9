#!/usr/bin/env node
// Review 16c: hostile localStorage records for langkah-resume.js. For each case: the page with the bundle blocked
// held back (what langkah-resume.js alone does: visible? which step opened? errors? the rules it adopted) and with the bundle
// (where the element ends). Site: review/r16c-setup.sh /tmp/r16c.
//   node review/r16c-attack.mjs [--page /public/langkah-kami/sync.html] [--only name,name]   (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';

const { values } = parseArgs({ options: {
  site: { type: 'string', default: '/tmp/r16c' },
  page: { type: 'string', default: '/public/langkah-kami/sync.html' },
  only: { type: 'string', default: '' },
  lat: { type: 'string', default: '0' },
} });
const FF = process.env.BROWSER === 'firefox';
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(values.site, { lat: Number(values.lat) });
const K = 'langkah:lesson:kunci-akun/kode-otp@id';
const lesson = JSON.parse(readFileSync(join(values.site, 'public/langkah-kami/id/kunci-akun/kode-otp.json'), 'utf8'));
const rec = (step, extra = {}) => JSON.stringify({ v: 1, key: K.slice(8), content: lesson.version, lang: 'id', step, seen: [], answers: {}, checks: {}, started: 1, updated: 1, ...extra });
const raw = (s) => s.replace('"step":2', '"step":' + s);

/** name → records to store (key → raw string). */
const CASES = {
  'step "2" (string)': { [K]: rec('2') },
  'step -1': { [K]: rec(-1) },
  'step 1e9': { [K]: rec(1e9) },
  'step 2.5': { [K]: rec(2.5) },
  'step "1\\"]"': { [K]: rec('1"]') },
  'step "2\\"],*{display:none}x[a=\\""': { [K]: rec('2"],*{display:none}x[a="') },
  'step "0x2"': { [K]: rec('0x2') },
  'step [2]': { [K]: rec([2]) },
  'step true': { [K]: rec(true) },
  'step NaN (raw)': { [K]: rec(2).replace('"step":2', '"step":NaN') },
  'raw null': { [K]: 'null' },
  'raw 5': { [K]: '5' },
  'raw "x"': { [K]: '"x"' },
  'raw []': { [K]: '[]' },
  'raw empty': { [K]: '' },
  'v 2 (newer version)': { [K]: rec(2, { v: 2 }) },
  'key with quote+bracket': { [K + '"]']: rec(2), ['langkah:lesson:a"],langkah-lesson{display:none}b[x="']: rec(2) },
  'key with </style>': { ['langkah:lesson:</style><style>*{display:none}</style>']: rec(2), ['langkah:lesson:x\n}*{display:none}']: rec(2) },
  'key with backslash/escape': { ['langkah:lesson:kunci-akun\\/kode-otp@id']: rec(2), ['langkah:lesson:kunci-akun/kode-otp\\40 id']: rec(2), ['langkah:lesson:*']: rec(2) },
  'another lesson of the module': { 'langkah:lesson:kunci-akun/verifikasi-dua-langkah@id': rec(2) },
  'same lesson, English': { 'langkah:lesson:kunci-akun/kode-otp@en': rec(2) },
  'same lesson in a course': { 'langkah:course:kelas-digital-umkm@/public/langkah-kami/|lesson:kunci-akun/kode-otp@id': rec(3) },
  'set-aside (:corrupt) copy': { [K + ':corrupt:1']: rec(3) },
  'very many records (5000)': Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`langkah:lesson:m${i}/l${i}@id`, rec(2)])),
  'very many damaged records (5000)': Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`langkah:lesson:m${i}/l${i}@id`, '{bad'])),
  '5 MB record (own lesson)': { [K]: rec(2, { pad: 'x'.repeat(4_900_000) }) },
};

const browser = await launch(FF);
log(`== ${FF ? 'ff' : 'cr'} ${values.page} lat ${values.lat}`);
const resumeJs = readFileSync(join(values.site, 'public/langkah-kami/langkah-resume.js'), 'utf8');
for (const [name, records] of Object.entries(CASES)) {
  if (values.only && !values.only.split(',').some((o) => name.startsWith(o))) continue;
  const out = [];
  for (const withScript of [false, true]) {
    srv.hold = withScript ? 0 : 60000; // held: what the resume script alone does while the bundle is on its way
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 360, height: 640 });
    const errs = [];
    page.on('pageerror', (e) => errs.push(e.message.slice(0, 120)));
    await page.goto(`${srv.base}/blank`);
    const stored = await page.evaluate((recs) => { localStorage.clear(); let n = 0; for (const [k, v] of Object.entries(recs)) { try { localStorage.setItem(k, v); n++; } catch (e) { return `setItem failed: ${e.name}`; } } return n; }, records);
    // The resume script's own time under these records (run as a function here; the page's copy runs too).
    const ms = await page.evaluate((js) => { const t = performance.now(); try { new Function(js)(); } catch (e) { return 'threw ' + e.message; } const d = performance.now() - t; document.adoptedStyleSheets = []; return Math.round(d * 10) / 10; }, resumeJs);
    await page.evaluateOnNewDocument(() => { window.__err = []; addEventListener('error', (e) => window.__err.push(String(e.message || e.target?.localName + ' load')), true); });
    srv.nav = Date.now();
    const t0 = Date.now();
    const nav = page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 30000 }).catch((e) => errs.push('nav ' + e.message));
    if (withScript) await nav; else await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('langkah-lesson'), { timeout: 20000 }).catch(() => errs.push('never parsed'));
    const tl = Date.now() - t0;
    if (withScript) await page.waitForFunction(() => ![...document.querySelectorAll('langkah-lesson')].some((e) => e.hasAttribute('prerendered')), { timeout: 15000 }).catch(() => errs.push('still prerendered'));
    await sleep(withScript ? 800 : 300);
    const s = await page.evaluate(() => {
      const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot;
      const vis = (x) => x.checkVisibility({ visibilityProperty: true }) && x.getClientRects().length;
      const counter = [...r.querySelectorAll('*')].filter((x) => !x.children.length && /^Langkah \d+ dari \d+$/.test(x.textContent.trim()) && vis(x)).map((x) => x.textContent.trim().replace('Langkah ', '').replace(' dari ', '/')).join(',');
      const bodyKids = [...document.body.querySelectorAll('*')].filter((x) => getComputedStyle(x).display === 'none').map((x) => x.localName);
      return { vis: getComputedStyle(el).visibility, counter, open: [...r.querySelectorAll('.pe details[open]')].map((d) => d.dataset.step + (d.hasAttribute('data-resumed') ? 'R' : '')).join(','), rules: document.adoptedStyleSheets.flatMap((x) => [...x.cssRules].map((y) => y.cssText)), hiddenInBody: bodyKids.length, err: window.__err, styleEls: document.querySelectorAll('style').length, scripts: document.scripts.length };
    });
    const rules = s.rules.length > 3 ? `${s.rules.length} rules, e.g. ${s.rules[0].slice(0, 110)}` : JSON.stringify(s.rules).slice(0, 300);
    out.push(`${withScript ? 'with script ' : 'bundle held '} load ${tl}ms vis=${s.vis} shown=[${s.counter}] open=${s.open || '-'} rules=${rules} err=${JSON.stringify([...errs, ...s.err.filter((e) => !/script load/.test(e))]).slice(0, 200)}`);
    if (!withScript) out.push(`stored ${stored}; resume script alone ${ms} ms`);
    await ctx.close();
  }
  log(`-- ${name}\n   ` + out.join('\n   '));
}
await browser.close();
srv.close();
