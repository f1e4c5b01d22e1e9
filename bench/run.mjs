// npm run bench: every benchmark, printed as tables and saved to bench/results.json.
//   node bench/run.mjs [size] [load] [prerender] [scale] [markdown] [roster]   (default: all)
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { kb, ms } from './lib.mjs';
import { sizeBench } from './size.mjs';

const which = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['size', 'load', 'prerender', 'scale', 'markdown', 'roster']);
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: (() => {
      try {
        return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
      } catch {
        return 'not found';
      }
    })(),
  },
};
const table = (head, rows) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padStart(i ? w[i] : 0).padEnd(w[i])).join('  ');
  console.log(line(head));
  rows.forEach((r) => console.log(line(r)));
  console.log();
};

console.log(`Langkah benchmarks — ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.chromium}\n`);

if (which.has('size')) {
  const s = (results.size = sizeBench());
  console.log('Size (KiB)');
  const rows = [
    ['dist/cdn/langkah.js (budget 20 KiB gzip)', kb(s.bundle.raw), kb(s.bundle.gzip), kb(s.bundle.brotli)],
    ...s.markdownChunks.map((c) => [`lazy chunk ${c.file}`, kb(c.raw), kb(c.gzip), kb(c.brotli)]),
    [`lesson JSON, median of ${s.lessons.count} (budget 6 KiB gzip)`, kb(s.lessons.median.raw), kb(s.lessons.median.gzip), kb(s.lessons.median.brotli)],
    [`lesson JSON, largest: ${s.lessons.largest.file.replace('dist/modules/', '')}`, kb(s.lessons.largest.raw), kb(s.lessons.largest.gzip), kb(s.lessons.largest.brotli)],
  ];
  if (s.pack) rows.push([`offline course pack dist/course (${s.pack.files} files)`, kb(s.pack.raw), kb(s.pack.gzip), kb(s.pack.brotli)]);
  table(['what', 'raw', 'gzip', 'brotli'], rows);
  const { inlineBench } = await import('./inline.mjs');
  const i = (results.inline = await inlineBench());
  console.log('A page with inline quizzes (child Markdown), gzip KiB: what it downloads, and what a bundler makes of it');
  table(
    ['what', 'raw', 'gzip', 'brotli'],
    [
      [`CDN page total: ${i.page.files.join(' + ')} (goal under 25 KiB)`, '', kb(i.page.gzip), kb(i.page.brotli)],
      ...i.chunks.map((c) => [`  the inline chunk ${c.file} (small parser and quiz grammar)`, kb(c.raw), kb(c.gzip), kb(c.brotli)]),
      ['  not loaded: langkah-markdown-parser.js (only for problems, Markdown beyond the subset, raw .md without a worker)', kb(i.parser.raw), kb(i.parser.gzip), kb(i.parser.brotli)],
      [`esbuild --bundle, one file: import { LangkahQuiz } from 'langkah' (parser inside: ${i.esbuild.quizOnly.parser.join(', ') || 'no'})`, kb(i.esbuild.quizOnly.raw), kb(i.esbuild.quizOnly.gzip), ''],
      [`esbuild --bundle, one file: import 'langkah/define.js' (parser inside: ${i.esbuild.define.parser.join(', ') || 'no'})`, kb(i.esbuild.define.raw), kb(i.esbuild.define.gzip), ''],
    ],
  );
}

