#!/usr/bin/env node
// Review 16i (G5 check): the bundle blocked (failed at once) or held until HOLD ms; REAL time. The learner reaches the
// last step at REACH ms after navigation start. Samples the last step's end box every 500 ms until UNTIL ms and prints
// each change: which of its four spans are displayed, the box and Back's rects, whether the word is cut (scrollWidth >
// clientWidth), and at the end the same at each WIDTHS (w[xdsf]) plus, in Chromium, the accessibility tree's words.
//   BROWSER=firefox PAGE=/public/q/kedua.html REACH=2000 UNTIL=36000 HOLD=Infinity FORCED=1 WIDTHS=360,340,300,180x2
import { slowServer, launch } from './r16g-lib.mjs';
const env = process.env; const FF = env.BROWSER === 'firefox';
const REACH = +(env.REACH ?? 2000), UNTIL = +(env.UNTIL ?? 36000), HOLD = env.HOLD ? +env.HOLD : Infinity;
const WIDTHS = (env.WIDTHS ?? '360,340,300,180x2').split(',');
const srv = await slowServer(env.SITE ?? '/tmp/r16i', { lat: 100, hold: HOLD });
const browser = await launch(FF); const page = await browser.newPage();
const vp = (w) => { const [a, d] = w.split('x'); return { width: +a, height: Math.round(640 * +a / 360), deviceScaleFactor: +(d ?? 1) }; };
await page.setViewport(vp(env.W ?? '360'));
if (env.FORCED && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
srv.nav = Date.now();
page.goto(srv.base + (env.PAGE ?? '/public/q/kedua.html'), { timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
const state = () => page.evaluate(() => { const FC = matchMedia('(forced-colors: active)').matches ? ' forced' : '';
  const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot; const end = r.querySelector('.pe > .end');
  const pe = r.querySelector('.pe'); const a = pe?.getAnimations?.()[0];
  if (!end) {
    const fin = [...r.querySelectorAll('nav button')].filter((b) => b.checkVisibility()).map((b) => `${b.textContent.trim()}@${Math.round(b.getBoundingClientRect().x)},${Math.round(b.getBoundingClientRect().y)} w${Math.round(b.getBoundingClientRect().width)}`);
    return { t: Math.round(performance.now()), s: `hydrated=${!el.hasAttribute('prerendered')} buttons ${fin.join(' | ')}` };
  }
  const spans = [...end.children].map((c) => `${c.className || 'word'}:${getComputedStyle(c).display}`).join(' ');
  const R = (n) => { const b = n.getBoundingClientRect(); return `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}`; };
  const back = r.querySelector('.pe > :not([open]):has(+ [open]) > summary');
  const vis = end.checkVisibility();
  const word = [...end.children].find((c) => c.getAttribute('aria-hidden') && getComputedStyle(c).display !== 'none');
  return { t: Math.round(performance.now()), s: FC + `open=${r.querySelector('.pe [open]')?.dataset.step ?? '-'} end ${vis ? 'shown' : 'hidden'} [${spans}]` +
    (vis ? ` box ${R(end)} cut=${end.scrollWidth > end.clientWidth} word="${word?.textContent}" back ${back ? R(back) : '-'}` +
      ` pageW=${document.documentElement.scrollWidth}/${innerWidth}` : '') + (a ? ` anim start=${Math.round(a.startTime)} ${a.playState}` : ''),
    hydrated: !el.hasAttribute('prerendered') };
});
const toLast = () => page.evaluate(() => {
  const r = document.querySelector('langkah-lesson').shadowRoot; const n = r.querySelectorAll('.pe > details').length;
  for (let k = 0; k < n - 1; k++) [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click();
  return [performance.now(), r.querySelector('.pe [open]')?.dataset.step, n];
});
const ax = async () => {
  if (FF) return '(no AX in Firefox via puppeteer)';
  const snap = await page.accessibility.snapshot({ interestingOnly: false });
  const out = []; const walk = (n) => { if (n.name && /dimuat|muat|loading|Reload|Memuat|Loading|tersimpan|saved/i.test(n.name) && n.role !== 'RootWebArea') out.push(`${n.role}:"${n.name}"`); (n.children ?? []).forEach(walk); };
  walk(snap); return [...new Set(out)].join(' ; ');
};
let last = ''; let reached = false; const t0 = Date.now();
while (Date.now() - t0 < UNTIL) {
  const now = await page.evaluate(() => performance.now());
  if (!reached && now >= REACH) { const [at, step, n] = await toLast(); reached = true; console.log(`reached step ${step} of ${n} at ${Math.round(at)} ms`); console.log('  ax:', await ax()); }
  const st = await state();
  if (st.s !== last) { console.log(`${st.t} ${st.s}`); last = st.s; if (reached) console.log('  ax:', await ax()); }
  await new Promise((r) => setTimeout(r, 500));
}
for (const w of WIDTHS) { await page.setViewport(vp(w)); await new Promise((r) => setTimeout(r, 300)); console.log(`at ${w}: ${(await state()).s}`); }
if (env.SHOT) { await page.setViewport(vp(env.W ?? '360')); await page.screenshot({ path: env.SHOT }); }
await browser.close(); srv.close(); process.exit(0);
