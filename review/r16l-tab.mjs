#!/usr/bin/env node
// Review 16l, item 1 (K1): Tab, then Shift+Tab, through every stop of one step, with real key presses (keydown and
// keyup apart, so that the browser's own scroll and the lesson's `clear` on keyup can be told apart).
// For each stop: after keydown (the browser's scroll) and after keyup + 3 frames (the lesson's), scrollY, how much of
// the focused control a hit test reaches (of 15 points), how many px of its focus ring lie under the stuck main
// button / bar ("under") or off the screen ("off"). A stop is flagged:
//   HIDDEN   0/15 reachable after keyup          PART    some points covered, or the ring under/off after keyup
//   EXTRA    the lesson scrolled although, after the browser's scroll, nothing of the control or ring was covered
//   FIXED    covered after keydown, clear after keyup (the fix at work)
//   MODE=zoom|font32|wide|short|WxH[xD] BROWSER=firefox PAGE=/lesson…html AT=5 STATES=plain,picked,checked
//   SITE=/tmp/r16l-pack-base: the pack built the same way at e971b56 (before the fix; see FINDINGS-16l.md).
//   CSSFIX=1: the alternative fix suggested in L1: before each walk, `scroll-margin-bottom` = the stuck thing's
//             height + 12 px on every focusable element of the lesson and its quizzes/checklists (0 in the nav), as
//             a ResizeObserver on the nav would keep it. Meant for the base pack (no keyup scroll).
import { open, lessonPage, toStep, slowServer, env, FF, wait, SITE } from './r16l-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const AT = +(env.AT ?? 5);
const STATES = (env.STATES ?? 'plain,picked,checked').split(',');
const srv = await slowServer(SITE, { lat: 10, hold: 0 });
const { browser, page } = await open(env.MODE ?? 'zoom');
await lessonPage(page, srv, PAGE);
await toStep(page, AT);
console.log(`${FF ? 'firefox' : 'chromium'} ${env.MODE ?? 'zoom'} ${PAGE} step ${AT} (${SITE})${env.CSSFIX ? ' CSSFIX' : ''}`);

const stop = () => page.evaluate(() => L.stop());
const fmt = (m) => `y ${m.y} vis ${m.vis}/15${m.under ? ` UNDER ${m.under}px` : ''}${m.off ? ` OFF ${m.off}px` : ''}${m.vis < 15 && m.by ? ` (by ${m.by})` : ''}`;
async function press(shift) {
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.down('Tab'); await wait(90);
  const m1 = await stop();
  await page.keyboard.up('Tab'); await page.evaluate(() => K.frame()); await page.evaluate(() => K.frame()); await wait(60);
  const m2 = await stop();
  if (shift) { await page.keyboard.up('Shift'); await page.evaluate(() => K.frame()); await wait(60); }
  const m3 = shift ? await stop() : m2;
  return { m1, m2, m3 };
}
const counts = { stops: 0, HIDDEN: 0, PART: 0, EXTRA: 0, FIXED: 0 };
// Neither walk leaves the lesson: in headless Firefox a Tab out of the page moves the keyboard focus into the browser's
// own UI, and keys then no longer reach the page as typed ones (no :focus-visible, no keyup in the lesson).
async function walk(label, shift, max = 40) {
  const lines = []; let n = 0;
  for (let i = 0; i < max; i++) {
    const y0 = await page.evaluate(() => Math.round(scrollY));
    const { m1, m2, m3 } = await press(shift);
    if (m1.out) { lines.push(`  ${shift ? '⇧Tab' : 'Tab'} → out of the lesson (${m1.name}) y ${y0}→${m1.y}`); break; }
    counts.stops++; n++;
    const flags = [];
    const bad1 = m1.under > 0 || m1.off > 0 || m1.vis < 15, bad3 = m3.under > 0 || m3.off > 0 || m3.vis < 15;
    if (m3.vis === 0) flags.push('HIDDEN'); else if (bad3) flags.push('PART');
    if (m2.y !== m1.y && !bad1) flags.push('EXTRA');
    if (bad1 && !bad3) flags.push('FIXED');
    if (m3.y !== m2.y) flags.push(`shift-keyup scrolled ${m2.y}→${m3.y}`);
    for (const f of flags) if (f in counts) counts[f]++;
    lines.push(`  ${shift ? '⇧Tab' : 'Tab'} → ${m1.name.padEnd(30)} ${m1.inNav ? '[nav] ' : ''}ring ${m3.ring} bar ${m3.bar} | keydown: y ${y0}→${m1.y} ${fmt(m1).replace(/^y \d+ /, '')} | keyup: ${m2.y !== m1.y ? `SCROLL ${m1.y}→${m2.y} ` : ''}${fmt(m3).replace(/^y -?\d+ /, '')}${m3.focusVisible ? '' : ' (no :focus-visible)'} ${flags.join(' ')}`);
    if (!shift && m1.inNav && (await page.evaluate(() => { const b = [...K.root().querySelectorAll('nav button')]; return K.active() === b.at(-1); }))) break;
  }
  console.log(`\n== ${label}\n${lines.join('\n')}`);
  return n;
}
for (const state of STATES) {
  if (state === 'picked') await page.evaluate(async () => { for (const q of K.deepAll('fieldset.q')) q.querySelector('label.opt')?.click(); for (const c of K.deepAll('langkah-checklist')) c.shadowRoot.querySelector('label.opt')?.click(); await K.frame(); });
  if (state === 'checked') { await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(700); }
  const info = await page.evaluate(() => { const b = L.bar(); return `main "${K.root().querySelector('nav .primary')?.textContent.trim().replace(/\s+/g, ' ')}", stuck ${b ? b.localName + (b.className ? '.' + b.className : '') + ' ' + Math.round(b.getBoundingClientRect().height) + 'px' : 'none'}, nav display ${getComputedStyle(K.root().querySelector('nav')).display}`; });
  if (env.CSSFIX) await page.evaluate(() => {
    const h = Math.ceil(L.bar()?.getBoundingClientRect().height ?? 0) + 12;
    const css = `:is(button, input, a[href], summary, label, [tabindex]) { scroll-margin-bottom: ${h}px } nav button { scroll-margin-bottom: 0 }`;
    for (const r of [K.root(), ...K.deepAll('langkah-quiz, langkah-checklist').map((q) => q.shadowRoot)]) {
      r.adoptedStyleSheets = r.adoptedStyleSheets.filter((x) => !x.fix16l); const st = new CSSStyleSheet(); st.fix16l = true; st.replaceSync(css); r.adoptedStyleSheets = [...r.adoptedStyleSheets, st]; }
  });
  await page.evaluate(() => K.root().querySelector('h3').focus());
  const n = await walk(`${state}: ${info}; Tab from the heading`, false);
  await walk(`${state}: Shift+Tab back from there to the first stop`, true, n - 1);
}
console.log(`\ntotals: ${JSON.stringify(counts)}`);
await browser.close(); srv.close(); process.exit(0);
