#!/usr/bin/env node
// Review 16j (I1's decision): on the last step, sweeping the scroll from top to bottom 10 px at a time, where the box
// at Finish's place ("Memuat…" before the script; the element's own "Selesai" with it) lies over Back, and what a tap
// at Back's centre and at 8 px above Back's bottom hits. MODE=pre (bundle blocked) | el (bundle served at once).
//   MODE=el node review/r16j-pos.mjs 180x320x2,300x533   (BROWSER=firefox, PAGE=...)
import { slowServer, launch } from './r16g-lib.mjs';
const FF = process.env.BROWSER === 'firefox'; const EL = process.env.MODE === 'el';
const srv = await slowServer('/tmp/r16j', { lat: 20, hold: EL ? 0 : Infinity });
const browser = await launch(FF); const page = await browser.newPage();
for (const s of (process.argv[2] ?? '180x320x2,300x533,360x640').split(',')) {
  const [w, h, d] = s.split('x').map(Number);
  await page.setViewport({ width: w, height: h, deviceScaleFactor: d || 1 });
  srv.nav = Date.now();
  await page.goto(srv.base + (process.env.PAGE ?? '/public/q/kedua.html')).catch(() => {});
  if (EL) await page.waitForFunction(() => { const e = document.querySelector('langkah-lesson'); return e && !e.hasAttribute('prerendered') && e.shadowRoot?.querySelector('nav button'); }, { timeout: 20000 });
  else await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('.pe'));
  const out = await page.evaluate(async (EL) => {
    const r = document.querySelector('langkah-lesson').shadowRoot; const frame = () => new Promise((f) => requestAnimationFrame(() => f()));
    const btn = (re) => [...r.querySelectorAll(EL ? 'nav button' : '.pe > :not([open]):has(+ [open]) > summary')].filter((b) => b.checkVisibility() && re.test(b.textContent)).pop();
    if (EL) for (let k = 0; k < 6; k++) { const n = btn(/Lanjut|Next/); if (!n) break; n.click(); await frame(); await new Promise((f) => setTimeout(f, 150)); }
    else { const n = r.querySelectorAll('.pe > details').length; for (let k = 0; k < n - 1; k++) [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((x) => x.checkVisibility() && /Lanjut|Next/.test(x.textContent)).pop()?.click(); await frame(); }
    const back = btn(/Kembali|Back/), fin = EL ? btn(/Selesai|Finish/) : r.querySelector('.pe > .end');
    if (!back || !fin) return `no back/finish (${!!back}/${!!fin})`;
    const max = document.documentElement.scrollHeight - innerHeight; const rows = []; let prev = '';
    const hit = (x, y) => { let e = document.elementFromPoint(x, y); while (e?.shadowRoot?.elementFromPoint(x, y) && e.shadowRoot.elementFromPoint(x, y) !== e) e = e.shadowRoot.elementFromPoint(x, y); const b = e?.closest?.('button, summary, .end'); return b ? (b.textContent.trim().slice(0, 9)) : e?.tagName ?? '-'; };
    for (let y = 0; y <= max; y += 10) {
      scrollTo(0, y); await frame();
      const a = back.getBoundingClientRect(), b = fin.getBoundingClientRect();
      const ow = Math.min(a.right, b.right) - Math.max(a.left, b.left), oh = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const vis = a.bottom > 0 && a.top < innerHeight;
      const line = ow > 0 && oh > 0 && vis ? `over ${Math.round(ow)}x${Math.round(oh)} tap centre→${hit((a.left + a.right) / 2, (a.top + a.bottom) / 2)} tap low→${hit((a.left + a.right) / 2, a.bottom - 8)}` : '';
      if (line !== prev) rows.push(`y=${y}: ${line || 'no overlap / Back out of view'}`); prev = line;
    }
    return `max ${max}; back ${getComputedStyle(back).position}/${getComputedStyle(back.parentElement).position} fin ${getComputedStyle(fin).position}/${getComputedStyle(fin.parentElement).position}\n   ${rows.join('\n   ')}`;
  }, EL);
  console.log(FF ? 'ff' : 'cr', EL ? 'element' : 'pre-script', s, out);
}
await browser.close(); srv.close(); process.exit(0);
