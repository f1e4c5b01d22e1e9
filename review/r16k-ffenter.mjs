#!/usr/bin/env node
// Review 16k: does Enter / Space on the lesson's focused main button move on, in Firefox (BROWSER=firefox) and Chromium?
// Focus by script, by Tab from the heading, and by a click first; the counter after each.
import { open, slowServer, env, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page } = await open();
await page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(400);
const c = () => page.evaluate(() => `${K.root().querySelector('#counter').textContent.trim()} focus=${K.name(K.active())} fv=${K.active()?.matches(':focus-visible')}`);
await page.evaluate(() => { window.__ev = []; for (const t of ['keydown', 'keyup', 'click']) K.root().addEventListener(t, (e) => __ev.push(t + ':' + (e.key ?? '') + ':' + e.target.localName), true); });
console.log('start', await c());
await page.evaluate(() => K.root().querySelector('nav .primary').focus()); await page.keyboard.press('Enter'); await wait(400);
console.log('script focus + Enter', await c(), await page.evaluate(() => __ev.splice(0).join(' ')));
await page.evaluate(() => K.root().querySelector('nav .primary').focus()); await page.keyboard.press(' '); await wait(400);
console.log('script focus + Space', await c(), await page.evaluate(() => __ev.splice(0).join(' ')));
await page.evaluate(() => K.root().querySelector('h3').focus()); await page.keyboard.press('Tab'); await wait(100); console.log('h3 + Tab', await c());
await page.keyboard.press('Enter'); await wait(400);
console.log('Tab + Enter', await c(), await page.evaluate(() => __ev.splice(0).join(' ')));
await page.evaluate(() => K.root().querySelector('h3').focus()); await page.keyboard.press('Tab'); await page.keyboard.press('Enter'); await wait(400);
console.log('Tab + Enter again', await c(), await page.evaluate(() => __ev.splice(0).join(' ')));
await browser.close(); srv.close(); process.exit(0);
