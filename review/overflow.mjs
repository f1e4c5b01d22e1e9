// Which elements stick out past a 360 px phone screen (so the page scrolls sideways)?
//   node review/overflow.mjs URL [paste-file]   (paste-file: report messages pasted into <langkah-roster> first)
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const [url, paste] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.setViewport({ width: 360, height: 640, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
await p.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
if (paste) {
  await p.waitForFunction(() => document.querySelector('langkah-roster')?.shadowRoot?.querySelector('#paste'));
  await p.evaluate((t) => { const r = document.querySelector('langkah-roster').shadowRoot; const a = r.querySelector('#paste'); a.value = t; a.dispatchEvent(new Event('input')); r.querySelector('button.primary[type=submit]').click(); }, readFileSync(paste, 'utf8'));
  await new Promise((r) => setTimeout(r, 1500));
}
const out = await p.evaluate(() => {
  const w = document.documentElement.clientWidth; const res = [];
  const walk = (root) => { for (const e of root.querySelectorAll('*')) { if (e.closest('.scroll')) continue; const r = e.getBoundingClientRect(); if (r.right > w + 1 && r.width) res.push(`${e.tagName}.${e.className} ${Math.round(r.left)}-${Math.round(r.right)}`); if (e.shadowRoot) walk(e.shadowRoot); } };
  walk(document); return { scrollWidth: document.documentElement.scrollWidth, clientWidth: w, outside: res.slice(0, 15) };
});
console.log(JSON.stringify(out, null, 1));
await b.close();
