#!/usr/bin/env node
// Review 16i: the last step before the script (bundle blocked), at each size: the end box's computed position, its rect
// and Back's, in the viewport, at the step's top (scrolled to the open step's title) and scrolled to the bottom.
//   node review/r16i-pos.mjs [sizes e.g. 360x640,300x533,180x320x2,640x360]   (BROWSER=firefox, PAGE=...)
import { slowServer, launch } from './r16g-lib.mjs';
const FF = process.env.BROWSER === 'firefox';
const srv = await slowServer('/tmp/r16i', { lat: 50, hold: Infinity });
const browser = await launch(FF); const page = await browser.newPage();
for (const s of (process.argv[2] ?? '360x640,300x533,180x320x2,640x360').split(',')) {
  const [w, h, d] = s.split('x').map(Number);
  await page.setViewport({ width: w, height: h, deviceScaleFactor: d || 1 });
  srv.nav = Date.now();
  await page.goto(srv.base + (process.env.PAGE ?? '/public/q/kedua.html')).catch(() => {});
  await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('.pe'));
  const out = [];
  for (const where of ['top', 'bottom']) {
    out.push(await page.evaluate((where) => {
      const r = document.querySelector('langkah-lesson').shadowRoot; const n = r.querySelectorAll('.pe > details').length;
      if (!r.querySelector(`.pe > [data-step="${n - 1}"][open]`)) for (let k = 0; k < n - 1; k++) [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((x) => x.checkVisibility() && /Lanjut|Next/.test(x.textContent)).pop()?.click();
      const open = r.querySelector('.pe [open]');
      if (where === 'top') open.querySelector('h3').scrollIntoView({ block: 'start' }); else scrollTo(0, 1e6);
      const end = r.querySelector('.pe > .end'); const back = r.querySelector('.pe > :not([open]):has(+ [open]) > summary');
      const a = end.getBoundingClientRect(), b = back.getBoundingClientRect();
      const over = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const R = (x) => `${Math.round(x.left)},${Math.round(x.top)}-${Math.round(x.right)},${Math.round(x.bottom)}`;
      return `${where}: step ${open.dataset.step} end ${getComputedStyle(end).position} ${R(a)} back ${getComputedStyle(back.parentElement).position} ${R(b)} overlap=${over} vh=${innerHeight}`;
    }, where));
  }
  console.log(FF ? 'ff' : 'cr', s, out.join(' | '));
  if (process.env.SHOTS) await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe [open] h3').scrollIntoView({ block: 'start' }));
  if (process.env.SHOTS) await page.screenshot({ path: `/tmp/r16i-shots/${FF ? 'ff' : 'cr'}-pos-${s}.png` });
}
await browser.close(); srv.close(); process.exit(0);
