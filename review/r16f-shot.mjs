#!/usr/bin/env node
// Review 16f: a screenshot of a prerendered page before its script (bundle failed), normal colours, 360x640, and
// with --forced in Chromium's forced-colours emulation.  node review/r16f-shot.mjs [--page …] [--forced] (BROWSER=firefox)
import { slowServer, launch } from './r16f-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16f' }, forced: { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/r16f-shot.png' } } });
const FF = process.env.BROWSER === 'firefox';
const srv = await slowServer(v.site, { lat: 50, hold: Infinity });
const browser = await launch(FF); const page = await browser.newPage(); await page.setViewport({ width: 360, height: 640 });
if (v.forced && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
await page.goto(srv.base + v.page, { waitUntil: 'load' }).catch(() => {});
await new Promise((r) => setTimeout(r, 800));
const gap = await page.evaluate(() => { const sr = document.querySelector('langkah-lesson').shadowRoot; const b = sr.querySelector('.base'), p = sr.querySelector('.pe'); const rb = b.getBoundingClientRect(), rp = p.getBoundingClientRect(); return `base ${Math.round(rb.top)}-${Math.round(rb.bottom)} pe ${Math.round(rp.top)}-${Math.round(rp.bottom)} gap ${Math.round(rp.top - rb.bottom)} pe.bg ${getComputedStyle(p).backgroundColor} pe.border-left ${getComputedStyle(p).borderLeftStyle}`; });
console.log(`${FF ? 'firefox' : 'chromium'}${v.forced ? ' forced' : ''} ${v.page}: ${gap}`);
await page.screenshot({ path: v.out }); await browser.close(); srv.close(); process.exit(0);
