#!/usr/bin/env node
// Review 16k: before the script (bundle blocked), a middle step (AT, default 3) at SIZE (default 180x320x2): Tab
// and Shift+Tab from the open step's title, and Chromium's accessibility tree in order from the lesson's first
// disclosure button to the end of the lesson.
import puppeteer from 'puppeteer-core';
import { env, FF, LIB, slowServer, wait } from './r16k-lib.mjs';
const srv = await slowServer('/tmp/r16k-pack', { lat: 20, hold: Infinity });
const browser = FF ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage(); const [w, h, d] = (env.SIZE ?? '180x320x2').split('x').map(Number);
await page.setViewport({ width: w, height: h, deviceScaleFactor: d || 1 }); await page.evaluateOnNewDocument(LIB);
page.goto(srv.base + (env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html')).catch(() => {});
await page.waitForFunction(() => window.K && K.host()?.shadowRoot?.querySelector('.pe summary'), { timeout: 30000 });
// Tap (Enter) on the Next summaries, as a keyboard learner: the focus stays on the pressed summary, now the title.
for (let k = 0; k < +(env.AT ?? 3); k++) {
  await page.evaluate(() => [...K.root().querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut/.test(s.textContent)).pop().focus());
  await page.keyboard.press('Enter'); await wait(150);
}
const who = () => page.evaluate(() => { const a = K.active(); const d = a?.closest('details'); return `${K.name(a).slice(0, 40)}${d ? ` (details ${d.dataset.step}${d.open ? ' open' : ''})` : ''}`; });
const start = await who(); const fwd = [], bwd = [];
for (let i = 0; i < 4; i++) { await page.keyboard.press('Tab'); await wait(60); fwd.push(await who()); }
await page.evaluate(() => K.root().querySelector('.pe > [open] > summary').focus());
for (let i = 0; i < 2; i++) { await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift'); await wait(60); bwd.push(await who()); }
console.log(`${FF ? 'ff' : 'cr'} ${env.SIZE ?? '180x320x2'} focus after Enter on Next: ${start}\n  Tab: ${fwd.join(' → ')}\n  Shift+Tab from the title: ${bwd.join(' ← ')}`);
if (!FF) {
  const snap = await page.accessibility.snapshot(); const flat = [];
  const walk = (n) => { if (!['generic', 'none', 'StaticText'].includes(n.role) || /Kembali|Lanjut/.test(n.name ?? '')) flat.push(`${n.role} "${(n.name ?? '').slice(0, 40)}"${n.expanded !== undefined ? (n.expanded ? ' expanded' : ' collapsed') : ''}`); (n.children ?? []).forEach(walk); };
  walk(snap); const i = flat.findIndex((x) => /Kembali|Lanjut/.test(x));
  console.log('  AX from the first lesson button:\n    ' + flat.slice(i, i + 16).join('\n    '));
}
await browser.close(); srv.close(); process.exit(0);
