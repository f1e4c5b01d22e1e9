#!/usr/bin/env node
// Review 16d: the course pack's lesson page (langkah-resume.js inline, sha256 in its CSP) offline through the service
// worker: online visit (SW installs), second visit (controlled), then the server answers nothing: the page, the
// inline script (no securitypolicyviolation), hydration and the step-1 quiz still work?  (BROWSER=firefox)
//   node review/r16d-offline.mjs [--page /public/pack/lesson.langsung.pertama.id.html]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './r16c-lib.mjs';
const { values } = parseArgs({ options: { page: { type: 'string', default: '/public/pack/lesson.langsung.pertama.id.html' }, site: { type: 'string', default: '/tmp/r16d' } } });
const FF = process.env.BROWSER === 'firefox';
const T = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.ogg': 'audio/ogg' };
let offline = false; const socks = new Set();
const server = createServer((req, res) => {
  if (offline) return void req.socket.destroy();
  let p = join(values.site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (p.endsWith('/')) p += 'index.html'; // as scripts/serve.mjs
  if (!existsSync(p) || !statSync(p).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': T[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
});
server.on('connection', (s) => { socks.add(s); s.on('close', () => socks.delete(s)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const URL_ = `http://127.0.0.1:${server.address().port}${values.page}`;
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
const errs = []; page.on('pageerror', (e) => errs.push(e.message)); page.on('console', (m) => m.type() === 'error' && errs.push(m.text().slice(0, 140)));
page.on('response', (r) => { if (r.status() >= 400) errs.push(r.status() + ' ' + r.url()); });
await page.evaluateOnNewDocument(() => { window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.sample}`), true); });
const st = () => page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const l = document.querySelector('langkah-lesson'); return `pre=${l?.hasAttribute('prerendered')} ctrl=${!!navigator.serviceWorker?.controller} inputs=${deep(document).filter((n) => n.localName === 'input' && n.checkVisibility()).map((n) => (n.checked ? 'ON' : 'off') + (n.disabled ? ':dis' : '')).join(',')} csp=${JSON.stringify(window.__csp)} resumeRan=${!!document.querySelector('script:not([src])')}`; });
await page.goto(URL_, { waitUntil: 'load' });
await page.waitForFunction(() => navigator.serviceWorker?.ready.then(() => true), { timeout: 30000 }).catch(() => {});
for (let i = 0; i < 40; i++) { const a = await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return r?.active?.state; }); if (a === 'activated') break; await new Promise((r) => setTimeout(r, 1000)); }
console.log('status: ' + await page.evaluate(() => document.getElementById('offline-status')?.textContent.trim().slice(0, 120)));
console.log(`== ${FF ? 'firefox' : 'chromium'} ${values.page}\nonline: ${await st()}`);
await page.reload({ waitUntil: 'load' }); await new Promise((r) => setTimeout(r, 2500));
console.log(`second visit: ${await st()}`);
offline = true; for (const s of socks) s.destroy();
await page.reload({ waitUntil: 'load', timeout: 30000 }).catch((e) => console.log('reload offline: ' + e.message));
await page.waitForFunction(() => !document.querySelector('langkah-lesson')?.hasAttribute('prerendered'), { timeout: 20000 }).catch(() => console.log('!! not hydrated offline'));
await new Promise((r) => setTimeout(r, 1500));
console.log(`offline: ${await st()}`);
// answer step 1's quiz offline
await page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); const r = deep(document).find((n) => n.localName === 'input' && n.type === 'radio'); r?.click(); const q = deep(document).find((n) => n.localName === 'langkah-quiz'); [...(q?.shadowRoot.querySelectorAll('button') ?? [])].find((b) => b.checkVisibility() && !b.disabled)?.click(); });
await new Promise((r) => setTimeout(r, 800));
if (!(await st()).includes('pre=')) {} 
console.log('errors so far', errs);
console.log(`offline answered: ${await st()} record: ${await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('langsung/pertama')).map((k) => JSON.parse(localStorage.getItem(k)).answers && Object.keys(JSON.parse(localStorage.getItem(k)).answers)).join(';'))}`);
console.log('errors', errs);
await browser.close(); server.close(); process.exit(0);
