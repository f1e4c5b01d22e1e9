// <langkah-roster> as a trainer uses it: learners' report codes (made for the
// course in test/fixtures/course/, see curriculum.test.ts) pasted from a
// WhatsApp chat → the class table → a CSV file.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { courseFingerprint, encodeReport, verificationCode, type Report } from '../../src/report/code.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, $$, focused, named, nav, ready, text, until, courseKey } from './helpers.js';

const COURSE = '/test/fixtures/course/curriculum.json';
const REFS = ['uji/singkat', 'uji/latihan', 'uji-lanjut/tanya', 'uji-akhir/penutup'];
const TITLES = ['Pelajaran singkat', 'Latihan lengkap', 'Satu pertanyaan', 'Penutup kursus'];
const FINGERPRINT = courseFingerprint('kursus-uji', 1, REFS);
const KEY = 'langkah.roster:kursus-uji@1';

type Roster = HTMLElement & { updateComplete: Promise<boolean> };

const sri: Report = {
  course: FINGERPRINT,
  name: 'Bu Sri',
  last: Date.UTC(2026, 10, 28, 0, 10),
  lessons: [{ status: 'done' }, { status: 'done', score: 80 }, { status: 'started' }, { status: 'none' }],
};
const budi: Report = {
  course: FINGERPRINT,
  name: 'Pak Budi, RT 3',
  last: Date.UTC(2026, 10, 27, 12, 2),
  lessons: [{ status: 'done' }, { status: 'none' }, { status: 'none' }, { status: 'none' }],
};

/** The questions of each lesson of the course, which an LK2 code is read against. */
const QUESTIONS = [0, 5, 1, 0];
const code = (r: Report) => encodeReport(r, QUESTIONS);
/** How the roster stores a report: its code, then the name the message gave. */
const stored = (r: Report) => `${code(r)} ${r.name}`;

/** What a learner's WhatsApp message looks like, as the course writes it. */
const message = (r: Report, when: string) =>
  `[${when}] ${r.name}: Laporan belajar: Kursus uji\nNama: ${r.name}\nSelesai 1 dari 4 pelajaran · skor 0%\nKode: ${code(r)}`;

function forget() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('langkah')) localStorage.removeItem(k);
}

