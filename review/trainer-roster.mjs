// The unzipped browser-built pack, served on its own: the trainer page with 12 learners'
// reports made by the package's own encodeReport (typos, "Bu Sri" three ways, a morning and an
// afternoon report, a chat-export line, a hand-typed code), sort/filter, print, share, reload,
// offline; then a learner on a phone, then offline.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeReport, courseFingerprint } from '../dist/index.js';

export default async function ({ BASE, OUT, log, launch, open, shot, sleep, pack }) {
  const course = JSON.parse(readFileSync(join(pack, 'curriculum.json'), 'utf8'));
  const refs = course.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
  const questions = course.modules.flatMap((m) => m.lessons.map((l) => l.questions));
  const fp = courseFingerprint(course.id, course.version, refs);
  log(`course ${course.id} v${course.version}: ${refs.length} lessons, questions ${questions}`);
  const now = Date.now();
  const H = 3600_000;
  const mk = (done, { started = 0, last = now - H, wrong = 0 } = {}) => encodeReport({ course: fp, name: '', last,
    lessons: questions.map((q, i) => (i < done ? { status: 'done', score: q ? Math.round((100 * Math.max(0, q - (i === 1 ? wrong : 0))) / q) : undefined } : i < done + started ? { status: 'started' } : { status: 'none' })) }, questions);
  const msg = (name, code, done) => `Laporan belajar: ${course.title.id}\nNama: ${name}\nSelesai ${done} dari ${refs.length} pelajaran · Skor kursus: 50%\nKode: ${code}`;
  const learners = ['Bu Sri', 'Pak Darto', 'Bu Yuli', 'Mbak Rina', 'Pak Agus', 'Bu Ningsih', 'Bu Tini', 'Pak Joko', 'Bu Endang', 'Mas Budi', 'Bu Wati', 'Bu Lastri'];
  const lines = [];
  const truth = {};
  learners.forEach((n, i) => {
    const done = i % (refs.length + 1);
    const code = mk(done, { started: 1, wrong: i % 3, last: now - (i + 1) * H });
    truth[n] = { done, code };
    if (n !== 'Bu Sri') lines.push(msg(n, code, done));
  });
  // Bu Sri: afternoon report (6 done) pasted before the morning one (2 done), her name written three ways.
  const sriPm = mk(6, { last: now - 2 * H }), sriAm = mk(2, { last: now - 6 * H });
  lines.unshift(msg('bu  sri', sriPm, 6));
  lines.push(msg('BU SRI\u200b', sriAm, 2));
  lines.push(`Bu Sri ${sriAm.toLowerCase().replace(/-/g, ' ')}`); // typed by hand: spaces, small letters
  lines.push(`[04/12/26 10.01.02] Pak Darto: ${truth['Pak Darto'].code}`); // chat export, no "Nama:" line
  const typo = (c) => c.slice(0, 6) + (c[6] === 'X' ? 'Y' : 'X') + c.slice(7);
  const swap = (c) => c.slice(0, 5) + c[6] + c[5] + c.slice(7);
  lines.push(`Nama: Bu Yuli (salah ketik)\nKode: ${typo(truth['Bu Yuli'].code)}`);
  lines.push(`Nama: Pak Agus (tertukar)\nKode: ${swap(truth['Pak Agus'].code)}`);
  lines.push(truth['Mas Budi'].code); // no name anywhere
  const paste = lines.join('\n\n');
  writeFileSync(join(OUT, 'roster-paste.txt'), paste);
  log(`code lengths: ${Object.values(truth).map((t) => t.code.length).join(' ')}`);

  const browser = await launch();
  const { page } = await open(browser);
  await page.goto(`${BASE}/trainer.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('langkah-roster')?.shadowRoot?.querySelector('#paste'), { timeout: 30000 });
  await page.evaluate((t) => { const r = document.querySelector('langkah-roster').shadowRoot; const a = r.querySelector('#paste'); a.value = t; a.dispatchEvent(new Event('input')); r.querySelector('button.primary[type=submit]').click(); }, paste);
  await sleep(1500);
  const read = () => page.evaluate(() => {
    const r = document.querySelector('langkah-roster').shadowRoot;
    return {
      rejected: [...r.querySelectorAll('ul.rejected li')].map((l) => l.textContent.replace(/\s+/g, ' ').trim()),
      rows: [...r.querySelectorAll('tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim().slice(0, 110)),
      summary: r.querySelector('#summary')?.value,
      mistakes: r.querySelector('section.mistakes')?.textContent.replace(/\s+/g, ' ').trim().slice(0, 400),
      wa: r.querySelector('section.share a')?.href,
      pasteLeft: r.querySelector('#paste')?.value.length,
    };
  });
  const st = await read();
  log('rejected:', st.rejected);
  log(`rows (${st.rows.length}):\n  ` + st.rows.join('\n  '));
  log('mistakes:', st.mistakes);
  log('summary:\n' + st.summary);
  log(`wa.me link length ${st.wa?.length}; paste box still holds ${st.pasteLeft} chars`);
  await shot(page, 'r02-trainer-grid', true);
  const selects = await page.evaluate(() => [...document.querySelector('langkah-roster').shadowRoot.querySelectorAll('select')].map((s) => ({ id: s.id, options: [...s.options].map((o) => o.value + '=' + o.textContent.trim()) })));
  log('selects:', JSON.stringify(selects));
  for (const s of selects) {
    const v = s.options.at(-1).split('=')[0];
    await page.evaluate((id, v) => { const e = document.querySelector('langkah-roster').shadowRoot.getElementById(id); e.value = v; e.dispatchEvent(new Event('change')); }, s.id, v);
    await sleep(300);
    const r = await read();
    log(`after ${s.id}=${v}: ${r.rows.length} rows; first: ${r.rows[0]}`);
  }
  await page.emulateMediaType('print');
  const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true }));
  writeFileSync(join(OUT, 'roster.pdf'), pdf);
  log(`roster PDF: pages ${(pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) || []).length}, ${pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/)?.[0]}`);
  await page.emulateMediaType(null);
  await page.reload({ waitUntil: 'networkidle0' });
  await sleep(1500);
  log(`after reload: ${(await read()).rows.length} rows`);
  await page.setOfflineMode(true);
  const r = await page.reload({ waitUntil: 'load' }).then(() => 'ok', (e) => e.message);
  await sleep(2000);
  log(`offline reload ${r}: ${(await read().catch(() => ({ rows: [] }))).rows.length} rows; status: ${await page.evaluate(() => document.getElementById('offline-status')?.textContent).catch((e) => e.message)}`);
  await page.setOfflineMode(false);
  const { page: lp } = await open(browser, { phone: true });
  await lp.goto(`${BASE}/`, { waitUntil: 'networkidle0' });
  await sleep(4000);
  log('learner status:', await lp.evaluate(() => document.getElementById('offline-status')?.textContent));
  await shot(lp, 'p01-pack-learner-phone');
  await lp.setOfflineMode(true);
  await lp.reload({ waitUntil: 'load' }).catch((e) => log('  offline reload', e.message));
  await sleep(2500);
  log('learner offline:', await lp.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent ?? document.body.innerText).replace(/\s+/g, ' ').slice(0, 160)));
  await browser.close();
}
