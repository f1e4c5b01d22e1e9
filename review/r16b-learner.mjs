#!/usr/bin/env node
// Review 16b: a learner (360×640, keyboard, screen reader's eyes) on prerendered lessons
// before, without and after the script. Site: review/r16b-setup.sh /tmp/r16b 8726, served by
//   (cd /tmp/r16b && node $REPO/scripts/serve.mjs public langkah --port 8726)
//   node review/r16b-learner.mjs --phase nojs|late|look|return|cms|twice|attack [--page URL] [--delay 8000]
// BROWSER=firefox for firefox-esr (WebDriver BiDi: no CDP, no accessibility snapshot, no throttling).
import puppeteer from 'puppeteer-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: {
  site: { type: 'string', default: 'http://127.0.0.1:8726' },
  phase: { type: 'string', default: 'nojs' },
  page: { type: 'string', default: '/public/langkah-kami/plain.html' },
  delay: { type: 'string', default: '8000' },
  how: { type: 'string', default: 'kbd' },
} });
const FF = process.env.BROWSER === 'firefox';
const B = FF ? 'ff' : 'cr';
const OUT = '/tmp/r16b-shots'; mkdirSync(OUT, { recursive: true });
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const browser = await puppeteer.launch(FF ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const SCRIPTS = /\/langkah[^/]*\.js(\?|$)/; // langkah.js, its chunks, langkah-resume.js

async function open({ url = values.page, block = null, delay = null, record = null, viewport = { width: 360, height: 640 }, dsf = FF ? 1 : 2 } = {}) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: dsf });
  page.on('pageerror', (e) => log(`  [pageerror] ${e.message.slice(0, 200)}`));
  page.on('console', (m) => { if (/error|warn/.test(m.type())) log(`  [console.${m.type()}] ${m.text().slice(0, 200)}`); });
  page.on('response', (r) => { if (r.status() >= 400) log(`  [http ${r.status()}] ${r.url()}`); });
  if (block || delay) {
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (block && block.test(r.url())) return r.abort();
      if (delay && delay.re.test(r.url())) return void setTimeout(() => r.continue().catch(() => {}), delay.ms);
      r.continue();
    });
  }
  await page.evaluateOnNewDocument((record) => {
    if (record) for (const [k, v] of Object.entries(record)) localStorage.setItem(k, JSON.stringify(v));
    window.__v = []; window.__cls = 0; window.__shifts = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__v.push(`${e.violatedDirective} ${e.blockedURI} ${(e.sample || '').slice(0, 40)}`));
    try { new PerformanceObserver((l) => { for (const e of l.getEntries()) { if (e.hadRecentInput) { window.__shifts.push(`(input) ${e.value.toFixed(3)}`); continue; } window.__cls += e.value; window.__shifts.push(`${Math.round(e.startTime)}ms ${e.value.toFixed(4)} ` + (e.sources || []).map((x) => `${x.node?.nodeName ?? '?'}${x.node?.className ? '.' + String(x.node.className).split(' ')[0] : ''} y${Math.round(x.previousRect.y)}->${Math.round(x.currentRect.y)} h${Math.round(x.previousRect.height)}->${Math.round(x.currentRect.height)}`).join(', ')); } }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  }, record);
  return { ctx, page };
}

