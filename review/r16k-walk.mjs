#!/usr/bin/env node
// Review 16k, item 1 and 2: the element (bundle served), a whole real lesson of the pack, one learner (MODE, see
// r16k-lib.mjs). On each step, after the lesson's own scroll to the heading:
//   - the nav's buttons in DOM order, their rects with the page scrolled to the bottom, positions, sizes;
//   - a scroll sweep (STEP px, default 8) from top to bottom: where the stuck main button lies over Back or over any
//     other control (the quiz's own buttons, options, links, "listen"), whether a tap at that control's centre then
//     hits the main button, and whether each control can be seen whole and tapped at some scroll position;
//   - on a quiz step: the first option of each question picked (the main button should read "Periksa jawaban"), swept
//     again, then each question checked with its own button, swept again;
//   - Tab from the heading to the end of the nav: each focused control, whether it is in view, and whether the stuck
//     main button lies over it or its focus ring (5 px: 3 px outline + 2 px offset);
//   - Next by keyboard (Enter on the focused main button); where the focus goes and where the heading is.
// On the summary: its buttons, Tab order; "Langkah sebelumnya" and back to the summary.
//   MODE=font32|zoom|wide|short BROWSER=firefox PAGE=/lesson.harga-pokok.diskon-tanpa-rugi.id.html node review/r16k-walk.mjs
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const STEP = +(env.STEP ?? 8);
const srv = await slowServer(env.SITE ?? '/tmp/r16k-pack', { lat: 10, hold: 0 });
const { browser, page, v } = await open();
const log = (...a) => console.log(...a);
srv.nav = Date.now();
await page.goto(srv.base + PAGE, { waitUntil: 'load' });
await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(500);
log(`${FF ? 'firefox' : 'chromium'} ${env.MODE ?? 'font32'} ${v.width}x${v.height}@${v.deviceScaleFactor}${env.FORCED ? ' forced' : ''}`, await page.evaluate(() => {
  const r = K.root(); const p = r.querySelector('.step p'); const b = r.querySelector('nav button');
  return `root font ${getComputedStyle(document.documentElement).fontSize}, text ${getComputedStyle(p).fontSize}, button ${getComputedStyle(b).fontSize}, nav display ${getComputedStyle(r.querySelector('nav')).display}`;
}));

const sweep = (label) => page.evaluate(async (STEP, label) => {
  const r = K.root(); const main = r.querySelector('nav .primary'); const back = r.querySelector('nav .back');
  const ctl = K.controls().filter((c) => c !== main && !c.closest('nav')?.contains(main) || c === back);
  const max = document.documentElement.scrollHeight - innerHeight;
  const st = new Map(ctl.map((c) => [c, { covered: 0, maxo: [0, 0], tapLost: 0, ok: false, seen: 0 }]));
  let backOver = [];
  for (let y = 0; y <= max + STEP; y += STEP) {
    scrollTo(0, Math.min(y, max)); await new Promise((f) => requestAnimationFrame(() => f()));
    for (const c of ctl) {
      if (!K.inView(c)) continue;
      const s = st.get(c); s.seen++;
      const o = main ? K.over(main, c) : null; const b = c.getBoundingClientRect();
      const h = K.hit((b.left + b.right) / 2, (b.top + b.bottom) / 2); const mine = h && (c === h || c.contains(h));
      if (o) { s.covered++; if (o[0] * o[1] > s.maxo[0] * s.maxo[1]) s.maxo = o; if (!mine) s.tapLost++; if (c === back) backOver.push(`y${Math.min(y, max)} ${o.join('x')}`); }
      // Tappable here: a band of it, 44 px tall (or whole if smaller), in view and not under the main button, whose centre hits it.
      const m = main?.getBoundingClientRect(); const top = Math.max(b.top, 0);
      const bot = Math.min(b.bottom, innerHeight, m && m.right > b.left && m.left < b.right && m.top > top ? m.top : Infinity);
      if (bot - top >= Math.min(44, b.height) - 1) { const h2 = K.hit((b.left + b.right) / 2, (top + bot) / 2); if (h2 && (c === h2 || c.contains(h2))) s.ok = true; }
    }
  }
  const small = ctl.filter((c) => { const b = c.getBoundingClientRect(); return b.height < 43.5 || b.width < 43.5; }).map((c) => `${K.name(c)} ${Math.round(c.getBoundingClientRect().width)}x${Math.round(c.getBoundingClientRect().height)}`);
  const covered = ctl.filter((c) => st.get(c).covered).map((c) => { const s = st.get(c); return `${K.name(c)} covered at ${s.covered}/${s.seen} positions (max ${s.maxo.join('x')}, tap lost at ${s.tapLost})`; });
  const never = ctl.filter((c) => !st.get(c).ok).map((c) => K.name(c));
  return `[${label}] max scroll ${max}, ${ctl.length} controls; Back under main: ${backOver.length ? backOver.slice(0, 6).join(', ') + (backOver.length > 6 ? ` …(${backOver.length})` : '') : 'never'}\n` +
    `     covered while scrolling (expected for a sticky bar): ${covered.length}${covered.length ? '\n       ' + covered.slice(0, 8).join('\n       ') : ''}\n` +
    `     never tappable (a 44px band uncovered) at any position: ${never.length ? never.join(', ') : 'none'}\n     under 44px: ${small.length ? small.join(', ') : 'none'}`;
}, STEP, label);

