#!/usr/bin/env node
// Review 16f (item 3): the 2,000 ms latency profile. Every frame from the navigation: what the learner sees of the
// lesson (nothing yet / hidden / the server's step N / the element's step N / the element's end screen), for a new
// learner, one whose record is at a later step, and one who finished; pasted page or course-pack page.
//   node review/r16f-slow.mjs --who new|later|finished [--page /public/q/kedua.html] [--lat 2000] [--hold 0]
//        (review 16h: per frame the stylesheet links not yet loaded, UNSTYLED(…); CSP violations; --who answered|answered-next)
//        [--tapat ms] (tap "Lanjut" then) [--throttle] (Chromium: 400 kbit/s down, CPU 4x) [--sw] (keep the pack's service worker from the setup visit)
import { slowServer, launch } from './r16f-lib.mjs';
import { parseArgs } from 'node:util';
const { values: v } = parseArgs({ options: { page: { type: 'string', default: '/public/q/kedua.html' }, site: { type: 'string', default: '/tmp/r16f' }, who: { type: 'string', default: 'new' }, lat: { type: 'string', default: '2000' }, hold: { type: 'string', default: '0' }, throttle: { type: 'boolean', default: false }, sw: { type: 'boolean', default: false }, until: { type: 'string', default: '40000' }, tapat: { type: 'string' } } });
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer(v.site, { lat: 30, hold: 0 });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2 });
const errors = []; page.on('pageerror', (e) => errors.push(e.message));
const L = (s) => console.log(s);
const DEEP = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const tapText = async (re) => { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => (n.localName === 'summary' || n.localName === 'button') && n.checkVisibility() && ${re}.test(n.textContent))[0]; if (!n) return null; n.scrollIntoView({ block: 'center' }); const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); return !!p; };
const record = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => { const r = JSON.parse(localStorage.getItem(k)); return `${k.slice(0, 60)} step=${r.step} answers=${Object.keys(r.answers || {})} checks=${JSON.stringify(r.checks || {})} done=${!!r.done || !!r.finished || r.completed ? 1 : 0}`; }).join(' ; '));
L(`== ${FF ? 'firefox' : 'chromium'} ${v.page} who=${v.who} lat=${v.lat} hold=${v.hold}${v.throttle ? ' throttled' : ''}${v.sw ? ' sw' : ''}`);
if (v.who !== 'new') {
  await page.goto(srv.base + v.page, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered') && document.querySelector('langkah-lesson')?.lesson, { timeout: 20000 }); await sleep(500);
  const n = v.who === 'later' ? 2 : /^answered/.test(v.who) ? 1 : 20;
  for (let i = 0; i < n; i++) { if (!(await tapText('/^\\s*(Lanjut|Next|Selesai|Finish)/'))) break; await sleep(350); }
  // --who answered: at kedua's quiz step, the right option chosen and checked, a box ticked; answered-next: then Next.
  if (/^answered/.test(v.who)) {
    for (const sel of ['input[type=radio]', 'input[type=checkbox]']) { const p = await page.evaluate(`(() => { ${DEEP} const n = deep(document).filter((n) => n.matches('${sel}') && n.checkVisibility())[${'${sel}' === 'x' ? 0 : 0}]; if (!n) return null; n.scrollIntoView({ block: 'center' }); const r = (n.labels?.[0] ?? n).getBoundingClientRect(); return [r.left + 10, r.top + r.height / 2]; })()`); if (p) await page.mouse.click(...p); await sleep(300); if (sel.includes('radio')) { await tapText('/Periksa|Check/'); await sleep(400); } }
    if (v.who === 'answered-next') { await tapText('/^\\s*(Lanjut|Next)/'); await sleep(400); }
  }
  L('  set up: ' + await record());
  if (!v.sw) { await page.goto(srv.base + '/blank'); if (!FF) { const c = await page.createCDPSession(); await c.send('Network.clearBrowserCache'); } }
  if (!v.sw) await page.evaluate(async () => { for (const r of await navigator.serviceWorker?.getRegistrations?.() ?? []) await r.unregister(); for (const k of await caches?.keys?.() ?? []) await caches.delete(k); }).catch(() => {});
}
if (v.throttle && !FF) { const c = await page.createCDPSession(); await c.send('Network.enable'); await c.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 400 * 1024 / 8, uploadThroughput: 400 * 1024 / 8 }); await c.send('Emulation.setCPUThrottlingRate', { rate: 4 }); }
await page.evaluateOnNewDocument((until) => {
  window.__f = []; window.__csp = []; const t0 = performance.now(); document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(Math.round(performance.now()) + ' ' + e.violatedDirective + ' ' + (e.blockedURI || e.sample || '').slice(0, 60)), true);
  const f = () => { const les = document.querySelector('langkah-lesson'); let s;
    if (!les) s = 'no lesson yet'; else if (getComputedStyle(les).visibility === 'hidden') s = 'HIDDEN (blank box)'; else if (!les.shadowRoot) s = 'element, empty'; else {
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const all = deep(les.shadowRoot); const vis = (n) => n.checkVisibility({ visibilityProperty: true });
      const c = all.filter((n) => !n.children.length && /^(Langkah|Step) \d+ (dari|of) \d+$/.test(n.textContent.trim()) && vis(n)).map((n) => n.textContent.trim().replace(/\D+/g, '/').replace(/^\//, '')).join(',');
      const h = all.filter((n) => /^h[23]$/.test(n.localName) && vis(n)).map((n) => n.textContent.trim().slice(0, 22)).slice(-1)[0] ?? '';
      const pend = all.concat([...document.querySelectorAll('link[rel=stylesheet]')]).filter((n) => n.localName === 'link' && n.rel === 'stylesheet' && !n.sheet).map((n) => n.getAttribute('href').split('/').pop());
      s = (les.hasAttribute('prerendered') ? 'server' : 'element') + ' [' + (c || 'no counter') + '] "' + h + '"' + (pend.length ? ' UNSTYLED(' + pend.join(',') + ')' : ''); }
    if (window.__f.at(-1)?.[1] !== s) window.__f.push([Math.round(performance.now()), s]);
    if (performance.now() - t0 < until) requestAnimationFrame(f); };
  requestAnimationFrame(f);
}, Number(v.until));
srv.lat = Number(v.lat); srv.hold = Number(v.hold); srv.nav = Date.now();
const t = Date.now();
page.goto(srv.base + v.page, { waitUntil: 'load', timeout: 120000 }).catch(() => {});
if (v.tapat) { await sleep(Number(v.tapat)); L(`  tap "Lanjut" at ${Date.now() - t} ms: ` + await tapText('/Lanjut|Next/')); await sleep(Math.max(0, Number(v.until) + 1500 - (Date.now() - t))); }
else await sleep(Number(v.until) + 1500);
const fcp = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1));
const res = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.name.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`));
L('  resources: ' + res.join(', '));
L('  frames (ms after navigation start): ' + (await page.evaluate(() => window.__f)).map(([ms, s]) => `\n     ${ms} ${s}`).join('') + `\n  CSP violations: ${JSON.stringify(await page.evaluate(() => window.__csp))}\n  FCP ${fcp} ms; record now: ${await record()}; errors ${JSON.stringify(errors)}`);
await browser.close(); srv.close(); process.exit(0);