/** What the learner sees and where the focus is. `i` picks the lesson (0 first). */
const state = (page, i = 0) => page.evaluate((i) => {
  const el = document.querySelectorAll('langkah-lesson')[i]; const r = el?.shadowRoot;
  if (!r) return { none: true };
  const vis = (n) => n && n.checkVisibility?.({ visibilityProperty: true }) !== false && n.getClientRects().length > 0;
  const counters = [...r.querySelectorAll('*')].filter((n) => n.children.length === 0 && /^(Langkah \d+ dari \d+|Step \d+ of \d+)$/.test(n.textContent.trim()) && vis(n)).map((n) => n.textContent.trim());
  const h3 = [...r.querySelectorAll('h3')].filter(vis).map((n) => n.textContent.trim().slice(0, 40));
  let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const desc = (n) => n ? `${n.localName}${n.className ? '.' + String(n.className).split(' ')[0] : ''}${n.parentElement?.dataset?.step ? '[step' + n.parentElement.dataset.step + ']' : ''} "${(n.innerText ?? n.textContent).trim().replace(/\s+/g, ' ').slice(0, 50)}"` : 'none';
  const controls = [...r.querySelectorAll('summary, button, a[href], input')].filter(vis).map((n) => { const b = n.getBoundingClientRect(); return `${desc(n)} ${Math.round(b.width)}x${Math.round(b.height)}`; });
  const stepBox = [...r.querySelectorAll('.step')].filter(vis)[0];
  return {
    pre: el.hasAttribute('prerendered'), defined: !!customElements.get('langkah-lesson'), visibility: getComputedStyle(el).visibility,
    open: [...r.querySelectorAll('.pe details[open]')].map((d) => d.dataset.step).join(','), counters, h3,
    focus: desc(a), scrollY: Math.round(scrollY), h3Top: Math.round([...r.querySelectorAll('h3')].filter(vis)[0]?.getBoundingClientRect().top ?? -1),
    below: Math.round(document.getElementById('below')?.getBoundingClientRect().top), controls,
    textTop: Math.round([...(stepBox?.querySelectorAll('p') ?? [])].filter(vis)[0]?.getBoundingClientRect().top ?? -1),
    inputs: stepBox ? stepBox.querySelectorAll('input, button, textarea, select').length : -1,
    wait: stepBox ? /setelah halaman selesai dimuat|once the page has finished loading/.test(stepBox.textContent) : null,
    cls: +window.__cls.toFixed(4), v: window.__v,
  };
}, i);
const short = (s) => JSON.stringify({ pre: s.pre, vis: s.visibility, open: s.open, counters: s.counters, h3: s.h3, focus: s.focus, scrollY: s.scrollY, h3Top: s.h3Top, textTop: s.textTop, inputs: s.inputs, wait: s.wait, cls: s.cls });

/** Accessibility tree of the lesson, compact (Chromium only). */
async function ax(page, label) {
  if (FF) return;
  const el = await page.$('langkah-lesson');
  const snap = await page.accessibility.snapshot({ root: el, interestingOnly: true });
  const out = [];
  const walk = (n, d) => { if (!n) return; if (/heading|button|DisclosureTriangle|link|radio|checkbox|progressbar|StaticText|article|region|group/.test(n.role) && !(n.role === 'StaticText' && n.name.length > 60)) out.push(`${'  '.repeat(Math.min(d, 6))}${n.role} "${(n.name || '').slice(0, 70)}"${n.expanded !== undefined ? ' expanded=' + n.expanded : ''}${n.disabled ? ' disabled' : ''}${n.focused ? ' FOCUSED' : ''}${n.level ? ' h' + n.level : ''}`); (n.children || []).forEach((c) => walk(c, d + 1)); };
  walk(snap, 0);
  log(`  AX ${label}:\n` + out.slice(0, 40).join('\n') + (out.length > 40 ? `\n    … ${out.length - 40} more` : ''));
}

/** Tab (or Shift+Tab) until the focus is on the summary/button whose text matches `re`; max 25 presses. */
async function tabTo(page, re, back = false) {
  for (let i = 0; i < 25; i++) {
    if (back) { await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift'); } else await page.keyboard.press('Tab');
    const t = await page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a ? (a.innerText ?? a.textContent).trim() : ''; });
    if (re.test(t)) return i + 1;
  }
  return -1;
}

const ph = values.phase;
const NEXT = /^(Lanjut|Next)/; const BACK = /(Kembali|Back)$/;

if (ph === 'nojs') {
  // (a) the script never arrives: every step by Next and Back, keyboard only.
  log(`== nojs ${values.page} ${B}`);
  const { ctx, page } = await open({ block: SCRIPTS });
  await page.goto(values.site + values.page, { waitUntil: 'load' });
  await sleep(500);
  let s = await state(page); log('  at load', short(s)); log('  controls', s.controls.join(' | '));
  await ax(page, 'step 1, no script');
  for (let k = 2; k < 12; k++) {
    const presses = await tabTo(page, NEXT);
    if (presses < 0) { log(`  no Next reachable by Tab after step ${k - 1}`); break; }
    await page.keyboard.press(k % 2 ? ' ' : 'Enter');
    await sleep(300);
    s = await state(page);
    log(`  Next #${k - 1} (${presses} Tab, ${k % 2 ? 'Space' : 'Enter'})`, short(s));
    log('    controls', s.controls.join(' | '));
    if (k === 2 || s.wait) await ax(page, `after Next to ${s.counters}`);
  }
  await page.screenshot({ path: `${OUT}/nojs-last-${B}.png` });
  for (let k = 0; k < 12; k++) {
    const presses = await tabTo(page, BACK, true);
    if (presses < 0) { log(`  no Back reachable by Shift+Tab (k=${k})`); break; }
    await page.keyboard.press('Enter');
    await sleep(300);
    s = await state(page);
    log(`  Back (${presses} Shift+Tab)`, short(s));
  }
  // A quiz step: what a learner can do there
  await ctx.close();
}

