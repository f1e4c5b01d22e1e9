// review10b: issue #10 item 4, browser side: a raw .md over the 64 KB limit gets the learner's "broken content"
// message and one langkah-error; a hostile .md within limits; long tasks (Chromium) while each loads.
// node --import tsx review/r10b-rawmd.ts  [BROWSER=firefox]
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, firefox, host, ROOT, WAIT } from '../test/node/pack-helpers.ts';
const T = mkdtempSync(join(tmpdir(), 'r10b-rawmd-'));
symlinkSync(join(ROOT, 'dist/cdn'), join(T, 'cdn'));
const base = readFileSync(join(ROOT, 'modules/kunci-akun/id/kode-otp.md'), 'utf8').replace(/::audio[^\n]*\n/g, '');
writeFileSync(join(T, 'ok.md'), base);
// over the limit: the normal lesson plus 70 KB of ordinary prose in extra steps
writeFileSync(join(T, 'big.md'), base + Array.from({ length: 20 }, (_, i) => `\n## Tambahan ${i}\n\n${'Kalimat biasa untuk mengisi langkah ini. '.repeat(90)}\n`).join(''));
// within the limits but hostile: a step of 4 KB of ':' lines and a step of nested quotes
writeFileSync(join(T, 'colons.md'), base.replace(/\n## /, `\n## Titik dua\n\n${(':'.repeat(1000) + '\n\n').repeat(4)}\n## `));
writeFileSync(join(T, 'quotes.md'), base.replace(/\n## /, `\n## Kutipan\n\n${'> '.repeat(7)}isi\n\n## `));
// FINDINGS-10 F1: distinct pictures that 404, as many as a step may hold now (49 × 3 parts + the heading)
writeFileSync(join(T, 'pics.md'), base.replace(/\n## /, `\n## Gambar\n\n${Array.from({ length: 49 }, (_, i) => `![gambar ${i}](hilang-${i}.png)`).join('\n\n')}\n\n## `));
const page = (src: string) => `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="cdn/langkah.js"></script><langkah-lesson src="${src}" lang="id"></langkah-lesson>`;
for (const f of ['ok', 'big', 'colons', 'quotes', 'pics']) writeFileSync(join(T, `${f}.html`), page(`${f}.md`));
const web = await host(T);
const browser = process.env.BROWSER === 'firefox' ? await firefox() : await chromium();
try {
  for (const f of (process.env.CASES ?? 'ok,big,colons,quotes,pics').split(',')) {
    const p = await browser.newPage();
    await p.setViewport({ width: 360, height: 640 });
    if (process.env.THROTTLE) await (await p.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
    p.setDefaultTimeout(WAIT.timeout * 2);
    await p.evaluateOnNewDocument(`window.__errs = []; document.addEventListener('langkah-error', (e) => window.__errs.push(e.detail.kind + ': ' + String(e.detail.message).slice(0, 90)), true);
      window.__long = []; try { new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true }); } catch { window.__long = null; }`);
    await p.goto(`http://127.0.0.1:${web.port}/${f}.html`, { waitUntil: 'load' });
    await p.waitForFunction(`(() => { const r = document.querySelector('langkah-lesson')?.shadowRoot; return r && (r.querySelector('.counter') || /rusak|Maaf/.test(r.textContent)); })()`);
    await new Promise((r) => setTimeout(r, Number(process.env.SETTLE ?? 1500)));
    const out = await p.evaluate(`({ text: document.querySelector('langkah-lesson').shadowRoot.textContent.replace(/\\s+/g, ' ').trim().slice(0, 140), role: document.querySelector('langkah-lesson').shadowRoot.querySelector('[role=alert],[role=status]')?.getAttribute('role') ?? null, errs: window.__errs.length > 3 ? [window.__errs.length + ' events', window.__errs[0]] : window.__errs, placeholders: document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('img').length + ' img left', long: window.__long })`);
    console.log(`${f}.md (${readFileSync(join(T, `${f}.md`)).length} B):`, JSON.stringify(out));
    await p.close();
  }
} finally { await browser.close(); web.server.close(); }
