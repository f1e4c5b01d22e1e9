// <langkah-roster> as a trainer uses it: learners' report codes (made for the
// course in test/fixtures/course/, see curriculum.test.ts) pasted from a
// WhatsApp chat → the class table → a CSV file.
import { expect, fixture, html } from '@open-wc/testing';
import { courseFingerprint, encodeReport, verificationCode, type Report } from '../../src/report/code.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, $$, focused, named, nav, ready, text, until } from './helpers.js';

const COURSE = '/test/fixtures/course/curriculum.json';
const REFS = ['uji/singkat', 'uji/latihan', 'uji-lanjut/tanya', 'uji-akhir/penutup'];
const TITLES = ['Pelajaran singkat', 'Latihan lengkap', 'Satu pertanyaan', 'Penutup kursus'];
const FINGERPRINT = courseFingerprint('kursus-uji', 1, REFS);
const KEY = 'langkah.roster:kursus-uji@1';

type Roster = HTMLElement & { updateComplete: Promise<boolean> };

const sri: Report = {
  course: FINGERPRINT,
  name: 'Bu Sri',
  last: Date.UTC(2026, 10, 28),
  lessons: [{ status: 'done' }, { status: 'done', score: 80 }, { status: 'started' }, { status: 'none' }],
};
const budi: Report = {
  course: FINGERPRINT,
  name: 'Pak Budi, RT 3',
  last: Date.UTC(2026, 10, 27),
  lessons: [{ status: 'done' }, { status: 'none' }, { status: 'none' }, { status: 'none' }],
};

/** What a learner's WhatsApp message looks like, as the course writes it. */
const message = (r: Report, when: string) =>
  `[${when}] ${r.name}: Laporan belajar: Kursus uji\nNama: ${r.name}\nSelesai 1 dari 4 pelajaran · skor 0%\nKode: ${encodeReport(r)}`;

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

/** Pastes `chat` into the box and presses Add. */
async function paste(el: Roster, chat: string) {
  const area = $(el, 'textarea') as HTMLTextAreaElement;
  area.value = chat;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  $(el, 'form button[type="submit"]').click();
  await el.updateComplete;
}

/** The table's body, one array of cell texts per learner. */
const table = (el: Roster) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => text(c)));

const day = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);

/** Clicks "Download CSV" and returns the file's name and text, without letting the browser save it. */
async function download(el: Roster): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  let got: { name: string; href: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = { name: this.download, href: this.href };
  };
  try {
    $$(el, 'button').find((b) => text(b) === 'Unduh CSV')!.click();
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
      ['Bu Sri', '2/4', '67%', day(sri.last), verificationCode(sri), '✓', '✓ 80%', '◐ sedang', ''],
      ['Pak Budi, RT 3', '1/4', '0%', day(budi.last), verificationCode(budi), '✓', '', '', ''],
    ]);
    expect($$(el, '.legend li').map(text)).to.deep.equal(TITLES);
    await expect(el).to.be.accessible();

    const csv = await download(el);
    expect(csv.name).to.match(/^kursus-uji-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).to.equal(
      '\uFEFF' +
        [
          `Peserta,Pelajaran selesai,Skor %,Terakhir aktif,Kode verifikasi,${TITLES.join(',')}`,
          `Bu Sri,2,67,2026-11-28,${verificationCode(sri)},done,80,started,`,
          `"Pak Budi, RT 3",1,0,2026-11-27,${verificationCode(budi)},done,,,`,
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
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    const report: Report = { course: FINGERPRINT, name: 'Bu Sri', last: today, lessons: [{ status: 'done' }, { status: 'none' }, { status: 'none' }, { status: 'none' }] };
    expect(table(el)).to.deep.equal([['Bu Sri', '1/4', '0%', day(today), verificationCode(report), '✓', '', '', '']]);
  });

  it('writes a name that looks like a spreadsheet formula as plain text in the CSV', async () => {
    const el = await roster();
    const odd: Report = { ...budi, name: '=HYPERLINK("x")' };
    await paste(el, encodeReport(odd));
    const csv = await download(el);
    expect(csv.text.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""x"")",1,0,2026-11-27,${verificationCode(odd)},done,,,`);
  });

  it('refuses a code with one wrong character as a typo, and keeps it out of the table', async () => {
    const el = await roster();
    await paste(el, message(budi, '27/11 19.02'));
    const good = encodeReport(sri);
    // One character changed, as a learner copying by hand might.
    const at = good.length - 6;
    const typo = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    await paste(el, `Kode: ${typo}`);
    expect(text($(el, '[role="status"]'))).to.equal(`0 laporan ditambahkan. Kode tidak bisa dibaca: ${typo}: ada salah ketik`);
    expect(table(el).map((r) => r[0])).to.deep.equal(['Pak Budi, RT 3']);
    expect(($(el, 'textarea') as HTMLTextAreaElement).value, 'kept, to be corrected').to.equal(`Kode: ${typo}`);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([encodeReport(budi)]);
    await expect(el).to.be.accessible();
  });

  it('refuses a code for another course, or for another version of this one', async () => {
    const el = await roster();
    const other = encodeReport({ ...sri, course: courseFingerprint('kursus-lain', 1, REFS) });
    const older = encodeReport({ ...sri, course: courseFingerprint('kursus-uji', 2, REFS) });
    await paste(el, `${other}\n${older}`);
    const reasons = $$(el, 'ul.rejected li').map(text);
    expect(reasons).to.deep.equal([
      `${other}: kode untuk kursus atau versi kursus lain`,
      `${older}: kode untuk kursus atau versi kursus lain`,
    ]);
    expect(named(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
  });

  it('does not drop a code typed by hand with spaces: reads it, or says why not', async () => {
    const el = await roster();
    const spaced = encodeReport(budi).replace(/-/g, ' ').toLowerCase();
    await paste(el, `${message(sri, '28/11 07.10')}\nKode: ${spaced}\nKode: LK1 belum ada, Bu`);
    expect(table(el).map((r) => r[0])).to.deep.equal(['Bu Sri', 'Pak Budi, RT 3']);
    expect($$(el, 'ul.rejected li').map(text)).to.deep.equal(['LK1 belum ada, Bu: bukan kode laporan']);
  });

  it('keeps one row per learner: the newest report, whatever the order they are pasted in', async () => {
    const el = await roster();
    const newer: Report = { ...sri, last: Date.UTC(2026, 10, 30), lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'done' }] };
    await paste(el, message(newer, '30/11 08.00'));
    await paste(el, `${message(sri, '28/11 07.10')}\n${message(sri, '28/11 07.10')}`);
    expect(table(el)).to.deep.equal([['Bu Sri', '4/4', '100%', day(newer.last), verificationCode(newer), '✓', '✓ 100%', '✓ 100%', '✓']]);
    // The same report pasted twice is kept once.
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal([encodeReport(newer), encodeReport(sri)]);
    // A later report the same day, with a better score, replaces the earlier one.
    const retried: Report = { ...newer, lessons: [{ status: 'done' }, { status: 'done', score: 60 }, { status: 'done', score: 100 }, { status: 'done' }] };
    const better: Report = { ...newer, lessons: [{ status: 'done' }, { status: 'done', score: 100 }, { status: 'done', score: 100 }, { status: 'done' }] };
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
});