if (ph === 'late') {
  // (b) the script arrives late while the learner is on step 3 (first-time learner).
  const ms = Number(values.delay);
  log(`== late ${values.page} ${B} delay ${ms} how=${values.how}`);
  const delay = { re: /\/cdn\/langkah/, ms };
  const { ctx, page } = await open({ delay });
  const t0 = Date.now();
  // not awaited: a module script (deferred) holds DOMContentLoaded back until it has run
  const nav = page.goto(values.site + values.page, { waitUntil: 'load', timeout: 60000 }).catch((e) => log('  nav', e.message));
  await page.waitForFunction(() => [...(document.querySelector('langkah-lesson')?.shadowRoot?.querySelectorAll('.pe summary') ?? [])].some((x) => x.checkVisibility()), { timeout: 20000 });
  log(`  ${Date.now() - t0}ms Next summary visible`);
  for (let k = 0; k < 2; k++) {
    if (values.how === 'kbd') { await tabTo(page, NEXT); await page.keyboard.press('Enter'); }
    else {
      const h = await page.evaluateHandle(() => { const r = document.querySelector('langkah-lesson').shadowRoot; return [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && /^(Lanjut|Next)/.test(x.innerText.trim())); });
      await h.asElement().click();
    }
    await sleep(300);
  }
  if (values.how === 'read') { await page.mouse.wheel({ deltaY: 250 }); await sleep(300); }
  let s = await state(page); log(`  ${Date.now() - t0}ms on step 3 before script`, short(s), 'below', s.below);
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: ms + 30000 }).catch(() => log('  !! still prerendered'));
  const tHyd = Date.now() - t0;
  await sleep(1200);
  s = await state(page); log(`  ${tHyd}ms hydrated; +1.2s`, short(s), 'below', s.below);
  log('  shifts', JSON.stringify(await page.evaluate(() => window.__shifts)));
  const rec = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('langkah')).map((k) => [k, localStorage.getItem(k).slice(0, 160)])));
  log('  record', JSON.stringify(rec));
  await ax(page, 'after hydration on step 3');
  delay.ms = 0;
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 }).catch(() => log('  !! reload: still prerendered'));
  await sleep(500);
  s = await state(page); log('  after reload', short(s));
  await ctx.close();
}

if (ph === 'look') {
  // (c) 200 % zoom (viewport 180×320 at 4× = a 360 px phone at 200 %), forced colours, reduced motion; axe; 44 px targets.
  const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  for (const [name, vp, feats] of [['360', { width: 360, height: 640 }, []], ['zoom200', { width: 180, height: 320 }, []], ['forced', { width: 360, height: 640 }, [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-reduced-motion', value: 'reduce' }]]]) {
    for (const phase of ['before', 'after']) {
      const { ctx, page } = await open({ block: phase === 'before' ? SCRIPTS : null, viewport: vp, dsf: name === 'zoom200' ? 4 : (FF ? 1 : 2) });
      if (feats.length && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: feats });
      await page.goto(values.site + values.page, { waitUntil: 'load' });
      if (phase === 'after') await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 }).catch(() => log('  !! still prerendered'));
      await sleep(500);
      const res = [];
      if (process.env.ONLY && process.env.ONLY !== name) { await ctx.close(); continue; }
      for (const at of [1, 3]) {
        if (at === 3) {
          if (phase === 'before') { for (let k = 0; k < 2; k++) { await tabTo(page, NEXT); await page.keyboard.press('Enter'); await sleep(200); } }
          else { for (let k = 0; k < 2; k++) { await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('nav button.primary, nav .primary')?.click()); await sleep(400); } }
        }
        const s = await state(page);
        const small = s.controls.filter((c) => { const m = / (\d+)x(\d+)$/.exec(c); return m && (+m[1] < 44 || +m[2] < 44); });
        await page.evaluate(axe);
        const v = await page.evaluate(async () => (await window.axe.run(document.querySelector('langkah-lesson'), { resultTypes: ['violations'] })).violations.map((x) => `${x.id}(${x.nodes.length}: ${x.nodes[0]?.target?.join(' ').slice(0, 60)})`));
        const hOverflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        await page.screenshot({ path: `${OUT}/look-${name}-${phase}-step${at}-${B}.png` });
        const wide = await page.evaluate(() => [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('*')].filter((n) => n.checkVisibility() && n.getBoundingClientRect().right > innerWidth + 1).slice(-3).map((n) => `${n.localName}.${n.className} ${Math.round(n.getBoundingClientRect().right)}`));
        res.push(`step${at}: wide=${JSON.stringify(wide)} ${JSON.stringify(s.counters)} axe=${JSON.stringify(v)} small=${JSON.stringify(small)} hOverflow=${hOverflow} sticky-cover=${await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; const h = [...r.querySelectorAll('h3')].find((x) => x.checkVisibility()); const b = h?.getBoundingClientRect(); return b ? `${Math.round(b.top)}..${Math.round(b.bottom)}/${innerHeight}` : '?'; })}`);
      }
      log(`== look ${name} ${phase} ${B}\n  ` + res.join('\n  '));
      await ctx.close();
    }
  }
}

