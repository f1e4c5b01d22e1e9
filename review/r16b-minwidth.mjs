// Review 16b F3: the 200 % overflow of an open no-script step, as built and with `.pe > [open] { min-width: 0 }`.
import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setViewport({ width: 180, height: 320, deviceScaleFactor: 4 });
await page.setRequestInterception(true);
page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? r.abort() : r.continue()));
await page.goto('http://127.0.0.1:8726/public/langkah-kami/plain.html', { waitUntil: 'load' });
await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; for (let i = 0; i < 2; i++) [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && /^Lanjut/.test(x.innerText.trim())).click(); });
const m = () => page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; const o = r.querySelector('.pe [open]'); const pe = r.querySelector('.pe'); return `overflow ${document.documentElement.scrollWidth - innerWidth}, pe ${Math.round(pe.getBoundingClientRect().width)} open ${Math.round(o.getBoundingClientRect().width)} ${getComputedStyle(o).minWidth}`; });
console.log('as built:', await m());
await page.evaluate(() => { const s = new CSSStyleSheet(); s.replaceSync('.pe > [open] { min-width: 0 }'); const r = document.querySelector('langkah-lesson').shadowRoot; r.adoptedStyleSheets = [...r.adoptedStyleSheets, s]; });
console.log('with .pe > [open] { min-width: 0 }:', await m());
await page.screenshot({ path: '/tmp/r16b-shots/zoom200-minwidth0.png' });
await browser.close();
