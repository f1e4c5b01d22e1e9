#!/usr/bin/env node
// Review 16e (C2): a quiz + checklist in a LATER step (review/r16e-attack/langsung/kedua, step 2) before the script:
// open step 2 (tap "Lanjut"), inputs (checked/disabled/data-wait), taps and keys on them, Tab walk, AX tree (Chromium),
// then the take-over while on step 2 (positions, layout shifts, focus), then Back.
//   node review/r16e-later.mjs --mode blocked|late [--page /public/q/kedua.html] [--zoom] [--forced]  (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { mode: { type: 'string', default: 'late' }, page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16e' }, zoom: { type: 'boolean', default: false }, forced: { type: 'boolean', default: false }, hold: { type: 'string', default: '9000' }, still: { type: 'boolean', default: false }, blur: { type: 'boolean', default: false }, scroll: { type: 'string', default: '400' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(values.site, { lat: 300, hold: values.mode === 'blocked' ? Infinity : Number(values.hold) });
const browser = await launch(FF); const page = await browser.newPage();
const z = values.zoom ? 2 : 1;
await page.setViewport({ width: 360 / z, height: 640 / z, deviceScaleFactor: 2 * z });
if (values.forced && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
const errors = []; page.on('pageerror', (e) => errors.push(e.message));
await page.evaluateOnNewDocument(() => {
  window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.sample}`), true);
  window.__shifts = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)}${e.hadRecentInput ? '(input)' : ''} ${e.sources?.map((s) => s.node?.nodeName + ' y' + s.previousRect.y + '->' + s.currentRect.y).join(',') ?? ''}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {}
});
const L = (s) => console.log(s);
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const state = () => page.evaluate(`(() => { ${DEEP} const all = deep(document); const les = document.querySelector('langkah-lesson');
  const vis = (n) => n.checkVisibility({ visibilityProperty: true }); const top = (n) => n ? Math.round(n.getBoundingClientRect().top + scrollY) : '-';
  const inputs = all.filter((n) => n.localName === 'input' && vis(n)).map((n) => n.type + ':' + (n.checked ? 'ON' : 'off') + (n.disabled ? ':dis' : '') + (n.hasAttribute('data-wait') ? ':wait' : '') + '@' + top(n));
  const q = all.filter((n) => n.localName === 'langkah-quiz' && vis(n))[0]; const c = all.filter((n) => n.localName === 'langkah-checklist' && vis(n))[0];
  const counter = all.filter((n) => !n.children.length && /^(Langkah|Step) \\d+ (dari|of) \\d+$/.test(n.textContent.trim()) && vis(n)).map((n) => n.textContent.trim()).join(',');
  let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return 'pre=' + les.hasAttribute('prerendered') + ' vis=' + getComputedStyle(les).visibility + ' [' + counter + '] quiz@' + top(q) + ' list@' + top(c) + ' below@' + top(document.getElementById('below')) + ' y=' + Math.round(scrollY) + ' focus=' + (a ? a.localName + (a.type ? ':' + a.type : '') : '-') + ' sw=' + document.documentElement.scrollWidth + '\\n     inputs ' + inputs.join(' '); })()`);
const tapText = async (re) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => (n.localName === 'summary' || n.localName === 'button') && n.checkVisibility() && ${re}.test(n.textContent))[0]; if (!n) return null; n.scrollIntoView({ block: 'center' }); const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
const tapInput = async (i) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => n.localName === 'input' && n.checkVisibility())[${i}]; if (!n) return null; const t = n.closest('label') ?? n; t.scrollIntoView({ block: 'center' }); const r = t.getBoundingClientRect(); return [r.left + Math.min(20, r.width / 2), r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
L(`== ${FF ? 'firefox' : 'chromium'} ${values.mode} ${values.page}${values.zoom ? ' zoom200' : ''}${values.forced ? ' forced' : ''}`);
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 }); await sleep(800);
L('step1 ' + await state());
L('  tap Lanjut: ' + await tapText('/Lanjut|Next/')); await sleep(400);
L('step2 ' + await state());
if (!values.still) {
for (const i of [0, 1, 2, 3]) await tapInput(i);
await page.evaluate(() => document.activeElement?.blur());
const foci = []; for (let i = 0; i < 8; i++) { await page.keyboard.press('Tab'); foci.push(await page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a ? a.localName + (a.type ? ':' + a.type : '') + '"' + (a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 14) + '"' : '-'; })); if (/^input/.test(foci.at(-1))) await page.keyboard.press(FF ? ' ' : 'Space'); }
L('  Tab walk (Space on any input reached): ' + foci.join(' > '));
L('  after taps/keys ' + await state());
if (!FF) { const { nodes } = await (await page.createCDPSession()).send('Accessibility.getFullAXTree');
  L('  AX: ' + nodes.filter((n) => !n.ignored && /radio|checkbox|button/i.test(n.role?.value ?? '')).map((n) => `${n.role.value}"${(n.name?.value ?? '').slice(0, 30)}"${(n.properties ?? []).filter((p) => ['disabled', 'checked', 'expanded'].includes(p.name)).map((p) => `[${p.name}=${p.value.value}]`).join('')}`).join('\n       ')); }
await page.evaluate(axe);
L('  axe before: ' + JSON.stringify(await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length}: ${x.nodes[0].target.join(' ').slice(0, 50)})`))));
L('  under44 before: ' + await page.evaluate(`(() => { ${DEEP} return JSON.stringify(deep(document).filter((n) => n.checkVisibility() && n.matches('button, summary, label, a[href]')).map((n) => [n, n.getBoundingClientRect()]).filter(([, r]) => r.height < 44 && r.width > 0).map(([n, r]) => n.localName + '"' + n.textContent.trim().slice(0, 14) + '"' + Math.round(r.height))); })()`));
}
if (values.still) { if (values.blur) await page.evaluate(() => document.activeElement?.blur()); await page.evaluate((y) => window.scrollTo(0, y), Number(values.scroll)); await sleep(700); L('  still, scrolled ' + await state()); }
await page.screenshot({ path: `/tmp/r16e-${FF ? 'ff' : 'cr'}-${values.mode}${values.zoom ? '-zoom' : ''}${values.forced ? '-forced' : ''}-before.png`, fullPage: true });
if (!values.still) await page.evaluate(() => document.activeElement?.blur());
const before = await state(); if (!process.env.NOCALLS) await page.evaluate(() => { window.__calls = []; for (const [o, m] of [[Element.prototype, 'scrollIntoView'], [window, 'scrollTo'], [window, 'scroll'], [HTMLElement.prototype, 'focus'], [Element.prototype, 'scrollTo']]) { const f = o[m]; o[m] = function (...a) { window.__calls.push(Math.round(performance.now()) + ' ' + m + ' ' + (this.localName ?? 'window') + ' ' + JSON.stringify(a) + ' y' + Math.round(scrollY) + ' h' + document.documentElement.scrollHeight); const r = f.apply(this, a); window.__calls.push('  after: y' + Math.round(scrollY)); return r; }; } }); await page.evaluate(() => { window.__y = []; addEventListener('scroll', () => window.__y.push(Math.round(performance.now()) + ':' + Math.round(scrollY)), { passive: true }); window.__h = []; const f = () => { const v = document.documentElement.scrollHeight + '/' + Math.round(scrollY); if (window.__h.at(-1)?.[1] !== v) window.__h.push([Math.round(performance.now()), v]); requestAnimationFrame(f); }; requestAnimationFrame(f); });
if (values.mode === 'blocked') {
  L('  tap Kembali: ' + await tapText('/Kembali|Back/')); await sleep(300); L('back ' + await state());
  L('  csp ' + JSON.stringify(await page.evaluate(() => window.__csp)) + ' PWN ' + JSON.stringify(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('PWN')))) + ' errors ' + errors.length);
  await browser.close(); srv.close(); process.exit(0);
}
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 40000, polling: 'raf' });
await sleep(1500);
const after = await state();
L('hydrated ' + after); L('  same positions: ' + (before.split('\n')[0].replace(/pre=\w+ /, '') === after.split('\n')[0].replace(/pre=\w+ /, '')));
L('  calls ' + JSON.stringify(await page.evaluate(() => window.__calls ?? [])));
L('  shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)) + ' scrolls after ' + JSON.stringify(await page.evaluate(() => window.__y)) + ' height/scroll per frame ' + JSON.stringify(await page.evaluate(() => window.__h)));
await page.evaluate(axe);
L('  axe after: ' + JSON.stringify(await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length})`))));
await tapInput(1); await sleep(100); await tapText('/Periksa|Check/'); await tapInput(2); await sleep(600);
L('  after taps ' + await state());
L('  record ' + await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => localStorage.getItem(k).slice(0, 200)).join(' ')));
L('  tap Kembali: ' + await tapText('/Kembali|Back/')); await sleep(500); L('back ' + await state());
L('  csp ' + JSON.stringify(await page.evaluate(() => window.__csp)) + ' PWN ' + JSON.stringify(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('PWN')))) + ' errors ' + JSON.stringify(errors));
await nav; await browser.close(); srv.close();
