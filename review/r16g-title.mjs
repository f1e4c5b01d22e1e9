#!/usr/bin/env node
// Review 16g (D4 change e74620b): before the script, which controls carry a `title` and what it says; what a screen
// reader gets (Chromium CDP accessibility tree: role, name, description, disabled) for the options, boxes, quiz buttons
// and the last step's end box; axe-core on the page; after the take-over: any `title` or `data-wait` left anywhere.
//   node review/r16g-title.mjs [--page /public/q/kedua.html] [--taps 1] [--last]   (BROWSER=firefox: no AX tree)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16g-lib.mjs';
const { values: v } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16g' }, page: { type: 'string', default: '/public/q/kedua.html' }, taps: { type: 'string', default: '1' }, hold: { type: 'string', default: '7000' } } });
const FF = process.env.BROWSER === 'firefox'; const B = FF ? 'ff' : 'cr';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 150, hold: Number(v.hold) });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const titles = () => page.evaluate(`(() => { ${DEEP} const all = deep(document); return { titled: all.filter((n) => n.hasAttribute('title') && n.localName !== 'title').map((n) => n.localName + (n.type ? ':' + n.type : '') + (n.disabled ? ':dis' : '') + (n.checkVisibility() ? '' : ':hidden') + ' "' + n.getAttribute('title') + '"'), wait: all.filter((n) => n.hasAttribute('data-wait')).length, disabledInputs: all.filter((n) => n.localName === 'input' && n.disabled).length, pre: !!document.querySelector('langkah-lesson[prerendered]') }; })()`);
const ax = async () => {
  if (FF) return '(no AX tree in Firefox here)';
  const c = await page.createCDPSession(); const { nodes } = await c.send('Accessibility.getFullAXTree');
  const val = (p) => p?.value ?? '';
  return nodes.filter((n) => !n.ignored && (['radio', 'checkbox', 'button', 'DisclosureTriangle'].includes(val(n.role)) || /dimuat|loading|Memuat/i.test(val(n.name)))).map((n) => `${val(n.role)} "${val(n.name).slice(0, 40)}" desc="${val(n.description)}"${(n.properties ?? []).filter((p) => p.name === 'disabled' && p.value.value).length ? ' [disabled]' : ''}`).join('\n      ');
};
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const runAxe = () => page.evaluate(async (src) => { if (!window.axe) (0, eval)(src); const r = await window.axe.run(document, { resultTypes: ['violations'] }); return r.violations.map((x) => `${x.id}(${x.nodes.length})`).join(' ') || 'clean'; }, axe);
srv.nav = Date.now();
page.goto(srv.base + v.page, { timeout: 30000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
await sleep(300);
for (let k = 0; k < Number(v.taps); k++) await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((n) => n.checkVisibility() && /Lanjut|Next/.test(n.textContent)).pop().click(); });
await sleep(300);
const b = await titles();
console.log(`${B} ${v.page} taps=${v.taps} BEFORE pre=${b.pre} data-wait=${b.wait} disabled inputs=${b.disabledInputs}\n   titled: ${b.titled.join('\n           ')}`);
console.log('   AX: ' + await ax());
console.log('   axe: ' + await runAxe());
await page.waitForFunction(() => !document.querySelector('langkah-lesson[prerendered]'), { timeout: 30000 }).catch(() => {});
await sleep(1000);
const a = await titles();
console.log(`${B} AFTER pre=${a.pre} data-wait=${a.wait} disabled inputs=${a.disabledInputs} titled: ${a.titled.join(' | ') || 'none'}`);
console.log('   AX: ' + await ax());
console.log('   axe: ' + await runAxe());
await browser.close(); srv.close(); process.exit(0);