const navInfo = () => page.evaluate(() => {
  const r = K.root(); scrollTo(0, 1e6);
  const bs = [...r.querySelectorAll('nav button')];
  const main = r.querySelector('nav .primary'); const back = r.querySelector('nav .back');
  let rel = '';
  if (main && back) { const a = main.getBoundingClientRect(), b = back.getBoundingClientRect();
    rel = a.bottom <= b.top ? `main above Back, gap ${Math.round(b.top - a.bottom)}px, main right edge ${Math.round(a.right)} / Back left ${Math.round(b.left)}` : Math.abs(a.top - b.top) < 2 ? `one row, Back ${b.right < a.left ? 'left' : 'RIGHT'} of main, gap ${Math.round(a.left - b.right)}` : 'OTHER';
  }
  const box = r.querySelector('article').getBoundingClientRect();
  return `nav DOM order: ${bs.map((b) => `${K.name(b)} ${K.R(b)} ${getComputedStyle(b).position}`).join(' | ')}; ${rel}; article ${Math.round(box.left)}-${Math.round(box.right)}, main height ${main ? Math.round(main.getBoundingClientRect().height) : '-'} (${main ? Math.round(100 * main.getBoundingClientRect().height / innerHeight) : '-'}% of screen)`;
});

// Tab from the heading: every stop until focus leaves the lesson (or 40 stops).
const tabs = async () => {
  await page.evaluate(() => { K.root().querySelector('h3').focus(); });
  const out = [];
  for (let i = 0; i < 40; i++) {
    const y0 = await page.evaluate(() => scrollY);
    await page.keyboard.press('Tab'); await wait(80);
    const s = await page.evaluate((y0) => {
      const a = K.active(); if (!K.host().contains(a) && !K.host().shadowRoot.contains(a) && !K.deepAll('*', K.root()).includes(a)) return { out: true, n: K.name(a) };
      const main = K.root().querySelector('nav .primary');
      const o = a !== main && main ? K.over(main, a, 5) : null; const ab = a.getBoundingClientRect();
      // Of a 5x3 grid of points on it (the label's for a radio), how many a tap / the eye reaches (not under anything).
      const t = a.localName === 'input' ? a.closest('label') ?? a : a; const tb = t.getBoundingClientRect(); let vis = 0;
      for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) { const x = tb.left + tb.width * (i + 0.5) / 5, y = tb.top + tb.height * (j + 0.5) / 3;
        if (y < 0 || y > innerHeight) continue; const h = K.hit(x, y); if (h && (t === h || t.contains(h))) vis++; }
      const hid = vis < 15 ? ` <${vis}/15 points visible${vis ? '' : ': HIDDEN under ' + K.name(K.hit(tb.left + tb.width / 2, tb.top + tb.height / 2))}>` : '';
      if (o) o.push(`of ${Math.round(ab.width + 10)}x${Math.round(ab.height + 10)} with ring`);
      const ring = getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).outlineWidth;
      return { n: K.name(a) + (K.fully(a) ? '' : ' (NOT WHOLLY IN VIEW ' + K.R(a) + ')') + hid + (o ? ` [main over it/ring ${o[0]}x${o[1]} ${o[2]}]` : '') + (a.matches(':focus-visible') ? '' : ' (no :focus-visible)') + (ring.startsWith('none') ? ' NO RING' : '') + (Math.abs(scrollY - y0) > 1 ? ` {scroll ${Math.round(y0)}→${Math.round(scrollY)}, at ${K.R(a)}}` : '') };
    }, y0);
    if (s.out) { out.push(`→ leaves lesson: ${s.n}`); break; }
    out.push(s.n);
    // Not past the lesson's last button: in Firefox, Tab from the page's last link goes to the browser's own UI,
    // which then keeps the keys.
    if (await page.evaluate(() => K.active() === [...K.root().querySelectorAll('nav button')].pop())) { out.push('(the nav\'s last button)'); break; }
  }
  return out;
};

