#!/usr/bin/env node
// Review 16j: a lesson the host keeps hidden (display: none, e.g. a closed tab) for the first 5 s, then shows; the
// bundle blocked. When does the steps' minute start: at the page (navigation) or when the lesson is first shown?
import { slowServer, launch } from './r16g-lib.mjs';
const srv = await slowServer('/tmp/r16j', { lat: 20, hold: Infinity });
const browser = await launch(process.env.BROWSER === 'firefox'); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
await page.evaluateOnNewDocument(() => document.addEventListener('DOMContentLoaded', () => {
  const el = document.querySelector('langkah-lesson'); el.style.display = 'none'; setTimeout(() => { el.style.display = ''; }, 5000); }));
srv.nav = Date.now();
await page.goto(srv.base + '/public/q/kedua.html').catch(() => {});
for (const t of [1000, 4000, 7000]) {
  await new Promise((r) => setTimeout(r, t - (Date.now() - srv.nav)));
  console.log(t, await page.evaluate(() => { const a = document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe').getAnimations()[0]; return a ? `anim startTime=${Math.round(a.startTime)} (now ${Math.round(performance.now())})` : 'no animation'; }));
}
await browser.close(); srv.close(); process.exit(0);