if (which.has('load')) {
  const { loadBench, PROFILES } = await import('./load.mjs');
  const l = (results.load = await loadBench({ runs: Number(process.env.RUNS ?? 5) }));
  console.log('Load of examples/one-lesson.html, cold cache, 4× CPU slowdown, 360×640 (median [min–max] of runs)');
  const range = (s, f = ms) => `${f(s.median)} [${f(s.min)}–${f(s.max)}]`;
  table(
    ['profile', 'first step visible ms', 'Next responds ms', 'KiB transferred', 'requests', 'JS heap MiB'],
    Object.entries(l.profiles).map(([name, p]) => [
      `${name} (${PROFILES[name].latency} ms, 400 kbit/s)`,
      range(p.visibleMs),
      range(p.responsiveMs),
      range(p.bytes, kb),
      range(p.requests, String),
      range(p.heapBytes, (n) => (n / 2 ** 20).toFixed(1)),
    ]),
  );
  console.log('Second lesson on the same site (bench/pages/second-lesson.html after one-lesson.html; langkah.js cached as a CDN would allow)');
  table(
    ['profile', 'first step visible ms', 'Next responds ms', 'KiB transferred', 'requests'],
    Object.entries(l.second).map(([name, p]) => [name, range(p.visibleMs), range(p.responsiveMs), range(p.bytes, kb), range(p.requests, String)]),
  );
  console.log('What if the page carried the script (one round trip less; a measurement, not a way to embed), cold cache');
  table(
    ['profile', 'first step visible ms', 'Next responds ms', 'KiB transferred'],
    Object.entries(l.inline).map(([name, p]) => [name, range(p.visibleMs), range(p.responsiveMs), range(p.bytes, kb)]),
  );
  console.log(`Without preload hints (bench/pages/no-hints.html, 3g-400ms): first step visible ${range(l.noHints.visibleMs)} ms\n`);
  console.log('Where the time goes (median ms from navigation start)');
  table(
    ['profile', 'page HTML arrived', 'langkah.js arrived', 'lesson JSON arrived', 'first step visible'],
    Object.entries(l.profiles).map(([name, p]) => [name, ms(p.htmlArrivedMs.median), ms(p.bundleArrivedMs.median), ms(p.lessonArrivedMs.median), ms(p.visibleMs.median)]),
  );
  console.log('Interaction, 4× CPU slowdown (ms)');
  table(
    ['what', 'p50', 'p95', 'samples'],
    [
      ['click Next → next step painted', l.interaction.nextToPaint.p50.toFixed(1), l.interaction.nextToPaint.p95.toFixed(1), l.interaction.nextToPaint.samples],
      ['choose option → feedback painted', l.interaction.optionToFeedback.p50.toFixed(1), l.interaction.optionToFeedback.p95.toFixed(1), l.interaction.optionToFeedback.samples],
    ],
  );
}

if (which.has('prerender')) {
  const { prerenderBench, PROFILES } = await import('./prerender.mjs');
  const load = [loadavg()[0]];
  const p = (results.prerender = await prerenderBench({ runs: Number(process.env.RUNS ?? 5) }));
  load.push(loadavg()[0]);
  const runs = Object.values(Object.values(p)[0])[0].readableMs.runs;
  console.log(`Prerendered first step (bench/prerender.mjs): static page, prerendered lesson, script-tag lesson; cold cache, 4× CPU, 360×740, median of ${runs}, load average ${load.map((l) => l.toFixed(1)).join(' → ')}`);
  console.log('ms from navigation start; (×) = ratio to the static page\n');
  for (const [profile, pages] of Object.entries(p)) {
    console.log(`${profile} (${PROFILES[profile].latency} ms, 400 kbit/s)`);
    const base = pages.static;
    const x = (v, b) => `${ms(v)} (${(v / b).toFixed(2)}×)`;
    table(
      ['page', 'first contentful paint', 'first step readable', 'Next responsive', 'CLS', 'KiB transferred', 'requests'],
      Object.entries(pages).map(([name, r]) => [
        name,
        x(r.fcpMs.median, base.fcpMs.median),
        x(r.readableMs.median, base.readableMs.median),
        x(r.responsiveMs.median, base.responsiveMs.median),
        r.cls.max.toFixed(3),
        kb(r.bytes.median),
        String(r.requests.median),
      ]),
    );
  }
}

if (which.has('scale')) {
  const { scaleBench } = await import('./scale.mjs');
  const rows = (results.scale = scaleBench());
  console.log('Scale: langkah check / build over generated lessons (both languages)');
  table(
    ['lessons', 'files', 'check ms', 'check peak RSS MiB', 'build ms', 'build peak RSS MiB', 'build ms per lesson'],
    rows.map((r) => [r.lessons, r.files, ms(r.check.ms), (r.check.maxRssKiB / 1024).toFixed(0), ms(r.build.ms), (r.build.maxRssKiB / 1024).toFixed(0), (r.build.ms / r.lessons).toFixed(2)]),
  );
}

