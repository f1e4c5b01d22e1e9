#!/usr/bin/env node
// Review 16e (D6): the same lesson twice on one page (review/r16e-setup.sh: twice.html = pertama ×2, twice-kedua.html),
// returning learner (record at --step, 0-based), bundle held: what each copy shows in every frame before the script
// (rAF sampler from the first frame), and after it. --runs N.
//   node review/r16e-twice.mjs [--page /public/q/twice.html] [--lesson pertama] [--step 2] [--runs 6]  (BROWSER=firefox)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slowServer, launch } from './r16c-lib.mjs';
const { values } = parseArgs({ options: { site: { type: 'string', default: '/tmp/r16e' }, page: { type: 'string', default: '/public/q/twice.html' }, lesson: { type: 'string', default: 'pertama' }, step: { type: 'string', default: '2' }, runs: { type: 'string', default: '6' }, hold: { type: 'string', default: '5000' } } });
const FF = process.env.BROWSER === 'firefox';
const l = JSON.parse(readFileSync(`${values.site}/public/q/id/langsung/${values.lesson}.json`, 'utf8'));
const key = `lesson:langsung/${values.lesson}@id`; const step = Number(values.step);
const srv = await slowServer(values.site, { lat: 300, hold: Number(values.hold) });
const browser = await launch(FF);
let bad = 0;
for (let run = 0; run < Number(values.runs); run++) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 360, height: 640 });
  await page.goto(`${srv.base}/blank`);
  await page.evaluate((k, v) => localStorage.setItem(k, v), 'langkah:' + key, JSON.stringify({ v: 1, key, content: l.version, lang: 'id', step, seen: l.steps.slice(0, step + 1).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
  await page.evaluateOnNewDocument(() => {
    window.__f = []; const t0 = performance.now();
    const f = () => { const ls = [...document.querySelectorAll('langkah-lesson')];
      const s = ls.map((el) => { if (!el.shadowRoot) return 'noroot'; const c = [...el.shadowRoot.querySelectorAll('*')].filter((x) => !x.children.length && /^Langkah \d+ dari \d+$/.test(x.textContent.trim()) && x.checkVisibility({ visibilityProperty: true })).map((x) => x.textContent.trim().replace('Langkah ', '').replace(' dari ', '/')).join(','); return `${el.hasAttribute('prerendered') ? 'pre' : 'el'}${getComputedStyle(el).visibility === 'hidden' ? '/HIDDEN' : ''}[${c}]`; }).join(' ');
      if (ls.length && window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now()), s]);
      if (performance.now() - t0 < 12000) requestAnimationFrame(f); };
    requestAnimationFrame(f);
  });
  srv.nav = Date.now();
  await page.goto(srv.base + values.page, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
  await page.waitForFunction(() => [...document.querySelectorAll('langkah-lesson')].every((e) => !e.hasAttribute('prerendered')), { timeout: 30000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, 600));
  const f = await page.evaluate(() => window.__f);
  const want = `[${step + 1}/${l.steps.length}]`;
  const ok = f.every(([, s]) => s.split(' ').every((x) => x.endsWith(want) || x.includes('HIDDEN') || x === 'noroot'));
  if (!ok) bad++;
  console.log(`${FF ? 'ff' : 'cr'} run ${run + 1} ${ok ? 'ok ' : 'BAD'} ` + f.map(([t, s]) => `${t}ms ${s}`).join(' | '));
  await page.close();
}
console.log(`${bad} of ${values.runs} runs showed a copy at another step than ${step + 1}`);
await browser.close(); srv.close(); process.exit(0);
