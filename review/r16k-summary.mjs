#!/usr/bin/env node
// Review 16k: the summary's two buttons ("← Langkah sebelumnya", "Mulai lagi"), reached by the main button from step 1:
// their rects, and what a tap at their centres hits, with each in view (scrolled into view, block start / end).
//   BROWSER=firefox MODE=zoom node review/r16k-summary.mjs
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page } = await open();
await page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(400);
for (let k = 0; k < 12 && !(await page.evaluate(() => !!K.root().querySelector('[part~=summary]'))); k++) { await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(350); }
console.log(FF ? 'firefox' : 'chromium', env.MODE, await page.evaluate(async () => {
  const out = [];
  for (const b of K.root().querySelectorAll('nav button')) for (const block of ['start', 'center', 'end']) {
    b.scrollIntoView({ block }); await K.frame(); const r = b.getBoundingClientRect();
    out.push(`${K.name(b)} (${block}) ${K.R(b)} centre hits ${K.name(K.hit((r.left + r.right) / 2, (r.top + r.bottom) / 2))}`);
  }
  const u = document.getElementById('update'), o = document.getElementById('offline-status');
  out.push(`#update "${u?.textContent.trim()}" ${u ? getComputedStyle(u).display + ' ' + K.R(u) : ''}; #offline-status "${o?.textContent.trim().slice(0, 60)}"`);
  return '\n  ' + out.join('\n  ');
}));
await browser.close(); srv.close(); process.exit(0);
