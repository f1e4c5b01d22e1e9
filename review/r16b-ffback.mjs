import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
await page.setRequestInterception(true);
page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? r.abort() : r.continue()));
await page.goto('http://127.0.0.1:8726/public/langkah-kami/plain.html', { waitUntil: 'load' });
const st = () => page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return `open=${[...r.querySelectorAll('.pe [open]')].map((d) => d.dataset.step)} focus=${a.localName}[${a.parentElement?.dataset?.step}] "${a.innerText?.trim().slice(0, 20)}"`; });
const foc = (re) => page.evaluate((re) => [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && new RegExp(re).test(x.innerText.trim())).focus(), re);
for (let i = 0; i < 3; i++) { await foc('^Lanjut'); await page.keyboard.press('Enter'); }
console.log('at', await st());
await foc('Kembali$'); console.log('focused Back by script', await st());
await page.keyboard.press('Enter'); await new Promise((r) => setTimeout(r, 300)); console.log('Enter', await st());
await foc('Kembali$'); await page.keyboard.press(' '); await new Promise((r) => setTimeout(r, 300)); console.log('Space', await st());
await foc('Kembali$'); await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift'); await page.keyboard.press('Tab'); console.log('shift-tab+tab', await st());
await page.keyboard.press('Enter'); await new Promise((r) => setTimeout(r, 300)); console.log('Enter', await st());
await browser.close();
