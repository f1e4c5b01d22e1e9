#!/usr/bin/env node
// Review 16d: hostile quiz/checklist text in step 1 (review/r16d-attack/langsung/*/jahat.md), before and after the
// script: no window.PWN*, no element or attribute from the text, nothing checked/enabled by it, no CSP violation.
//   node review/r16d-attack.mjs [--page /public/q/jahat.html|/public/q/csp-jahat.html|/public/pack/lesson.langsung.jahat.id.html]  (BROWSER=firefox)
import { slowServer, launch } from './r16c-lib.mjs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { page: { type: 'string', default: '/public/q/jahat.html' }, site: { type: 'string', default: '/tmp/r16d' } } });
const FF = process.env.BROWSER === 'firefox';
const srv = await slowServer(values.site, { lat: 100, hold: 4000 });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
const errs = []; page.on('pageerror', (e) => errs.push(e.message)); page.on('dialog', (d) => { errs.push('DIALOG ' + d.message()); d.dismiss(); });
await page.evaluateOnNewDocument(() => { window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.sample}`), true); });
const look = () => page.evaluate(() => {
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);
  const all = deep(document);
  const pwn = Object.keys(window).filter((k) => k.startsWith('PWN'));
  const bad = all.filter((n) => ['script', 'img', 'svg', 'iframe', 'object'].includes(n.localName) && !(n.localName === 'script' && (n.src || n.closest('head'))) && !(n.localName === 'svg' && !n.closest('p,label,li,summary'))).map((n) => n.outerHTML.slice(0, 80));
  const onattr = all.filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).map((n) => n.localName);
  const ins = all.filter((n) => n.localName === 'input').map((n) => `${n.type}:${n.checked ? 'ON' : 'off'}:${n.disabled ? 'dis' : 'en'}${n.autofocus ? ':autofocus' : ''}`);
  const hrefs = all.filter((n) => n.localName === 'a').map((n) => n.getAttribute('href')).filter((h) => h && !h.startsWith('#'));
  const text = all.filter((n) => n.localName === 'label' || n.localName === 'legend' || n.localName === 'h3').map((n) => n.textContent.trim().replace(/\s+/g, ' ').slice(0, 70));
  const les = document.querySelector('langkah-lesson');
  return { pre: les?.hasAttribute('prerendered'), pwn, bad, onattr, ins, hrefs, text, csp: window.__csp, tmpl: all.filter((n) => n.localName === 'template').length };
});
srv.nav = Date.now();
const nav = page.goto(srv.base + values.page, { waitUntil: 'load' }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 });
await new Promise((r) => setTimeout(r, 1000));
console.log(`== ${FF ? 'firefox' : 'chromium'} ${values.page}\nbefore`, JSON.stringify(await look(), null, 1));
// hover and focus everything; try to tap the first box
await page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); for (const n of deep(document)) { n.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); n.focus?.(); } });
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && !document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz')?.hasAttribute('defer-hydration'), { timeout: 30000 }).catch(() => console.log('!! not hydrated'));
await new Promise((r) => setTimeout(r, 800));
await page.evaluate(() => { const deep = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]); for (const n of deep(document)) { n.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); n.focus?.(); } for (const d of deep(document).filter((n) => n.localName === 'details')) d.open = true; });
await new Promise((r) => setTimeout(r, 300));
console.log('after', JSON.stringify(await look(), null, 1), '\nerrors', errs);
await nav; await browser.close(); srv.close();
