#!/usr/bin/env node
// Review 16d: the step-1 quiz lesson before and after the script (held 7 s): axe-core on the lesson, controls under
// 44 px, sideways overflow, screenshots; then keyboard only after hydration (Tab to the options, Space, the check
// button, the box). --zoom: 200 % (180×320 CSS px); --forced: forced-colors (Chromium only).
//   node review/r16d-look.mjs [--zoom] [--forced] [--page /public/q/page.html]   (BROWSER=firefox)
import { readFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';
const { values } = parseArgs({ options: { page: { type: 'string', default: '/public/q/page.html' }, site: { type: 'string', default: '/tmp/r16d' }, zoom: { type: 'boolean', default: false }, forced: { type: 'boolean', default: false } } });
const FF = process.env.BROWSER === 'firefox'; const B = FF ? 'ff' : 'cr';
const OUT = '/tmp/r16d-shots'; mkdirSync(OUT, { recursive: true });
const tag = `${B}${values.zoom ? '-zoom' : ''}${values.forced ? '-forced' : ''}`;
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const srv = await slowServer(values.site, { lat: 300, hold: 7000 });
const browser = await launch(FF); const page = await browser.newPage();
const z = values.zoom ? 2 : 1;
await page.setViewport({ width: 360 / z, height: 640 / z, deviceScaleFactor: 2 * z });
if (values.forced && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
const deepFn = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const look = async (label) => {
  await page.evaluate(axe);
  const v = await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length}: ${x.nodes[0].target.join(' ').slice(0, 60)})`));
  const m = await page.evaluate(`(() => { ${deepFn} const vw = document.documentElement.clientWidth;
    const ctl = deep(document).filter((n) => n.checkVisibility() && (n.matches('button, summary, label, a[href]') || (n.localName === 'input' && !n.closest('label'))));
    const small = ctl.map((n) => [n, n.getBoundingClientRect()]).filter(([, r]) => r.height < 44 && r.width > 0).map(([n, r]) => n.localName + '"' + n.textContent.trim().slice(0, 14) + '"' + Math.round(r.height));
    const wide = deep(document).filter((n) => n.checkVisibility() && n.getBoundingClientRect().right > vw + 1 && n.getClientRects().length).map((n) => n.localName + Math.round(n.getBoundingClientRect().right)).slice(0, 6);
    const dis = deep(document).filter((n) => n.localName === 'input' && n.disabled && n.checkVisibility()).map((n) => { const l = n.closest('label'); const c = getComputedStyle(l ?? n); return c.color + '/' + c.opacity; });
    return { sw: document.documentElement.scrollWidth, vw, small, wide, dis: [...new Set(dis)] }; })()`);
  console.log(`  ${label}: axe ${v.length ? v.join(' ') : 'clean'}\n    overflow ${m.sw - m.vw}px wide=${JSON.stringify(m.wide)} under44=${JSON.stringify(m.small)} disabled-look=${JSON.stringify(m.dis)}`);
  await page.screenshot({ path: `${OUT}/${label.replace(/\W+/g, '-')}-${tag}.png`, fullPage: true });
};
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load' }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 }); await new Promise((r) => setTimeout(r, 1200));
console.log(`== ${tag} ${values.page}`);
await look('before');
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && !document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz')?.hasAttribute('defer-hydration'), { timeout: 30000 });
await new Promise((r) => setTimeout(r, 500));
await look('after');
// keyboard only
const focus = () => page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a ? `${a.localName}${a.type ? ':' + a.type : ''}"${(a.closest?.('label')?.textContent ?? a.textContent ?? '').trim().slice(0, 16)}"${a.checked ? ':ON' : ''}` : '-'; });
await page.evaluate(() => document.activeElement?.blur());
const walk = [];
for (let i = 0; i < 12; i++) { await page.keyboard.press('Tab'); const f = await focus(); walk.push(f); if (f.startsWith('input:radio')) { await page.keyboard.press(FF ? ' ' : 'Space'); walk.push('SPACE→' + await focus()); } if (/Periksa|Check/.test(f) && /button/.test(f)) { await page.keyboard.press('Enter'); walk.push('ENTER→' + await focus()); } if (f.startsWith('input:checkbox') && !f.includes(':ON')) { await page.keyboard.press(FF ? ' ' : 'Space'); walk.push('SPACE→' + await focus()); } }
console.log('  keys: ' + walk.join(' > '));
console.log('  record: ' + await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('pertama')).map((k) => { const r = JSON.parse(localStorage.getItem(k)); return JSON.stringify({ a: Object.keys(r.answers), c: r.checks }); }).join(';')));
await nav; await browser.close(); srv.close();
