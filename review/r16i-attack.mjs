#!/usr/bin/env node
// Review 16i: the lesson whose text looks like the prerenderer's markers (review/r16i-attack/tanda, built into
// /tmp/r16i/public/t, wrapped in page.html / page-en.html): before and after the script, the elements in the shadow
// root that the text could have forged, the step titles as text, "drawn anew" warnings, and each step's title via the
// steps before the script.   BROWSER=firefox node review/r16i-attack.mjs [/public/t/page.html]
import { slowServer, launch } from './r16g-lib.mjs';
const FF = process.env.BROWSER === 'firefox';
const srv = await slowServer('/tmp/r16i', { lat: 20, hold: 2500 });
const browser = await launch(FF); const page = await browser.newPage();
const logs = []; page.on('console', (m) => logs.push(m.text()));
srv.nav = Date.now();
page.goto(srv.base + (process.argv[2] ?? '/public/t/page.html')).catch(() => {});
await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('.pe'));
const look = (when) => page.evaluate((when) => {
  const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot;
  const count = (s) => r.querySelectorAll(s).length;
  const titles = [...r.querySelectorAll('h3')].map((h) => h.textContent.trim().slice(0, 60));
  return `${when}: prerendered=${el.hasAttribute('prerendered')} #no-voice=${count('#no-voice')} "${r.querySelector('#no-voice')?.textContent ?? ''}" details=${count('.pe > details')} data-step9=${count('[data-step="9"]')} .end=${count('.end')} .late=${count('.late')} header=${count('header')} section=${count('section')} script=${count('script')} style=${count('style')} h3x=${count('h3[x]')} titles=${JSON.stringify(titles)}`;
}, when);
console.log(await look('before'));
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 });
await new Promise((r) => setTimeout(r, 500));
console.log(await look('after'));
console.log('console:', logs.filter((l) => /langkah|anew/i.test(l)).join(' | ') || '(nothing from langkah)');
await browser.close(); srv.close(); process.exit(0);
