#!/usr/bin/env node
// Review 16l, item 1: keys other than Tab, with the focus on a control of the quiz step (step AT of PAGE). The lesson's
// `clear` runs on every key's release, whichever key it was. For each key: scrollY before, after keydown (the
// browser's own action) and after keyup + 3 frames (the lesson's), and where the focused control and (for a check)
// the verdict stand.
//   scroll: Tab to the 2nd question's button ("Periksa jawaban"), then ArrowUp x6, PageUp, Home, End, Space-less
//           ArrowDown x3, PageDown: can a keyboard learner scroll the page up to re-read the question?
//   check:  picks made; Tab to the chat question's "Kirim balasan" and press Enter (then, fresh, Space), compared
//           with a mouse click on it: where the verdict the quiz scrolls into view ends up.
//   radio:  ArrowDown / ArrowUp between the options of the 2nd question.
//   wheel:  Tab to "Kirim balasan", then the mouse wheel scrolls up 600 px (the button goes below the screen), then
//           Shift alone (as for a capital letter or a shortcut), then Control alone.
//   tap:    a mouse click (and, in Chromium, a touch tap) on an option just above the stuck button: any scroll?
//   MODE=zoom|font32|wide BROWSER=firefox TESTS=scroll,check,radio,tap SITE=/tmp/r16k-pack (before the fix)
import { open, lessonPage, toStep, slowServer, env, FF, wait, SITE } from './r16l-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const AT = +(env.AT ?? 5);
const TESTS = (env.TESTS ?? 'scroll,check,radio,tap').split(',');
const srv = await slowServer(SITE, { lat: 10, hold: 0 });
const log = (...a) => console.log(...a);
const frames = async (page) => { await page.evaluate(() => K.frame()); await page.evaluate(() => K.frame()); await wait(60); };
const where = (page) => page.evaluate(() => {
  const a = K.active(); const s = L.stop(); if (s.out) return { y: s.y, txt: 'focus outside the lesson: ' + s.name }; const v = K.deepAll('.verdict').map((n) => K.R(n).split('x')[1]).join(',');
  return { y: s.y, txt: `${s.name} ${s.rect.split('x')[1]} vis ${s.vis}/15${s.under ? ' UNDER ' + s.under : ''}${s.off ? ' OFF ' + s.off : ''}${v ? ' | verdicts y ' + v : ''}` };
});
async function key(page, k, label = k) {
  const y0 = (await where(page)).y;
  await page.keyboard.down(k); await wait(90); const a = await where(page);
  await page.keyboard.up(k); await frames(page); const b = await where(page);
  // Chromium animates keyboard scrolling: the end of it, 700 ms on, is what the learner is left with.
  await wait(700); const c = await where(page);
  log(`  ${label.padEnd(10)} y ${y0} → keydown ${a.y} → keyup ${b.y} → settled ${c.y} (${c.y - y0 >= 0 ? '+' : ''}${c.y - y0}) | ${c.txt}`);
  return { y0, a, b: c };
}
async function fresh(state) {
  const { browser, page } = await open(env.MODE ?? 'zoom');
  await lessonPage(page, srv, PAGE); await toStep(page, AT);
  if (state === 'picked') await page.evaluate(async () => { for (const q of K.deepAll('fieldset.q')) q.querySelector('label.opt')?.click(); await K.frame(); });
  await page.evaluate(() => K.root().querySelector('h3').focus()); await wait(100);
  return { browser, page };
}
const tabTo = async (page, re) => { for (let i = 0; i < 20; i++) { await page.keyboard.press('Tab'); await frames(page); if (re.test(await page.evaluate(() => K.name(K.active())))) return true; } return false; };
log(`${FF ? 'firefox' : 'chromium'} ${env.MODE ?? 'zoom'} ${PAGE} step ${AT} (${SITE})`);

