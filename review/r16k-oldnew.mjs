#!/usr/bin/env node
// Review 16k: on step AT (default 2) of the real lesson, the scroll swept 4 px at a time: where the stuck main button
// lies over Back, with the order of 6a6cf23 (main, then Back) and with the old one (OLD=1: Back moved before the main
// button in the shadow DOM, as before 6a6cf23). MODE=zoom|font32|short.
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page } = await open();
await page.goto(srv.base + '/lesson.harga-pokok.diskon-tanpa-rugi.id.html', { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
for (let k = 1; k < +(env.AT ?? 2); k++) { await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(400); }
for (const old of [false, true]) {
  const r = await page.evaluate(async (old) => {
    const R = K.root(); const m = R.querySelector('nav .primary'), b = R.querySelector('nav .back'); if (old) m.before(b); else b.before(m), m.after(b);
    const max = document.documentElement.scrollHeight - innerHeight; const band = []; let worst = [0, 0], lost = 0;
    for (let y = 0; y <= max; y += 4) { scrollTo(0, y); await new Promise((f) => requestAnimationFrame(() => f()));
      const o = K.over(m, b); if (!o) continue; band.push(y); if (o[0] * o[1] > worst[0] * worst[1]) worst = o;
      const bb = b.getBoundingClientRect(); const h = K.hit((bb.left + bb.right) / 2, (bb.top + bb.bottom) / 2); if (!(h === b || b.contains(h))) lost++; }
    return band.length ? `main over Back for scrollY ${band[0]}–${band.at(-1)} (${band.length} positions of 4 px), at most ${worst.join('x')} of Back's ${Math.round(b.getBoundingClientRect().width)}x${Math.round(b.getBoundingClientRect().height)}; a tap at Back's centre hits the main button at ${lost}` : `main never over Back (max scroll ${max})`;
  }, old);
  console.log(`${FF ? 'ff' : 'cr'} ${env.MODE ?? 'font32'} step ${env.AT ?? 2} ${old ? 'old order (Back, main)' : 'new order (main, Back)'}: ${r}`);
}
await browser.close(); srv.close(); process.exit(0);
