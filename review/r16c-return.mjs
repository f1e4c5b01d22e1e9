#!/usr/bin/env node
// Review 16c: a returning (or first-time) learner on a prerendered lesson, 360×640, slow reader, 3G-like delays.
// Site: review/r16c-setup.sh /tmp/r16c (after npm run build). This script serves it itself: every answer LAT ms
// late (a round trip; both browsers alike: Firefox has no network emulation over BiDi), and the bundle
// (`langkah*.js` but langkah-resume.js, and the pack's pack.js) held back until HOLD ms after navigation
// (or never: HOLD=block). A requestAnimationFrame probe logs, frame by frame, what the learner sees.
//
//   node review/r16c-return.mjs --page /public/langkah-kami/plain.html --rec step3,finished [--move] [--voice] [--hold 8000]
//   BROWSER=firefox node review/r16c-return.mjs …
// --rec: none step1 step2 step3 last finished older damaged othertab (comma list); --move: tap Next once before the
// script arrives; --voice: speechSynthesis.getVoices() gives an id-ID and an en-US voice.
import { readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: {
  site: { type: 'string', default: '/tmp/r16c' },
  page: { type: 'string', default: '/public/langkah-kami/plain.html' },
  rec: { type: 'string', default: 'step3' },
  hold: { type: 'string', default: '8000' },
  lat: { type: 'string', default: '400' },
  move: { type: 'boolean', default: false },
  voice: { type: 'boolean', default: false },
  zoom: { type: 'boolean', default: false },
  ax: { type: 'boolean', default: false },
} });
const FF = process.env.BROWSER === 'firefox';
const B = FF ? 'ff' : 'cr';
const LAT = Number(values.lat);
const HOLD = values.hold === 'block' ? Infinity : Number(values.hold);
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const OUT = '/tmp/r16c-shots'; mkdirSync(OUT, { recursive: true });

// ---- the slow server (review/r16c-lib.mjs) ----
const srv = await slowServer(values.site, { lat: LAT, hold: HOLD });
const BASE = srv.base;
const root = resolve(values.site);

// ---- the lesson on the page: its record key and content ----
const html = readFileSync(join(root, values.page), 'utf8');
const tag = /<langkah-lesson [^>]*>/.exec(html)[0];
const attr = (n) => new RegExp(`\\s${n}="([^"]*)"`).exec(tag)?.[1];
const course = attr('data-course');
const rec = attr('data-record');
const src = attr('src');
const lesson = JSON.parse(readFileSync(join(root, values.page.replace(/[^/]*$/, ''), src.replace(/^https?:\/\/[^/]+/, '')), 'utf8'));
const dir = values.page.replace(/[^/]*$/, '');
const KEY = 'langkah:' + (course ? `course:${course}@${dir}|` : '') + rec;
const n = lesson.steps.length;
const make = (step, extra = {}) => JSON.stringify({ v: 1, key: KEY.slice(8), content: lesson.version, lang: lesson.lang, step, seen: lesson.steps.slice(0, Math.min(step + 1, n)).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1, ...extra });
const RECORDS = {
  none: null, step1: make(0), step2: make(1), step3: make(2), step5: make(4), last: make(n - 1),
  finished: make(n, { completed: 2 }), older: make(2, { content: 'an-older-version' }),
  damaged: '{"v":1,"key":"' + KEY.slice(8) + '","step":2,', othertab: make(1), othertab2: make(2),
};

// ---- the browser ----
const browser = await launch(FF);

