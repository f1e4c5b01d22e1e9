#!/usr/bin/env node
// Review 16l: review/r16k-diff.mjs with Back found by its words (6d64d5c dropped class="back") and SITE (default /tmp/r16l-pack).
// Review 16k: what moves at the take-over on one step (AT, default 3 = the 4th) at one size (SIZE=WxH[xD]): the rects
// of the header, title, the "listen" place, each block of the step, Next and Back, before (prerendered steps, bundle
// held until HOLD ms) and after (the element), the page scrolled so the step's title is at the top. FIXEAR=css: see below.
//   SIZE=180x320x2 AT=3 BROWSER=firefox node review/r16k-diff.mjs
import puppeteer from 'puppeteer-core';
import { env, FF, LIB, slowServer, wait } from './r16k-lib.mjs';
const HOLD = +(env.HOLD ?? 6000); const AT = +(env.AT ?? 3);
const srv = await slowServer(env.SITE ?? '/tmp/r16l-pack', { lat: 20, hold: HOLD });
const browser = FF ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage(); const [w, h, d] = (env.SIZE ?? '180x320x2').split('x').map(Number);
await page.setViewport({ width: w, height: h, deviceScaleFactor: d || 1 }); await page.evaluateOnNewDocument(LIB);
srv.nav = Date.now(); page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html'), { timeout: 120000 }).catch(() => {});
await page.waitForFunction(() => window.K && K.host()?.shadowRoot?.querySelector('.pe summary'), { timeout: 30000 });
await page.evaluate(async (AT) => { const r = K.root(); for (let k = 0; k < AT; k++) { [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click(); await K.frame(); }
  const t = r.querySelector('.pe > [open] h3'); scrollTo(0, scrollY + t.getBoundingClientRect().top - 4); }, AT);
await wait(200);
// FIXEAR=css: that CSS added to the shadow root before measuring (a candidate fix for the "listen" place; adopted: the pack's CSP blocks a <style>).
if (env.FIXEAR) await page.evaluate((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); K.root().adoptedStyleSheets = [...K.root().adoptedStyleSheets, s]; }, env.FIXEAR);
const parts = () => page.evaluate(() => {
  const r = K.root(); const pre = !!r.querySelector('.pe'); const o = pre ? r.querySelector('.pe > [open]') : r.querySelector('article');
  const q = (s) => o.querySelector(s);
  const list = { h2: q('h2'), counter: q('.counter'), progress: q('progress'), h3: q('h3'), listen: pre ? q('.ear button') : q('.listen'), why: pre ? q('.ear .why, .ear #no-voice') : q('#no-voice') };
  [...o.querySelectorAll('.step > :not(.head)')].forEach((n, i) => (list['block' + i + ':' + n.localName] = n));
  list.next = pre ? r.querySelector('.pe > [open] + :not([open])') : r.querySelector('nav .primary');
  list.back = pre ? r.querySelector('.pe > :not([open]):has(+ [open]) > summary') : [...r.querySelectorAll('nav button')].find((b) => /Kembali|Back/.test(b.textContent));
  const out = {}; for (const [k, n] of Object.entries(list)) out[k] = n ? `${K.R(n)} ${getComputedStyle(n).fontSize}${n.localName === 'button' ? ' "' + n.textContent.trim() + '"' : ''} mt=${getComputedStyle(n).marginTop} mb=${getComputedStyle(n).marginBottom}` : '-';
  return out;
});
const a = await parts();
await page.waitForFunction(() => !K.host().hasAttribute('prerendered') && K.root().querySelector('nav button'), { timeout: 60000 }); await wait(1200);
const b = await parts();
console.log(`${FF ? 'ff' : 'cr'} ${env.SIZE ?? '180x320x2'} step ${AT + 1}`);
for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) console.log(`  ${k.padEnd(12)} ${a[k] === b[k] ? '= ' + a[k] : `${a[k]}\n  ${''.padEnd(12)} → ${b[k]}`}`);
await browser.close(); srv.close(); process.exit(0);