if (ph === 'return') {
  // (d) a returning learner at step 3 (real record) with langkah-resume.js, script late.
  const ms = Number(values.delay);
  const { ctx: c0, page: p0 } = await open();
  await p0.goto(values.site + values.page, { waitUntil: 'load' });
  await p0.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 });
  for (let k = 0; k < 2; k++) { await p0.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('nav .primary')?.click()); await sleep(400); }
  const record = await p0.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('langkah:')).map((k) => [k, JSON.parse(localStorage.getItem(k))])));
  await c0.close();
  log(`== return ${values.page} ${B} delay ${ms} record ${JSON.stringify(record).slice(0, 120)}`);
  const { ctx, page } = await open({ record, delay: { re: /\/cdn\/langkah/, ms } });
  const t0 = Date.now();
  page.goto(values.site + values.page, { waitUntil: 'load', timeout: 60000 }).catch(() => {});
  let last = '';
  for (let i = 0; i < (ms + 8000) / 250; i++) {
    const s = await state(page).catch(() => null); if (!s) { await sleep(250); continue; }
    const k = `vis=${s.visibility} pre=${s.pre} ${s.counters} focus=${s.focus}`;
    if (k !== last) { log(`  ${Date.now() - t0}ms ${k}`); last = k; }
    if (!s.pre && i > 4) break;
    await sleep(250);
  }
  await sleep(800);
  const s = await state(page); log('  final', short(s));
  log('  shifts', JSON.stringify(await page.evaluate(() => window.__shifts)));
  await ctx.close();
}

if (ph === 'cms') {
  for (const url of ['/public/cms/abs.html', '/public/cms/path.html', '/public/cms/strict-nohash.html']) {
    const { ctx, page } = await open({ url });
    await page.goto(values.site + url, { waitUntil: 'load' });
    const pre = await state(page);
    const styled = await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; const s = [...r.querySelectorAll('summary')].find((x) => x.checkVisibility()); return s && getComputedStyle(s).backgroundColor; });
    await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 }).catch(() => log('  !! still prerendered'));
    await sleep(500);
    await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('nav .primary')?.click()); await sleep(500);
    const s = await state(page);
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.replace(location.origin, '')).filter((n) => /langkah/.test(n)));
    log(`== cms ${url} ${B}\n  before: ${JSON.stringify(pre.counters)} Next bg ${styled}\n  after Next: ${JSON.stringify(s.counters)} pre=${s.pre} cls=${s.cls} violations=${JSON.stringify(s.v)}\n  fetched: ${urls.join(' ')}`);
    await ctx.close();
  }
}