if (TESTS.includes('scroll')) {
  const { browser, page } = await fresh('plain');
  // The 2nd "Periksa jawaban" (the true/false question's own button).
  await tabTo(page, /Kirim balasan/); await tabTo(page, /Periksa jawaban/);
  log(`\n== scroll keys, focus on ${await page.evaluate(() => K.name(K.active()))} (innerHeight ${await page.evaluate(() => innerHeight)})`);
  for (let i = 0; i < 6; i++) await key(page, 'ArrowUp');
  await key(page, 'PageUp'); await key(page, 'PageUp'); await key(page, 'Home');
  await key(page, 'End');
  for (let i = 0; i < 3; i++) await key(page, 'ArrowDown');
  await key(page, 'PageDown');
  // The same with nothing of the lesson focused: the page's own scroll, for comparison.
  await page.evaluate(() => { K.active()?.blur(); document.activeElement?.blur?.(); });
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2)); await wait(100);
  log(`  (focus on ${await page.evaluate(() => K.name(document.activeElement))}, for comparison)`);
  for (let i = 0; i < 2; i++) await key(page, 'ArrowUp');
  await key(page, 'PageUp');
  await browser.close();
}

if (TESTS.includes('check')) {
  for (const how of ['Enter', 'Space', 'mouse']) {
    const { browser, page } = await fresh('picked');
    await tabTo(page, /Kirim balasan/);
    log(`\n== check by ${how} on ${await page.evaluate(() => K.name(K.active()))}`);
    if (how === 'mouse') {
      const c = await page.evaluate(() => { const b = K.active().getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; });
      const y0 = (await where(page)).y; await page.mouse.click(c[0], c[1]); await frames(page); await wait(300); const b = await where(page);
      log(`  click      y ${y0} → ${b.y} | ${b.txt}`);
    } else {
      await key(page, how === 'Space' ? ' ' : 'Enter', how);
      await wait(400); const b = await where(page); log(`  400 ms on  y ${b.y} | ${b.txt}`);
      // Back up to the verdict with the keyboard?
      if (how === 'Enter') { await key(page, 'PageUp'); await key(page, 'PageUp'); await key(page, 'ArrowUp'); await key(page, 'ArrowUp'); }
    }
    await browser.close();
  }
}

if (TESTS.includes('radio')) {
  const { browser, page } = await fresh('plain');
  await tabTo(page, /Kirim balasan/); await tabTo(page, /^input/);
  log(`\n== arrows in the 2nd question's radio group`);
  await key(page, 'ArrowDown'); await key(page, 'ArrowUp'); await key(page, 'ArrowDown');
  await browser.close();
}

if (TESTS.includes('wheel')) {
  const { browser, page } = await fresh('plain');
  await tabTo(page, /Kirim balasan/);
  log(`\n== wheel, then a modifier alone; focus on ${await page.evaluate(() => K.name(K.active()))} (${(await where(page)).txt})`);
  const c = await page.evaluate(() => [innerWidth / 2, innerHeight / 3]);
  await page.mouse.move(c[0], c[1]);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel({ deltaY: -100 }); await wait(120); }
  await wait(600); const w = await where(page); log(`  wheel -600 → y ${w.y} | ${w.txt}`);
  await key(page, 'Shift'); await key(page, 'Control');
  await browser.close();
}

if (TESTS.includes('tap')) {
  const { browser, page } = await fresh('plain');
  log(`\n== a tap on an option just above the stuck button`);
  for (const via of FF ? ['mouse'] : ['mouse', 'touch']) {
    const c = await page.evaluate(() => {
      const bar = L.bar().getBoundingClientRect(); const opts = K.deepAll('label.opt');
      // Scroll so that an option's bottom is 4 px above the bar (its label text partly covered is not needed).
      const o = opts[2]; scrollBy(0, o.getBoundingClientRect().bottom - bar.top + 4);
      const b = o.getBoundingClientRect(); return [b.left + 12, b.top + 8];
    });
    await wait(150); const y0 = (await where(page)).y;
    if (via === 'mouse') await page.mouse.click(c[0], c[1]); else await page.touchscreen.tap(c[0], c[1]);
    await frames(page); await wait(200); const b = await where(page);
    log(`  ${via.padEnd(6)} y ${y0} → ${b.y}${b.y !== y0 ? ' SCROLLED' : ' (no scroll)'} | ${b.txt}`);
    // Then a key (Shift alone, as a learner reaching for a capital letter or a shortcut would).
    await key(page, 'Shift', 'then Shift');
  }
  await browser.close();
}
srv.close(); process.exit(0);
