#!/usr/bin/env node
// Review 16d: two tabs, the second one's bundle slow. Tab B opens the lesson first (no record: step 1, bundle held
// 8 s); meanwhile tab A (bundle at once) answers step 1's quiz, ticks a box, and moves on (Next ×MOVES). When B's
// bundle arrives: does B save its untouched step 1 over A's record (answers, step), throw A back, take the focus?
//   node review/r16d-twotabs.mjs [--page /public/q/page.html] [--moves 1]   (BROWSER=firefox)
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { page: { type: 'string', default: '/public/q/page.html' }, moves: { type: 'string', default: '1' }, site: { type: 'string', default: '/tmp/r16d' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(values.site, { lat: 300, hold: 8000 });
const browser = await launch(FF); const ctx = FF ? browser.defaultBrowserContext() : await browser.createBrowserContext();
const deepFn = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const st = (p) => p.evaluate(`(() => { ${deepFn} const l = document.querySelector('langkah-lesson'); let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const ins = deep(document).filter((n) => n.localName === 'input' && n.checkVisibility()).map((n) => (n.checked ? 'ON' : 'off') + (n.disabled ? ':dis' : ''));
  return (l.hasAttribute('prerendered') ? 'pre ' : 'el ') + (l.shadowRoot.querySelector('article,section')?.textContent ?? l.shadowRoot.textContent).match(/Langkah \\d+ dari \\d+|Step \\d+ of \\d+/)?.[0] + ' inputs=' + ins.join(',') + ' focus=' + (a?.localName ?? '-'); })()`);
const rec = (p) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah:lesson')).map((k) => { const r = JSON.parse(localStorage.getItem(k)); return `step=${r.step} answers=${JSON.stringify(Object.keys(r.answers ?? {}))} checks=${JSON.stringify(r.checks)}`; }).join(' | ') || 'none');
const tap = async (p, sel, i = 0) => { const xy = await p.evaluate(`(() => { ${deepFn} const n = deep(document).filter((n) => n.matches(${JSON.stringify(sel)}) && n.checkVisibility() && !n.disabled)[${i}]; if (!n) return null; const t = n.closest('label') ?? n; t.scrollIntoView({ block: 'center' }); const r = t.getBoundingClientRect(); return [r.left + Math.min(20, r.width / 2), r.top + r.height / 2]; })()`); if (xy) await p.mouse.click(...xy); return !!xy; };
// A: open and hydrated first (bundle at once), untouched
srv.hold = 0;
const A = await ctx.newPage(); await A.setViewport({ width: 360, height: 640 });
await A.goto(srv.base + values.page, { waitUntil: 'load' });
await A.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && customElements.get('langkah-quiz'), { timeout: 20000 }).catch(() => {}); await sleep(500);
console.log(`== ${FF ? 'firefox' : 'chromium'} ${values.page}\nA opened: ${await st(A)} record: ${await rec(A)}`);
// B: the same lesson in another tab, its bundle held 8 s
const B = await ctx.newPage(); await B.setViewport({ width: 360, height: 640 });
srv.nav = Date.now(); srv.hold = 8000;
const navB = B.goto(srv.base + values.page, { waitUntil: 'load' }).catch(() => {});
await B.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 }); await sleep(1000);
console.log(`B opened: ${await st(B)}`);
await A.bringToFront();
await tap(A, 'input[type=radio]', 0); await tap(A, 'button'.replace('button', 'langkah-quiz'), 0).catch(() => {});
await A.evaluate(`(() => { ${deepFn} const q = deep(document).find((n) => n.localName === 'langkah-quiz'); [...q.shadowRoot.querySelectorAll('button')].find((b) => b.checkVisibility() && !b.disabled)?.click(); })()`);
await tap(A, 'input[type=checkbox]', 0);
for (let i = 0; i < Number(values.moves); i++) { await sleep(300); await A.evaluate(`(() => { ${deepFn} deep(document).find((n) => n.localName === 'button' && /Lanjut|Next/.test(n.textContent) && n.checkVisibility())?.click(); })()`); }
await sleep(500);
console.log(`A answered+moved: ${await st(A)}  record: ${await rec(A)}\nB still waiting: ${await st(B)}`);
await B.bringToFront();
await B.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 30000 }).catch(() => console.log('!! B not hydrated'));
await sleep(1500);
console.log(`B after its script: ${await st(B)}  record: ${await rec(B)}`);
console.log(`A now: ${await st(A)}`);
await navB; await browser.close(); srv.close();
