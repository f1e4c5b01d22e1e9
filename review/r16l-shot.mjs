#!/usr/bin/env node
// Review 16l, items 1 and 3: screenshots into SHOTS (default /tmp/r16l-shots). MODE as r16k-lib.mjs; FORCED=1 for
// forced colours (Chromium emulated, Firefox browser.display.document_color_use=2).
//   element: quiz step (AT, default 5), picks made, real Tabs from the heading to the third question's own
//            "Periksa jawaban" (after the lesson's keyup scroll) → <tag>-tab-check3.png; then Enter on the chat
//            question's "Kirim balasan" → <tag>-enter-send.png (where the verdict went).
//   HOLD=blocked: the prerendered steps instead: the middle step (4 of 6) scrolled to the middle, then the last step
//            before and after the minute.
import { open, slowServer, env, FF, wait, SITE } from './r16l-lib.mjs';
import { mkdirSync } from 'node:fs';
const SHOTS = env.SHOTS ?? '/tmp/r16l-shots'; mkdirSync(SHOTS, { recursive: true });
const PRE = env.HOLD === 'blocked';
const srv = await slowServer(SITE, { lat: 10, hold: PRE ? Infinity : 0 });
const { browser, page } = await open(env.MODE ?? 'zoom');
const tag = `${FF ? 'ff' : 'cr'}-${env.MODE ?? 'zoom'}${PRE ? '-pre' : ''}${env.FORCED ? '-forced' : ''}`;
await page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { waitUntil: 'load' }).catch(() => {});
const frames = async () => { await page.evaluate(() => K.frame()); await page.evaluate(() => K.frame()); await wait(80); };
if (PRE) {
  await page.waitForFunction(() => K.root()?.querySelector('.pe'));
  const nextSummary = () => page.evaluate(() => { const r = K.root(); [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click(); });
  for (let k = 0; k < 4; k++) { await nextSummary(); await wait(200); }
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)); await wait(200);
  await page.screenshot({ path: `${SHOTS}/${tag}-mid.png` });
  for (let k = 0; k < 4; k++) { await nextSummary(); await wait(200); }
  await page.evaluate(() => scrollTo(0, 1e6)); await wait(200); await page.screenshot({ path: `${SHOTS}/${tag}-last-bottom.png` });
  await page.evaluate(() => { K.root().querySelector('.pe').getAnimations()[0].currentTime = 60000; }); await wait(200);
  await page.screenshot({ path: `${SHOTS}/${tag}-last-late.png` });
} else {
  await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
  await wait(400);
  for (let k = 1; k < +(env.AT ?? 5); k++) { await page.evaluate(() => K.root().querySelector('nav .primary').click()); await wait(350); }
  await page.evaluate(async () => { for (const q of K.deepAll('fieldset.q')) q.querySelector('label.opt')?.click(); await K.frame(); });
  await page.evaluate(() => K.root().querySelector('h3').focus());
  let n = 0;
  for (let i = 0; i < 12; i++) { await page.keyboard.press('Tab'); await frames(); if (/Periksa jawaban/.test(await page.evaluate(() => K.name(K.active()))) && ++n === 2) break; }
  await wait(200);
  console.log(await page.evaluate(() => JSON.stringify(L.stop())));
  await page.screenshot({ path: `${SHOTS}/${tag}-tab-check3.png` });
  await page.evaluate(() => K.root().querySelector('h3').focus());
  for (let i = 0; i < 6; i++) { await page.keyboard.press('Tab'); await frames(); if (/Kirim balasan/.test(await page.evaluate(() => K.name(K.active())))) break; }
  await page.keyboard.press('Enter'); await wait(600);
  console.log(await page.evaluate(() => JSON.stringify({ ...L.stop(), verdicts: K.deepAll('.verdict').map((v) => K.R(v)) })));
  await page.screenshot({ path: `${SHOTS}/${tag}-enter-send.png` });
}
console.log('shots', `${SHOTS}/${tag}-*`);
await browser.close(); srv.close(); process.exit(0);
