#!/usr/bin/env node
// Review 16l, item 1: the keyboard on Next / Back themselves, the check of a whole step by the main button, and the
// summary. From step FROM (default 4) of PAGE: Tab to the main button, Enter (then Space) → the new step: where its h3
// stands and what is focused once it settles; Shift+Tab is not needed (Back follows the main button): Tab to Back,
// Enter → the step before. Then on the quiz step (QUIZ, default 5), picks made, Enter on the main "Periksa jawaban":
// where the first wrong question and the focus end. Then Home / PageUp / ArrowUp with the focus on a step's heading.
// Then the summary: Tab through it, Enter on "Mulai lagi", Tab through the question, Enter on "Batal".
//   MODE=zoom|font32|wide BROWSER=firefox SITE=/tmp/r16k-pack (before the fix)
import { open, lessonPage, toStep, slowServer, env, FF, wait, SITE } from './r16l-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const FROM = +(env.FROM ?? 4), QUIZ = +(env.QUIZ ?? 5);
const srv = await slowServer(SITE, { lat: 10, hold: 0 });
const log = (...a) => console.log(...a);
const frames = async (page) => { await page.evaluate(() => K.frame()); await page.evaluate(() => K.frame()); await wait(60); };
const state = (page) => page.evaluate(() => {
  const r = K.root(); const h3 = r.querySelector('h3'); const a = K.active();
  return `y ${Math.round(scrollY)} | ${r.querySelector('#counter')?.textContent.trim()} | h3 ${h3 ? K.R(h3).split('x')[1] : '-'} | focus ${K.name(a)} ${a && a !== document.body ? K.R(a).split('x')[1] : ''}`;
});
async function key(page, k, label = k) {
  const y0 = await page.evaluate(() => Math.round(scrollY));
  await page.keyboard.down(k); await wait(90); const y1 = await page.evaluate(() => Math.round(scrollY));
  await page.keyboard.up(k); await frames(page); const y2 = await page.evaluate(() => Math.round(scrollY));
  await wait(700);
  log(`  ${label.padEnd(8)} y ${y0} → keydown ${y1} → keyup ${y2} → settled: ${await state(page)}`);
}
const tabTo = async (page, re) => { for (let i = 0; i < 25; i++) { await page.keyboard.press('Tab'); await frames(page); if (re.test(await page.evaluate(() => K.name(K.active())))) return true; } log('  (not reached: ' + re + ')'); return false; };
log(`${FF ? 'firefox' : 'chromium'} ${env.MODE ?? 'zoom'} ${PAGE} (${SITE})`);
const { browser, page } = await open(env.MODE ?? 'zoom');
await lessonPage(page, srv, PAGE); await toStep(page, FROM - 1);
await page.evaluate(() => K.root().querySelector('h3').focus()); await wait(100);
log(`\n== Next and Back by keyboard; start: ${await state(page)}`);
await tabTo(page, /primary/); log(`  Tab to main: ${await state(page)}`);
await key(page, 'Enter', 'Enter');
await tabTo(page, /primary/); log(`  Tab to main: ${await state(page)}`);
await key(page, ' ', 'Space');
await tabTo(page, /Kembali/); log(`  Tab to Back: ${await state(page)}`);
await key(page, 'Enter', 'Enter');
await tabTo(page, /Kembali/); log(`  Tab to Back: ${await state(page)}`);
await key(page, ' ', 'Space');

log(`\n== the heading focused, scroll keys`);
await toStep(page, FROM);
await page.evaluate(() => K.root().querySelector('h3').focus()); await wait(300);
log(`  start: ${await state(page)}`);
await key(page, 'PageDown'); await key(page, 'PageDown'); await key(page, 'PageUp'); await key(page, 'Home');

log(`\n== step ${QUIZ}, picks made, Enter on the main button`);
await toStep(page, QUIZ);
await page.evaluate(async () => { for (const q of K.deepAll('fieldset.q')) q.querySelector('label.opt')?.click(); await K.frame(); });
await page.evaluate(() => K.root().querySelector('h3').focus());
await tabTo(page, /primary/); log(`  Tab to main: ${await state(page)}`);
await key(page, 'Enter', 'Enter');
log(`  first wrong question's legend: ${await page.evaluate(() => K.deepAll('fieldset.q').filter((q) => q.querySelector('.feedback.wrong')).map((q) => K.R(q.querySelector('legend')).split('x')[1]).join(', '))}`);

log(`\n== summary`);
await toStep(page, 99);
await page.evaluate(() => { const h = K.root().querySelector('h3, h2'); h.tabIndex = -1; h.focus(); }); await wait(200);
log(`  start: ${await state(page)}`);
for (let i = 0; i < 4; i++) { await key(page, 'Tab'); }
await page.evaluate(() => [...K.root().querySelectorAll('nav button')].at(-1).focus());
log(`  on: ${await state(page)}`);
await key(page, 'Enter', 'Enter');
for (let i = 0; i < 2; i++) await key(page, 'Tab');
const batal = await page.evaluate(() => { const b = K.deepAll('button').find((x) => /Batal|Cancel/.test(x.textContent)); b?.focus(); return !!b; });
if (batal) await key(page, 'Enter', 'Enter Batal');
await browser.close(); srv.close(); process.exit(0);
