#!/usr/bin/env node
// Review 16l: review/r16k-pre.mjs with Back found by its words (6d64d5c dropped class="back") and SITE (default /tmp/r16l-pack).
// Review 16k, item 3: the prerendered steps of a real lesson (the pack's lesson page) before the script, and at the
// take-over. For each size in SIZES (WxH[xD]), each step in STEPS ("mid" = step 3 of 6, "last") and each scroll in
// SCROLLS (top: the step's title at the top of the screen; mid: halfway, the main button stuck; bottom: the page's
// end), in a fresh browser context: the bundle (pack.js, langkah*.js) is held until HOLD ms after navigation; the
// learner opens the step with the Next summaries, scrolls, and then the element takes over. Printed: the rects of
// Next / the "Memuat…" box, Back, the title, the first and last paragraph before and after, scrollY, layout-shift
// entries (Chromium), focus.
// LATE=1: the bundle blocked; last step only; at each scroll, before and after the minute (the animation
// fast-forwarded to 60 s): the box (visibility), Back, the late sentence, what a tap at the box's centre hits, the
// loading sentences in the accessibility tree (Chromium), and a sweep of the scroll: what lies over what.
// LATE=1 HOLD=ms: the minute fast-forwarded, then the take-over at HOLD.
//   SIZES=360x640,180x320x2 STEPS=mid,last SCROLLS=top,mid,bottom BROWSER=firefox node review/r16k-pre.mjs
//   REDUCED=1: prefers-reduced-motion: reduce (Chromium: emulated; Firefox: ui.prefersReducedMotion).
//   FONT=32: the browser's default font size (Chromium: CDP Page.setFontSizes; Firefox: font.size.variable.x-western).
import puppeteer from 'puppeteer-core';
import { env, FF, LIB, slowServer, wait } from './r16k-lib.mjs';
const PAGE = env.PAGE ?? '/lesson.harga-pokok.diskon-tanpa-rugi.id.html';
const SIZES = (env.SIZES ?? '300x533,340x604,360x640,640x360,180x320x2').split(',');
const STEPS = (env.STEPS ?? 'mid,last').split(','), SCROLLS = (env.SCROLLS ?? 'top,mid,bottom').split(',');
const LATE = !!env.LATE; const HOLD = env.HOLD ? +env.HOLD : LATE ? Infinity : 6000;
const srv = await slowServer(env.SITE ?? '/tmp/r16l-pack', { lat: 20, hold: HOLD });
const browser = FF
  ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: { ...(env.FORCED ? { 'browser.display.document_color_use': 2 } : {}), ...(env.REDUCED ? { 'ui.prefersReducedMotion': 1 } : {}), ...(env.FONT ? { 'font.size.variable.x-western': +env.FONT, 'font.size.monospace.x-western': +env.FONT } : {}) } })
  : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const log = (...a) => console.log(...a);
const CLS = `window.__shifts = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(Math.round(e.startTime) + 'ms ' + e.value.toFixed(4) + (e.hadRecentInput ? '(input)' : '') + ' ' + (e.sources || []).map((s) => (s.node?.nodeName ?? '?') + (s.node?.className ? '.' + String(s.node.className).split(' ')[0] : '') + (s.node?.id ? '#' + s.node.id : '') + (s.node ? '"' + (s.node.textContent ?? '').trim().slice(0, 20) + '"' : '') + ' h' + Math.round(s.previousRect.height) + '->' + Math.round(s.currentRect.height) + ' y' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y) + ' x' + Math.round(s.previousRect.x) + '->' + Math.round(s.currentRect.x)).join(',')); }).observe({ type: 'layout-shift', buffered: true }); } catch {}`;

