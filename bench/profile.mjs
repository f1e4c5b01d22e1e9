// Where the main thread's time goes while a raw `.md` lesson opens: a CPU
// profile (CDP Profiler) at N× CPU slowdown, cut into busy spans (samples not
// idle, gaps under 2 ms), each span over 50 ms listed with the functions that
// took its time, mapped through the CDN build's source maps to dist/ files.
// Layout, style and paint are not JavaScript: they show as "(program)".
//   npm run build, then: RATE=4 CASE=emphasis node bench/profile.mjs
import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { serve } from './lib.mjs';
import { CASES } from './markdown.mjs';

const rate = Number(process.env.RATE ?? 4);
const only = process.env.CASE;
const maps = new Map();
const consumer = (url) => {
  const file = `dist/cdn/${url.replace(/.*\/|\?.*/g, '')}.map`;
  if (!maps.has(file)) maps.set(file, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  return maps.get(file);
};
const where = (f) => {
  const m = f.url.includes('/dist/cdn/') && consumer(f.url);
  if (!m) return `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}`;
  const o = m.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  return `${o.name ?? f.functionName ?? '(anon)'} ${(o.source ?? '').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${o.line}`;
};

const server = await serve('.');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  for (const [name, make] of Object.entries(CASES)) {
    if (only && !name.includes(only)) continue;
    const slug = 'profile-' + name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    writeFileSync(`bench/pages/${slug}.generated.md`, make());
    writeFileSync(
      `bench/pages/${slug}.generated.html`,
      `<!doctype html>\n<html lang="id">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>x</title>\n<script type="module" src="/dist/cdn/langkah.js"></script></head>\n<body><langkah-lesson src="/bench/pages/${slug}.generated.md"></langkah-lesson></body>\n</html>\n`,
    );
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/bench/pages/${slug}.generated.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('[part~="step"] h3, [role="alert"]'), { polling: 100, timeout: 120000 });
    await new Promise((r) => setTimeout(r, 500));
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    rmSync(`bench/pages/${slug}.generated.md`);
    rmSync(`bench/pages/${slug}.generated.html`);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    const samples = profile.samples.map((id, i) => ((t += profile.timeDeltas[i]), { node: nodes.get(id), t }));
    const busy = (s) => s.node.callFrame.functionName !== '(idle)';
    const spans = [];
    let cur;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i];
      const d = (samples[i + 1]?.t ?? s.t) - s.t;
      if (!busy(s)) continue;
      if (!cur || s.t - cur.end > 2000) spans.push((cur = { start: s.t, end: s.t, self: {} }));
      cur.end = s.t + d;
      const k = s.node.callFrame.url ? where(s.node.callFrame) : s.node.callFrame.functionName;
      cur.self[k] = (cur.self[k] ?? 0) + d;
    }
    console.log(`\n== ${name} @${rate}x`);
    for (const sp of spans.filter((s) => s.end - s.start > 50000)) {
      const top = Object.entries(sp.self).sort((a, b) => b[1] - a[1]).slice(0, 10);
      console.log(`span ${((sp.end - sp.start) / 1000).toFixed(0)} ms at ${((sp.start - profile.startTime) / 1000).toFixed(0)}: ${top.map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(' | ')}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
