// Review 16b: F1 in Firefox: a click on the open step's title, before the script. node review/r16b-fftap.mjs
import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
await page.setRequestInterception(true);
page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? r.abort() : r.continue()));
await page.goto('http://127.0.0.1:8726/public/langkah-kami/plain.html', { waitUntil: 'load' });
const shown = () => page.evaluate(() => [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('*')].filter((n) => !n.children.length && /^Langkah \d+ dari \d+$/.test(n.textContent.trim()) && n.checkVisibility()).map((n) => n.textContent.trim()).join(','));
const next = async () => { const h = await page.evaluateHandle(() => [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && /^Lanjut/.test(x.innerText.trim()))); await h.asElement().click(); };
await next(); await next();
console.log('after two Next taps:', await shown());
const t = await page.evaluateHandle(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('.pe [open] h3'));
await t.asElement().click(); await new Promise((r) => setTimeout(r, 300));
console.log('after a tap on the step title:', await shown());
await browser.close();
