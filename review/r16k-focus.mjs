#!/usr/bin/env node
// Review 16k, item 2: keyboard on the quiz step (step AT, default 5) and on a plain step (2). Tab from the step's
// heading through the step: for each stop, the scroll before → after, the focused control's rect, and how much of it
// can be seen (a 5x3 grid of points hit-tested through the shadow roots; for a radio, its label). Then Chromium's
// accessibility snapshot of the lesson's nav and the step's end.
//   MODE=zoom|font32|wide BROWSER=firefox node review/r16k-focus.mjs
//   FIX=1: before tabbing, `scroll-margin-bottom` (the stuck bar's height) put on every focusable element inside the
//          lesson and its quizzes, to see whether the browser then keeps the focused control clear of the bar.
//   OLD=1: Back moved before the main button in the shadow DOM (the order before 6a6cf23) for comparison.
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const AT = +(env.AT ?? 5);
const srv = await slowServer(env.SITE ?? '/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page, v } = await open();
await page.goto(srv.base + PAGE, { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(400);
console.log(`${FF ? 'firefox' : 'chromium'} ${env.MODE ?? 'font32'}${env.FIX ? ' FIX' : ''}${env.OLD ? ' OLD-ORDER' : ''}`);
const fix = () => env.FIX && page.evaluate(() => {
  const css = ':is(button, input, a, summary, label){scroll-margin-bottom:calc(44px + 1.5em)}';
  for (const r of [K.root(), ...K.deepAll('langkah-quiz, langkah-checklist').map((q) => q.shadowRoot)]) { const s = new CSSStyleSheet(); s.replaceSync(css); r.adoptedStyleSheets = [...r.adoptedStyleSheets, s]; }
});
const old = () => env.OLD && page.evaluate(() => { const r = K.root(); const b = r.querySelector('nav .back'), m = r.querySelector('nav .primary'); if (b && m) m.before(b); });
const tabs = async (n = 30) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const y0 = await page.evaluate(() => scrollY);
    await page.keyboard.press('Tab'); await wait(120);
    const s = await page.evaluate((y0) => {
      const a = K.active(); if (!K.deepAll('*', K.root()).includes(a)) return { out: true, n: K.name(a) };
      const t = a.localName === 'input' ? a.closest('label') ?? a : a; const tb = t.getBoundingClientRect(); let vis = 0, all = 0;
      for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) { const x = tb.left + tb.width * (i + 0.5) / 5, y = tb.top + tb.height * (j + 0.5) / 3; all++;
        if (y < 0 || y > innerHeight) continue; const h = K.hit(x, y); if (h && (t === h || t.contains(h))) vis++; }
      const over = vis ? '' : ` HIDDEN under ${K.name(K.hit(tb.left + tb.width / 2, Math.min(innerHeight - 1, Math.max(0, tb.top + tb.height / 2))))}`;
      return { n: `${K.name(a)} ${K.R(t)} ${vis}/${all} visible${over}${Math.abs(scrollY - y0) > 1 ? ` (scroll ${Math.round(y0)}→${Math.round(scrollY)})` : ''}` };
    }, y0);
    out.push(s.n); if (s.out) break;
  }
  return out;
};
// To the step AT by the main button (each Next: focus on the new heading).
for (let k = 1; k < AT; k++) { await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(400); }
for (const when of ['plain', 'picked']) {
  if (when === 'picked') await page.evaluate(async () => { for (const q of K.deepAll('fieldset.q')) q.querySelector('label.opt')?.click(); await K.frame(); });
  await old(); await fix();
  await page.evaluate(() => K.root().querySelector('h3').focus());
  console.log(`\n== ${await page.evaluate(() => K.root().querySelector('#counter').textContent + ' "' + K.root().querySelector('h3').textContent + '"')} (${when}); Tab from the heading:`);
  console.log('   ' + (await tabs()).join('\n   '));
  if (!FF && when === 'picked') {
    const snap = await page.accessibility.snapshot();
    const flat = []; const walk = (n) => { flat.push(`${n.role} "${(n.name ?? '').slice(0, 40)}"`); (n.children ?? []).forEach(walk); };
    walk(snap); const i = flat.findIndex((x) => /Benar|Salah/.test(x));
    console.log('   AX, from the last question on:\n     ' + flat.slice(Math.max(0, i - 2)).filter((x) => !/^(generic|none) ""/.test(x)).slice(0, 24).join('\n     '));
  }
}
// Shift+Tab from Back on a plain step: Back ← main ← the step.
await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(400);
await page.evaluate(() => { const r = K.root(); (r.querySelector('nav .back')).focus(); });
const back = [];
for (let i = 0; i < 3; i++) { await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift'); await wait(100); back.push(await page.evaluate(() => K.name(K.active()))); }
console.log(`\nlast step, Shift+Tab from Back: ${back.join(' ← ')}`);
await browser.close(); srv.close(); process.exit(0);
