#!/usr/bin/env node
// Review 16d: two DIFFERENT prerendered lessons on one page (kunci-akun kode-otp + verifikasi-dua-langkah from
// review/r16c-setup.sh's /tmp/r16c), langkah-resume.js inline or async, both records at step 3: what each shows
// before the script (bundle held).   node review/r16d-twolessons.mjs [--how inline|async] [--runs 4]   (BROWSER=firefox)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';
const { values } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16c' }, how: { type: 'string', default: 'inline' }, runs: { type: 'string', default: '4' } } });
const FF = process.env.BROWSER === 'firefox';
const K = `${values.site}/public/langkah-kami`;
const names = ['kode-otp', 'verifikasi-dua-langkah'];
const res = readFileSync(`${K}/langkah-resume.js`, 'utf8');
const head = values.how === 'inline' ? `<script>${res}</script>` : '<script async blocking="render" src="langkah-resume.js"></script>';
writeFileSync(`${K}/r16d-two-${values.how}.html`, `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dua</title>${head}</head><body><h1>Dua pelajaran</h1>\n${names.map((n) => readFileSync(`${K}/id/kunci-akun/${n}.html`, 'utf8') + '<p>Di antara pelajaran.</p>\n').join('')}</body></html>`);
const srv = await slowServer(values.site, { lat: 300, hold: 6000 });
const browser = await launch(FF);
for (let run = 0; run < Number(values.runs); run++) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 360, height: 640 });
  await page.goto(`${srv.base}/blank`);
  for (const n of names) {
    const l = JSON.parse(readFileSync(`${K}/id/kunci-akun/${n}.json`, 'utf8'));
    const key = `lesson:kunci-akun/${n}@id`;
    await page.evaluate((k, v) => localStorage.setItem(k, v), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: 'id', step: 2, seen: l.steps.slice(0, 3).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
  }
  srv.nav = Date.now();
  const nav = page.goto(`${srv.base}/public/langkah-kami/r16d-two-${values.how}.html`, { waitUntil: 'load' }).catch(() => {});
  await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 20000 }); await new Promise((r) => setTimeout(r, 1000));
  console.log(`${FF ? 'ff' : 'cr'} ${values.how} run ${run + 1}: ` + await page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el) => { const c = [...el.shadowRoot.querySelectorAll('*')].filter((x) => !x.children.length && /^Langkah \d+ dari \d+$/.test(x.textContent.trim()) && x.checkVisibility({ visibilityProperty: true })).map((x) => x.textContent.trim().replace('Langkah ', '').replace(' dari ', '/')).join(','); return `${el.dataset.record.split('/')[1]}: ${getComputedStyle(el).visibility === 'hidden' ? 'HIDDEN ' : ''}[${c}]`; }).join('  ')));
  await page.close(); nav.catch(() => {});
}
await browser.close(); srv.close(); process.exit(0);
