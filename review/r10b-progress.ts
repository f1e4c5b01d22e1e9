// review10b: progress records (issue #10 item 6) on two packs /kelas/ and /kelas-digital/ that hold the same
// lesson: damaged record (twice), a newer version's record, storage cleared in another tab; notices, roles and
// langkah-error events. Run: node --import tsx review/r10b-progress.ts  (BROWSER=firefox for Firefox)
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { chromium, firefox, host, PAGE_HELPERS, ROOT, WAIT } from '../test/node/pack-helpers.ts';

const T = mkdtempSync(join(tmpdir(), 'r10b-progress-'));
const proj = join(T, 'proj');
cpSync(join(ROOT, 'modules'), join(proj, 'modules'), { recursive: true });
const cur = (id: string, title: string) => `id: ${id}\nversion: 1\ntitle:\n  id: ${title}\n  en: ${title}\norganiser: Dinas Uji\nlanguages: [id, en]\nmodules:\n  - module: kunci-akun\n    lessons: [kode-otp, verifikasi-dua-langkah]\n`;
writeFileSync(join(proj, 'kelas.yaml'), cur('kelas', 'Kelas satu'));
writeFileSync(join(proj, 'kelas-digital.yaml'), cur('kelas-digital', 'Kelas digital'));
for (const id of ['kelas', 'kelas-digital']) execFileSync(process.execPath, [join(ROOT, 'bin/langkah.js'), 'build', `${id}.yaml`, '--out', join(T, 'site', id)], { cwd: proj, stdio: ['ignore', 'ignore', 'pipe'] });
const web = await host(join(T, 'site'));
const origin = `http://127.0.0.1:${web.port}`;
const browser = process.env.BROWSER === 'firefox' ? await firefox() : await chromium();
const errors: string[] = [];
const log = (...a: unknown[]) => console.log(...a);
const REF = 'kunci-akun/kode-otp';
const KEY = `langkah:course:kelas@/kelas/|lesson:${REF}@id`;
const KEY_B = `langkah:course:kelas-digital@/kelas-digital/|lesson:${REF}@id`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function open(path: string, name: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(WAIT.timeout * 2);
  await page.setViewport({ width: 360, height: 640 });
  await page.exposeFunction('__cspViolation', () => {});
  await page.exposeFunction('__err', (v: string) => errors.push(`${name}: ${v}`));
  await page.evaluateOnNewDocument(PAGE_HELPERS + `;document.addEventListener('langkah-error', (e) => window.__err(e.composedPath()[0].localName + ' ' + e.detail.kind + ' ' + (e.detail.key ?? '')), true);`);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`);
  return page;
}
const notes = (p: Page) => p.evaluate(`JSON.stringify([...(window.__course()?.querySelectorAll('[part~=note]') ?? []), ...(window.__lesson()?.querySelectorAll('[part~=note]') ?? [])].map((n) => (n.closest('[role],[aria-live]')?.getAttribute('role') ?? n.closest('[aria-live]')?.getAttribute('aria-live') ?? 'NO-LIVE-REGION') + ': ' + n.textContent.trim()))`);
const store = (p: Page) => p.evaluate(`JSON.stringify(Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('langkah:')).sort().map(k => [k.replace('langkah:course:', ''), localStorage[k].slice(0, 40)])))`);
const counter = (p: Page) => p.evaluate(`window.__lesson()?.querySelector('.counter')?.textContent ?? '(list)'`);
const next = async (p: Page) => {
  const c = await counter(p);
  await p.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
  await p.waitForFunction(`window.__lesson().querySelector('.counter').textContent !== ${JSON.stringify(c)}`);
};
const openLesson = async (p: Page) => {
  if (!(await p.evaluate(`!!window.__lesson()`))) await p.evaluate(`window.__course().querySelector('[data-ref="${REF}"]').click()`);
  await p.waitForFunction(`window.__lesson()?.querySelector('.counter')`);
  await sleep(500);
};
const toList = async (p: Page) => {
  if (await p.evaluate(`!!window.__lesson()`)) await p.evaluate(`window.__course().querySelector('#back').click()`);
  await p.waitForFunction(`!!window.__course().querySelector('[data-ref="${REF}"]')`);
};
const section = (s: string) => { log(`\n== ${s}`); errors.length = 0; };
try {
  log('opening A'); const a = await open('/kelas/', 'A'); log('A open');
  const b = await open('/kelas-digital/', 'B');
  await openLesson(a); await next(a); await next(a);
  await openLesson(b); await next(b);
  await toList(a); await toList(b);
  log('records:', await store(a));

  section('damaged record in /kelas/ (truncated JSON), reload A (course list)');
  await a.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, '{"v":1,"key":"trunc')`);
  await a.reload({ waitUntil: 'load' }); await a.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`); await sleep(1500);
  log('A notices:', await notes(a), '\nA state:', await a.evaluate(`window.__state('${REF}')`), '\nrecords:', await store(a), '\nevents:', errors);
  section('A opens the damaged lesson');
  await openLesson(a);
  log('A at', await counter(a), '| notices:', await notes(a), '\nevents:', errors);
  await next(a);
  section('damage it a second time, reload (lesson restores)');
  await a.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, 'not json at all')`);
  await a.reload({ waitUntil: 'load' }); await a.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`); await sleep(1500);
  log('A lesson open:', await a.evaluate(`!!window.__lesson()`), 'at', await counter(a), '| notices:', await notes(a), '\nrecords:', await store(a), '\nevents:', errors);
  section('B (other pack) meanwhile: reload B');
  await b.reload({ waitUntil: 'load' }); await b.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"]')`); await sleep(1000);
  log('B notices:', await notes(b), '| B state:', await b.evaluate(`window.__state('${REF}')`), '\nevents:', errors);

  section('a newer version\'s record (v: 2) in /kelas/, reload A');
  const newer = JSON.stringify({ v: 2, key: KEY.slice('langkah:'.length), future: { step: 4 } });
  await a.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(newer)})`);
  await a.reload({ waitUntil: 'load' }); await a.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`); await sleep(1500);
  await toList(a); await sleep(500);
  log('A list notices:', await notes(a), '| state:', await a.evaluate(`window.__state('${REF}')`), '\nevents:', errors);
  await openLesson(a);
  log('A lesson at', await counter(a), '| notices:', await notes(a));
  await next(a);
  log('after Lanjut: record untouched?', (await a.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)) === newer, '\nevents:', errors);

  section('another tab clears storage while A has the lesson open');
  await a.evaluate(`localStorage.removeItem(${JSON.stringify(KEY)})`);
  await a.reload({ waitUntil: 'load' }); await a.waitForFunction(`!!window.__course()?.querySelector('[data-ref="${REF}"], langkah-lesson')`); await sleep(1000);
  await openLesson(a); await next(a); await next(a); await next(a);
  const before = await counter(a);
  errors.length = 0;
  await b.evaluate(`localStorage.clear()`);
  await sleep(2000);
  log('A before', before, '→ after clear', await counter(a), '| notices:', await notes(a), '\nrecords seen from B:', await store(b), '\nevents:', errors);
  section('another tab removes only A\'s record (removeItem) while the list of A is open');
  await toList(a); await sleep(500);
  errors.length = 0;
  await b.evaluate(`localStorage.removeItem(${JSON.stringify(KEY)})`);
  await sleep(2000);
  log('A list notices:', await notes(a), '| state', await a.evaluate(`window.__state('${REF}')`), '| records:', await store(a), '\nevents:', errors);
} catch (e) {
  log('FAILED:', (e as Error).message);
  for (const p of await browser.pages()) log(' page', p.url(), await p.evaluate(`(document.body?.innerText ?? '').slice(0, 300) + ' | course shadow: ' + (window.__course?.()?.innerHTML ?? 'none').replace(/<!--.*?-->/g, '').slice(0, 600)`).catch((x) => String(x)));
} finally {
  await browser.close();
  web.server.close();
}