const PROBE = (voice) => {
  if (voice) {
    const v = [{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }, { lang: 'en-US', name: 'English', localService: true, default: false, voiceURI: 'en-US' }];
    try { speechSynthesis.getVoices = () => v; } catch {}
  }
  window.__frames = []; window.__cls = 0; window.__shifts = []; window.__err = [];
  addEventListener('error', (e) => window.__err.push(String(e.message || e.target?.localName)), true);
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) { if (e.hadRecentInput) continue; window.__cls += e.value; window.__shifts.push(`${Math.round(e.startTime)}ms ${e.value.toFixed(4)} ` + (e.sources || []).map((x) => `${x.node?.nodeName ?? '?'}.${x.node?.className ?? ''} y${Math.round(x.previousRect.y)}->${Math.round(x.currentRect.y)}`).join(', ')); } }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  const see = () => {
    const el = document.querySelector('langkah-lesson');
    if (!el) return 'no lesson';
    const r = el.shadowRoot;
    const vis = (x) => x && x.checkVisibility({ visibilityProperty: true }) && x.getClientRects().length > 0;
    const hidden = getComputedStyle(el).visibility === 'hidden';
    const counter = r ? [...r.querySelectorAll('*')].filter((x) => !x.children.length && /^(Langkah \d+ dari \d+|Step \d+ of \d+)$/.test(x.textContent.trim()) && (hidden ? x.getClientRects().length && x.checkVisibility() : vis(x))).map((x) => x.textContent.trim().replace(/^(Langkah|Step) /, '').replace(/ (dari|of) /, '/')).join(',') : '';
    const summary = r && !r.querySelector('.base:not(.pe)') && /Selesai|selesai|Finished|done/.test(r.textContent) ? 'summary?' : '';
    const p = r && [...r.querySelectorAll('.step p, .step li')].find(vis);
    const h = r && [...r.querySelectorAll('h3')].find(vis);
    const below = document.getElementById('below') ?? document.getElementById('offline-status');
    return `${hidden ? 'HIDDEN ' : ''}${el.hasAttribute('prerendered') ? 'pre ' : ''}[${counter || summary || '-'}] h3=${h ? Math.round(h.getBoundingClientRect().top) : '-'} p=${p ? Math.round(p.getBoundingClientRect().top) : '-'} below=${below ? Math.round(below.getBoundingClientRect().top) : '-'} sy=${Math.round(scrollY)}`;
  };
  window.__see = see;
  (function watch() {
    let s; try { s = see(); } catch (e) { s = 'probe error ' + e.message; }
    if (window.__frames.at(-1)?.[1] !== s) window.__frames.push([Math.round(performance.now()), s]);
    requestAnimationFrame(watch);
  })();
};

const state = (page) => page.evaluate(() => {
  const el = document.querySelector('langkah-lesson'); const r = el?.shadowRoot;
  let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const desc = (x) => x ? `${x.localName}${x.parentElement?.dataset?.step ? '[pe step ' + x.parentElement.dataset.step + ']' : ''} "${(x.innerText ?? x.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"` : 'none';
  return { see: window.__see(), open: [...(r?.querySelectorAll('.pe details[open]') ?? [])].map((d) => d.dataset.step + (d.hasAttribute('data-resumed') ? 'R' : '')).join(','), focus: desc(a), cls: +window.__cls.toFixed(4), err: window.__err.slice(0, 4), sheets: document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join(' ')).join(' | ').slice(0, 200) };
});
const stored = (page) => page.evaluate((k) => { const raw = localStorage.getItem(k); try { const r = JSON.parse(raw); return r ? `step=${r.step} seen=${r.seen?.length} completed=${!!r.completed} content=${r.content === undefined ? '-' : String(r.content).slice(0, 12)}` : String(raw); } catch { return 'unparsable ' + String(raw).slice(0, 30); } }, KEY);

async function axTree(page, label) {
  if (FF) return;
  const cdp = await page.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((x) => [x.nodeId, x]));
  const out = [];
  const walk = (x, d) => {
    if (!x) return;
    const role = x.role?.value; const name = x.name?.value ?? '';
    const props = Object.fromEntries((x.properties ?? []).map((p) => [p.name, p.value.value]));
    if (!x.ignored && /heading|button|Disclosure|link|progressbar|article|region|group|StaticText/.test(role) && !(role === 'StaticText' && (name.length > 50 || !name.trim())))
      out.push(`${'  '.repeat(Math.min(d, 8))}${role} "${name.slice(0, 70)}"${props.expanded !== undefined ? ' expanded=' + props.expanded : ''}${props.level ? ' h' + props.level : ''}${props.focused ? ' FOCUSED' : ''}${props.disabled ? ' disabled' : ''}`);
    (x.childIds ?? []).forEach((c) => walk(byId.get(c), x.ignored ? d : d + 1));
  };
  walk(nodes[0], 0);
  log(`  AX ${label}:\n    ` + out.slice(0, 30).join('\n    '));
}

const tapNext = (page) => page.evaluate(() => {
  const r = document.querySelector('langkah-lesson').shadowRoot;
  const s = [...r.querySelectorAll('.pe summary, nav button')].find((x) => x.checkVisibility() && /^(Lanjut|Next)/.test(x.innerText.trim()));
  if (!s) return 'no Next';
  s.click(); return s.localName;
});

