#!/usr/bin/env node
// Review 16k: a keyboard learner on a plain step (after Next: focus on the heading, the heading at the top) presses
// Tab once (to the main button, stuck at the bottom) and again (to Back): scrollY and the buttons' rects each time.
// OLD=1: Back moved before the main button in the shadow DOM (the order before 6a6cf23), for comparison.
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page } = await open();
await page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(300);
for (let k = 0; k < +(env.AT ?? 2); k++) { await page.evaluate(() => K.root().querySelector('nav .primary').focus()); await page.keyboard.press('Enter'); await wait(500); }
if (env.OLD) await page.evaluate(() => { const r = K.root(); r.querySelector('nav .primary').before(r.querySelector('nav .back')); });
const st = () => page.evaluate(() => { const r = K.root(); return `focus ${K.name(K.active()).slice(0, 24)} scrollY ${Math.round(scrollY)}/${document.documentElement.scrollHeight - innerHeight} main ${K.R(r.querySelector('nav .primary'))} back ${K.R(r.querySelector('nav .back'))} h3 ${K.R(r.querySelector('h3'))}`; });
const out = [await st()];
for (let i = 0; i < 2; i++) { await page.keyboard.press('Tab'); await wait(150); out.push(await st()); }
console.log(`${FF ? 'ff' : 'cr'} ${env.MODE ?? 'font32'}${env.OLD ? ' OLD ORDER' : ''}\n  ${out.join('\n  Tab → ')}`);
await browser.close(); srv.close(); process.exit(0);
