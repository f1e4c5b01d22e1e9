#!/usr/bin/env node
// Review 15: a field trainer's journeys through the course builder, the pack it
// makes, the roster and the facilitator guide, driven with puppeteer-core
// (system Chromium; --firefox for the builder's main flow in firefox-esr).
//
//   npm run build
//   node scripts/serve.mjs examples dist modules --port 0 --quiet     # prints PORT
//   node review/trainer.mjs --base http://localhost:PORT --phase builder   # plan, link, YAML, zip → review/shots/
//   node review/trainer.mjs --base http://localhost:PORT --phase linkmangle
//   unzip review/shots/downloads/*.zip -d review/shots/zip
//   node scripts/serve.mjs review/shots/zip/<id> --port 0 --quiet   # PORT2
//   node review/trainer.mjs --base http://localhost:PORT2/review/shots/zip/<id> --phase roster --pack review/shots/zip/<id>
//   node review/trainer.mjs --base http://localhost:PORT --phase attack
// Review 15b (second round; the server must also serve review/: `serve.mjs examples dist modules review`):
//   node --import tsx review/trainer.mjs --phase t2offline [--firefox]   # link (as WhatsApp sends it) offline: reload, lesson, progress
//   node --import tsx review/trainer.mjs --phase t2samesite [--firefox]  # a partner site's worker/caches/pages on the same origin
//   node review/trainer.mjs --base http://localhost:PORT --phase t2layout   # builder at 1366 and 360 (minors 10, 14)
//   node review/trainer.mjs --base http://localhost:PORT --phase t2drag     # two days by a mouse drag (T2PHONE=1: a finger)
//   node review/trainer.mjs --base http://localhost:PORT/review/shots/zip/<id> --phase t2packbuilder   # D1: pack builder/trainer, axe
//   node review/overflow.mjs http://localhost:PORT/review/shots/zip/<id>/trainer.html review/shots/roster-paste.txt  # minor 5
//     (roster-paste.txt: review/make-default-paste.mjs pointed at the pack's curriculum.json)
//
// Screenshots and downloads go to review/shots/ (git-ignored); a log of what
// was seen goes to stdout. Nothing here changes product code.
import puppeteer from 'puppeteer-core';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:8000' },
    phase: { type: 'string', default: 'builder' },
    firefox: { type: 'boolean', default: false },
    out: { type: 'string', default: 'review/shots' },
    pack: { type: 'string', default: '' },
  },
});
const BASE = values.base.replace(/\/$/, '');
const OUT = resolve(values.out);
mkdirSync(OUT, { recursive: true });
const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const FF = values.firefox;

async function launch() {
  if (FF) return puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  return puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--lang=id-ID'] });
}
async function open(browser, { phone = false, shared = false } = {}) {
  const ctx = shared ? browser.defaultBrowserContext() : await browser.createBrowserContext();
  const page = await ctx.newPage();
  if (phone) await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2, isMobile: !FF, hasTouch: !FF });
  else await page.setViewport({ width: 1366, height: 768 });
  page.on('pageerror', (e) => log('  PAGEERROR', e.message));
  page.on('console', (m) => m.type() === 'error' && log('  console.error', m.text().slice(0, 200)));
  return { ctx, page };
}
const shot = (page, name, full = false) => page.screenshot({ path: join(OUT, `${FF ? 'ff-' : ''}${name}.png`), fullPage: full });
const inB = (page, fn, ...args) => page.evaluate(fn, ...args);
const q = (sel) => `document.querySelector('langkah-builder').shadowRoot.querySelector(${JSON.stringify(sel)})`;