let k = 0;
for (; k < 20; k++) {
  const head = await page.evaluate(() => { const r = K.root(); const h = r.querySelector('h3'); return { sum: !!r.querySelector('[part~="summary"]'), t: `${r.querySelector('#counter')?.textContent.trim()} "${h?.textContent.trim()}" focus=${K.name(K.active())} h3 top=${Math.round(h.getBoundingClientRect().top)}`, quiz: !!r.querySelector('langkah-quiz') }; });
  log(`\n== ${head.t}`);
  if (head.sum) break;
  log('   ' + await navInfo());
  log('   ' + await sweep('read'));
  if (head.quiz) {
    const picked = await page.evaluate(async () => {
      const qs = K.deepAll('fieldset.q'); for (const q of qs) { q.querySelector('label.opt')?.click(); }
      await K.frame(); return `${qs.length} questions picked; main reads "${K.root().querySelector('nav .primary').textContent.trim()}"`;
    });
    log('   ' + picked);
    log('   ' + await sweep('picked'));
    log('   tab (picked): ' + (await tabs()).join(' → '));
    const checked = await page.evaluate(async () => {
      const bs = K.deepAll('fieldset.q > button'); const names = bs.map((b) => K.name(b)); for (const b of bs) { b.click(); await K.frame(); }
      await K.sleep(300); return `own buttons: ${names.join(', ')}; now main reads "${K.root().querySelector('nav .primary').textContent.trim()}"`;
    });
    log('   ' + checked);
    log('   ' + await sweep('checked'));
  } else log('   tab: ' + (await tabs()).join(' → '));
  // Back once from the 3rd step, then on again: focus and heading after each.
  if (k === 2) {
    const b = await page.evaluate(async () => { K.root().querySelector('nav .back').focus(); return K.name(K.active()); });
    await page.keyboard.press('Enter'); await wait(500);
    log('   Enter on ' + b + ' → ' + await page.evaluate(() => `${K.root().querySelector('#counter').textContent.trim()} focus=${K.name(K.active())} h3 top=${Math.round(K.root().querySelector('h3').getBoundingClientRect().top)}`));
    await page.evaluate(() => K.root().querySelector('nav .primary').focus()); await page.keyboard.press('Enter'); await wait(500);
  }
  // Next: Enter on the main button (twice if it warns about unanswered questions).
  for (let i = 0; i < 3; i++) {
    const before = await page.evaluate(() => K.root().querySelector('#counter').textContent + K.root().querySelector('h3').textContent);
    await page.evaluate(() => K.root().querySelector('nav .primary').focus()); await page.keyboard.press('Enter'); await wait(500);
    const after = await page.evaluate(() => K.root().querySelector('#counter').textContent + K.root().querySelector('h3').textContent);
    if (after !== before) break;
    log('   (main pressed, same step: ' + await page.evaluate(() => K.root().querySelector('nav [role=status]').textContent.trim() || K.root().querySelector('nav .primary').textContent.trim()) + ')');
  }
}
// Summary
log('   ' + await page.evaluate(() => { const r = K.root(); scrollTo(0, 1e6); return 'summary nav: ' + [...r.querySelectorAll('nav button')].map((b) => `${K.name(b)} ${K.R(b)} ${Math.round(b.getBoundingClientRect().height)}h`).join(' | '); }));
log('   ' + await sweep('summary'));
log('   tab: ' + (await tabs()).join(' → '));
await page.evaluate(() => [...K.root().querySelectorAll('nav button')].find((b) => /sebelumnya|Previous/.test(b.textContent)).focus());
await page.keyboard.press('Enter'); await wait(500);
log('   Enter on "Langkah sebelumnya" → ' + await page.evaluate(() => `${K.root().querySelector('#counter').textContent.trim()} focus=${K.name(K.active())} main "${K.root().querySelector('nav .primary').textContent.trim()}"`));
await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(500);
// Restart asks, cancel puts the focus back on Restart
const ask = await page.evaluate(async () => { const r = K.root(); const b = [...r.querySelectorAll('nav button')].find((x) => /Mulai lagi|Start again/.test(x.textContent)); b.click(); await K.sleep(300);
  const f = K.name(K.active()); const no = [...r.querySelectorAll('.confirm button, [part~=confirm] button')]; const names = no.map((x) => K.name(x)); no.at(-1)?.click(); await K.sleep(300); return `restart → focus ${f}, confirm buttons ${names.join(', ')}; cancel → focus ${K.name(K.active())}`; });
log('   ' + ask);
if (!FF && env.AX) {
  const snap = await page.accessibility.snapshot();
  const flat = []; const walk = (n, d) => { if (n.role !== 'none' && n.role !== 'generic' && (n.name || n.role !== 'StaticText')) flat.push(`${'  '.repeat(Math.min(d, 6))}${n.role} "${(n.name ?? '').slice(0, 50)}"`); (n.children ?? []).forEach((c) => walk(c, d + 1)); };
  walk(snap, 0); log(flat.slice(-14).join('\n'));
}
await browser.close(); srv.close(); process.exit(0);
