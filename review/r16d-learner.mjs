#!/usr/bin/env node
// Review 16d: a lesson whose step 1 holds a quiz and a checklist (review/r16d-setup.sh /tmp/r16d), 360×640.
//   node review/r16d-learner.mjs --mode blocked|late|normal [--page /public/q/page.html] [--hold 7000]  (BROWSER=firefox)
// Before the script: inputs (checked/disabled/data-wait), a tap and a key on them, the AX tree (Chromium), CSP
// violations; after: same nodes? same places? CLS; the first tap right after hydration; the record; reload.
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { mode: { type: 'string', default: 'late' }, page: { type: 'string', default: '/public/q/page.html' }, hold: { type: 'string', default: '7000' }, site: { type: 'string', default: '/tmp/r16d' }, zoom: { type: 'boolean', default: false }, forced: { type: 'boolean', default: false }, still: { type: 'boolean', default: false }, reload: { type: 'boolean', default: false } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hold = values.mode === 'blocked' ? Infinity : values.mode === 'normal' ? 0 : Number(values.hold);
const srv = await slowServer(values.site, { lat: 400, hold });
const browser = await launch(FF);
const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
const z = values.zoom ? 2 : 1;
await page.setViewport({ width: Math.round(360 / z), height: Math.round(640 / z), deviceScaleFactor: 2 * z });
if (values.forced && !FF) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
const errors = [];
page.on('pageerror', (e) => errors.push('pageerror ' + e.message));
page.on('response', (r) => { if (r.status() >= 400) errors.push(r.status() + ' ' + r.url()); });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ' ' + m.text().slice(0, 160)); });
await page.evaluateOnNewDocument(() => {
  window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  window.__shifts = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {}
});
const L = (s) => console.log(s);
// a real tap on the i-th input's label (scrolled into view first, as a learner would)
const tap = async (i, sel = 'input') => { const p = await page.evaluate((i, sel) => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const n = deep(document).filter((n) => n.matches(sel))[i]; if (!n) return null; const t = n.closest('label') ?? n; t.scrollIntoView({ block: 'center' }); const r = t.getBoundingClientRect(); return [r.left + Math.min(20, r.width / 2), r.top + r.height / 2]; }, i, sel); if (p) await page.mouse.click(...p); return p; };
const state = () => page.evaluate(() => {
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
  const all = deep(document);
  const les = document.querySelector('langkah-lesson');
  const vis = (n) => n.checkVisibility({ visibilityProperty: true });
  const inputs = all.filter((n) => n.localName === 'input' && vis(n)).map((n) => `${n.type}:${n.checked ? 'ON' : 'off'}${n.disabled ? ':disabled' : ''}${n.hasAttribute('data-wait') ? ':wait' : ''}@${Math.round(n.getBoundingClientRect().top)}`);
  const buttons = all.filter((n) => (n.localName === 'button' || n.localName === 'summary') && vis(n)).map((n) => `${n.localName}"${n.textContent.trim().replace(/\s+/g, ' ').slice(0, 18)}"${n.disabled ? ':disabled' : ''}@${Math.round(n.getBoundingClientRect().top)}`);
  const q = all.find((n) => n.localName === 'langkah-quiz'); const c = all.find((n) => n.localName === 'langkah-checklist');
  const rect = (n) => n ? `${Math.round(n.getBoundingClientRect().top)}+${Math.round(n.getBoundingClientRect().height)}` : '-';
  return { pre: les?.hasAttribute('prerendered'), hidden: les ? getComputedStyle(les).visibility : '-', quiz: rect(q), list: rect(c), below: rect(document.getElementById('below')), inputs: inputs.join(' '), buttons: buttons.join(' '), qdef: !!customElements.get('langkah-quiz'), qdh: q?.hasAttribute('defer-hydration'), counter: les?.shadowRoot?.textContent.match(/Langkah \d+ dari \d+|Step \d+ of \d+/)?.[0], focus: (() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a ? a.localName + (a.type ? ':' + a.type : '') : '-'; })(), scrollW: document.documentElement.scrollWidth, y: Math.round(scrollY) };
});
const show = (t, s) => L(`${t}: pre=${s.pre} vis=${s.hidden} ${s.counter} quiz@${s.quiz} list@${s.list} below@${s.below} qdef=${s.qdef} dh=${s.qdh} focus=${s.focus} sw=${s.scrollW} y=${s.y}\n   inputs ${s.inputs}\n   buttons ${s.buttons}`);
const record = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => k + ' = ' + localStorage.getItem(k).slice(0, 260)).join('\n   '));
L(`== ${FF ? 'firefox' : 'chromium'} ${values.mode} ${values.page}${values.zoom ? ' zoom200' : ''}${values.forced ? ' forced' : ''}`);
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 60000 }).catch((e) => L('goto ' + e.message));
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
await sleep(1200);
let s0 = await state(); show(`t=${Date.now() - srv.nav}ms before`, s0);
// keep the node refs
await page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); window.__refs = deep(document).filter((n) => n.localName === 'input'); });
if (s0.pre && !values.still) {
  // a tap on the first option's label and the first box, and a key (Tab x6 + Space)
  const tapped = await page.evaluate(() => {
    const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
    const ins = deep(document).filter((n) => n.localName === 'input');
    return ins.map((i) => { const r = (i.closest('label') ?? i).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; });
  });
  for (const i of [0, 1, 2]) await tap(i);
  const foci = [];
  for (let i = 0; i < 8; i++) { await page.keyboard.press('Tab'); foci.push((await state()).focus); }
  await page.keyboard.press(FF ? ' ' : 'Space');
  L('   Tab walk: ' + foci.join(' > '));
  show('   after taps/keys before script', await state());
  if (!FF) {
    const cdp = await page.createCDPSession();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const keep = nodes.filter((n) => !n.ignored && /radio|checkbox|button|group|heading|DisclosureTriangle|radiogroup/i.test(n.role?.value ?? ''));
    L('   AX: ' + keep.map((n) => `${n.role.value}"${(n.name?.value ?? '').slice(0, 40)}"${(n.properties ?? []).filter((p) => ['disabled', 'checked', 'expanded'].includes(p.name)).map((p) => `[${p.name}=${p.value.value}]`).join('')}`).join('\n       '));
    await page.evaluate(() => document.activeElement?.blur());
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  s0 = await state();
}
if (values.mode === 'blocked') { L('   csp ' + JSON.stringify(await page.evaluate(() => window.__csp)) + ' errors ' + errors.length); await browser.close(); srv.close(); process.exit(0); }
// wait for the element, then tap the right option at once (a real tap at its place)
await page.waitForFunction(() => { const q = document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('langkah-quiz'); return !document.querySelector('langkah-lesson').hasAttribute('prerendered') && q && !q.hasAttribute('defer-hydration') && customElements.get('langkah-quiz'); }, { timeout: 40000, polling: 'raf' }).catch(() => L('   !! not hydrated'));
if (values.still) { const fr = await page.evaluate(() => 0); }
const s1 = await state(); show(`t=${Date.now() - srv.nav}ms hydrated`, s1);
L('   same input nodes: ' + await page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const now = deep(document).filter((n) => n.localName === 'input'); return `${now.filter((n) => window.__refs.includes(n)).length}/${now.length} (before ${window.__refs.length})`; }));
await tap(1); // the right option, at once
await sleep(100);
const btn = await page.evaluate(() => { const q = document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz'); const b = [...q.shadowRoot.querySelectorAll('button')].find((x) => x.checkVisibility()); return b ? `${b.textContent.trim()} disabled=${b.disabled}` : null; });
L('   quiz button after tap: ' + btn);
await tap(0, 'button:not([disabled])');
await tap(2); // first box
await sleep(800);
show('   after first taps', await state());
L('   feedback: ' + await page.evaluate(() => { const q = document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz'); return q.shadowRoot.textContent.replace(/\s+/g, ' ').match(/(Benar|Jangan|Right|No\.)[^.]*\./g)?.join(' | '); }));
L('   record ' + await record());
L('   shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)) + ' csp ' + JSON.stringify(await page.evaluate(() => window.__csp)));
await nav;
// reload: the returning learner with answers in step 1 (bundle late again)
srv.nav = Date.now();
const frames = [];
await page.evaluateOnNewDocument(() => { window.__f = []; const t0 = performance.now(); const f = () => { const l = document.querySelector('langkah-lesson'); if (l) { const s = `${l.hasAttribute('prerendered') ? 'pre' : 'el'}/${getComputedStyle(l).visibility}`; if (window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now()), s]); } if (performance.now() - t0 < 20000) requestAnimationFrame(f); }; requestAnimationFrame(f); });
if (values.reload) await page.reload({ waitUntil: 'load' }).catch(() => {}); // the browser restores the scroll
else await page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {}); // a new visit (no scroll restoration)
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && !document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz')?.hasAttribute('defer-hydration'), { timeout: 40000 }).catch(() => L('   !! reload not hydrated'));
await sleep(1000);
show(`t=${Date.now() - srv.nav}ms reloaded`, await state());
L('   frames ' + JSON.stringify(await page.evaluate(() => window.__f)));
L('   shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)));
L('   errors ' + JSON.stringify(errors));
await browser.close(); srv.close();
