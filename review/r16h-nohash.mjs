#!/usr/bin/env node
// Review 16h item 1: a page whose CSP has no style hashes (nohash-csp-kedua.html: style-src 'self' only, made by
// sed from csp-kedua.html). Bundle held 6 s at 300 ms: a returning learner at kedua's quiz step (2/4), and a new learner
// who taps Next to it before the script. Screenshot before / after, CSP violations, and whether the quiz's options look
// styled (the quiz's shadow <style> blocked: is a radio drawn inside a bordered option box?).   (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16g-lib.mjs';
const { values: v } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16h' }, page: { type: 'string', default: 'nohash-csp-kedua' } } });
const FF = process.env.BROWSER === 'firefox'; const B = FF ? 'ff' : 'cr';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 300, hold: 6000 });
const l = JSON.parse(readFileSync(`${v.site}/public/q/id/langsung/kedua.json`, 'utf8'));
const key = 'lesson:langsung/kedua@id';
const browser = await launch(FF);
const LOOK = `(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
  const el = document.querySelector('langkah-lesson'); const all = deep(el.shadowRoot);
  const q = all.find((n) => n.localName === 'langkah-quiz' && n.checkVisibility()); const lab = q && deep(q.shadowRoot).find((n) => n.localName === 'label' && n.checkVisibility());
  const cs = lab && getComputedStyle(lab); const d = el.shadowRoot.querySelector('.pe details[open]');
  return { prerendered: el.hasAttribute('prerendered'), open: d?.getAttribute('data-step'), quizVisible: !!q, label: cs ? { border: cs.borderTopWidth + ' ' + cs.borderTopStyle, minH: cs.minHeight, h: Math.round(lab.getBoundingClientRect().height), pad: cs.paddingTop } : null,
    quizH: q ? Math.round(q.getBoundingClientRect().height) : 0, stepSheets: deep(el.shadowRoot).filter((n) => n.localName === 'style').map((s) => !!s.sheet).join('') }; })()`;
for (const who of ['returning', 'tap']) {
  const ctx = FF ? browser.defaultBrowserContext() : await browser.createBrowserContext(); const page = await ctx.newPage();
  await page.setViewport({ width: 360, height: 640 });
  await page.goto(`${srv.base}/blank`);
  await page.evaluate((k) => localStorage.clear(), key);
  if (who === 'returning') await page.evaluate((k, val) => localStorage.setItem(k, val), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: 'id', step: 1, seen: l.steps.slice(0, 2).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
  await page.evaluateOnNewDocument(() => { window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')), true); });
  srv.nav = Date.now();
  page.goto(`${srv.base}/public/q/${v.page}.html`, { timeout: 30000 }).catch(() => {});
  await page.waitForFunction(() => { const e = document.querySelector('langkah-lesson'); return e && e.shadowRoot && getComputedStyle(e).visibility !== 'hidden' && document.readyState !== 'loading'; }, { timeout: 15000 }).catch(() => {});
  await sleep(1200);
  if (who === 'tap') { await page.evaluate(() => { const s = [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('.pe > details:not([open]) > summary')].filter((n) => n.checkVisibility() && /Lanjut/.test(n.textContent)).pop(); s.click(); }); await sleep(300); }
  console.log(`${B} ${v.page} ${who} before (${Date.now() - srv.nav} ms): ${JSON.stringify(await page.evaluate(LOOK))}`);
  await page.screenshot({ path: `/tmp/r16h-shots/${B}-${v.page}-${who}-before.png`, fullPage: true });
  await page.waitForFunction(() => !document.querySelector('langkah-lesson[prerendered]'), { timeout: 20000 }).catch(() => {});
  await sleep(800);
  console.log(`${B} ${v.page} ${who} after  (${Date.now() - srv.nav} ms): ${JSON.stringify(await page.evaluate(LOOK))}`);
  await page.screenshot({ path: `/tmp/r16h-shots/${B}-${v.page}-${who}-after.png`, fullPage: true });
  console.log(`   CSP violations: ${JSON.stringify(await page.evaluate(() => window.__csp))}`);
  await page.close(); if (!FF) await ctx.close();
}
await browser.close(); srv.close(); process.exit(0);
