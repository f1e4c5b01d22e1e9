#!/usr/bin/env node
// Review 16f (E1 fix, b26faa3): a learner who tapped "Lanjut" before the script and scrolled down into the later
// step is not moved when the script takes over. Logs what the learner reads (the text at the screen's top and middle)
// with its place on screen before/after, scrollY, scroll events, layout-shift entries, focus, min-height left over.
//   node review/r16f-scroll.mjs [--page /public/q/kedua.html] [--scroll 400|bottom|mid] [--blur] [--tap] [--zoom]
//        [--steps 1] [--hold 9000] [--lat 300] [--hostmin 300px]   (BROWSER=firefox)
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16f' }, zoom: { type: 'boolean', default: false }, hold: { type: 'string', default: '9000' }, lat: { type: 'string', default: '300' }, blur: { type: 'boolean', default: false }, tap: { type: 'boolean', default: false }, scroll: { type: 'string', default: '400' }, steps: { type: 'string', default: '1' }, hostmin: { type: 'string' }, answer: { type: 'boolean', default: false }, width: { type: 'string', default: '360' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: Number(v.lat), hold: Number(v.hold) });
const browser = await launch(FF); const page = await browser.newPage();
const z = v.zoom ? 2 : 1;
await page.setViewport({ width: Math.round(Number(v.width) / z), height: 640 / z, deviceScaleFactor: 2 * z });
const errors = []; page.on('pageerror', (e) => errors.push(e.message));
await page.evaluateOnNewDocument(() => {
  window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}`), true);
  window.__shifts = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)}${e.hadRecentInput ? '(input)' : ''} ${e.sources?.map((s) => s.node?.nodeName + ' y' + s.previousRect.y + '->' + s.currentRect.y).join(',') ?? ''}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {}
});
const L = (s) => console.log(s);
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
// the text a learner reads at viewport heights y (leaf element at x 180/z), with its top on screen
const reading = () => page.evaluate(`(() => { const at = (x, y) => { let d = document, n = null; for (;;) { const m = d.elementFromPoint(x, y); if (!m || m === n) break; n = m; if (!m.shadowRoot) break; d = m.shadowRoot; } return n; };
  return [0.15, 0.5, 0.85].map((f) => { const n = at(innerWidth / 2, innerHeight * f); if (!n) return '-'; const t = (n.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 24); return n.localName + '"' + t + '"@' + Math.round(n.getBoundingClientRect().top); }).join(' | '); })()`);
// where those texts are now (found again by text: the element may have drawn them afresh)
const where = (texts) => page.evaluate(`(() => { ${DEEP} const all = deep(document).filter((n) => n.checkVisibility && n.checkVisibility());
  return ${JSON.stringify(texts)}.map(([tag, t]) => { const n = all.filter((n) => n.localName === tag && (n.textContent || '').trim().replace(/\\s+/g, ' ').startsWith(t)).pop(); return n ? tag + '"' + t.slice(0, 12) + '"@' + Math.round(n.getBoundingClientRect().top) : tag + '"' + t.slice(0, 12) + '"@gone'; }).join(' | '); })()`);
const state = () => page.evaluate(`(() => { ${DEEP} const all = deep(document); const les = document.querySelector('langkah-lesson');
  const vis = (n) => n.checkVisibility({ visibilityProperty: true });
  const counter = all.filter((n) => !n.children.length && /^(Langkah|Step) \\d+ (dari|of) \\d+$/.test(n.textContent.trim()) && vis(n)).map((n) => n.textContent.trim()).join(',');
  let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return 'pre=' + les.hasAttribute('prerendered') + ' [' + counter + '] below@' + Math.round(document.getElementById('below').getBoundingClientRect().top + scrollY) + ' y=' + Math.round(scrollY) + ' h=' + document.documentElement.scrollHeight + ' focus=' + (a ? a.localName : '-') + ' minH="' + les.style.minHeight + '" style="' + (les.getAttribute('style') ?? '') + '"'; })()`);
const tapText = async (re) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => (n.localName === 'summary' || n.localName === 'button') && n.checkVisibility() && ${re}.test(n.textContent))[0]; if (!n) return null; n.scrollIntoView({ block: 'center' }); const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
L(`== ${FF ? 'firefox' : 'chromium'} ${v.page} scroll=${v.scroll}${v.blur ? ' blur' : ''}${v.tap ? ' tap' : ''}${v.zoom ? ' zoom200' : ''} w=${v.width} lat=${v.lat} hold=${v.hold}${v.hostmin ? ' hostmin=' + v.hostmin : ''}`);
srv.nav = Date.now();
const nav = page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 90000 }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 30000 }); await sleep(600);
if (v.hostmin) await page.evaluate((m) => { document.querySelector('langkah-lesson').style.minHeight = m; }, v.hostmin);
for (let i = 0; i < Number(v.steps); i++) { L('  tap Lanjut: ' + await tapText('/Lanjut|Next/')); await sleep(400); }
L('open   ' + await state());
const H = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
const y = v.scroll === 'bottom' ? H : v.scroll === 'mid' ? Math.round(H / 2) : Number(v.scroll);
if (v.tap) { await page.mouse.click(180 / z, 300 / z); await sleep(200); } // a tap on the text (what a reader does)
await page.evaluate((y) => window.scrollTo(0, y), y); await sleep(600);
if (v.blur) await page.evaluate(() => document.activeElement?.blur());
if (v.tap) { await page.mouse.click(20 / z, 200 / z); await sleep(300); }
const r0 = await reading();
L('before ' + await state()); L('  reads ' + r0);
await page.evaluate(() => { window.__y = []; addEventListener('scroll', () => window.__y.push(Math.round(performance.now()) + ':' + Math.round(scrollY)), { passive: true }); window.__h = []; const f = () => { const v = document.documentElement.scrollHeight + '/' + Math.round(scrollY); if (window.__h.at(-1)?.[1] !== v) window.__h.push([Math.round(performance.now()), v]); requestAnimationFrame(f); }; requestAnimationFrame(f); window.__t0 = performance.now(); });
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 60000, polling: 'raf' });
await sleep(2500);
const texts = r0.split(' | ').filter((s) => s !== '-').map((s) => { const m = /^([\w-]+)"(.*)"@/.exec(s); return [m[1], m[2]]; }).filter(([, t]) => t.length > 3);
L('after  ' + await state()); L('  reads ' + await reading()); L('  same texts now ' + await where(texts));
L('  scrolls ' + JSON.stringify(await page.evaluate(() => window.__y)) + ' h/y per frame ' + JSON.stringify(await page.evaluate(() => window.__h)));
L('  shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)) + ' csp ' + JSON.stringify(await page.evaluate(() => window.__csp)) + ' errors ' + JSON.stringify(errors));
L('  record ' + await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => localStorage.getItem(k).slice(0, 160)).join(' ')));
await browser.close(); srv.close(); process.exit(0);
