#!/usr/bin/env node
// Review 16g (E3 change, 8473901): a returning learner (record at --steps, 0-based) of --lessons, bundle held: every
// frame (rAF from the first) until the bundle: lesson hidden or which step is visible, and whether that step is whole
// (Next there unless last, Back, its quiz/checklist, the last step's end box, no open <details> without a summary).
// --cache no-store|no-cache|max-age=600 for the .css (--all: every file but the bundle and the page), --again: a second
// visit in the same browser context (warm cache). --split 'text' --splitms N: the page sent in two parts.
//   node review/r16g-resume.mjs [--lessons pertama,kedua] [--cache no-store] [--runs 2]   (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16g-lib.mjs';
const { values: v } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16g' }, lessons: { type: 'string', default: 'pertama,kedua' }, steps: { type: 'string', default: '' }, cache: { type: 'string', default: 'no-store' }, all: { type: 'boolean', default: false }, again: { type: 'boolean', default: false }, runs: { type: 'string', default: '2' }, lat: { type: 'string', default: '300' }, split: { type: 'string' }, splitms: { type: 'string', default: '1500' }, width: { type: 'string', default: '360' }, height: { type: 'string', default: '640' }, verbose: { type: 'boolean', default: false }, throttle: { type: 'string' } } });
const FF = process.env.BROWSER === 'firefox';
const srv = await slowServer(v.site, { lat: Number(v.lat), hold: 4500, cache: v.cache, all: v.all });
if (v.split) { srv.split = v.split; srv.splitMs = Number(v.splitms); }
const browser = await launch(FF);
const SAMPLER = () => {
  window.__f = []; window.__shifts = []; const t0 = performance.now();
  try { new PerformanceObserver((li) => { for (const e of li.getEntries()) window.__shifts.push(`${Math.round(performance.now())}ms ${e.value.toFixed(4)} ${e.sources?.map((s) => s.node?.nodeName + ' y' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y)).join(',') ?? ''}`); }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  const f = () => {
    const el = document.querySelector('langkah-lesson');
    let s = 'nolesson';
    if (el) {
      const r = el.shadowRoot; const vis = (n) => n && n.checkVisibility({ visibilityProperty: true });
      if (!r) s = 'noroot';
      else if (getComputedStyle(el).visibility === 'hidden') s = 'HIDDEN';
      else {
        const counters = [...r.querySelectorAll('.counter')].filter(vis).map((x) => x.textContent.trim().replace(/^(Langkah|Step) /, '').replace(/ (dari|of) /, '/'));
        const open = r.querySelector('.pe > details[open]');
        const parts = [];
        if (open) {
          if (!open.querySelector(':scope > summary')) parts.push('NO-SUMMARY');
          if (![...r.querySelectorAll('.pe .go')].some(vis)) parts.push('noNext');
          if (![...r.querySelectorAll('.pe .back')].some(vis)) parts.push('noBack');
          if ([...r.querySelectorAll('.pe > .end')].some(vis)) parts.push('end');
          const q = open.querySelector('langkah-quiz'), c = open.querySelector('langkah-checklist');
          if (q) parts.push('quiz' + (q.shadowRoot ? q.shadowRoot.querySelectorAll('input').length : '?'));
          if (c) parts.push('list' + (c.shadowRoot ? c.shadowRoot.querySelectorAll('input').length : '?'));
        }
        s = `${el.hasAttribute('prerendered') ? 'pre' : 'el'}[${counters.join(',')}]${parts.length ? '{' + parts.join(' ') + '}' : ''}`;
      }
    }
    if (window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now()), s]);
    if (performance.now() - t0 < 4000) requestAnimationFrame(f);
  };
  requestAnimationFrame(f);
};
const rows = [];
for (const lesson of v.lessons.split(',')) {
  const l = JSON.parse(readFileSync(`${v.site}/public/q/id/langsung/${lesson}.json`, 'utf8'));
  const key = `lesson:langsung/${lesson}@id`;
  const steps = v.steps ? v.steps.split(',').map(Number) : l.steps.map((_, i) => i).slice(1);
  for (const step of steps) for (let run = 0; run < Number(v.runs); run++) {
    const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
    await page.setViewport({ width: Number(v.width), height: Number(v.height) });
    await page.goto(`${srv.base}/blank`);
    await page.evaluate((k, val) => localStorage.setItem(k, val), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: 'id', step, seen: l.steps.slice(0, step + 1).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
    await page.evaluateOnNewDocument(SAMPLER);
    // --throttle KBITS (Chromium): the page's bytes come at that rate (CDP network emulation), as on a weak signal.
    if (v.throttle && !FF) await (await page.createCDPSession()).send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: Number(v.throttle) * 125, uploadThroughput: Number(v.throttle) * 125 });
    const visit = async (tag) => {
      srv.nav = Date.now(); srv.log = [];
      await page.goto(`${srv.base}/public/q/${lesson}.html`.replace('pertama.html', 'page.html'), { waitUntil: 'load', timeout: 30000 }).catch(() => {});
      await page.waitForFunction(() => !document.querySelector('langkah-lesson[prerendered]'), { timeout: 15000 }).catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      const f = await page.evaluate(() => window.__f);
      const want = `[${step + 1}/${l.steps.length}]`;
      const first = f.find(([, s]) => s.startsWith('pre[') || s.startsWith('el['));
      const bad = f.filter(([, s]) => (s.startsWith('pre[') || s.startsWith('el[')) && !s.includes(want));
      const partial = f.filter(([, s]) => s.startsWith('pre' + want) && /noNext|noBack|NO-SUMMARY|quiz\?|list\?/.test(s) && !(step === l.steps.length - 1 && /noNext/.test(s) && !/noBack|NO-SUMMARY|\?/.test(s)));
      const line = `${FF ? 'ff' : 'cr'} ${v.cache}${v.all ? '(all)' : ''} ${lesson} rec=${step + 1}/${l.steps.length} ${tag} run${run + 1}: first visible ${first ? first[0] + 'ms ' + first[1] : 'never'}${bad.length ? '  WRONG ' + JSON.stringify(bad) : ''}${partial.length ? '  PARTIAL ' + partial.map(([t, s]) => t + ' ' + s).join(' | ') : ''}`;
      console.log(line); rows.push({ lesson, step, tag, t: first?.[0], bad: bad.length, partial: partial.length });
      if (v.verbose) console.log('   shifts ' + JSON.stringify(await page.evaluate(() => window.__shifts)) + '\n   frames ' + f.map(([t, s]) => `${t} ${s}`).join(' | ') + '\n   requests ' + srv.log.filter((x) => /css|html/.test(x)).join(', '));
    };
    await visit('cold');
    if (v.again) await visit('warm');
    await ctx.close();
  }
}
const by = {}; for (const r of rows) (by[`${r.lesson} rec${r.step + 1} ${r.tag}`] ??= []).push(r.t);
console.log('summary ' + (FF ? 'firefox' : 'chromium') + ' ' + v.cache + (v.all ? '(all)' : '') + ': ' + Object.entries(by).map(([k, t]) => `${k}: ${t.join('/')}`).join('; ') + ` | wrong ${rows.filter((r) => r.bad).length}, partial ${rows.filter((r) => r.partial).length} of ${rows.length}`);
await browser.close(); srv.close(); process.exit(0);
