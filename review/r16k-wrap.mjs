#!/usr/bin/env node
// Review 16k: why the prerendered Next / "Memuat…" and Back stay on one row where the element's wrap (SIZE, default
// 330x587): the flex items' exact widths, flex properties and the line's width, before (bundle held) and after.
import puppeteer from 'puppeteer-core';
import { env, FF, LIB, slowServer, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 20, hold: +(env.HOLD ?? 5000) });
const browser = FF ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage(); const [w, h] = (env.SIZE ?? '330x587').split('x').map(Number);
await page.setViewport({ width: w, height: h }); await page.evaluateOnNewDocument(LIB);
srv.nav = Date.now(); page.goto(srv.base + '/lesson.harga-pokok.diskon-tanpa-rugi.id.html').catch(() => {});
await page.waitForFunction(() => window.K && K.host()?.shadowRoot?.querySelector('.pe summary'), { timeout: 30000 });
await page.evaluate(async (n) => { const r = K.root(); for (let k = 0; k < n; k++) { [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut/.test(s.textContent)).pop()?.click(); await K.frame(); } }, +(env.AT ?? 3));
const m = () => page.evaluate(() => { const r = K.root(); const pre = !!r.querySelector('.pe');
  const items = pre ? [r.querySelector('.pe > :not([open]):has(+ [open])'), r.querySelector('.pe > [open] + :not([open])')] : [r.querySelector('nav .back'), r.querySelector('nav .primary')];
  const box = pre ? r.querySelector('.pe') : r.querySelector('nav'); const cs = getComputedStyle(box);
  const f = (n) => { const c = getComputedStyle(n); const b = n.getBoundingClientRect(); return `${K.name(n).slice(0, 22)} x${b.left.toFixed(2)} w${b.width.toFixed(2)} flex ${c.flex} minW ${c.minWidth} ml ${c.marginLeft} order ${c.order}`; };
  const bb = box.getBoundingClientRect();
  return `${pre ? 'pre' : 'element'}: line ${(bb.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth)).toFixed(2)} gap ${cs.columnGap} | ${items.map(f).join(' | ')}`; });
console.log(w, await m());
await page.waitForFunction(() => !K.host().hasAttribute('prerendered') && K.root().querySelector('nav button'), { timeout: 60000 }); await wait(800);
console.log(w, await m());
await browser.close(); srv.close(); process.exit(0);
