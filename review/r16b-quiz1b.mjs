// Review 16b: a quiz in the first step, page loaded normally (no delay, no pick): is the quiz there after hydration?
import puppeteer from 'puppeteer-core';
const FF = process.env.BROWSER === 'firefox';
const browser = await puppeteer.launch(FF ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('  [console]', m.text().slice(0, 200)));
page.on('response', (r) => { if (r.status() >= 400) console.log('  [http]', r.status(), r.url()); });
page.on('pageerror', (e) => console.log('  [pageerror]', e.message.slice(0, 200)));
await page.goto('http://127.0.0.1:8726/public/kuis/' + (process.env.PAGE ?? 'page.html') + '', { waitUntil: 'load' });
for (const t of [0, 3000]) {
  await new Promise((r) => setTimeout(r, t));
  console.log(`${FF ? 'ff' : 'cr'} +${t}ms`, await page.evaluate(() => { const el = document.querySelector('langkah-lesson'); const q = el.shadowRoot.querySelector('langkah-quiz'); return `prerendered=${el.hasAttribute('prerendered')} quiz defined=${!!customElements.get('langkah-quiz')} kids=${q?.shadowRoot?.childElementCount} text="${q?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80)}"`; }));
}
await browser.close();
