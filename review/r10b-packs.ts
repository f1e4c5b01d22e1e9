// review10b: two offline packs at /kelas/ and /kelas-digital/ (scope paths and ids each a prefix of the
// other), the same lesson (kunci-akun/kode-otp) in both, host sending max-age=600; install both, progress in
// one, rebuild one, update notice, offline (CDP + host down). Issue #10 items 5 and 6 (mixing).
// Run: node --import tsx review/r10b-packs.ts   (after npm run build; Chromium; BROWSER=firefox tries Firefox)
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { chromium, firefox, host, serve, stop, PAGE_HELPERS, ROOT, WAIT } from '../test/node/pack-helpers.ts';

const T = mkdtempSync(join(tmpdir(), 'r10b-packs-'));
const proj = join(T, 'proj');
cpSync(join(ROOT, 'modules'), join(proj, 'modules'), { recursive: true });
const cur = (id: string, title: string, lessons: string) => `id: ${id}\nversion: 1\ntitle:\n  id: ${title}\n  en: ${title}\norganiser: Dinas Uji\nlanguages: [id, en]\nmodules:\n  - module: kunci-akun\n    lessons: [${lessons}]\n`;
writeFileSync(join(proj, 'kelas.yaml'), cur('kelas', 'Kelas satu', 'kode-otp'));
writeFileSync(join(proj, 'kelas-digital.yaml'), cur('kelas-digital', 'Kelas digital', 'kode-otp, verifikasi-dua-langkah'));
const build = (file: string, out: string) => execFileSync(process.execPath, [join(ROOT, 'bin/langkah.js'), 'build', file, '--out', join(T, 'site', out)], { cwd: proj, stdio: ['ignore', 'ignore', 'pipe'] });
const t0 = Date.now();
build('kelas.yaml', 'kelas');
build('kelas-digital.yaml', 'kelas-digital');
console.log(`built both packs in ${((Date.now() - t0) / 1000).toFixed(0)} s  (${T})`);
// SERVER=serve: scripts/serve.mjs on the site folder (no request counts: probes then show 0)
const web = process.env.SERVER === 'serve'
  ? await (async () => { const s = await serve(join(T, 'site'), '.'); return { port: s.port, hits: new Map<string, number>(), down: (_: boolean) => void stop(s.child), server: { close: () => void stop(s.child) } }; })()
  : await host(join(T, 'site'));
