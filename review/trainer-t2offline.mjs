// Review 15b: the builder link's course offline (review 15, major 2), as a learner on a phone,
// with the link as a chat app sends it. Own static host (a copy of what `npm start` serves), which
// this script takes down to be "offline" (Firefox has no offline switch here); Chromium goes offline too.
//   node --import tsx review/trainer.mjs --phase t2offline [--firefox]   (after --phase builder: review/shots/link.txt)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, sep } from 'node:path';
import { PAGE_HELPERS, rightAnswer } from '../test/node/pack-helpers.ts';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.ogg': 'audio/ogg', '.webp': 'image/webp', '.png': 'image/png' };
/** A static host of `root`; `pretty`: like Cloudflare Pages, x.html answers 308 to x, and x serves x.html. */
export function host(root, { pretty = false } = {}) {
  let down = false;
  const server = createServer((req, res) => {
    if (down) return req.socket.destroy();
    const url = new URL(req.url ?? '/', 'http://h');
    let path = decodeURIComponent(url.pathname);
    if (pretty && path.endsWith('.html')) { res.writeHead(308, { location: path.slice(0, -5) + url.search }); return res.end(); }
    let file = join(root, path, path.endsWith('/') ? 'index.html' : '');
    if (pretty && !existsSync(file) && existsSync(file + '.html')) file += '.html';
    const ok = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    res.writeHead(ok ? 200 : 404, { 'content-type': (ok && TYPES[extname(file)]) || 'text/plain', 'cache-control': 'no-cache' });
    res.end(ok ? readFileSync(file) : 'not found');
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, port: server.address().port, down: (y) => void (down = y) })));
}
/** What `npm start` serves for the course page: dist's cdn/modules/builder and examples' course page. */
export function siteCopy(root) {
  const tmp = mkdtempSync(join(tmpdir(), 'review15b-'));
  for (const d of ['cdn', 'modules', 'builder']) cpSync(join(root, 'dist', d), join(tmp, 'dist', d), { recursive: true, filter: (f) => !f.endsWith('.map') });
  for (const f of ['course.html', 'course-sw.js', 'partner.css', 'logo.svg']) cpSync(join(root, 'examples', f), join(tmp, 'examples', f));
  return tmp;
}
export const text = (page) => page.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent || document.body.innerText).replace(/\s+/g, ' ').trim().slice(0, 240)).catch((e) => 'EVAL ' + e.message);

