#!/usr/bin/env node
// Review 16f (item 4): the page's own step type ("harga-jual") in step 1 (lesson "sendiri", written as the element
// alone) on the pasted page and under the strict CSP: frames before/after the script, the calculator drawn, a number
// typed and kept over a reload, CSP violations, errors.  node review/r16f-own.mjs [--page /public/f/sendiri.html]
import { slowServer, launch } from './r16f-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/f/sendiri.html' }, site: { type: 'string', default: '/tmp/r16f' }, hold: { type: 'string', default: '4000' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 300, hold: Number(v.hold) });
const browser = await launch(FF); const page = await browser.newPage(); await page.setViewport({ width: 360, height: 640 });
const errors = []; page.on('pageerror', (e) => errors.push(e.message)); page.on('console', (m) => /warn|error/.test(m.type()) && errors.push('console ' + m.text().slice(0, 120)));
await page.evaluateOnNewDocument(() => {
  window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  window.__f = []; const f = () => { const les = document.querySelector('langkah-lesson'); const hj = les?.shadowRoot?.querySelector('harga-jual');
    const s = !les ? 'no lesson yet' : !les.shadowRoot ? 'element, nothing drawn, h' + Math.round(les.getBoundingClientRect().height) : (les.hasAttribute('prerendered') ? 'server ' : 'element ') + (les.shadowRoot.querySelector('h3')?.textContent.trim() ?? '-') + (hj ? ' calc h' + Math.round(hj.getBoundingClientRect().height) : ' no calc') + ' below@' + Math.round(document.getElementById('below')?.getBoundingClientRect().top ?? -1);
    if (window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now()), s]); if (performance.now() < 15000) requestAnimationFrame(f); }; requestAnimationFrame(f);
});
const L = (s) => console.log(s);
for (const visit of ['first', 'reload']) {
  srv.nav = Date.now();
  await page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
  await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('harga-jual')?.shadowRoot?.querySelector('input'), { timeout: 30000 }).catch(() => {});
  await sleep(800);
  const inputs = await page.evaluate(() => [...(document.querySelector('langkah-lesson').shadowRoot.querySelector('harga-jual')?.shadowRoot?.querySelectorAll('input') ?? [])].map((i) => i.value).join(','));
  L(`== ${FF ? 'firefox' : 'chromium'} ${v.page} ${visit}: frames ${JSON.stringify(await page.evaluate(() => window.__f))}\n   calculator inputs [${inputs}] csp ${JSON.stringify(await page.evaluate(() => window.__csp))} errors ${JSON.stringify(errors)}`);
  if (visit === 'first') {
    const ok = await page.evaluate(() => { const i = document.querySelector('langkah-lesson').shadowRoot.querySelector('harga-jual')?.shadowRoot?.querySelector('input[type=number], input'); if (!i) return false; i.focus(); i.select?.(); return true; });
    if (ok) { await page.keyboard.type('33'); await page.keyboard.press('Tab'); await sleep(800); }
    L('   typed 33: record ' + await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k).slice(0, 220)).join(' ')));
  }
}
await browser.close(); srv.close(); process.exit(0);