// What the learner sees, in viewport coordinates: before (the prerendered steps) and after (the element).
const snap = (page) => page.evaluate(() => {
  const h = K.host(); const r = h.shadowRoot; const pre = !!r.querySelector('.pe');
  const R = (n) => (n && n.getBoundingClientRect().width ? K.R(n) : '-');
  const open = r.querySelector('.pe > [open]');
  const next = pre ? r.querySelector('.pe > [open] + :not([open])') : r.querySelector('nav .primary');
  const nextBox = pre ? (next?.localName === 'p' ? next : next?.querySelector('summary')) : next;
  const back = pre ? r.querySelector('.pe > :not([open]):has(+ [open]) > summary') : [...r.querySelectorAll('nav button')].find((b) => /Kembali|Back/.test(b.textContent));
  const step = pre ? open?.querySelector('.step') : r.querySelector('article .step');
  const ps = step ? [...step.querySelectorAll(':scope > p, :scope > ul, :scope > ol')] : [];
  const title = pre ? open?.querySelector('h3') : r.querySelector('h3');
  const late = r.querySelector('.pe > .late');
  return {
    pre, step: pre ? open?.dataset.step : r.querySelector('#counter').textContent.trim(),
    next: `${nextBox ? K.name(nextBox).slice(0, 24) : '-'} ${R(nextBox)}${nextBox && getComputedStyle(nextBox.localName === 'summary' ? nextBox.parentElement : nextBox).position === 'sticky' ? ' sticky' : ''}${nextBox && getComputedStyle(nextBox).visibility === 'hidden' ? ' (blank)' : ''}`,
    back: R(back), title: R(title), p1: R(ps[0]), pN: R(ps.at(-1)), late: late && getComputedStyle(late).display !== 'none' ? R(late) : '-',
    y: Math.round(scrollY), docH: document.documentElement.scrollHeight, focus: K.name(K.active()),
  };
});
const rectOf = (s) => (s.match(/-?\d+--?\d+x-?\d+--?\d+/) ?? [s])[0];
const fmt = (s) => `next/end ${s.next} | back ${s.back} | title ${s.title} | p1 ${s.p1} | pN ${s.pN} | late ${s.late} | scrollY ${s.y} docH ${s.docH}`;
const ax = async (page) => {
  if (FF) return '(no AX in Firefox)';
  const t = await page.accessibility.snapshot(); const out = new Map();
  const walk = (n) => { if (n.name && /dimuat|Memuat|tersimpan|sinyal/i.test(n.name) && n.role !== 'RootWebArea') out.set(`${n.role}:"${n.name}"`, (out.get(`${n.role}:"${n.name}"`) ?? 0) + 1); (n.children ?? []).forEach(walk); };
  walk(t); return [...out].map(([k, v]) => `${v}× ${k}`).join(' ; ') || '(none)';
};

