#!/usr/bin/env node
// Review 16: a partner's pasted prerendered fragment, seen by a learner and an attacker.
// Setup (see FINDINGS-16.md): a site folder with public/langkah-kami (langkah build --prerender
// --bundle /langkah/cdn/langkah.js) and langkah/cdn (copy of dist/cdn), served by
//   node scripts/serve.mjs public langkah --port 8716   (from the site folder)
//   node review/ssr-learner.mjs --base http://127.0.0.1:8716 --phase partner|nojs|block|slow|return|lang|attack
// BROWSER=firefox runs in firefox-esr (no CDP throttling there).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { base: { type: 'string', default: 'http://127.0.0.1:8716' }, phase: { type: 'string', default: 'partner' }, page: { type: 'string', default: 'csp-page.html' }, latency: { type: 'string', default: '400' } } });
const FF = process.env.BROWSER === 'firefox';
const BASE = values.base + '/public/langkah-kami/';
const OUT = '/tmp/r16shots'; mkdirSync(OUT, { recursive: true });
const log = (...a) => console.log(...a);
const browser = await puppeteer.launch(FF ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true } : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
async function open({ js = true, block = null, cdpNet = null, record = null, url = values.page } = {}) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: FF ? 1 : 2 });
  if (!js) await page.setJavaScriptEnabled(false);
  page.on('console', (m) => log(`  [console.${m.type()}] ${m.text().slice(0, 300)}`));
  page.on('pageerror', (e) => log(`  [pageerror] ${e.message.slice(0, 300)}`));
  page.on('requestfailed', (r) => log(`  [requestfailed] ${r.url().replace(values.base, '')} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) log(`  [http ${r.status()}] ${r.url().replace(values.base, '')}`); });
  if (block) {
    await page.setRequestInterception(true);
    page.on('request', (r) => (block.test(r.url()) ? r.abort() : r.continue()));
  }
  if (cdpNet && !FF) {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: cdpNet, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8 });
  }
  if (record || js) {
    await page.evaluateOnNewDocument((record) => {
      if (record) for (const [k, v] of Object.entries(record)) localStorage.setItem(k, JSON.stringify(v));
      window.__v = []; window.__cls = 0; window.__t0 = performance.now();
      document.addEventListener('securitypolicyviolation', (e) => window.__v.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`));
      if (location.search.includes('voice') && window.speechSynthesis) {
        const v = [{ lang: 'id-ID', name: 'Bahasa Indonesia', voiceURI: 'id', localService: true, default: true }, { lang: 'en-US', name: 'English', voiceURI: 'en', localService: true, default: false }];
        speechSynthesis.getVoices = () => v;
      }
      window.__frames = []; let lastF = '';
      const frame = () => { const el = document.querySelector('langkah-lesson'); if (el) { const k = `${getComputedStyle(el).visibility} ${el.shadowRoot?.textContent.match(/Langkah \d+ dari \d+|Step \d+ of \d+/)?.[0]} pre=${el.hasAttribute('prerendered')}`; if (k !== lastF) { window.__frames.push(`${Math.round(performance.now())}ms ${k}`); lastF = k; } } requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
      try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value; (window.__shifts ??= []).push(`${Math.round(e.startTime)}ms ${e.value.toFixed(3)} ` + (e.sources || []).map((x) => { const n = x.node; return n ? (n.id ? '#' + n.id : n.nodeName) + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '') + ` ${x.previousRect.y}->${x.currentRect.y}` : '?'; }).join(', ')); } }).observe({ type: 'layout-shift', buffered: true }); } catch {}
    }, record);
  }
  return { ctx, page };
}
const state = (page) => page.evaluate(() => {
  const el = document.querySelector('langkah-lesson'); const r = el?.shadowRoot;
  const btn = r?.querySelector('button.primary');
  return {
    prerendered: el?.hasAttribute('prerendered'), defined: !!customElements.get?.('langkah-lesson'),
    vis: el && getComputedStyle(el).visibility,
    articles: r?.querySelectorAll('article').length, h2: r?.querySelector('h2,h3')?.textContent?.trim().slice(0, 60),
    stepText: r?.textContent.match(/Langkah \d+ dari \d+|Step \d+ of \d+/)?.[0],
    btnBg: btn && getComputedStyle(btn).backgroundColor, btnH: btn && Math.round(btn.getBoundingClientRect().height),
    belowTop: Math.round(document.getElementById('below')?.getBoundingClientRect().top),
    cls: window.__cls, v: window.__v, styles: r ? [...r.querySelectorAll('style')].length : 0, adopted: r?.adoptedStyleSheets?.length,
  };
});
/** A real returning learner's storage: step 1 → Next → Next (step 3). */
async function realRecord(url = values.page, n = 2) {
  const { ctx, page } = await open({ url });
  await page.goto(BASE + url, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 15000 });
  for (let i = 0; i < n; i++) { await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('button.primary')?.click()); await new Promise((r) => setTimeout(r, 400)); }
  const rec = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('langkah:')).map((k) => [k, JSON.parse(localStorage.getItem(k))])));
  await ctx.close();
  log('  record:', JSON.stringify(rec).slice(0, 200));
  return rec;
}
const ph = values.phase;
if (ph === 'partner' || ph === 'lang') {
  for (const url of ph === 'lang' ? ['../langkah-kami/en-page.html'] : ['csp-page.html', 'hashpage.html', 'plain.html']) {
    log(`== ${url} (${FF ? 'firefox' : 'chromium'})`);
    const { ctx, page } = await open({ url });
    await page.goto(BASE + url, { waitUntil: 'load' });
    log('  at load', JSON.stringify(await state(page)));
    await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 15000 }).catch(() => log('  !! still prerendered after 15s'));
    await new Promise((r) => setTimeout(r, 500));
    log('  hydrated', JSON.stringify(await state(page)));
    await page.screenshot({ path: `${OUT}/${url.replace(/\W/g, '_')}-${FF ? 'ff' : 'cr'}.png` });
    // Keyboard: Tab to Next and press Enter
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a?.outerHTML.slice(0, 80); });
    log('  focus after Tab:', f);
    await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('button.primary').click());
    await new Promise((r) => setTimeout(r, 500));
    log('  after Next', JSON.stringify(await state(page)));
    if (!FF) {
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' }).catch((e) => log('  axe inject (CSP) failed', e.message.slice(0, 80)));
      const ax = await page.evaluate(async () => window.axe ? (await axe.run(document)).violations.map((v) => `${v.id}(${v.nodes.length})`) : 'no axe').catch((e) => e.message);
      log('  axe', JSON.stringify(ax));
    }
    await ctx.close();
  }
}
if (ph === 'nojs') {
  const { ctx, page } = await open({ js: false });
  await page.goto(BASE + values.page, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000));
  await page.screenshot({ path: `${OUT}/nojs-${values.page}-${FF ? 'ff' : 'cr'}.png`, fullPage: true });
  const s = await browser.newPage(); // evaluate via a js-enabled read is impossible on a js-off page; use CDP DOM snapshot instead
  await s.close();
  log('nojs screenshot written');
  await ctx.close();
}
if (ph === 'block') {
  for (const [name, re] of [['langkah.js', /cdn\/langkah\.js$/], ['hydrate chunk', /langkah-hydrate-/], ['lesson json', /kode-otp\.json$/], ['stylesheet', /langkah-lesson\.css$/]].filter(([n]) => !process.env.ONLY || n === process.env.ONLY)) {
    for (const record of [null, await realRecord()]) {
      log(`== block ${name} returning=${!!record}`);
      const { ctx, page } = await open({ block: re, record });
      await page.goto(BASE + values.page, { waitUntil: 'load' }).catch((e) => log('  goto', e.message));
      await new Promise((r) => setTimeout(r, 4000));
      log('  after 4s', JSON.stringify(await state(page)));
      await page.evaluate(() => document.querySelector('langkah-lesson').shadowRoot.querySelector('button.primary')?.click());
      await new Promise((r) => setTimeout(r, 500));
      log('  after Next click', JSON.stringify(await state(page)));
      await page.screenshot({ path: `${OUT}/block-${name.replace(/\W/g, '_')}-${record ? 'ret' : 'new'}-${FF ? 'ff' : 'cr'}.png` });
      await ctx.close();
    }
  }
}
if (ph === 'slow' || ph === 'return' || ph === 'finished') {
  const latency = Number(values.latency);
  const record = ph === 'return' ? await realRecord() : ph === 'finished' ? await realRecord(values.page, 8) : null;
  log(`== ${ph} latency ${latency} ${FF ? 'firefox' : 'chromium'}`);
  const { ctx, page } = await open({ cdpNet: latency, record });
  const seen = [];
  const t0 = Date.now();
  const nav = page.goto(BASE + values.page, { waitUntil: 'load', timeout: 90000 });
  let last = '';
  for (let i = 0; i < 400; i++) {
    await new Promise((r) => setTimeout(r, 100));
    let s; try { s = await state(page); } catch { continue; }
    const key = `${s.vis}|${s.stepText}|pre=${s.prerendered}|bg=${s.btnBg}|arts=${s.articles}`;
    if (key !== last) { seen.push(`${Date.now() - t0}ms ${key}`); last = key; if (ph === 'return' && process.env.SHOTS) await page.screenshot({ path: `${OUT}/return-${latency}-${Date.now() - t0}-${FF ? 'ff' : 'cr'}.png` }).catch(() => {}); }
    if (s.prerendered === false && i > 5) break;
  }
  await nav.catch((e) => log('  nav', e.message));
  seen.forEach((x) => log('  ' + x));
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  log('  shifts:', JSON.stringify(await page.evaluate(() => window.__shifts ?? [])));
  log('  frames (rAF):', JSON.stringify(await page.evaluate(() => window.__frames)));
  log('  FCP', fcp, 'final', JSON.stringify(await state(page)));
  await ctx.close();
}
if (ph === 'attack') {
  log(`== attack ${values.page} ${FF ? 'firefox' : 'chromium'}`);
  const { ctx, page } = await open({ url: values.page });
  await page.exposeFunction('__pwn', (x) => log('  !!! PWNED', x));
  await page.goto(BASE + values.page, { waitUntil: 'load' });
  const before = await page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el) => ({ scripts: el.shadowRoot?.querySelectorAll('script,iframe,object,embed,[onerror],[onclick]').length, jsLinks: [...(el.shadowRoot?.querySelectorAll('a[href]') ?? [])].filter((a) => !/^(https?:|mailto:|tel:|#|\/|\.)/.test(a.getAttribute('href'))).map((a) => a.getAttribute('href')), outsideKids: document.body.children.length, text: el.shadowRoot?.textContent.length })));
  log('  prerendered', JSON.stringify(before));
  const pre = await page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el) => el.shadowRoot?.querySelector('article')?.innerText));
  await page.waitForFunction(() => ![...document.querySelectorAll('langkah-lesson')].some((e) => e.hasAttribute('prerendered')), { timeout: 20000 }).catch(() => log('  !! still prerendered'));
  await new Promise((r) => setTimeout(r, 800));
  const post = await page.evaluate(() => [...document.querySelectorAll('langkah-lesson')].map((el) => el.shadowRoot?.querySelector('article')?.innerText));
  pre.forEach((p, i) => log(`  lesson ${i}: same text after hydration: ${p === post[i]} (${p?.length} / ${post[i]?.length})`, p === post[i] ? '' : JSON.stringify([p?.slice(0, 300), post[i]?.slice(0, 300)])));
  log('  violations', JSON.stringify(await page.evaluate(() => window.__v)), 'body children', await page.evaluate(() => document.body.children.length));
  await page.screenshot({ path: `${OUT}/attack-${FF ? 'ff' : 'cr'}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
