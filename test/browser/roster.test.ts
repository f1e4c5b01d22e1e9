// <langkah-roster> as a trainer uses it: learners' report codes (made for the
// course in test/fixtures/course/, see curriculum.test.ts) pasted from a
// WhatsApp chat → the class table → a CSV file.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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

async function roster(src = COURSE, lang = 'id'): Promise<Roster> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<langkah-roster src="${src}" lang="${lang}"></langkah-roster>`;
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

/** The table's body, one array of cell texts per learner; without the next lesson (see 'shows who is stuck where'). */
const table = (el: Roster) => $$(el, 'tbody tr').map((tr) => [...tr.children].filter((_, i) => i !== 4).map((c) => text(c)));

/** Last active as the table shows it: date and time on this computer's clock. */
const when = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
/** How long ago, as the table says it first: hours on the day, then days. */
const ago = (ms: number, dayOnly = false) => {
  const hours = Math.floor((Date.now() - ms) / 3_600_000);
  if (hours >= 24 || dayOnly) return hours >= 24 ? `${Math.floor(hours / 24)} hari lalu` : 'hari ini';
  return hours ? `${hours} jam lalu` : 'baru saja';
};
/** Last active as the table shows it: how long ago, then when. */
const active = (ms: number) => `${ago(ms)} ${when(ms)}`;
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
    // Without days, the lessons are grouped by module, as the course path shows them.
    expect(heads).to.deep.equal([
      'Peserta',
      'Pelajaran selesai',
      'Skor',
      'Terakhir aktif',
      'Pelajaran berikutnya',
      'Kode verifikasi',
      'Modul uji',
      'Modul uji lanjutan',
      'Modul uji akhir',
      ...TITLES.map((t, i) => `${i + 1}${t}`),
    ]);
    // Sorted by name; Bu Sri: 4 of 5 practice questions right (80 %) → 4 of the course's 6 → 67 %.
    expect(table(el)).to.deep.equal([
      ['Bu Sri', '2/4', '67%', active(sri.last), verificationCode(sri), '✓', '✓ 80%', '◐ sedang', '– belum'],
      ['Pak Budi, RT 3', '1/4', '0%', active(budi.last), verificationCode(budi), '✓', '– belum', '– belum', '– belum'],
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
    expect(table(el)).to.deep.equal([['Bu Sri', '1/4', '0%', active(updated), verificationCode(report), '✓', '– belum', '– belum', '– belum']]);
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
      // The name inside an LK1 code says whom to ask.
      `Bu Sri Wahyuni — ${old}: kode untuk kursus atau versi kursus lain`,
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
    expect(table(el)).to.deep.equal([['Bu Sri', '4/4', '100%', active(newer.last), verificationCode(newer), '✓', '✓ 100%', '✓ 100%', '✓']]);
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
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '83%', active(afternoon.last), verificationCode(afternoon), '✓', '✓ 100%', '◐ sedang', '– belum']]);
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
      ['Bu Ani', '1/4', '0%', active(ani.last), verificationCode(ani)],
      ['Bu Sri', '2/4', '67%', active(sri.last), verificationCode(sri)],
      ['Mbak Tini', '1/4', '0%', active(tini.last), verificationCode(tini)],
      ['Pak Budi, RT 3', '1/4', '0%', active(budi.last), verificationCode(budi)],
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
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '67%', active(sri.last), verificationCode(sri), '✓', '✓ 80%', '◐ sedang', '– belum']]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['LK1-0BP2-3FYV-00VP-ZTG6-89TJ-0MVJ-D5KN-4080-S247']);
  });

  it('still reads a code made before codes carried the time, and shows its day', async () => {
    const el = await roster();
    // Made by the version 1 encoder for `sri` (28 November 2026, the day only).
    await paste(el, 'Kode: LK1-07P2-3FYV-17DG-CGKN-419Q-4TB7-A80G-0C0B-G');
    const day = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 28));
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '67%', `${ago(Date.UTC(2026, 10, 28), true)} ${day}`, verificationCode(sri), '✓', '✓ 80%', '◐ sedang', '– belum']]);
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
      `Bu Sri — ${future}: tanggalnya di masa depan (${when(ahead.last)}); periksa jam di HP peserta, lalu minta laporan baru`,
    ]);
    expect(table(el)[0]!.slice(0, 4)).to.deep.equal(['Bu Sri', '2/4', '67%', active(sri.last)]);
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
    expect(table(el)).to.deep.equal([['Bu Sri', '2/4', '83%', active(sri.last), verificationCode(newest), '✓', '✓ 100%', '◐ sedang', '– belum']]);
    // The name is shown, and written to the CSV, without its invisible characters.
    expect($(el, 'tbody th').textContent).to.equal('Bu Sri');
    expect((await download(el)).text.split('\r\n')[1]!.split(',')[0]).to.equal('Bu Sri');
  });

  it('shows a learner written several ways in the tidiest spelling, even when the newest report is in lower case (review 15, finding 8)', async () => {
    const el = await roster();
    const older: Report = { ...sri, name: 'Bu Sri', last: sri.last - 3_600_000 };
    const newest: Report = { ...sri, name: 'bu sri' };
    await paste(el, [older, newest].map((r) => message(r, '28/11 07.10')).join('\n'));
    expect(table(el).map((r) => r[0])).to.deep.equal(['Bu Sri']);
    expect(table(el)[0]![4], 'the newest report counts').to.equal(verificationCode(newest));
    // The same, pasted the other way round.
    forget();
    const again = await roster();
    await paste(again, [newest, older].map((r) => message(r, '28/11 07.10')).join('\n'));
    expect(table(again).map((r) => r[0])).to.deep.equal(['Bu Sri']);
  });

  it('prefers a spelling with small letters to one in all capitals, whichever is newer (review 15b, minor 4)', async () => {
    const shout: Report = { ...sri, name: 'BU SRI' };
    const small: Report = { ...sri, name: 'bu sri', last: sri.last - 3_600_000 };
    const titled: Report = { ...sri, name: 'Bu Sri', last: sri.last - 7_200_000 };
    const el = await roster();
    await paste(el, [shout, small].map((r) => message(r, '28/11 07.10')).join('\n'));
    expect(table(el).map((r) => r[0])).to.deep.equal(['bu sri']);
    forget();
    const again = await roster();
    await paste(again, [small, shout, titled].map((r) => message(r, '28/11 07.10')).join('\n'));
    expect(table(again).map((r) => r[0])).to.deep.equal(['Bu Sri']);
    expect(table(again)[0]![4], 'the newest report counts').to.equal(verificationCode(shout));
  });

  it('names whom to ask beside a refused code, from the message it came in (review 15, finding 7)', async () => {
    const el = await roster();
    const good = code(sri);
    const at = good.length - 6;
    const typo = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    await paste(el, `Nama: Bu Yuli\nKode: ${typo}`);
    expect($$(el, 'ul.rejected li').map(text)).to.deep.equal([`Bu Yuli — ${typo}: ada salah ketik, atau kode untuk kursus lain`]);
    await expect(el).to.be.accessible();
  });

  it('has headings in order under the h1 of the page (review 15, finding 13)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><h1>Halaman pelatih</h1></div>`);
    const el = document.createElement('langkah-roster') as Roster;
    el.setAttribute('src', COURSE);
    host.append(el);
    await until(() => el.shadowRoot?.querySelector('textarea'), 'the roster did not render');
    await paste(el, [sri, budi].map((r) => message(r, '28/11 07.10')).join('\n'));
    await until(() => el.shadowRoot?.querySelector('#mistakes, #share'), 'no class summary');
    expect($$(el, 'h2, h3, h4').map((h) => h.localName)).to.include('h2').and.not.include('h3');
    await expect(host).to.be.accessible();
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
    expect(row(0)).to.deep.equal(['Peserta 0000', '2/4', '83%', active(reports[0]!.last)]);
    const more = $$(el, 'button').find((b) => /Tampilkan/.test(text(b)))!;
    expect(text(more)).to.equal('Tampilkan 50 peserta lagi (50 dari 2000 tampil)');
    more.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(100);
    expect(row(99)).to.deep.equal(['Peserta 0099', '2/4', '83%', active(reports[99]!.last)]);
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

  describe('the class at a glance', () => {
    // The same lessons as the course above, taught in days and sessions.
    const DAYS = '/test/fixtures/course-two/kursus-hari.json';
    const DAYS_FINGERPRINT = courseFingerprint('kursus-hari', 1, REFS);
    const VIEW_KEY = 'langkah:course:kursus-hari@/test/fixtures/course-two/|roster-view';
    const DAY = 86_400_000;
    const now = Date.now();
    // Bu Sri: lessons 1–2 done (1 of 5 wrong), 3 started. Pak Budi: lesson 1. Bu Ani: all done, 2 of 5 wrong in lesson 2.
    const sri2: Report = { ...sri, course: DAYS_FINGERPRINT, last: now - 12 * DAY - 60_000 };
    const budi2: Report = { ...budi, course: DAYS_FINGERPRINT, last: now - 10 * DAY };
    const ani2: Report = {
      course: DAYS_FINGERPRINT,
      name: 'Bu Ani',
      last: now - 5 * 3_600_000,
      lessons: [{ status: 'done' }, { status: 'done', score: 60 }, { status: 'done', score: 100 }, { status: 'done' }],
    };
    const chat = [sri2, budi2, ani2].map((r) => message(r, '1/12 08.00')).join('\n');
    /** The learners in the order the grid lists them. */
    const names = (el: Roster) => $$(el, 'tbody th').map(text);
    const select = (el: Roster, id: string) => $(el, `select#${id}`) as HTMLSelectElement;
    /** Picks an option as a mouse or a screen reader would: the value, then the change event the element listens to. */
    async function choose(el: Roster, id: string, value: string) {
      select(el, id).value = value;
      select(el, id).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }

    it('shows one row per learner and one column per lesson, grouped by day and session, in a real table', async () => {
      const el = await roster(DAYS);
      await paste(el, chat);
      const table = $(el, 'table');
      expect(text($(el, 'caption'))).to.equal('Kursus uji: kemajuan setiap peserta di setiap pelajaran');
      const groups = $$(el, 'thead th[scope="colgroup"]').map((th) => [text(th), th.getAttribute('colspan')]);
      expect(groups).to.deep.equal([
        ['Hari 1 · Sesi pagi', '2'],
        ['Hari 1 · Sesi siang', '1'],
        ['Hari 2', '1'],
      ]);
      expect($$(el, 'colgroup').map((c) => c.getAttribute('span'))).to.deep.equal(['6', '2', '1', '1']);
      // Short headings on screen; the full title for a screen reader, in the heading itself.
      const heads = $$(el, 'th.lesson');
      expect(heads.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
      expect(heads.map((th) => th.querySelector('[aria-hidden="true"]')!.textContent)).to.deep.equal(['1', '2', '3', '4']);
      expect(heads.map((th) => th.querySelector('.sr')!.textContent)).to.deep.equal(TITLES);
      // On focus (keyboard) or tap, the full title shows above the grid.
      expect(text($(el, '.col-title'))).to.equal('');
      (heads[1]!.querySelector('button') as HTMLButtonElement).focus();
      await el.updateComplete;
      expect(text($(el, '.col-title'))).to.equal('2. Latihan lengkap');
      (heads[2]!.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text($(el, '.col-title'))).to.equal('3. Satu pertanyaan');
      // Each state has a symbol and words; none is told by colour alone.
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
      expect(text($(el, '.key'))).to.equal('✓ selesai (dengan skor) · ◐ sedang dipelajari · – belum dimulai');
      const sriRow = $$(el, 'tbody tr')[1]!;
      expect([...sriRow.querySelectorAll('td')].slice(5).map((td) => text(td))).to.deep.equal(['✓', '✓ 80%', '◐ sedang', '– belum']);
      await expect(el).to.be.accessible();
    });

    it('fits a 360 px screen: the table scrolls in its own box, the page never sideways', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await roster(DAYS);
        await paste(el, chat);
        const box = $(el, '.scroll');
        expect(box.scrollWidth, 'the table is wider than the screen').to.be.greaterThan(box.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(360);
        for (const b of $$(el, 'th.lesson button, select')) expect(b.getBoundingClientRect().height, 'touch target').to.be.at.least(44);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fits a 360 px screen with a long session name too: the lesson filter wraps inside the page (review 15, minor 5)', async () => {
      // The course above, its first session named at length.
      const src = '/test/fixtures/course-two/kursus-hari-panjang.json';
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await roster(src);
        await paste(el, chat);
        const part = select(el, 'part');
        expect([...part.options].map((o) => o.text)).to.include('Hari 1 · Sesi pagi: waspada penipuan dan transfer palsu di WhatsApp');
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(360);
        for (const b of $$(el, 'select')) expect(b.getBoundingClientRect().right, `#${b.id} inside the screen`).to.be.at.most(360);
        expect(part.getBoundingClientRect().height, 'touch target').to.be.at.least(44);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows who is stuck where: the next lesson of each learner, how long ago, and per lesson the whole class', async () => {
      const el = await roster(DAYS);
      await paste(el, chat);
      const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].slice(0, 5).map((c) => text(c)));
      expect(rows.map((r) => [r[0], r[3]!.split(' lalu')[0], r[4]])).to.deep.equal([
        ['Bu Ani', '5 jam', '✓ semua selesai'],
        ['Bu Sri', '12 hari', '3 Satu pertanyaan'],
        ['Pak Budi, RT 3', '10 hari', '2 Latihan lengkap'],
      ]);
      const foot = $$(el, 'tfoot tr').map((tr) => [...tr.children].map((c) => text(c)));
      expect(foot).to.deep.equal([
        ['Seluruh kelas: selesai', '3', '2', '1', '1'],
        ['Seluruh kelas: sedang', '0', '0', '1', '0'],
        ['Seluruh kelas: belum', '0', '1', '1', '2'],
        // Lesson 2: 1 + 2 wrong answers by the 2 who finished it; lessons 1 and 4 have no questions.
        ['Rata-rata jawaban salah', '–', '1,5', '0', '–'],
      ]);
      expect($$(el, '.mistakes li').map(text)).to.deep.equal(['Latihan lengkap: rata-rata 1,5 jawaban salah per peserta yang sudah selesai']);
      expect($(el, '.mistakes li').getAttribute('value')).to.equal('2');
      expect(text($(el, '.mistakes p.muted'))).to.equal(
        'Kode laporan hanya membawa berapa jawaban yang salah di setiap pelajaran, bukan soal mana yang salah. Untuk tahu soal mana yang sulit, tanyakan di kelas.',
      );
      await expect(el).to.be.accessible();
    });

    it('sorts and filters with the keyboard, and keeps the choice (and the reports) across a reload', async () => {
      let el = await roster(DAYS);
      await paste(el, chat);
      expect(names(el)).to.deep.equal(['Bu Ani', 'Bu Sri', 'Pak Budi, RT 3']);
      // Keyboard: the sort box, one step down: by progress, least first.
      select(el, 'sort').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await until(() => select(el, 'sort').value === 'progress', 'the arrow key did not change the sort');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Pak Budi, RT 3', 'Bu Sri', 'Bu Ani']);
      await choose(el, 'sort', 'last');
      expect(names(el), 'longest ago first').to.deep.equal(['Bu Sri', 'Pak Budi, RT 3', 'Bu Ani']);
      await choose(el, 'sort', 'name');
      await choose(el, 'show', 'unfinished');
      expect(names(el)).to.deep.equal(['Bu Sri', 'Pak Budi, RT 3']);
      await choose(el, 'show', 'below');
      expect(text(select(el, 'show').selectedOptions[0]!)).to.equal('Di bawah nilai lulus (50%)');
      expect(names(el), 'course score under 50 %').to.deep.equal(['Pak Budi, RT 3']);
      // A day: its lessons only; "not finished" means that day's lessons.
      await choose(el, 'show', 'unfinished');
      await choose(el, 'part', '0');
      expect($$(el, 'th.lesson').map((th) => th.querySelector('.sr')!.textContent)).to.deep.equal(TITLES.slice(0, 2));
      expect($$(el, 'thead th[scope="colgroup"]').map(text)).to.deep.equal(['Hari 1 · Sesi pagi']);
      expect(names(el)).to.deep.equal(['Pak Budi, RT 3']);
      await choose(el, 'sort', 'progress');
      await expect(el).to.be.accessible();
      expect(JSON.parse(localStorage.getItem(VIEW_KEY)!)).to.deep.equal({ sort: 'progress', show: 'unfinished', part: 0 });

      el.remove();
      el = await roster(DAYS);
      await until(() => el.shadowRoot!.querySelector('tbody'), 'the stored reports did not come back');
      expect([select(el, 'sort').value, select(el, 'show').value, select(el, 'part').value]).to.deep.equal(['progress', 'unfinished', '0']);
      expect(names(el)).to.deep.equal(['Pak Budi, RT 3']);
      await choose(el, 'part', '2');
      expect(names(el), 'nobody has done day 2 but Bu Ani').to.deep.equal(['Pak Budi, RT 3', 'Bu Sri']);
      await choose(el, 'show', 'all');
      expect(names(el)).to.deep.equal(['Pak Budi, RT 3', 'Bu Sri', 'Bu Ani']);
      // Filtered to nobody: said in words.
      await choose(el, 'part', '-1');
      await choose(el, 'show', 'below');
      await paste(el, message({ ...budi2, last: now - DAY, lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'none' }] }, '3/12 08.00'));
      expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
      expect(text($(el, '.view + .key + .col-title + p.muted'))).to.equal('Tidak ada peserta yang cocok dengan pilihan ini.');
      await expect(el).to.be.accessible();
    });

    it('ignores a stored view that makes no sense', async () => {
      localStorage.setItem(VIEW_KEY, JSON.stringify({ sort: 'shoe size', show: 42, part: 9 }));
      const el = await roster(DAYS);
      await paste(el, chat);
      expect([select(el, 'sort').value, select(el, 'show').value, select(el, 'part').value]).to.deep.equal(['name', 'all', '-1']);
      expect(names(el)).to.deep.equal(['Bu Ani', 'Bu Sri', 'Pak Budi, RT 3']);
    });

    it('prints the table from a button', async () => {
      const el = await roster(DAYS);
      await paste(el, chat);
      const print = window.print;
      let printed = 0;
      window.print = () => printed++;
      try {
        $$(el, 'button').find((b) => text(b) === 'Cetak tabel')!.click();
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
    });

    it('shares a class summary with the WhatsApp group that names no learner and no score, and copies it', async () => {
      const el = await roster(DAYS);
      await paste(el, chat);
      const summary = [
        'Ringkasan kelas: Kursus uji',
        '3 peserta sudah mengirim laporan. 1 peserta sudah menyelesaikan semua pelajaran.',
        'Pelajaran yang paling banyak belum selesai:',
        '- 3. Satu pertanyaan (2 peserta belum selesai)',
        '- 4. Penutup kursus (2 peserta belum selesai)',
        '- 2. Latihan lengkap (1 peserta belum selesai)',
        'Paling banyak jawaban salah: 2. Latihan lengkap (rata-rata 1,5 jawaban salah per peserta). Kita bahas bersama di kelas.',
        'Ayo lanjutkan belajar, lalu kirim laporan baru!',
      ].join('\n');
      const box = $(el, 'textarea#summary') as HTMLTextAreaElement;
      expect(box.value).to.equal(summary);
      for (const name of ['Sri', 'Budi', 'Ani', '80%', '67%']) expect(box.value).not.to.include(name);
      const link = $(el, '.share a') as HTMLAnchorElement;
      expect(text(link)).to.equal('Kirim ke grup WhatsApp');
      expect(link.href).to.equal(`https://wa.me/?text=${encodeURIComponent(summary)}`);
      expect(link.target).to.equal('_blank');
      expect(text($(el, '#share-help'))).to.equal('Ringkasan ini tidak menyebut nama atau nilai peserta, supaya tidak ada yang malu di grup.');

      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      let copied = '';
      let refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => (refuse ? Promise.reject(new Error('denied')) : void (copied = t)) },
      });
      try {
        const copy = $$(el, '.share button').find((b) => text(b) === 'Salin ringkasan')!;
        copy.click();
        await until(() => text($(el, '.share [role="status"]')), 'nothing said after copying');
        expect(copied).to.equal(summary);
        expect(text($(el, '.share [role="status"]'))).to.equal('Ringkasan sudah disalin.');
        await expect(el).to.be.accessible();
        // Without a clipboard, the text is selected for the trainer to copy.
        refuse = true;
        copy.click();
        await until(() => /Tidak bisa/.test(text($(el, '.share [role="status"]'))), 'the refusal was not said');
        expect(text($(el, '.share [role="status"]'))).to.equal('Tidak bisa menyalin. Pilih teks ringkasan, lalu salin sendiri.');
        expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, summary.length]);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });

    it('speaks English when lang="en": the grid, the view and the summary', async () => {
      const el = await roster(DAYS, 'en');
      await paste(el, chat);
      expect(text($(el, 'caption'))).to.equal("Test course: each learner's progress in each lesson");
      expect($$(el, 'thead th[scope="colgroup"]').map(text)).to.deep.equal(['Day 1 · Morning session', 'Day 1 · Afternoon session', 'Day 2']);
      expect(text($(el, '.view legend'))).to.equal('Table view');
      expect(($(el, 'textarea#summary') as HTMLTextAreaElement).value).to.equal(
        [
          'Class summary: Test course',
          '3 learners have sent a report. 1 has finished every lesson.',
          'The lessons most learners have not finished:',
          '- 3. One question (2 learners not finished)',
          '- 4. Closing the course (2 learners not finished)',
          '- 2. Full practice (1 learner not finished)',
          'Most wrong answers: 2. Full practice (1.5 wrong answers per learner on average). We will go through it together in class.',
          'Keep learning, then send a new report!',
        ].join('\n'),
      );
      await expect(el).to.be.accessible();
    });
  });
});