const origin = `http://${process.env.SERVER === 'serve' ? 'localhost' : '127.0.0.1'}:${web.port}`;
const browser = process.env.BROWSER === 'firefox' ? await firefox() : await chromium();
const violations: string[] = [];
const errors: string[] = [];
const log = (...a: unknown[]) => console.log(...a);
const caches = (p: Page) => p.evaluate(`(async () => { const o = {}; for (const n of await caches.keys()) o[n] = (await (await caches.open(n)).keys()).length; return o; })()`) as Promise<Record<string, number>>;
const store = (p: Page) => p.evaluate(`Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('langkah:')).map(k => { try { const r = JSON.parse(localStorage[k]); return [k, 'step ' + r.step + ' seen ' + r.seen.length]; } catch { return [k, localStorage[k].slice(0, 30)]; } }))`);
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(WAIT.timeout * 3);
  await page.setViewport({ width: 360, height: 640 });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(`${path}: ${v}`));
  await page.evaluateOnNewDocument(PAGE_HELPERS + `;document.addEventListener('langkah-error', (e) => window.__err?.(e.detail.kind + ' ' + e.detail.message), true);`);
  await page.exposeFunction('__err', (v: string) => errors.push(`${path}: ${v}`));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction('navigator.serviceWorker.controller !== null');
  await page.waitForFunction(`/tersimpan/.test(window.__status())`);
  return page;
}
const step = (p: Page) => p.evaluate(`window.__lesson()?.querySelector('.counter')?.textContent ?? '(no lesson)'`);
const next = async (p: Page) => {
  const c = await step(p);
  await p.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
  await p.waitForFunction(`window.__lesson().querySelector('.counter').textContent !== ${JSON.stringify(c)}`);
};
const REF = 'kunci-akun/kode-otp';
try {
  const a = await open('/kelas/');
  log('A installed; status:', await a.evaluate('window.__status()'), '\n caches:', await caches(a));
  await a.evaluate(`window.__course().querySelector('[data-ref="${REF}"]').click()`);
  await a.waitForFunction(`window.__lesson()?.querySelector('.counter')`);
  await next(a); await next(a);
  log('A after 2 × Lanjut:', await step(a), '\n store:', await store(a));
  const b = await open('/kelas-digital/');
  log('B installed; caches:', await caches(b));
  log('B state of', REF, '=', await b.evaluate(`window.__state('${REF}')`), '(A had it in progress)');
  await b.evaluate(`window.__course().querySelector('[data-ref="${REF}"]').click()`);
  await b.waitForFunction(`window.__lesson()?.querySelector('.counter')`);
  log('B opens the same lesson at:', await step(b));
  await next(b);
  log('B after 1 × Lanjut:', await step(b), '\n store:', await store(b));
  // probes: requests outside each pack's own files reach the network
  for (const [p, path] of [[a, '/kelas-digital/curriculum.json'], [a, '/kelas/nothing.json'], [a, '/kelas/curriculum.json'], [b, '/kelas/curriculum.json']] as const) {
    const was = web.hits.get(path) ?? 0;
    const st = await p.evaluate(`fetch(${JSON.stringify(path)}, { cache: 'no-store' }).then(r => r.status)`);
    log(`probe from ${p === a ? 'A' : 'B'} ${path}: ${st}, network hits +${(web.hits.get(path) ?? 0) - was}`);
  }
  // Rebuild kelas with a change (title); the host keeps max-age=600.
  writeFileSync(join(proj, 'kelas.yaml'), cur('kelas', 'Kelas satu VERSI DUA', 'kode-otp'));
  build('kelas.yaml', 'kelas');
  log('rebuilt kelas; host still sends', (await fetch(`${origin}/kelas/curriculum.json`)).headers.get('cache-control'));
  const bCachesBefore = Object.entries(await caches(b)).filter(([n]) => n.includes('/kelas-digital/'));
  // A: the learner is in the lesson; a visit (reload) finds the new version.
  await a.bringToFront();
  await a.reload({ waitUntil: 'load' });
  for (let i = 0; i < 12; i++) {
    const st = await a.evaluate(`navigator.serviceWorker.getRegistration().then(r => JSON.stringify({ active: r?.active?.state, installing: r?.installing?.state, waiting: r?.waiting?.state, update: document.getElementById('update')?.textContent, lessonOpen: document.body.className }))`);
    log(` ${i * 5} s after reload:`, st);
    if (/Muat ulang/.test(st)) break;
    if (i === 6) { log(' calling reg.update() by hand'); await a.evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update()).catch(e => String(e))`); }
    await new Promise((r) => setTimeout(r, 5000));
  }
  await a.waitForFunction(`document.querySelector('#update button')`, { timeout: 30_000 });
  log('A notice:', await a.evaluate(`(() => { const u = document.getElementById('update'); return JSON.stringify({ role: u.getAttribute('role'), live: u.getAttribute('aria-live'), text: u.textContent }); })()`));
  log(' caches while waiting:', await caches(a));
  const newCache = (await a.evaluate(`(async () => { for (const n of await caches.keys()) { if (!n.includes('/kelas/ ')) continue; const r = await (await caches.open(n)).match('curriculum.json'.replace(/^/, location.origin + '/kelas/')); if (r) { const t = (await r.json()).title.id; if (/VERSI DUA/.test(t)) return n + ' → ' + t; } } return 'no cache holds the new curriculum.json'; })()`));
  log(' new version cache:', newCache);
  // B (other pack) in its own tab: any notice?
  await b.reload({ waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  log('B notice after reload (should be none):', JSON.stringify(await b.evaluate(`document.getElementById('update')?.textContent ?? ''`)));
  await a.evaluate(`document.querySelector('#update button').click()`);
  await a.waitForFunction(`/VERSI DUA/.test(document.querySelector('h1').textContent)`, { timeout: 60_000 });
  await a.waitForFunction(`!!window.__course()`);
  await new Promise((r) => setTimeout(r, 2000));
  log('A after the update reload: lesson open', await a.evaluate(`!!window.__lesson()`), 'at', await step(a));
  log('A after reload:', await a.evaluate(`document.querySelector('h1').textContent`), '| state', REF, '=', await a.evaluate(`window.__state('${REF}')`));
  log(' caches:', await caches(a));
  log(' B cache untouched:', JSON.stringify(bCachesBefore), '→', JSON.stringify(Object.entries(await caches(a)).filter(([n]) => n.includes('/kelas-digital/'))));
  log(' store:', await store(a));
  // Offline: CDP offline for both tabs and the host down.
  web.down(true);
  await a.setOfflineMode(true); await b.setOfflineMode(true);
  for (const [p, path] of [[a, '/kelas/'], [b, '/kelas-digital/']] as const) {
    await p.goto(`${origin}${path}`, { waitUntil: 'load' });
    await p.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`);
    await new Promise((r) => setTimeout(r, 1500));
    log(`offline ${path}: h1 "${await p.evaluate(`document.querySelector('h1').textContent`)}", status "${await p.evaluate('window.__status()')}", lesson open: ${await p.evaluate(`!!window.__lesson()`)}, ${REF} = ${await p.evaluate(`window.__state('${REF}')`)}`);
    if (!(await p.evaluate(`!!window.__lesson()`))) await p.evaluate(`window.__course().querySelector('[data-ref="${REF}"]').click()`);
    await p.waitForFunction(`window.__lesson()?.querySelector('.counter')`);
    await new Promise((r) => setTimeout(r, 1000));
    log(`  opens the lesson offline at ${await step(p)}`);
  }
  log('CSP violations:', violations.length ? violations : 'none');
  log('langkah-error events:', errors.length ? errors : 'none');
} catch (e) {
  log('FAILED:', (e as Error).message);
} finally {
  await browser.close();
  web.server.close();
}