export default async function ({ OUT, log, launch, open, shot, sleep, FF }) {
  const root = process.cwd();
  const tmp = siteCopy(root);
  const web = await host(tmp);
  const origin = `http://127.0.0.1:${web.port}`;
  const sent = readFileSync(join(OUT, 'link.txt'), 'utf8');
  const u = new URL(sent);
  // As it arrives over WhatsApp: the trainer typed a full stop after it; the phone opens what was linkified.
  const link = `${origin}${u.pathname}${u.hash}.`;
  const tag = FF ? 'ff' : 'cr';
  const browser = await launch();
  const { page } = await open(browser, { phone: true });
  page.setDefaultTimeout(45000);
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  const offline = async (yes) => { web.down(yes); if (!FF) await page.setOfflineMode(yes); };
  try {
    let t0 = Date.now();
    await page.goto(link, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__course()?.querySelector('[data-ref]'));
    log(`[${tag}] course shown in ${Date.now() - t0} ms: ${(await text(page)).slice(0, 160)}`);
    const saved = await page.waitForFunction(() => ['saved', 'failed'].includes(document.querySelector('langkah-curriculum').dataset.offline)).then(() => page.evaluate(() => document.querySelector('langkah-curriculum').dataset.offline), () => 'never said');
    log(`[${tag}] data-offline after ${Date.now() - t0} ms: ${saved}; does the learner SEE it? ${await page.evaluate(() => /tersimpan|offline|tanpa internet|sinyal/i.test(document.body.innerText + (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent ?? '')))}`);
    await shot(page, `t2-${tag}-01-link-first-visit`, true);
    const cachesNow = await page.evaluate(async () => { const o = {}; for (const n of await caches.keys()) o[n] = (await (await caches.open(n)).keys()).length; return o; });
    log(`[${tag}] caches:`, JSON.stringify(cachesNow));
    const refs = await page.evaluate(() => [...window.__course().querySelectorAll('[data-ref]')].map((e) => e.dataset.ref));
    log(`[${tag}] lessons on the path: ${refs.join(', ')}`);

    await offline(true);
    t0 = Date.now();
    const r = await page.reload({ waitUntil: 'load' }).then(() => 'ok', (e) => e.message);
    const shown = await page.waitForFunction(() => window.__course()?.querySelector('[data-ref]'), { timeout: 20000 }).then(() => true, () => false);
    log(`[${tag}] OFFLINE reload: ${r}, course shown ${shown} in ${Date.now() - t0} ms: ${(await text(page)).slice(0, 120)}`);
    await shot(page, `t2-${tag}-02-offline-reload`);
    // The learner taps the WhatsApp message again, in the village (offline): a new navigation with the mangled link.
    const again = await page.goto(link, { waitUntil: 'load' }).then(() => 'ok', (e) => e.message);
    const shown2 = await page.waitForFunction(() => window.__course()?.querySelector('[data-ref]'), { timeout: 20000 }).then(() => true, () => false);
    log(`[${tag}] OFFLINE tap on the WhatsApp link again: ${again}, course ${shown2}`);

    // A lesson, answered right, offline; then back, reload: progress kept.
    const ref = refs[0];
    const [m, l] = ref.split('/');
    const lesson = JSON.parse(readFileSync(join(root, 'dist/modules/id', m, `${l}.json`), 'utf8'));
    await page.evaluate((r) => window.__course().querySelector(`[data-ref="${r}"]`).click(), ref);
    const ok1 = await page.waitForFunction(() => window.__lesson()?.querySelector('[part~="step"] h3'), { timeout: 20000 }).then(() => true, () => false);
    await shot(page, `t2-${tag}-03-offline-lesson-open`);
    if (!ok1) {
      log(`[${tag}] OFFLINE first lesson did NOT open in 20 s: ${(await text(page)).slice(0, 200)} :: lesson: ${await page.evaluate(() => window.__lesson()?.textContent.replace(/\s+/g, ' ').slice(0, 200) ?? 'no langkah-lesson')}`);
      await offline(false);
      const ok2 = await page.waitForFunction(() => window.__lesson()?.querySelector('[part~="step"] h3'), { timeout: 20000 }).then(() => true, () => false);
      log(`[${tag}]   back online (no reload): lesson opens ${ok2}`);
      return;
    }
    const questions = new Map(lesson.steps.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'quiz' ? b.questions : []))).map((q) => [q.id, q]));
    let answered = 0;
    let firstQ = '';
    for (let step = 0; step <= lesson.steps.length; step++) {
      if (await page.evaluate(() => !!window.__lesson().querySelector('[part~="summary"]'))) break;
      for (const id of await page.evaluate(() => window.__questions())) {
        const { picks, order } = rightAnswer(questions.get(id));
        const right = await page.evaluate((i, p, o) => window.__answer(i, p, o), id, picks, order ?? null);
        answered++;
        if (!firstQ) {
          firstQ = id;
          // Mid-lesson reload, offline: is the answer and the place kept?
          const before = await page.evaluate(() => window.__lesson().querySelector('.counter')?.textContent);
          await page.reload({ waitUntil: 'load' });
          const back = await page.waitForFunction(() => window.__course()?.querySelector('[data-ref]') || window.__lesson()?.querySelector('[part~="step"] h3'), { timeout: 20000 }).then(() => true, () => false);
          await sleep(800);
          if (!back) { await shot(page, `t2-${tag}-04-offline-reload-mid-lesson`); log(`[${tag}] OFFLINE reload in the middle of a lesson: nothing in 20 s: ${await text(page)}`); return; }
          const where = await page.evaluate(() => window.__lesson()?.querySelector('.counter')?.textContent ?? 'path shown (lesson closed)');
          log(`[${tag}] offline reload in the middle of the lesson (after ${id} right=${right}, at ${before}): now ${where}`);
          await shot(page, `t2-${tag}-04-offline-reload-mid-lesson`);
          if (!(await page.evaluate(() => !!window.__lesson()))) {
            await page.evaluate((r) => window.__course().querySelector(`[data-ref="${r}"]`).click(), ref);
            await page.waitForFunction(() => window.__lesson()?.querySelector('[part~="step"] h3'));
          }
          log(`[${tag}]   reopened at ${await page.evaluate(() => window.__lesson().querySelector('.counter')?.textContent)}; ${id} still right: ${await page.evaluate((i) => { for (const q of window.__lesson().querySelectorAll('langkah-quiz')) { const f = q.shadowRoot.querySelector(`[data-q="${i}"]`); if (f) return f.querySelector('[part="feedback"]').classList.contains('right'); } return 'not on this step'; }, id)}`);
          break;
        }
      }
      if (firstQ) break;
      const counter = await page.evaluate(() => window.__lesson().querySelector('.counter').textContent);
      await page.evaluate(() => window.__lesson().querySelector('[part~="nav"] button.primary').click());
      await page.waitForFunction((c) => window.__lesson().querySelector('.counter').textContent !== c, {}, counter);
    }
    // Finish it.
    for (let step = 0; step <= lesson.steps.length + 1; step++) {
      if (await page.evaluate(() => !!window.__lesson().querySelector('[part~="summary"]'))) break;
      for (const id of await page.evaluate(() => window.__questions())) {
        const { picks, order } = rightAnswer(questions.get(id));
        await page.evaluate((i, p, o) => window.__answer(i, p, o), id, picks, order ?? null);
        answered++;
      }
      const counter = await page.evaluate(() => window.__lesson().querySelector('.counter').textContent);
      await page.evaluate(() => window.__lesson().querySelector('[part~="nav"] button.primary').click());
      await page.waitForFunction((c) => window.__lesson().querySelector('.counter').textContent !== c, {}, counter).catch(() => {});
    }
    log(`[${tag}] ${ref}: ${answered} answers offline, summary ${await page.evaluate(() => !!window.__lesson().querySelector('[part~="summary"]'))}`);
    await page.evaluate(() => window.__course().querySelector('#back').click());
    await sleep(500);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.__course()?.querySelector('[data-ref]'));
    await sleep(800);
    log(`[${tag}] after offline reload, ${ref} is "${await page.evaluate((r) => window.__state(r), ref)}"; path says: ${(await text(page)).slice(0, 200)}`);
    await shot(page, `t2-${tag}-05-offline-progress-kept`, true);
    // Another lesson of the course, never opened: its picture(s) offline.
    const other = refs.at(-1);
    await page.evaluate((r) => window.__course().querySelector(`[data-ref="${r}"]`).click(), other);
    const opened = await page.waitForFunction(() => window.__lesson()?.querySelector('[part~="step"] h3'), { timeout: 15000 }).then(() => true, () => false);
    const imgs = await page.evaluate(() => [...(window.__lesson()?.querySelectorAll('img') ?? [])].map((i) => `${i.complete && i.naturalWidth > 0 ? 'ok' : 'BROKEN'} ${i.src.split('/').pop()}`));
    log(`[${tag}] offline, never-opened lesson ${other}: opened ${opened}; images ${JSON.stringify(imgs)}`);
    await shot(page, `t2-${tag}-06-offline-other-lesson`);
  } finally {
    await offline(false).catch(() => {});
    await browser.close();
    web.server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
