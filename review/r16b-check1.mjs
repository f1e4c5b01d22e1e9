// Review 16b: a checklist in the first step (lesson kuis/dua, page2.html): before and after hydration.
import puppeteer from 'puppeteer-core';
const FF = process.env.BROWSER === 'firefox';
const browser = await puppeteer.launch(FF ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => { if (!/Failed to load/.test(m.text())) console.log('  [console]', m.text().slice(0, 160)); });
await page.setRequestInterception(true);
page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? setTimeout(() => r.continue().catch(() => {}), 4000) : r.continue()));
page.goto('http://127.0.0.1:8726/public/kuis/page2.html', { waitUntil: 'load', timeout: 60000 }).catch(() => {});
const look = () => page.evaluate(() => { const el = document.querySelector('langkah-lesson'); const c = el?.shadowRoot?.querySelector('langkah-checklist'); const ins = c?.shadowRoot ? [...c.shadowRoot.querySelectorAll('input')].map((i) => `${i.type}:${i.checked}`) : []; return `pre=${el?.hasAttribute('prerendered')} checklist kids=${c?.shadowRoot?.childElementCount} inputs=${JSON.stringify(ins)}`; });
await new Promise((r) => setTimeout(r, 1200)); console.log(`${FF ? 'ff' : 'cr'} before script:`, await look());
await new Promise((r) => setTimeout(r, 6000)); console.log(`${FF ? 'ff' : 'cr'} after script:`, await look());
await browser.close();