for (const size of SIZES) {
  const [w, hgt, d] = size.split('x').map(Number);
  for (const which of LATE ? ['last'] : STEPS) for (const scroll of SCROLLS) {
    const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
    await page.setViewport({ width: w, height: hgt, deviceScaleFactor: d || 1 });
    if (env.FORCED && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    if (env.REDUCED && !FF) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    if (env.FONT && !FF) await (await page.createCDPSession()).send('Page.setFontSizes', { fontSizes: { standard: +env.FONT, fixed: +env.FONT } });
    await page.evaluateOnNewDocument(LIB); await page.evaluateOnNewDocument(CLS);
    srv.nav = Date.now();
    page.goto(srv.base + PAGE, { timeout: 120000 }).catch(() => {});
    await page.waitForFunction(() => window.K && K.host()?.shadowRoot?.querySelector('.pe summary'), { timeout: 30000 });
    // To the step: Next summaries (3 taps to the middle step, all to the last).
    await page.evaluate(async (which) => {
      const r = K.root(); const n = r.querySelectorAll('.pe > details').length; const to = which === 'last' ? n - 1 : 3;
      for (let k = 0; k < to; k++) { [...r.querySelectorAll('.pe > details:not([open]) > summary')].filter((s) => s.checkVisibility() && /Lanjut|Next/.test(s.textContent)).pop()?.click(); await K.frame(); }
    }, which);
    await wait(200);
    const place = (scroll) => page.evaluate((scroll) => {
      const r = K.root(); const t = r.querySelector('.pe > [open] h3'); const max = document.documentElement.scrollHeight - innerHeight;
      const top = scrollY + t.getBoundingClientRect().top - 4;
      scrollTo(0, scroll === 'top' ? top : scroll === 'bottom' ? max : Math.round((top + max) / 2));
    }, scroll);
    await place(scroll); await wait(300);
    // The step changes above were synthetic clicks (not counted as input): only shifts from here on.
    await page.evaluate(() => (__shifts.length = 0));
    const head = `${FF ? 'ff' : 'cr'} ${size} ${which} scroll=${scroll}`;
    if (LATE) {
      const lateInfo = () => page.evaluate(async () => {
        const r = K.root(); const end = r.querySelector('.pe > .end'); const b = end.getBoundingClientRect();
        const hit = K.hit((b.left + b.right) / 2, (b.top + b.bottom) / 2);
        const back = r.querySelector('.pe > :not([open]):has(+ [open]) > summary'); const late = r.querySelector('.pe > .late');
        const y0 = scrollY; const max = document.documentElement.scrollHeight - innerHeight; const hits = new Set(); const text = [...r.querySelectorAll('.pe [open] .step :is(p, li, h3), .pe [open] h3')];
        let endTaps = 0;
        for (let y = 0; y <= max + 10; y += 10) { scrollTo(0, y); await new Promise((f) => requestAnimationFrame(() => f()));
          const o1 = K.over(end, back); if (o1 && getComputedStyle(end).visibility !== 'hidden') hits.add('box/back ' + o1.join('x'));
          if (getComputedStyle(late).display !== 'none') { const o2 = K.over(late, back); if (o2) hits.add('late/back'); const o3 = K.over(late, end); if (o3) hits.add('late/box ' + o3.join('x')); for (const t of text) if (K.over(late, t)) hits.add('late/text'); }
          const e = end.getBoundingClientRect(); if (e.bottom > 0 && e.top < innerHeight) { const x = K.hit((e.left + e.right) / 2, Math.max(1, (e.top + e.bottom) / 2)); if (x === end || end.contains(x)) endTaps++; }
        }
        scrollTo(0, y0); await new Promise((f) => requestAnimationFrame(() => f()));
        return `box vis=${getComputedStyle(end).visibility} pos=${getComputedStyle(end).position} ${K.R(end)}, tap at its centre hits ${K.name(hit)}; sweep: ${[...hits].join(', ') || 'nothing over anything'}; the box takes a tap at ${endTaps} scroll positions`;
      });
      if (env.REDUCED) log(head, 'reduced motion:', await page.evaluate(() => `matches=${matchMedia('(prefers-reduced-motion: reduce)').matches} animations on .pe: ${K.root().querySelector('.pe').getAnimations().map((a) => a.animationName + ' delay ' + a.effect.getTiming().delay + ' ' + a.playState).join(', ')}`));
      const s0 = await snap(page); log(`${head} before the minute: ${fmt(s0)}\n   ${await lateInfo()}\n   ax: ${await ax(page)}`);
      await page.evaluate(() => { const a = K.root().querySelector('.pe').getAnimations()[0]; a.currentTime = 60000; });
      await wait(200);
      const s1 = await snap(page); log(`   after the minute: ${fmt(s1)}\n   ${await lateInfo()}\n   ax: ${await ax(page)}`);
      const moved = ['back', 'next', 'title', 'p1'].filter((k) => rectOf(s0[k]) !== rectOf(s1[k])).map((k) => `${k} ${s0[k]} → ${s1[k]}`);
      log(`   moved at the minute: ${moved.length ? moved.join('; ') : 'nothing'}`);
      if (HOLD !== Infinity) {
        await page.waitForFunction(() => !K.host().hasAttribute('prerendered') && K.root().querySelector('nav button'), { timeout: 60000 }); await wait(1000);
        const s2 = await snap(page);
        log(`   after the take-over: ${fmt(s2)} focus ${s2.focus}\n   shifts: ${(await page.evaluate(() => __shifts.filter((x) => !x.includes('(input)')))).join(' | ') || 'none'}`);
      }
    } else {
      const s0 = await snap(page);
      await page.waitForFunction(() => !K.host().hasAttribute('prerendered') && K.root().querySelector('nav button'), { timeout: 60000 });
      await wait(1200);
      const s1 = await snap(page);
      const moved = ['next', 'back', 'title', 'p1', 'pN'].filter((k) => rectOf(s0[k]) !== rectOf(s1[k])).map((k) => `${k} ${s0[k]} → ${s1[k]}`);
      const shifts = await page.evaluate(() => __shifts.filter((x) => !x.includes('(input)')));
      log(`${head}: step ${s0.step} → "${s1.step}", focus ${s1.focus}; ${moved.length ? 'MOVED: ' + moved.join('; ') : 'nothing moved (next/end, back, title, first and last paragraph, to the pixel)'}; shifts: ${shifts.join(' | ') || 'none'}`);
      if (env.V || moved.length) log(`   before: ${fmt(s0)}\n   after:  ${fmt(s1)}`);
    }
    await ctx.close();
  }
}
await browser.close(); srv.close(); process.exit(0);
