#!/usr/bin/env node
// Review 16d: a pick in step 1 not checked yet (the doc: "a pick not checked yet that the device kept shows too"):
// where it is kept, and what the next visit shows before and after the (late) bundle.  (BROWSER=firefox)
import { slowServer, launch } from './r16c-lib.mjs';
const FF = process.env.BROWSER === 'firefox';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const srv = await slowServer('/tmp/r16d', { lat: 300, hold: 0 });
const browser = await launch(FF); const page = await browser.newPage(); await page.setViewport({ width: 360, height: 640 });
const deepFn = 'const deep = (root) => [...root.querySelectorAll("*")].flatMap((n) => [n, ...(n.shadowRoot ? deep(n.shadowRoot) : [])]);';
const ins = () => page.evaluate(`(() => { ${deepFn} const l = document.querySelector('langkah-lesson'); return (l.hasAttribute('prerendered') ? 'pre' : 'el') + '/' + getComputedStyle(l).visibility + ' ' + deep(document).filter((n) => n.localName === 'input').map((n) => n.type[0] + (n.checked ? 'ON' : 'off') + (n.disabled ? ':dis' : '')).join(','); })()`);
const store = () => page.evaluate(() => [...Object.keys(localStorage).map((k) => 'L ' + k + '=' + localStorage.getItem(k).replace(/"(started|updated)":\d+,?/g, '')), ...Object.keys(sessionStorage).map((k) => 'S ' + k)].join('\n    '));
await page.goto(srv.base + '/public/q/page.html', { waitUntil: 'load' });
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && customElements.get('langkah-quiz'));
await sleep(500);
await page.evaluate(`(() => { ${deepFn} deep(document).find((n) => n.localName === 'input' && n.type === 'radio').click(); })()`);
await sleep(800);
console.log(`== ${FF ? 'firefox' : 'chromium'}\npicked, not checked: ${await ins()}\n    ${await store()}`);
srv.hold = 7000; srv.nav = Date.now();
const nav = page.goto(srv.base + '/public/q/page.html', { waitUntil: 'load' }).catch(() => {});
await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot, { timeout: 15000 }); await sleep(1500);
console.log(`next visit, before the bundle: ${await ins()}`);
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered') && !document.querySelector('langkah-lesson').shadowRoot.querySelector('langkah-quiz')?.hasAttribute('defer-hydration'), { timeout: 30000 }).catch(() => console.log('!! not hydrated'));
await sleep(800);
console.log(`after the bundle: ${await ins()}`);
await nav; await browser.close(); srv.close(); process.exit(0);
