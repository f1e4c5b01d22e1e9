#!/usr/bin/env node
// Review 16g (G4): the bundle fails (blocked); a first-time learner taps Next to the last step. What the end of the
// step says 8 s later (visible text of the lesson's last lines, the end box), and a screenshot.   (BROWSER=firefox)
import { slowServer, launch } from './r16g-lib.mjs';
const FF = process.env.BROWSER === 'firefox'; const B = FF ? 'ff' : 'cr';
const srv = await slowServer('/tmp/r16g', { lat: 150, hold: Infinity });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
srv.nav = Date.now();
page.goto(srv.base + (process.argv[2] ?? '/public/q/kedua.html'), { timeout: 30000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
await new Promise((r) => setTimeout(r, 500));
for (let k = 0; k < 3; k++) await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((n) => n.checkVisibility() && /Lanjut|Next/.test(n.textContent)).pop()?.click(); });
await new Promise((r) => setTimeout(r, 8000));
console.log(B, await page.evaluate(() => { const el = document.querySelector('langkah-lesson'); return 'prerendered=' + el.hasAttribute('prerendered') + ' visible text: ' + el.shadowRoot.querySelector('.pe').innerText.replace(/\s+/g, ' '); }));
await page.screenshot({ path: `/tmp/r16g-shots/${B}-blocked-last.png` });
await browser.close(); srv.close(); process.exit(0);
