#!/usr/bin/env node
// Review 16f (item 2): the learner answers the later step's quiz right after the take-over (first frame the element
// is there), ticks a box; the record; Next, Back; then a reload with the bundle held again (what the resume script
// shows on the answered later step before the script, and what moves at the take-over).
//   node review/r16f-after.mjs [--page /public/q/kedua.html] [--scroll 400] [--hold 7000]  (BROWSER=firefox)
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16f' }, hold: { type: 'string', default: '7000' }, scroll: { type: 'string', default: '400' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 300, hold: Number(v.hold) });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2 });
const errors = []; page.on('pageerror', (e) => errors.push(e.message));
await page.evaluateOnNewDocument(() => {
  window.__shifts = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)}${e.hadRecentInput ? '(input)' : ''}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  // every frame: what is shown (hidden/visible, counter, inputs checked) until 20 s
  window.__f = []; const t0 = performance.now(); const f = () => { const les = document.querySelector('langkah-lesson'); if (les?.shadowRoot) { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const all = deep(les.shadowRoot); const vis = (n) => n.checkVisibility({ visibilityProperty: true });
    const c = all.filter((n) => !n.children.length && /^(Langkah|Step) \d+ (dari|of) \d+$/.test(n.textContent.trim()) && vis(n)).map((n) => n.textContent.trim().replace(/\D+/g, '/').replace(/^\//, '')).join(',');
    const ins = all.filter((n) => n.localName === 'input' && vis(n)).map((n) => (n.checked ? 'X' : 'o') + (n.disabled ? 'd' : '')).join('');
    const s = (les.hasAttribute('prerendered') ? 'pre' : 'el') + '/' + getComputedStyle(les).visibility.slice(0, 3) + '[' + c + ']' + ins + ' y' + Math.round(scrollY) + ' list' + Math.round(all.filter((n) => n.localName === 'langkah-checklist' && vis(n))[0]?.getBoundingClientRect().top + scrollY) + ' below' + Math.round(document.getElementById('below')?.getBoundingClientRect().top + scrollY);
    if (window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now() - t0), s]); }
    if (performance.now() - t0 < 20000) requestAnimationFrame(f); }; requestAnimationFrame(f);
});
const L = (s) => console.log(s);
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const tapText = async (re) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => (n.localName === 'summary' || n.localName === 'button') && n.checkVisibility() && ${re}.test(n.textContent))[0]; if (!n) return null; n.scrollIntoView({ block: 'center' }); const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
const tapInput = async (i) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => n.localName === 'input' && n.checkVisibility())[${i}]; if (!n) return null; const t = n.closest('label') ?? n; const r = t.getBoundingClientRect(); if (r.top < 0 || r.bottom > innerHeight) { t.scrollIntoView({ block: 'center' }); } const q = t.getBoundingClientRect(); return [q.left + Math.min(20, q.width / 2), q.top + q.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
const inputs = () => page.evaluate(`(() => { ${DEEP} return deep(document).filter((n) => n.localName === 'input' && n.checkVisibility()).map((n) => n.type[0] + (n.checked ? 'X"' + (n.closest('label')?.textContent ?? '').trim().slice(0, 14) + '"' : 'o') + (n.disabled ? 'd' : '')).join(' ') + ' fb="' + deep(document).filter((n) => n.getAttribute?.('role') === 'status' || n.classList?.contains('feedback')).map((n) => n.textContent.trim().slice(0, 30)).join('|') + '"'; })()`);
const record = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => { const r = JSON.parse(localStorage.getItem(k)); return `step=${r.step} seen=${r.seen} answers=${JSON.stringify(Object.fromEntries(Object.entries(r.answers ?? {}).map(([a, b]) => [a, b.value])))} checks=${JSON.stringify(r.checks)}`; }).join(' '));
L(`== ${FF ? 'firefox' : 'chromium'} ${v.page}`);
srv.nav = Date.now();
page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 30000 }); await sleep(500);
await tapText('/Lanjut|Next/'); await sleep(300);
await page.evaluate((y) => scrollTo(0, y), Number(v.scroll)); await sleep(300);
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 60000, polling: 'raf' });
const t = Date.now();
L('  taps right after the take-over: option 2 ' + await tapInput(1) + ', check ' + await tapText('/Periksa|Check/') + ', box 1 ' + await tapInput(2) + ` (${Date.now() - t} ms)`); await sleep(500);
L('  now ' + await inputs() + ' y=' + await page.evaluate(() => Math.round(scrollY)));
L('  record ' + await record());
L('  Lanjut ' + await tapText('/Lanjut|Next/')); await sleep(400); L('  Kembali ' + await tapText('/Kembali|Back/')); await sleep(600);
L('  back on step 2: ' + await inputs()); L('  record ' + await record());
L('  frames ' + JSON.stringify(await page.evaluate(() => window.__f)));
L('  shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)));
// reload, bundle held again, scroll kept by the browser
srv.nav = Date.now(); page.reload({ waitUntil: 'load', timeout: 60000 }).catch(() => {});
await sleep(Number(v.hold) - 1500);
L('reload, before the script: ' + await inputs());
await page.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered'), { timeout: 60000, polling: 'raf' }); await sleep(1500);
L('  after: ' + await inputs());
L('  frames ' + JSON.stringify(await page.evaluate(() => window.__f)));
L('  shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)) + ' errors ' + JSON.stringify(errors));
L('  record ' + await record());
await browser.close(); srv.close(); process.exit(0);
