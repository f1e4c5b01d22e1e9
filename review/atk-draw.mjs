// review10: how long drawing review/atk-lessons.mjs's lessons blocks the main thread, as bench/markdown.mjs measures
// (trace thread CPU time of each task ≥ 50 ms, worst and median of RUNS). Needs a build (dist/cdn).
// RUNS=5 RATES=1,4 CASES=a,b JSON=1 node review/atk-draw.mjs   (JSON=1: the lesson built to JSON by `langkah build`)
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { serve } from '../bench/lib.mjs';
import { longTasks } from '../bench/markdown.mjs';

const runs = Number(process.env.RUNS ?? 3);
const rates = (process.env.RATES ?? '4').split(',').map(Number);
execFileSync('node', ['review/atk-lessons.mjs', '/tmp/r10/mod']);
const out = 'review/atk-out.generated';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let ext = 'md';
if (process.env.JSON) {
  execFileSync('npx', ['langkah', 'build', '/tmp/r10/mod', '--out', '/tmp/r10/built'], { stdio: 'ignore' });
  cpSync('/tmp/r10/built/atk/id', out, { recursive: true });
  ext = 'json';
}
// NOPNG=1: the pictures are missing on the server (404), as offline or on a broken host.
cpSync('/tmp/r10/mod/atk/id', out, { recursive: true, filter: (s) => !(process.env.JSON && s.endsWith('.md')) && !(process.env.NOPNG && s.endsWith('.png')) });
const cases = (process.env.CASES ?? readdirSync('/tmp/r10/mod/atk/id').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).join(',')).split(',');
const server = await serve('.');
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
async function once(url, rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('[part~="step"] h3, [role="alert"]'), { polling: 100, timeout: 120_000 });
  const ok = await page.evaluate(() => !!document.querySelector('langkah-lesson').shadowRoot.querySelector('[part~="step"] h3'));
  await new Promise((r) => setTimeout(r, 1000));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  await context.close();
  const events = trace.traceEvents ?? trace;
  // A built lesson: pretend its .json is the ".md" longTasks looks for (the request that tells the main thread).
  if (ext == 'json') for (const e of events) if (e.args?.data?.url?.endsWith('.json') && /atk-out/.test(e.args.data.url)) e.args.data.url += '#.md';
  const long = longTasks(events);
  const top = long.reduce((a, b) => (b.cpu > a.cpu ? b : a), { cpu: 0, wall: 0, what: '' });
  return { ok, cpu: top.cpu, wall: top.wall, what: top.what };
}
try {
  for (const c of cases) {
    const page = `${out}/${c}.html`;
    writeFileSync(page, `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${c}</title>\n<script type="module" src="/dist/cdn/langkah.js"></script></head>\n<body><langkah-lesson src="/${out}/${c}.${ext}"></langkah-lesson></body></html>\n`);
    for (const rate of rates) {
      const l0 = loadavg()[0];
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await once(`${server.url}/${page}`, rate));
      const cpu = rs.map((r) => r.cpu).sort((a, b) => a - b);
      const worst = rs.reduce((a, b) => (b.cpu > a.cpu ? b : a));
      console.log(`${c.padEnd(32)} ${ext} ${rate}x  CPU worst ${worst.cpu.toFixed(0)} [median ${cpu[cpu.length >> 1].toFixed(0)}] ${worst.what || '-'}  wall ${worst.wall.toFixed(0)}  ok ${rs.every((r) => r.ok)}  load ${l0.toFixed(1)}→${loadavg()[0].toFixed(1)}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(out, { recursive: true, force: true });
}