async function builderReady(page) {
  await page.goto(`${BASE}/examples/builder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelector('#search'), { timeout: 30000 });
}
async function typeInto(page, sel, text) {
  const h = await page.evaluateHandle(`${q(sel)}`);
  await h.focus();
  await page.keyboard.down('Control'); await page.keyboard.press('a'); await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
async function search(page, word) {
  await typeInto(page, '#search', word);
  await sleep(300);
  return inB(page, (w) => {
    const r = document.querySelector('langkah-builder').shadowRoot;
    return { word: w, status: [...r.querySelectorAll('[role=status]')].map((s) => s.textContent.trim()).filter(Boolean).join(' | '),
      lessons: [...r.querySelectorAll('li.lesson label')].map((l) => l.textContent.trim().slice(0, 60)) };
  }, word);
}
// Keyboard only: Tab from the search box until the checkbox of `key` has focus, then Space.
async function tickByKeyboard(page, key) {
  const h = await page.evaluateHandle(`${q('#search')}`);
  await h.focus();
  for (let n = 0; n < 200; n++) {
    await page.keyboard.press('Tab');
    const id = await inB(page, () => document.querySelector('langkah-builder').shadowRoot.activeElement?.id ?? '');
    if (id === `pick-${key.replace('/', '--')}`) { await page.keyboard.press(FF ? ' ' : 'Space'); return n + 1; }
  }
  return -1;
}
const planText = (page) => inB(page, () => [...document.querySelector('langkah-builder').shadowRoot.querySelectorAll('ol.plan > li')].map((li) =>
  li.classList.contains('day') ? li.querySelector('h3').textContent.trim() :
  li.classList.contains('session') ? `  [sesi] ${li.querySelector('input').value}` :
  `    ${li.querySelector('h3').textContent.trim()}: ${[...li.querySelectorAll('ol > li')].map((x) => x.dataset.lesson).join(', ')}`).join('\n'));

async function builder() {
  const browser = await launch();
  const { page } = await open(browser, { shared: true });
  const t0 = Date.now();
  await builderReady(page);
  log(`builder ready in ${Date.now() - t0} ms (laptop ${FF ? 'firefox' : 'chromium'})`);
  await shot(page, 'b01-laptop-first-screen');
  for (const w of ['penipuan', 'QRIS', 'foto', 'tipu', 'transfer palsu', 'qris bayar', 'katalog', 'scam', 'Foto Produk']) {
    const r = await search(page, w);
    log(`search "${w}": ${r.status} :: ${r.lessons.length} lessons: ${r.lessons.slice(0, 4).join(' / ')}`);
  }
  await typeInto(page, '#title-id', 'Pelatihan Digital Penjual Makanan Desa Sukamaju');
  await typeInto(page, '#title-en', 'Digital training for Sukamaju food sellers');
  await typeInto(page, '#organiser', 'Dinas Koperasi Kab. Contoh');
  await typeInto(page, '#pass', '70');
  await search(page, 'penipuan');
  for (const k of ['kenali-penipuan/tautan-palsu', 'kenali-penipuan/mengaku-bank', 'penipuan-penjual/pesanan-katering-palsu']) log(`keyboard tick ${k}: ${await tickByKeyboard(page, k)} Tab presses`);
  await search(page, 'QRIS');
  for (const k of ['aman-terima-uang/qris-aman', 'qris-dan-bayar/kapan-uang-masuk']) log(`keyboard tick ${k}: ${await tickByKeyboard(page, k)} Tab presses`);
  await search(page, 'foto');
  for (const k of ['foto-deskripsi/foto-dekat-jendela', 'foto-deskripsi/tulis-deskripsi', 'whatsapp-business/katalog-produk']) log(`keyboard tick ${k}: ${await tickByKeyboard(page, k)} Tab presses`);
  await shot(page, 'b02-search-foto');
  log('plan after ticking:\n' + (await planText(page)));
  const press = async (sel) => { const h = await page.evaluateHandle(q(sel)); await h.focus(); await page.keyboard.press('Enter'); await sleep(150); };
  await press('button.add-session');
  const focusAfter = await inB(page, () => { const a = document.querySelector('langkah-builder').shadowRoot.activeElement; return a ? `${a.tagName} ${a.id} "${a.textContent.trim().slice(0, 40)}"` : 'none'; });
  log('focus after Tambah sesi: ' + focusAfter);
  // Move the new session to the top: Enter on its "Naik" until it is disabled.
  let moves = 0;
  for (; moves < 12; moves++) {
    const ok = await inB(page, () => {
      const r = document.querySelector('langkah-builder').shadowRoot;
      const up = r.querySelector('ol.plan > li.session button.up');
      if (!up || up.disabled) return false;
      if (r.activeElement !== up) up.focus();
      return true;
    });
    if (!ok) break;
    await page.keyboard.press('Enter');
    await sleep(120);
  }
  log(`moved session up ${moves} times; focus now: ${await inB(page, () => { const a = document.querySelector('langkah-builder').shadowRoot.activeElement; return a ? `${a.className} "${a.textContent.trim().slice(0, 50)}"` : 'none'; })}`);
  log(`announced: ${await inB(page, () => document.querySelector('langkah-builder').shadowRoot.querySelector('p.vh[role=status]')?.textContent)}`);
  await inB(page, () => document.querySelector('langkah-builder').shadowRoot.querySelector('ol.plan > li.session input').focus());
  await page.keyboard.type('Sesi pagi: waspada penipuan');
  log('plan:\n' + (await planText(page)));
  await shot(page, 'b04-plan', true);
  const res = await inB(page, () => {
    const r = document.querySelector('langkah-builder').shadowRoot;
    return { problems: [...r.querySelectorAll('.problems li')].map((l) => l.textContent.trim()), link: r.querySelector('#link')?.value, yaml: r.querySelector('#yaml')?.value, total: r.querySelector('.total')?.textContent };
  });
  log('problems:', res.problems, 'total:', res.total);
  if (res.link) {
    log(`link length ${res.link.length}: ${res.link.slice(0, 140)}…`);
    writeFileSync(join(OUT, FF ? 'ff-link.txt' : 'link.txt'), res.link);
    writeFileSync(join(OUT, FF ? 'ff-builder.yaml' : 'builder.yaml'), res.yaml);
  }
  if (!FF) {
    const dl = join(OUT, 'downloads');
    mkdirSync(dl, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dl, eventsEnabled: true });
    const click = async (sel) => inB(page, (s) => document.querySelector('langkah-builder').shadowRoot.querySelector(s).click(), sel);
    await click('button.download-yaml');
    const t1 = Date.now();
    await click('button.download-pack');
    await page.waitForFunction(() => /KB|gagal/i.test(document.querySelector('langkah-builder').shadowRoot.querySelector('.pack-state')?.textContent ?? ''), { timeout: 120000 }).catch(() => {});
    log(`pack state after ${Date.now() - t1} ms: ${await inB(page, () => document.querySelector('langkah-builder').shadowRoot.querySelector('.pack-state')?.textContent)}`);
    await sleep(2000);
    log('downloads:', readdirSync(dl));
  }
  await browser.close();
}

// Open the saved link in a fresh profile, on a phone; then offline.
async function link() {
  const url = readFileSync(join(OUT, 'link.txt'), 'utf8');
  const browser = await launch();
  const { page } = await open(browser, { phone: true });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await sleep(1500);
  log('course from link:', await page.evaluate(() => document.querySelector('langkah-curriculum')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 400)));
  await shot(page, 'l01-link-course-phone');
  await page.setOfflineMode(true);
  const r = await page.reload({ waitUntil: 'load' }).then(() => 'ok', (e) => e.message);
  await sleep(1500);
  log('offline reload:', r, '::', await page.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent ?? document.body.innerText).replace(/\s+/g, ' ').slice(0, 200)).catch((e) => e.message));
  await shot(page, 'l02-link-offline');
  await browser.close();
}

const phase = values.phase;
if (phase === 'builder') await builder();
else if (phase === 'link') await link();
else { const m = await import(`./trainer-${phase}.mjs`); await m.default({ BASE, OUT, log, launch, open, shot, sleep, FF, pack: values.pack }); }