log(`== ${B} ${values.page} key ${KEY} (${n} steps) lat ${LAT} hold ${values.hold}${values.move ? ' move' : ''}${values.voice ? ' voice' : ''}`);
for (const kind of values.rec.split(',')) {
  srv.hold = HOLD;
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport(values.zoom ? { width: 180, height: 320, deviceScaleFactor: 4 } : { width: 360, height: 640, deviceScaleFactor: FF ? 1 : 2 });
  page.on('pageerror', (e) => log(`  [pageerror] ${e.message.slice(0, 160)}`));
  page.on('console', (m) => { if (/error|warn/.test(m.type()) && !/Failed to load resource|net::ERR/.test(m.text())) log(`  [console.${m.type()}] ${m.text().slice(0, 160)}`); });
  await page.goto(`${BASE}/blank`);
  await page.evaluate((k, raw) => { localStorage.clear(); if (raw !== null) localStorage.setItem(k, raw); }, KEY, RECORDS[kind]);
  await page.evaluateOnNewDocument(PROBE, values.voice);
  let tab2;
  if (kind === 'othertab2') {
    // The same lesson open and working in another tab (the element, at step 3), before this page loads.
    srv.hold = 0;
    tab2 = await ctx.newPage();
    await tab2.goto(BASE + values.page, { waitUntil: 'load' });
    await tab2.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered'), { timeout: 20000 });
    srv.hold = HOLD;
    await page.bringToFront();
  }
  const navStart = srv.nav = Date.now();
  page.goto(BASE + values.page, { waitUntil: 'load', timeout: 90000 }).catch(() => {});
  // the slow reader: reads what shows for 3 s after the lesson is in the page
  await page.waitForFunction(() => window.__frames?.some(([, s]) => /\[/.test(s) && !/^HIDDEN/.test(s)) || performance.now() > 4500, { polling: 100, timeout: 30000 }).catch(() => {});
  await sleep(2500);
  let s = await state(page);
  log(`-- ${kind}: ${Date.now() - navStart}ms before the script: ${s.see} open=${s.open} focus=${s.focus}`);
  if (values.ax && kind !== 'none') await axTree(page, `${kind}, before the script`);
  const tab2step = () => tab2.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('#counter')?.textContent);
  if (kind === 'othertab2') {
    await tab2.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('nav .primary').click());
    await sleep(500);
    s = await state(page); log(`   the other tab moved on to ${await tab2step()} (record: ${await stored(page)}); here: ${s.see} open=${s.open}`);
  }
  if (kind === 'othertab') {
    const other = await ctx.newPage();
    await other.goto(`${BASE}/blank`);
    await other.evaluate((k, raw) => localStorage.setItem(k, raw), KEY, make(3));
    await other.close();
    await sleep(300);
    s = await state(page); log(`   another tab wrote step 4: ${s.see} open=${s.open}`);
  }
  if (values.move) {
    const how = await tapNext(page); await sleep(400);
    s = await state(page); log(`   tapped Next (${how}): ${s.see} open=${s.open} focus=${s.focus}`);
    if (values.ax) await axTree(page, `${kind}, after a Next before the script`);
  }
  if (HOLD !== Infinity) {
    await page.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered'), { polling: 100, timeout: HOLD + 30000 }).catch(() => log('   !! still prerendered'));
    await sleep(1500);
  } else await sleep(3000);
  s = await state(page);
  const frames = await page.evaluate(() => window.__frames);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  log(`   after (${Date.now() - navStart}ms): ${s.see} open=${s.open} focus=${s.focus} cls=${FF ? 'n/a' : s.cls} record: ${await stored(page)}${s.err.length ? ' errors=' + JSON.stringify(s.err) : ''}`);
  log(`   frames (fcp ${fcp === undefined ? '-' : Math.round(fcp)}): ` + frames.map(([t, x]) => `${t}: ${x}`).join('\n            '));
  if (tab2) log(`   the other tab now shows ${await tab2step()}`);
  const shifts = await page.evaluate(() => window.__shifts);
  if (shifts.length) log('   shifts', JSON.stringify(shifts));
  if (values.ax && kind !== 'none') await axTree(page, `${kind}, after the script`);
  await page.screenshot({ path: `${OUT}/${kind}-${values.move ? 'move-' : ''}${B}.png` }).catch(() => {});
  if (HOLD !== Infinity) {
    srv.hold = 0;
    await page.reload({ waitUntil: 'load' }).catch(() => {});
    await page.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered'), { polling: 100, timeout: 20000 }).catch(() => log('   !! reload: still prerendered'));
    await sleep(600);
    s = await state(page); log(`   reload: ${s.see} record: ${await stored(page)}`);
  }
  await ctx.close();
}
await browser.close();
srv.close();
