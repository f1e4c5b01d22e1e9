#!/usr/bin/env node
// Review 16f (item 4): Firefox in forced colours (pref browser.display.document_color_use=2, what "Override the
// colours: Always" sets; no emulation in Firefox's remote protocol), a prerendered lesson before/after its script:
// media queries, screenshots, axe, what the disabled controls and the no-script Next/Back look like.
//   node review/r16f-forced.mjs [--page /public/q/kedua.html] [--hold 8000|blocked] [--bg 000000]  (Firefox only)
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { slowServer } from './r16f-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16f' }, hold: { type: 'string', default: '8000' }, bg: { type: 'string', default: '000000' }, fg: { type: 'string', default: 'ffff00' }, tag: { type: 'string', default: 'ff' } } });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 200, hold: v.hold === 'blocked' ? Infinity : Number(v.hold) });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: { 'browser.display.document_color_use': 2, 'browser.display.use_system_colors': false, 'browser.display.background_color': '#' + v.bg, 'browser.display.foreground_color': '#' + v.fg } });
const page = await browser.newPage(); await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 1 });
const L = (s) => console.log(s);
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
srv.nav = Date.now();
page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 30000 }); await sleep(700);
L(`== firefox forced colours ${v.page} bg #${v.bg} fg #${v.fg}: ` + JSON.stringify(await page.evaluate(() => ({ forced: matchMedia('(forced-colors: active)').matches, contrastMore: matchMedia('(prefers-contrast: more)').matches, contrastCustom: matchMedia('(prefers-contrast: custom)').matches, dark: matchMedia('(prefers-color-scheme: dark)').matches }))));
const look = async (name) => {
  await page.screenshot({ path: `/tmp/r16f-${v.tag}-forced-${name}.png` });
  L(`  ${name}: ` + await page.evaluate(`(() => { ${DEEP} const les = document.querySelector('langkah-lesson'); return 'pre=' + les.hasAttribute('prerendered') + ' ' + deep(les.shadowRoot).filter((n) => /^(summary|button|input|progress)$/.test(n.localName) && n.checkVisibility()).map((n) => { const c = getComputedStyle(n); const r = n.getBoundingClientRect(); return n.localName + (n.disabled ? ':dis' : '') + '"' + (n.textContent || n.type || '').trim().slice(0, 12) + '" h' + Math.round(r.height) + ' bd:' + c.borderTopStyle + '/' + c.borderTopWidth + '/' + c.borderTopColor + ' fg:' + c.color + ' bg:' + c.backgroundColor; }).join('\\n     '); })()`));
  await page.evaluate(axe);
  L('    axe: ' + JSON.stringify(await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length})`))));
};
await look('step1-before');
await page.evaluate(`(() => { ${DEEP} deep(document).filter((n) => n.localName === 'summary' && n.checkVisibility() && /Lanjut|Next/.test(n.textContent))[0]?.click(); })()`); await sleep(500);
await look('step2-before');
if (v.hold !== 'blocked') {
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 60000, polling: 200 }); await sleep(1500);
  await look('step2-after');
}
await browser.close(); srv.close(); process.exit(0);