if (which.has('scale')) {
  const { perMegabyteBench } = await import('./scale.mjs');
  const rows = (results.perMegabyte = perMegabyteBench());
  console.log('Check time per MB: langkah check over lessons of ~32 KB, and the parser alone on one lesson of that size (limits lifted)');
  table(
    ['MB', 'check ms', 'check ms per MB', 'check peak RSS MiB', 'one-file parse ms', 'parse ms per MB', 'parse peak RSS MiB'],
    rows.map((r) => [r.mb, ms(r.tree.ms), ms(r.tree.msPerMB), (r.tree.maxRssKiB / 1024).toFixed(0), ms(r.single.ms), ms(r.single.msPerMB), (r.single.maxRssKiB / 1024).toFixed(0)]),
  );
}

if (which.has('scale')) {
  const { hostileBench } = await import('./scale.mjs');
  const rows = (results.hostile = hostileBench());
  console.log('Hostile lessons (each just under the 64 KB limit): langkah check, which must end in plain errors (exit 1); median of 3 [fastest–slowest]');
  table(
    ['lesson', 'KB', 'check ms', 'check peak RSS MiB'],
    rows.map((r) => [r.name, (r.bytes / 1024).toFixed(1), `${ms(r.ms)} [${ms(r.min)}–${ms(r.max)}]`, (r.maxRssKiB / 1024).toFixed(0)]),
  );
}

if (which.has('markdown')) {
  const { markdownBench } = await import('./markdown.mjs');
  // BUNDLES=/dist/cdn/langkah.js,/old/langkah.js: this build and another (served from this folder), runs alternating.
  // The load average (1 minute) at start and end: wall times on a shared machine count the time spent waiting for a core.
  const load = [loadavg()[0]];
  const rows = (results.markdown = await markdownBench({ runs: Number(process.env.RUNS ?? 5), ...(process.env.BUNDLES ? { bundles: process.env.BUNDLES.split(',') } : {}) }));
  load.push(loadavg()[0]);
  results.markdownLoad = load;
  console.log(`Raw .md lesson in Chromium: longest main-thread task until the lesson shows, load average ${load.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} cores`);
  console.log('wall: ms, worst of runs [median], what the worst was (start-up, before the .md arrived, or drawing), (its thread CPU time)');
  console.log('CPU: thread CPU time of the costliest task, worst of runs [median]; CPU slowdown makes the thread spin, so at 4× this is what the task takes with a core to itself\n');
  const wall = (x) => `${ms(x.longest)} [${ms(x.longestMedian)}] ${x.what} (${ms(x.cpuOfLongest)})`;
  const cpu = (x) => `${ms(x.cpu)} [${ms(x.cpuMedian)}] ${x.cpuWhat}`;
  table(
    ['lesson', 'KiB', 'wall 1×', 'CPU 1×', 'wall 4×', 'CPU 4×', 'shown 4× ms', 'load'],
    rows.map((r) => [r.bundle ? `${r.name} (${r.bundle})` : r.name, kb(r.bytes), wall(r.x1), cpu(r.x1), wall(r.x4), cpu(r.x4), ms(r.x4.shownMs), r.load.map((l) => l.toFixed(0)).join('→')]),
  );
}

if (which.has('roster')) {
  const { rosterBench } = await import('./roster.mjs');
  const r = (results.roster = await rosterBench({ runs: Number(process.env.RUNS ?? 3) }));
  console.log('Roster: 10,000 report codes pasted into dist/course/trainer.html, this machine (median [max] of runs, ms)');
  table(
    ['learners', 'paste + Add → stored, table drawn', 'longest task', 'reload → table drawn', 'longest task on reload'],
    // The Long Tasks API sees only tasks over 50 ms.
    Object.values(r).map((x) => {
      const task = (n) => (n ? ms(n) : '< 50');
      return [x.learners, `${ms(x.pasteMs.median)} [${ms(x.pasteMs.max)}]`, `${task(x.pasteLongestTaskMs.median)} [${task(x.pasteLongestTaskMs.max)}]`, `${ms(x.reloadMs.median)} [${ms(x.reloadMs.max)}]`, `${task(x.reloadLongestTaskMs.median)} [${task(x.reloadLongestTaskMs.max)}]`];
    }),
  );
}

// Parts not run this time keep their last figures.
const file = new URL('./results.json', import.meta.url);
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
console.log('written: bench/results.json');
