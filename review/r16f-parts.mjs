#!/usr/bin/env node
// Review 16f: the tops and heights of the lesson's parts on the open step before and after the take-over (what makes
// the step taller or shorter), e.g. at 200 % zoom.  node review/r16f-parts.mjs [--page …] [--zoom] [--steps 1]
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/f/panjang.html' }, site: { type: 'string', default: '/tmp/r16f' }, zoom: { type: 'boolean', default: false }, steps: { type: 'string', default: '1' }, hold: { type: 'string', default: '6000' }, fix: { type: 'boolean', default: false } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 200, hold: Number(v.hold) });
const browser = await launch(FF); const page = await browser.newPage();
const z = v.zoom ? 2 : 1;
await page.setViewport({ width: 360 / z, height: 640 / z, deviceScaleFactor: 2 * z });
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const parts = () => page.evaluate(`(() => { ${DEEP} return deep(document.querySelector('langkah-lesson').shadowRoot).filter((n) => n.checkVisibility({ visibilityProperty: true }) && /^(h2|h3|p|button|summary|nav|progress|header|ul|aside|langkah-quiz|langkah-checklist|harga-jual|div)$/.test(n.localName) && n.getBoundingClientRect().height > 0)
  .map((n) => { const r = n.getBoundingClientRect(); return n.localName + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '') + '"' + (n.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 16) + '" ' + Math.round(r.top + scrollY) + '+' + Math.round(r.height) + " x" + Math.round(r.left) + "w" + Math.round(r.width); }).slice(0, 40).join('\\n   '); })()`);
srv.nav = Date.now();
page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 30000 }); await sleep(500);
// --fix: try the narrow-screen padding of .base (base.styles.ts, max-width 22em) on the open no-script step too
if (v.fix) await page.evaluate(() => { const s = new CSSStyleSheet(); s.replaceSync('@media (max-width: 22em) { .pe:has([open]) { padding: 0.5em } }'); const r = document.querySelector('langkah-lesson').shadowRoot; r.adoptedStyleSheets = [...r.adoptedStyleSheets, s]; });
for (let i = 0; i < Number(v.steps); i++) { await page.evaluate(`(() => { ${DEEP} deep(document).filter((n) => n.localName === 'summary' && n.checkVisibility() && /Lanjut|Next/.test(n.textContent))[0].click(); })()`); await sleep(300); }
console.log(`== ${FF ? 'firefox' : 'chromium'} ${v.page}${v.zoom ? ' zoom200' : ''}\nbefore\n   ` + await parts());
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 60000, polling: 'raf' }); await sleep(1500);
console.log('after\n   ' + await parts());
await browser.close(); srv.close(); process.exit(0);
