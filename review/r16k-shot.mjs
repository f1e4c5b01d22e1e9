#!/usr/bin/env node
// Review 16k: screenshots of the element on step AT (default 2) and on the last step, scrolled to the bottom and to
// a middle point (main stuck), into SHOTS (default /tmp/r16k-shots). MODE as r16k-lib.mjs; HOLD=blocked: the
// prerendered steps without the script instead (Next summaries clicked to the step).
import { open, slowServer, env, FF, wait } from './r16k-lib.mjs';
import { mkdirSync } from 'node:fs';
const SHOTS = env.SHOTS ?? '/tmp/r16k-shots'; mkdirSync(SHOTS, { recursive: true });
const PRE = env.HOLD === 'blocked';
const srv = await slowServer('/tmp/r16k-pack', { lat: 10, hold: PRE ? Infinity : 0 });
const { browser, page } = await open();
await page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { waitUntil: 'load' }).catch(() => {});
if (PRE) await page.waitForFunction(() => K.root()?.querySelector('.pe'));
else await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 30000 });
await wait(400);
const tag = `${FF ? 'ff' : 'cr'}-${env.MODE ?? 'font32'}${PRE ? '-pre' : ''}${env.FORCED ? '-forced' : ''}`;
const next = () => page.evaluate(() => PRE_NEXT());
await page.evaluate((PRE) => { window.PRE_NEXT = PRE
  ? () => { const r = K.root(); [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click(); }
  : () => K.root().querySelector('nav .primary').click(); }, PRE);
const AT = +(env.AT ?? 2); let k = 1;
for (; k < AT; k++) { await next(); await wait(350); }
const shoot = async (name) => {
  await page.evaluate(() => scrollTo(0, 1e6)); await wait(150); await page.screenshot({ path: `${SHOTS}/${tag}-${name}-bottom.png` });
  await page.evaluate(() => { const r = K.root(); const b = r.querySelector('nav .back, .pe > :not([open]):has(+ [open]) > summary'); scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 10); }); await wait(150);
  await page.screenshot({ path: `${SHOTS}/${tag}-${name}-backedge.png` });
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2)); await wait(150); await page.screenshot({ path: `${SHOTS}/${tag}-${name}-mid.png` });
};
await shoot(`step${AT}`);
for (let i = 0; i < 10; i++) { const last = await page.evaluate((PRE) => PRE ? !K.root().querySelector('.pe > [open] + details') && !!K.root().querySelector('.pe > [open]') : /Selesai|Finish/.test(K.root().querySelector('nav .primary')?.textContent ?? ''), PRE); if (last) break; await next(); await wait(350); }
await shoot('last');
if (PRE && env.LATE) { await page.evaluate(() => { K.root().querySelector('.pe').getAnimations()[0].currentTime = 60000; }); await wait(200); await shoot('last-late'); }
console.log('shots', `${SHOTS}/${tag}-*`);
await browser.close(); srv.close(); process.exit(0);