if (ph === 'twice') {
  // Two fragments of the same lesson on one page, host ids/details name="pe" beside them.
  log(`== twice ${B}`);
  const { ctx, page } = await open({ url: '/public/langkah-kami/twice.html', block: SCRIPTS });
  await page.goto(values.site + '/public/langkah-kami/twice.html', { waitUntil: 'load' });
  const click = (i, re) => page.evaluate((i, re) => { const r = document.querySelectorAll('langkah-lesson')[i].shadowRoot; [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && new RegExp(re).test(x.innerText.trim()))?.click(); }, i, re);
  await click(0, '^Lanjut'); await click(0, '^Lanjut');
  await page.evaluate(() => document.querySelector('body > main > details[name=pe] summary, details[name=pe] > summary:not(langkah-lesson *)')?.click());
  const host = await page.evaluate(() => document.querySelector('main > details[name=pe]')?.open);
  log('  no script: A', short(await state(page, 0)), '\n  B', short(await state(page, 1)), '\n  host details open', host);
  await page.evaluate(() => document.querySelector('main > details[name=pe] > summary').click());
  log('  host details toggled again; A open step', (await state(page, 0)).open);
  await ctx.close();
  const { ctx: c2, page: p2 } = await open({ url: '/public/langkah-kami/twice.html', delay: { re: /\/cdn\/langkah/, ms: 4000 } });
  const nav2 = p2.goto(values.site + '/public/langkah-kami/twice.html', { waitUntil: 'load', timeout: 60000 }).catch(() => {});
  await p2.waitForFunction(() => [...(document.querySelector('langkah-lesson')?.shadowRoot?.querySelectorAll('.pe summary') ?? [])].some((x) => x.checkVisibility()), { timeout: 20000 });
  const click2 = (i, re) => p2.evaluate((i, re) => { const r = document.querySelectorAll('langkah-lesson')[i].shadowRoot; [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && new RegExp(re).test(x.innerText.trim()))?.click(); }, i, re);
  await click2(0, '^Lanjut'); await click2(0, '^Lanjut');
  log('  before the script: A', short(await state(p2, 0)), 'B', (await state(p2, 1)).counters);
  await p2.waitForFunction(() => ![...document.querySelectorAll('langkah-lesson')].some((e) => e.hasAttribute('prerendered')), { timeout: 30000 }).catch(() => log('  !! still prerendered'));
  await nav2; await sleep(1000);
  log('  with script (A moved to step 3 before it): A', short(await state(p2, 0)), '\n  B', short(await state(p2, 1)));
  log('  host #counter text', await p2.evaluate(() => document.getElementById('counter').textContent), 'shifts', JSON.stringify(await p2.evaluate(() => window.__shifts)));
  await c2.close();
}

if (ph === 'attack') {
  log(`== attack ${values.page} ${B}`);
  const { ctx, page } = await open({ block: process.env.NOJS ? SCRIPTS : null });
  await page.exposeFunction('__pwn', (x) => log('  !!! PWNED', x));
  await page.goto(values.site + values.page, { waitUntil: 'load' });
  const look = () => page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el) => {
    const r = el.shadowRoot;
    return { bad: r?.querySelectorAll('script,iframe,object,embed,form,base,meta,[onerror],[onclick],[onload],[onmouseover],[onfocus],[ontoggle]').length, links: [...(r?.querySelectorAll('[href],[src]') ?? [])].map((a) => a.getAttribute('href') ?? a.getAttribute('src')).filter((h) => !/^(https?:|\/|[a-z0-9])/i.test(h) || /^(javascript|data|vbscript):/i.test(h)), details: r?.querySelectorAll('details').length, steps: [...(r?.querySelectorAll('.pe details') ?? [])].map((d) => d.querySelector('h3')?.textContent.slice(0, 50)) };
  }));
  log('  before', JSON.stringify(await look()), 'body children', await page.evaluate(() => document.body.children.length));
  // open every step without script
  for (let k = 0; k < 6; k++) await page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; [...r.querySelectorAll('.pe summary')].find((x) => x.checkVisibility() && /^(Lanjut|Next)/.test(x.innerText.trim()))?.click(); });
  if (!process.env.NOJS) await page.waitForFunction(() => ![...document.querySelectorAll('langkah-lesson')].some((e) => e.hasAttribute('prerendered')), { timeout: 20000 }).catch(() => log('  !! still prerendered'));
  await sleep(800);
  log('  after', JSON.stringify(await look()), 'violations', JSON.stringify(await page.evaluate(() => window.__v)), 'body children', await page.evaluate(() => document.body.children.length));
  await page.screenshot({ path: `${OUT}/attack-${B}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