async function roster(): Promise<Roster> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<langkah-roster src="${COURSE}"></langkah-roster>`;
  await customElements.whenDefined('langkah-roster');
  const el = host.firstElementChild as Roster;
  await until(() => el.shadowRoot?.querySelector('textarea'), 'the roster did not render');
  return el;
}

/** Pastes `chat` into the box and presses Add; waits until it is read. */
async function paste(el: Roster, chat: string) {
  const area = $(el, 'textarea') as HTMLTextAreaElement;
  area.value = chat;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  $(el, 'form button[type="submit"]').click();
  await el.updateComplete;
  await until(() => $(el, 'form').getAttribute('aria-busy') !== 'true', 'the reports were not read');
}

/** The table's body, one array of cell texts per learner. */
const table = (el: Roster) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => text(c)));

/** Last active as the table shows it: date and time on this computer's clock. */
const when = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
/** Last active as the CSV writes it: local date and time to the minute. */
const stamp = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** Clicks a download button ("Unduh CSV" unless told) and returns the file's name and text, without letting the browser save it. */
async function download(el: Roster, label = 'Unduh CSV'): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  let got: { name: string; href: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, href: this.href };
  };
  try {
    $$(el, 'button').find((b) => text(b) === label)!.click();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  if (!got) throw new Error('no download started');
  expect(got.href).to.match(/^blob:/);
  const blob = await (await fetch(got.href)).blob();
  expect(blob.type).to.equal('text/csv;charset=utf-8');
  // Read the bytes: text() would drop the byte order mark a spreadsheet needs to see UTF-8.
  return { name: got.name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()) };
}

describe('<langkah-roster>', () => {
  beforeEach(forget);
  after(forget);

  it('starts empty, with a place to paste reports', async () => {
    const el = await roster();
    expect(text($(el, 'label'))).to.equal('Tempel laporan');
    expect(text($(el, '.muted:not(#paste-help)'))).to.equal('Belum ada laporan. Tempel laporan dari peserta di atas.');
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
    await expect(el).to.be.accessible();
  });

  it('turns a pasted chat with several reports into the class table, and the table into a CSV file', async () => {
    const el = await roster();
    await paste(el, `${message(budi, '27/11 19.02')}\n${message(sri, '28/11 07.10')}\nterima kasih bu`);
    expect(text($(el, '[role="status"]'))).to.equal('2 laporan ditambahkan.');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value, 'the box is emptied').to.equal('');
    const heads = $$(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).to.deep.equal(['Peserta', 'Pelajaran selesai', 'Skor', 'Terakhir aktif', 'Kode verifikasi', ...TITLES.map((t, i) => `${i + 1}${t}`)]);
    // Sorted by name; Bu Sri: 4 of 5 practice questions right (80 %) → 4 of the course's 6 → 67 %.
    expect(table(el)).to.deep.equal([
      ['Bu Sri', '2/4', '67%', when(sri.last), verificationCode(sri), '✓', '✓ 80%', '◐ sedang', ''],
      ['Pak Budi, RT 3', '1/4', '0%', when(budi.last), verificationCode(budi), '✓', '', '', ''],
    ]);
    expect($$(el, '.legend li').map(text)).to.deep.equal(TITLES);
    await expect(el).to.be.accessible();

    const csv = await download(el);
    expect(csv.name).to.match(/^kursus-uji-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).to.equal(
      '\uFEFF' +
        [
          `Peserta,Pelajaran selesai,Skor %,Terakhir aktif,Kode verifikasi,${TITLES.join(',')}`,
          `Bu Sri,2,67,${stamp(sri.last)},${verificationCode(sri)},done,80,started,`,
          `"Pak Budi, RT 3",1,0,${stamp(budi.last)},${verificationCode(budi)},done,,,`,
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('reads the message a learner sends from the course page, as WhatsApp delivers it', async () => {
    // The learner: finishes the first lesson, types a name, taps the report button.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-curriculum src="${COURSE}"></langkah-curriculum>`;
    await customElements.whenDefined('langkah-curriculum');
    const course = host.firstElementChild as Roster;
    await until(() => course.shadowRoot?.querySelector('[data-ref="uji/singkat"]'), 'the course did not render');
    $(course, '[data-ref="uji/singkat"]').click();
    await course.updateComplete;
    const lesson = await ready($(course, 'langkah-lesson') as LangkahLesson);
    await nav(lesson, /Lanjut/);
    await nav(lesson, /Selesai/);
    await course.updateComplete;
    $(course, '#back').click();
    await course.updateComplete;
    const input = $(course, '#report-name') as HTMLInputElement;
    input.value = 'Bu Sri';
    input.dispatchEvent(new Event('input'));
    await course.updateComplete;
    const sent = new URL(($(course, '[part="report"] a') as HTMLAnchorElement).href).searchParams.get('text')!;
    host.remove();

    // The trainer: pastes the chat line.
    const el = await roster();
    await paste(el, `[28/11 07.10] Bu Sri: ${sent}`);
    const updated = JSON.parse(localStorage.getItem(courseKey('uji/singkat'))!).updated as number;
    const report: Report = { course: FINGERPRINT, name: 'Bu Sri', last: updated, lessons: [{ status: 'done' }, { status: 'none' }, { status: 'none' }, { status: 'none' }] };
    expect(table(el)).to.deep.equal([['Bu Sri', '1/4', '0%', when(updated), verificationCode(report), '✓', '', '', '']]);
  });

  it('writes a name that looks like a spreadsheet formula as plain text in the CSV', async () => {
    const el = await roster();
    const odd: Report = { ...budi, name: '=HYPERLINK("x")' };
    await paste(el, message(odd, '27/11 19.02'));
    const csv = await download(el);
    expect(csv.text.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""x"")",1,0,${stamp(odd.last)},${verificationCode(odd)},done,,,`);
  });

  it('refuses a code with one wrong character as a typo, and keeps it out of the table', async () => {
    const el = await roster();
    await paste(el, message(budi, '27/11 19.02'));
    const good = code(sri);
    // One character changed, as a learner copying by hand might.
    const at = good.length - 6;
    const typo = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    await paste(el, `Kode: ${typo}`);
    expect(text($(el, '[role="status"]'))).to.equal(`0 laporan ditambahkan. Kode tidak bisa dibaca: ${typo}: ada salah ketik, atau kode untuk kursus lain`);
    expect(table(el).map((r) => r[0])).to.deep.equal(['Pak Budi, RT 3']);
    expect(($(el, 'textarea') as HTMLTextAreaElement).value, 'kept, to be corrected').to.equal(`Kode: ${typo}`);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([stored(budi)]);
    await expect(el).to.be.accessible();
  });

  it('refuses a code for another course, or for another version of this one', async () => {
    const el = await roster();
    const other = code({ ...sri, course: courseFingerprint('kursus-lain', 1, REFS) });
    const older = code({ ...sri, course: courseFingerprint('kursus-uji', 2, REFS) });
    // An LK1 code (made by the old encoder) of the default course says which course it is for.
    const old = 'LK1-0AH3-NCND-00VQ-3B0E-89TJ-0MVJ-D4G5-ERB8-F5TP-WTAQ-0400-NKC0';
    await paste(el, `${other}\n${older}\n${old}`);
    const reasons = $$(el, 'ul.rejected li').map(text);
    // An LK2 code has no room to say its course: it fails its check, as a typo would.
    expect(reasons).to.deep.equal([
      `${other}: ada salah ketik, atau kode untuk kursus lain`,
      `${older}: ada salah ketik, atau kode untuk kursus lain`,
      `${old}: kode untuk kursus atau versi kursus lain`,
    ]);
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
  });

  it('lists the first 100 refused codes and counts the rest', async () => {
    const el = await roster();
    const other = courseFingerprint('kursus-lain', 1, REFS);
    await paste(el, Array.from({ length: 150 }, (_, i) => code({ ...sri, course: other, last: sri.last + i * 60_000 })).join('\n'));
    expect($$(el, 'ul.rejected li')).to.have.length(100);
    expect(text($$(el, 'p.rejected').at(-1)!)).to.equal('…dan 50 kode lain yang tidak bisa dibaca.');
  });

  it('does not drop a code typed by hand with spaces: reads it, or says why not', async () => {
    const el = await roster();
    const spaced = code(budi).replace(/-/g, ' ').toLowerCase();
    await paste(el, `${message(sri, '28/11 07.10')}\nNama: Pak Budi, RT 3\nKode: ${spaced}\nKode: LK1 belum ada, Bu`);
    expect(table(el).map((r) => r[0])).to.deep.equal(['Bu Sri', 'Pak Budi, RT 3']);
    expect($$(el, 'ul.rejected li').map(text)).to.deep.equal(['LK1 belum ada, Bu: bukan kode laporan']);
  });

  it('keeps one row per learner: the newest report, whatever the order they are pasted in', async () => {
    const el = await roster();
    const newer: Report = { ...sri, last: Date.UTC(2026, 10, 30, 1), lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'done' }] };
    await paste(el, message(newer, '30/11 08.00'));
    await paste(el, `${message(sri, '28/11 07.10')}\n${message(sri, '28/11 07.10')}`);
    expect(table(el)).to.deep.equal([['Bu Sri', '4/4', '100%', when(newer.last), verificationCode(newer), '✓', '✓ 100%', '✓ 100%', '✓']]);
    // The same report pasted twice is kept once.
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([stored(newer), stored(sri)]);
    // A later report the same day, with a better score, replaces the earlier one.
    const retried: Report = { ...newer, last: newer.last + 3_600_000, lessons: [{ status: 'done' }, { status: 'done', score: 60 }, { status: 'done', score: 100 }, { status: 'done' }] };
    const better: Report = { ...newer, last: newer.last + 7_200_000, lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'done' }] };
    await paste(el, message({ ...retried }, '30/11 09.00'));
    expect(table(el)[0]!.slice(1, 3)).to.deep.equal(['4/4', '67%']);
    await paste(el, message({ ...better, name: 'bu sri ' }, '30/11 10.00'));
    expect(table(el)).to.have.length(1);
    expect(table(el)[0]!.slice(1, 3)).to.deep.equal(['4/4', '100%']);
  });

  it('keeps the table in this browser across a reload, until the trainer clears it', async () => {
    let el = await roster();
    await paste(el, `${message(budi, '27/11 19.02')}\n${message(sri, '28/11 07.10')}`);
    const before = table(el);
    el.remove();
    el = await roster();
    await until(() => el.shadowRoot!.querySelector('tbody'), 'the stored reports did not come back');
    expect(table(el)).to.deep.equal(before);

    const clear = () => $$(el, 'button').find((b) => /Hapus/.test(text(b)))!;
    clear().focus();
    clear().click();
    await el.updateComplete;
    expect(text(clear())).to.equal('Hapus semua laporan dari perangkat ini?');
    expect(focused(el), 'the confirmation keeps the focus').to.equal(named(clear()));
    expect(table(el)).to.have.length(2);
    clear().click();
    await el.updateComplete;
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([]);
    el.remove();
    el = await roster();
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
  });
  it('keeps the afternoon report when the morning one of the same day is pasted after it', async () => {
    const el = await roster();
    const morning: Report = { ...sri, last: Date.UTC(2026, 10, 29, 1, 15), lessons: [{ status: 'done' }, { status: 'started' }, { status: 'none' }, { status: 'none' }] };
    const afternoon: Report = { ...sri, last: Date.UTC(2026, 10, 29, 7, 40), lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'started' }, { status: 'none' }] };
    await paste(el, message(afternoon, '29/11 14.40'));
    await paste(el, message(morning, '29/11 08.15'));
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '83%', when(afternoon.last), verificationCode(afternoon), '✓', '✓ 100%', '◐ sedang', '']]);
  });

  it('takes the name from the message, which carries it beside the code: the "Nama:" line, else the sender or what is typed before the code', async () => {
    const el = await roster();
    const ani: Report = { ...budi, name: 'Bu Ani' };
    const tini: Report = { ...budi, name: 'Mbak Tini', last: budi.last + 60_000 };
    await paste(
      el,
      [`[27/11 19.05] Pak Budi, RT 3: Kode: ${code(budi)}`, `Bu Ani ${code(ani)}`, `Nama: Mbak Tini Kode: ${code(tini)}`, message(sri, '28/11 07.10')].join('\n'),
    );
    expect(table(el).map((r) => r.slice(0, 5))).to.deep.equal([
      ['Bu Ani', '1/4', '0%', when(ani.last), verificationCode(ani)],
      ['Bu Sri', '2/4', '67%', when(sri.last), verificationCode(sri)],
      ['Mbak Tini', '1/4', '0%', when(tini.last), verificationCode(tini)],
      ['Pak Budi, RT 3', '1/4', '0%', when(budi.last), verificationCode(budi)],
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.members([stored(budi), stored(ani), stored(tini), stored(sri)]);
  });

  it('refuses a code typed without a name, says how to add one, and keeps it in the box', async () => {
    const el = await roster();
    await paste(el, `Kode: ${code(sri)}`);
    expect($$(el, 'ul.rejected li').map(text)).to.deep.equal([`${code(sri)}: tidak ada nama; tulis nama peserta di depan kode, misalnya "Bu Sri LK2-…"`]);
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal(`Kode: ${code(sri)}`);
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
    await paste(el, `Bu Sri ${code(sri)}`);
    expect(table(el).map((r) => r.slice(0, 3))).to.deep.equal([['Bu Sri', '2/4', '67%']]);
    await expect(el).to.be.accessible();
  });

  it('still reads an LK1 code, with the name inside it, as the old encoder made it', async () => {
    const el = await roster();
    await paste(el, '[28/11 07.10] Siapa: Kode: LK1-0BP2-3FYV-00VP-ZTG6-89TJ-0MVJ-D5KN-4080-S247');
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '67%', when(sri.last), verificationCode(sri), '✓', '✓ 80%', '◐ sedang', '']]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['LK1-0BP2-3FYV-00VP-ZTG6-89TJ-0MVJ-D5KN-4080-S247']);
  });

  it('still reads a code made before codes carried the time, and shows its day', async () => {
    const el = await roster();
    // Made by the version 1 encoder for `sri` (28 November 2026, the day only).
    await paste(el, 'Kode: LK1-07P2-3FYV-17DG-CGKN-419Q-4TB7-A80G-0C0B-G');
    const day = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 28));
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '67%', day, verificationCode(sri), '✓', '✓ 80%', '◐ sedang', '']]);
    const csv = await download(el);
    expect(csv.text.split('\r\n')[1]).to.equal(`Bu Sri,2,67,2026-11-28,${verificationCode(sri)},done,80,started,`);
  });

  it('refuses a report dated in the future, with the reason, so it cannot hide the real ones', async () => {
    const el = await roster();
    await paste(el, message(sri, '28/11 07.10'));
    const ahead: Report = { ...sri, last: Date.now() + 3 * 86_400_000, lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'done' }] };
    const future = code(ahead);
    await paste(el, `Nama: Bu Sri\nKode: ${future}`);
    expect($$(el, 'ul.rejected li').map(text)).to.deep.equal([
      `${future}: tanggalnya di masa depan (${when(ahead.last)}); periksa jam di HP peserta, lalu minta laporan baru`,
    ]);
    expect(table(el)[0]!.slice(0, 4)).to.deep.equal(['Bu Sri', '2/4', '67%', when(sri.last)]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([stored(sri)]);
  });

  it('shows one row for every spelling of one name: case, spaces, invisible and full-width characters', async () => {
    const el = await roster();
    const spellings = ['bu sri', 'BU  SRI', 'Bu\u200b Sri', '\u202eBu Sri\u202c', 'Ｂｕ\u00a0Ｓｒｉ', '\ufeffBu Sri\u2066'];
    const reports = spellings.map((name, i) => ({ ...sri, name, last: sri.last - (i + 1) * 60_000 }));
    // The newest one is typed with a zero-width joiner and a right-to-left mark.
    const newest: Report = { ...sri, name: 'Bu\u200d Sri\u200f', lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'started' }, { status: 'none' }] };
    await paste(el, [...reports, newest].map((r) => message(r, '28/11 07.10')).join('\n'));
    expect(text($(el, '[role="status"]'))).to.equal('7 laporan ditambahkan.');
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '83%', when(sri.last), verificationCode(newest), '✓', '✓ 100%', '◐ sedang', '']]);
    // The name is shown, and written to the CSV, without its invisible characters.
    expect($(el, 'tbody th').textContent).to.equal('Bu Sri');
    expect((await download(el)).text.split('\r\n')[1]!.split(',')[0]).to.equal('Bu Sri');
  });

  it('quotes every CSV field with a comma, semicolon, tab, quote or line break, and offers a semicolon file for Excel', async () => {
    const el = await roster();
    const semi: Report = { ...budi, name: 'Bu Ani; Desa Suka' };
    const quote: Report = { ...budi, name: 'Mbak "Tini"' };
    const minus: Report = { ...budi, name: '-1+1' };
    await paste(el, [semi, quote, minus].map((r) => message(r, '27/11 19.02')).join('\n'));
    const row = (r: Report, name: string, sep: string) => [name, 1, 0, stamp(r.last), verificationCode(r), 'done', '', '', ''].join(sep);
    const comma = await download(el);
    expect(comma.text.split('\r\n').slice(1, 4)).to.deep.equal([
      `'-1+1,1,0,${stamp(minus.last)},${verificationCode(minus)},done,,,`,
      row(semi, '"Bu Ani; Desa Suka"', ','),
      row(quote, '"Mbak ""Tini"""', ','),
    ]);
    const excel = await download(el, 'Unduh CSV untuk Excel (;)');
    expect(excel.name).to.match(/^kursus-uji-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    expect(excel.text).to.equal(
      '\uFEFF' +
        [
          `Peserta;Pelajaran selesai;Skor %;Terakhir aktif;Kode verifikasi;${TITLES.join(';')}`,
          `'-1+1;1;0;${stamp(minus.last)};${verificationCode(minus)};done;;;`,
          row(semi, '"Bu Ani; Desa Suka"', ';'),
          row(quote, '"Mbak ""Tini"""', ';'),
        ].join('\r\n') +
        '\r\n',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when the browser storage is full, and keeps the pasted text and the table', async () => {
    const el = await roster();
    await paste(el, message(budi, '27/11 19.02'));
    // Fill this origin's storage, as other sites' data on a shared host may.
    const filler: string[] = [];
    try {
      for (let size = 1 << 20; size >= 64; ) {
        try {
          localStorage.setItem(`langkah-test-fill-${filler.length}`, 'x'.repeat(size));
          filler.push(`langkah-test-fill-${filler.length}`);
        } catch {
          size >>= 1;
        }
      }
      const chat = message(sri, '28/11 07.10');
      await paste(el, chat);
      const status = text($(el, '[role="status"]'));
      expect(status).to.equal(
        '1 laporan ditambahkan. Laporan baru tidak bisa disimpan: penyimpanan browser ini penuh. Laporan tetap tampil di tabel sampai halaman ditutup, dan teks yang ditempel tetap di kotak. Unduh CSV sekarang.',
      );
      expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal(chat);
      expect(table(el).map((r) => r[0])).to.deep.equal(['Bu Sri', 'Pak Budi, RT 3']);
      await expect(el).to.be.accessible();
    } finally {
      for (const k of filler) localStorage.removeItem(k);
    }
    // With room again, the next Add stores everything in the table.
    await paste(el, message(sri, '28/11 07.10'));
    expect(text($(el, '[role="status"]'))).to.equal('0 laporan ditambahkan.');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([stored(budi), stored(sri)]);
  });

  it('loses nothing when two trainer pages are open: a reload shows the reports pasted in each', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-roster src="${COURSE}"></langkah-roster><langkah-roster src="${COURSE}"></langkah-roster>`;
    const [one, two] = [...host.children] as Roster[];
    for (const el of [one!, two!]) await until(() => el.shadowRoot?.querySelector('textarea'), 'the roster did not render');
    await paste(one!, message(budi, '27/11 19.02'));
    await paste(two!, message(sri, '28/11 07.10'));
    host.remove();
    const el = await roster();
    await until(() => el.shadowRoot!.querySelector('tbody'), 'the stored reports did not come back');
    expect(table(el).map((r) => r[0])).to.deep.equal(['Bu Sri', 'Pak Budi, RT 3']);
  });

  it('reads 10,000 pasted codes in steps, with a progress line, keeping the newest of each learner', async function () {
    this.timeout(60_000);
    const el = await roster();
    const learners = 2000;
    const reports: Report[] = [];
    for (let i = 0; i < 10_000; i++) {
      const n = i % learners;
      const round = Math.floor(i / learners);
      reports.push({
        course: FINGERPRINT,
        name: `Peserta ${String(n).padStart(4, '0')}`,
        // The last round is pasted first: order must not matter, only time.
        last: Date.UTC(2026, 10, 1) + (4 - round) * 3_600_000 + n * 60_000,
        lessons: [{ status: 'done' }, { status: 'done', score: (4 - round) * 25 }, { status: 'none' }, { status: 'none' }],
      });
    }
    const chat = reports.map((r) => message(r, '1/11 08.00')).join('\n');
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', chat);
    const pasteEvent = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (pasteEvent.clipboardData?.getData('text/plain') === chat) {
      // Pasted as a trainer would: so long a text is held out of the box, and said so.
      $(el, 'textarea').dispatchEvent(pasteEvent);
      await el.updateComplete;
      expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('');
      expect(text($(el, '[role="status"]'))).to.equal('Teks panjang ditempel (sekitar 10.000 kode). Tekan Tambahkan untuk membacanya.');
    } else {
      // Firefox gives a script-made paste event no text; the same chat typed into the box is read the same way.
      ($(el, 'textarea') as HTMLTextAreaElement).value = chat;
    }
    $(el, 'form button[type="submit"]').click();
    await el.updateComplete;
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, 'form p.muted:last-child'))).to.equal('Membaca laporan… 0 dari 10.000');
    await waitUntil(() => $(el, 'form').getAttribute('aria-busy') === 'false', 'the reports were not read', { timeout: 30_000 });
    expect(text($(el, '[role="status"]'))).to.equal('10000 laporan ditambahkan.');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(10_000);
    // The first 50 learners are shown; more on request (the CSV has them all).
    const row = (i: number) => [...$$(el, 'tbody tr')[i]!.children].slice(0, 4).map((c) => text(c));
    expect($$(el, 'tbody tr')).to.have.length(50);
    expect(row(0)).to.deep.equal(['Peserta 0000', '2/4', '83%', when(reports[0]!.last)]);
    const more = $$(el, 'button').find((b) => /Tampilkan/.test(text(b)))!;
    expect(text(more)).to.equal('Tampilkan 50 peserta lagi (50 dari 2000 tampil)');
    more.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(100);
    expect(row(99)).to.deep.equal(['Peserta 0099', '2/4', '83%', when(reports[99]!.last)]);
    const csv = await download(el);
    expect(csv.text.split('\r\n')).to.have.length(learners + 2);
    await expect(el).to.be.accessible();
  });

  it('says that reports are self-reported and what a verification code proves', async () => {
    const el = await roster();
    expect(text($(el, '[part="base"] > p.muted:last-child'))).to.equal(
      'Laporan dibuat sendiri oleh peserta: siapa pun bisa membuat kode laporan. Kode verifikasi hanya menunjukkan bahwa sertifikat cocok dengan laporan, bukan bahwa peserta benar-benar belajar.',
    );
  });
});
