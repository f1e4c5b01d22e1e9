// <langkah-curriculum> as a learner meets it, on the small course in
// test/fixtures/course/ (built from test/fixtures/modules/curricula/kursus-uji.yaml
// with the real CLI; rebuild it with `node test/fixtures/build-course.mjs`):
//
//   Modul uji          singkat (no questions) · latihan (5 questions)
//   Modul uji lanjutan tanya (1 question)      requires uji/singkat
//   Modul uji akhir    penutup (no questions)  requires the whole of uji-lanjut
//   pass mark 50 % of the 6 questions
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { courseFingerprint, decodeReport, findCodes, verificationCode, type Report } from '../../src/report/code.js';
import { $, $$, answerAll, authored, courseKey, focused, frame, named, nav, quizzes, ready, text, until } from './helpers.js';
import { encodeReport } from '../../src/report/code.js';

const COURSE = '/test/fixtures/course/curriculum.json';
const REFS = ['uji/singkat', 'uji/latihan', 'uji-lanjut/tanya', 'uji-akhir/penutup'];
const FINGERPRINT = courseFingerprint('kursus-uji', 1, REFS);
/** What the trainer's roster reads a code against: the course and each lesson's number of questions. */
const SHAPE = { course: FINGERPRINT, questions: [0, 5, 1, 0] };

type Course = HTMLElement & { updateComplete: Promise<boolean> };

/** Forgets the learner: lesson records, the open lesson, the name. */
function forget() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('langkah')) localStorage.removeItem(k);
}

const record = (ref: string) => JSON.parse(localStorage.getItem(courseKey(ref)) ?? 'null');

/**
 * Stores a finished record of lesson `ref` as a learner's phone would hold it: `answers` by
 * question id (right, to the question as built, given `at`), `seen` the steps seen.
 */
async function seed(ref: string, lang: 'id' | 'en', seen: string[], answers: Record<string, object>, at: number) {
  const built = await (await fetch(COURSE)).json();
  const l = built.modules.flatMap((m: { id: string; lessons: { id: string }[] }) => m.lessons.map((x) => ({ ref: `${m.id}/${x.id}`, ...x }))).find((x: { ref: string }) => x.ref === ref);
  const key = courseKey(ref, lang);
  const given = Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { value: [1], correct: true, fp: l.fp[lang][id], at, ...a }]));
  localStorage.setItem(key, JSON.stringify({ v: 1, key: key.slice('langkah:'.length), content: l.version[lang], lang, step: seen.length, seen, answers: given, checks: {}, started: at, updated: at, completed: at }));
}

/** Waits until the course shows its path or an open lesson. */
async function shown(el: Course): Promise<Course> {
  await until(() => el.shadowRoot?.querySelector('.modules, langkah-lesson, .certificate'), 'the course did not render');
  await el.updateComplete;
  return el;
}

/** A course on the page, loaded through define.ts (which imports the element when the tag appears). */
async function course(attrs = ''): Promise<Course> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<langkah-curriculum src="${COURSE}" ${attrs}></langkah-curriculum>`;
  await customElements.whenDefined('langkah-curriculum');
  return shown(host.firstElementChild as Course);
}

/** Each lesson of the path: its ref, status class and the line under its title. */
const path = (el: Course) =>
  $$(el, '[part="lesson"]').map((li) => ({
    // A locked lesson has no button: the row itself names the lesson.
    ref: li.dataset.ref ?? li.querySelector('button')!.dataset.ref,
    status: li.className.replace('lesson', '').trim(),
    line: text(li.querySelector('.what .muted')!),
    enabled: !!li.querySelector('button:enabled'),
  }));

/** The overview at the top of the path: lessons done, then the scores and the pass mark. */
const overview = (el: Course) => [text($(el, '[part="nav"] p')), text($(el, '[part="nav"] .scores'))];
const PASS_ID = 'Untuk sertifikat: selesaikan semua pelajaran, dengan skor kursus paling sedikit 50%.';

const lessonButton = (el: Course, ref: string) => $(el, `[data-ref="${ref}"]`) as HTMLButtonElement;

/** The lesson open in the course, once it shows a step. */
async function openLesson(el: Course): Promise<LangkahLesson> {
  await el.updateComplete;
  return ready($(el, 'langkah-lesson') as LangkahLesson);
}

async function click(el: Course, selector: string) {
  $(el, selector).click();
  await el.updateComplete;
}

/** Answers what is left (first options) and clicks Next until the lesson's summary shows: a lesson is done only with every question answered. */
async function finish(lesson: LangkahLesson, course: Course) {
  for (let i = 0; i < 10 && !lesson.shadowRoot!.querySelector('[part~="summary"]'); i++) {
    await answerAll(lesson);
    await nav(lesson, /Lanjut|Selesai|Next|Finish/);
  }
  expect(named(lesson.shadowRoot!.querySelector('[part~="summary"] h3'))).to.match(/Pelajaran selesai!|Lesson complete!/);
  await course.updateComplete;
}

/** Picks option `option` of question `q` on the current step and checks it. */
async function answer(lesson: LangkahLesson, q: string, option: number) {
  const quiz = quizzes(lesson).find((x) => x.shadowRoot!.querySelector(`[data-q="${q}"]`));
  if (!quiz) throw new Error(`no question ${q} on this step`);
  const fieldset = quiz.shadowRoot!.querySelector(`[data-q="${q}"]`)!;
  const button = fieldset.querySelector<HTMLButtonElement>(':scope > button')!;
  // Answered before: "Coba lagi" first.
  if (/Coba lagi|Try again/.test(button.textContent!)) button.click();
  await quiz.updateComplete;
  authored(fieldset)[option]!.click();
  await quiz.updateComplete;
  fieldset.querySelector<HTMLButtonElement>(':scope > button')!.click();
  await quiz.updateComplete;
}

/** Waits a tick of the clock, so that the next record is strictly newer than `ref`'s. */
const tick = (ref: string) => until(() => Date.now() > record(ref).updated, 'the clock did not move');

/** Every control a finger has to hit is at least 44 × 44 CSS pixels. */
function expectTouchTargets(el: Course, min: number) {
  const targets = $$(el, 'button, a, input').filter((t) => t.getBoundingClientRect().width > 0);
  expect(targets.length, 'controls').to.be.at.least(min);
  for (const t of targets) {
    const r = t.getBoundingClientRect();
    expect(Math.round(r.width), `${t.outerHTML.slice(0, 60)} width`).to.be.at.least(44);
    expect(Math.round(r.height), `${t.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
  }
}

describe('<langkah-curriculum>', () => {
  beforeEach(forget);
  after(forget);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the course as a path: lessons new or locked, what unlocks them, and a start button', async () => {
    const el = await course();
    expect(text($(el, 'h2'))).to.equal('Kursus uji');
    // Nothing done yet: no course score of 0 %, only what the certificate needs.
    expect(overview(el)).to.deep.equal(['0 dari 4 pelajaran selesai', PASS_ID]);
    // A locked lesson says why at the lesson itself, and has no button that would do nothing.
    expect(path(el)).to.deep.equal([
      { ref: 'uji/singkat', status: 'new', line: 'Belum dimulai · 2 menit', enabled: true },
      { ref: 'uji/latihan', status: 'new', line: 'Belum dimulai · 5 menit · kuis belum dikerjakan', enabled: true },
      { ref: 'uji-lanjut/tanya', status: 'locked', line: 'Terkunci: selesaikan dulu Pelajaran singkat · 1 menit · kuis belum dikerjakan', enabled: false },
      { ref: 'uji-akhir/penutup', status: 'locked', line: 'Terkunci: selesaikan dulu Modul uji lanjutan · 1 menit', enabled: false },
    ]);
    expect($$(el, '[part="lesson"].locked button')).to.have.length(0);
    const modules = $$(el, '[part="module"]').map((m) => text(m.querySelector(':scope > p')!));
    expect(modules).to.deep.equal([
      '0 dari 2 pelajaran selesai',
      '0 dari 1 pelajaran selesai Terkunci: selesaikan dulu Pelajaran singkat',
      '0 dari 1 pelajaran selesai Terkunci: selesaikan dulu Modul uji lanjutan',
    ]);
    expect(text($(el, '#continue'))).to.equal('Mulai belajar');
    expect(lessonButton(el, 'uji/singkat').getAttribute('aria-label')).to.equal('Buka: Pelajaran singkat');
    expect(named(el.shadowRoot!.querySelector('.certificate, .finish'))).to.equal('nothing');
    await expect(el).to.be.accessible();
  });

  it('opens the lesson to continue in place, and back returns to the path with focus on that lesson', async () => {
    const el = await course();
    await click(el, '#continue');
    let lesson = await openLesson(el);
    expect(new URL(lesson.src!).pathname).to.equal('/test/fixtures/course/modules/id/uji/singkat.json');
    expect(text($(lesson, '[part="title"]'))).to.equal('Pelajaran singkat');
    // The first thing heard in a lesson is its step, not the way out (#12).
    expect(focused(el)).to.equal(named(lesson));
    expect(focused(lesson)).to.equal(named($(lesson, 'h3')));
    expect(text($(el, '[role="status"]'))).to.equal('Pelajaran dibuka: Pelajaran singkat');
    expect(named(el.shadowRoot!.querySelector('.modules')), 'the path is replaced by the lesson').to.equal('nothing');
    await expect(el).to.be.accessible();

    await nav(lesson, /Lanjut/);
    await click(el, '#back');
    expect(focused(el)).to.equal(named(lessonButton(el, 'uji/singkat')));
    expect(path(el)[0]).to.include({ status: 'started', line: 'Sedang dipelajari · 2 menit' });
    expect(text($(el, '#continue'))).to.equal('Lanjutkan belajar');

    // The lesson worked on last is the one to continue.
    await tick('uji/singkat');
    lessonButton(el, 'uji/latihan').click();
    lesson = await openLesson(el);
    await nav(lesson, /Lanjut/);
    await click(el, '#back');
    expect(focused(el)).to.equal(named(lessonButton(el, 'uji/latihan')));
    await click(el, '#continue');
    lesson = await openLesson(el);
    expect(text($(lesson, '[part="title"]'))).to.equal('Latihan lengkap');
    expect(text($(lesson, 'h3')), 'the lesson resumes at its step').to.equal('Pilih jawaban');
  });

  it('marks a finished lesson done and unlocks what required it, lesson by lesson and module by module', async () => {
    const el = await course();
    await click(el, '#continue');
    const lesson = await openLesson(el);
    await finish(lesson, el);
    expect(record('uji/singkat').completed).to.be.a('number');
    // The next open lesson is offered at the end of this one, and opens in a fresh lesson:
    // never the finished one's summary (with its "start again") while the next one loads.
    expect(text($(el, '.next button'))).to.equal('Pelajaran berikutnya: Latihan lengkap');
    await click(el, '.next button');
    const next = $(el, 'langkah-lesson') as LangkahLesson;
    await next.updateComplete;
    expect(named(next.shadowRoot!.querySelector('.summary')), 'the finished lesson is gone at once').to.equal('nothing');
    await ready(next);
    expect(text($(next, '[part="title"]'))).to.equal('Latihan lengkap');
    expect(focused(next)).to.equal(named($(next, 'h3')));
    expect(record('uji/latihan').seen, 'opening the next lesson leaves the finished one alone').to.deep.equal(['kunci']);
    expect(record('uji/singkat').completed).to.be.a('number');
    await click(el, '#back');
    expect(path(el).map((v) => [v.ref, v.status, v.enabled])).to.deep.equal([
      ['uji/singkat', 'done', true],
      ['uji/latihan', 'new', true],
      ['uji-lanjut/tanya', 'new', true],
      ['uji-akhir/penutup', 'locked', false],
    ]);
    expect(text(lessonButton(el, 'uji/singkat'))).to.equal('Ulangi');
    expect(overview(el)).to.deep.equal(['1 dari 4 pelajaran selesai', `Skor kursus: 0% (jawaban benar pada percobaan pertama, dari semua soal kursus) ${PASS_ID}`]);

    lessonButton(el, 'uji-lanjut/tanya').click();
    const tanya = await openLesson(el);
    await answer(tanya, 'q-otp', 1);
    await finish(tanya, el);
    // Finishing the module unlocks the last one, which comes next.
    expect(text($(el, '.next button'))).to.equal('Pelajaran berikutnya: Penutup kursus');
    await click(el, '#back');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'new', 'done', 'new']);
    // One question right in the lessons done: 100 % of those, 17 % of the whole course, beside the pass mark.
    expect(overview(el)).to.deep.equal([
      '2 dari 4 pelajaran selesai',
      `Skor pelajaran yang sudah selesai: 100% Skor kursus: 17% (jawaban benar pada percobaan pertama, dari semua soal kursus) ${PASS_ID}`,
    ]);
    expect($$(el, '[part="module"]').map((m) => text(m.querySelector(':scope > p')!))[2]).to.equal('0 dari 1 pelajaran selesai');
    // After the last lesson of the path, the one skipped earlier is offered.
    lessonButton(el, 'uji-akhir/penutup').click();
    await finish(await openLesson(el), el);
    expect(text($(el, '.next button'))).to.equal('Pelajaran berikutnya: Latihan lengkap');
  });

  it('keeps the open lesson and all progress across a reload of the page', async () => {
    const f = await frame('/test/fixtures/pages/course.html');
    const get = async () => {
      await until(() => f.contentDocument?.querySelector('langkah-curriculum')?.shadowRoot?.querySelector('.modules, langkah-lesson'), 'the course did not render in the page');
      return shown(f.contentDocument!.querySelector('langkah-curriculum') as Course);
    };
    let el = await get();
    lessonButton(el, 'uji/singkat').click();
    await finish(await openLesson(el), el);
    await click(el, '#back');
    lessonButton(el, 'uji/latihan').click();
    let lesson = await openLesson(el);
    await nav(lesson, /Lanjut/);
    await answer(lesson, 'q-tunggal', 1);

    const reloaded = new Promise((resolve) => (f.onload = resolve));
    f.contentWindow!.location.reload();
    await reloaded;
    el = await get();
    lesson = await openLesson(el);
    expect(text($(lesson, '[part="title"]'))).to.equal('Latihan lengkap');
    expect(text($(lesson, 'h3'))).to.equal('Pilih jawaban');
    const quiz = quizzes(lesson)[0]!;
    await quiz.updateComplete;
    expect(text(quiz.shadowRoot!.querySelector('[part="feedback"]')!)).to.contain('Benar');
    await click(el, '#back');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'started', 'new', 'locked']);

    // Closed before the reload: the path shows again, not the last lesson.
    const again = new Promise((resolve) => (f.onload = resolve));
    f.contentWindow!.location.reload();
    await again;
    el = await get();
    expect(named(el.shadowRoot!.querySelector('langkah-lesson'))).to.equal('nothing');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'started', 'new', 'locked']);
    f.remove();
  });

  it('asks for the pass mark, then makes a certificate with the name and a verification code', async function () {
    this.timeout(30000);
    const el = await course();
    for (const ref of ['uji/singkat', 'uji/latihan', 'uji-lanjut/tanya']) {
      lessonButton(el, ref).click();
      const lesson = await openLesson(el);
      if (ref === 'uji-lanjut/tanya') await answer(lesson, 'q-otp', 1);
      await finish(lesson, el);
      await click(el, '#back');
    }
    lessonButton(el, 'uji-akhir/penutup').click();
    await finish(await openLesson(el), el);
    // No lesson left: the button at the end of the lesson leads to the course's verdict.
    expect(text($(el, '.next button'))).to.equal('Kembali ke daftar pelajaran');
    await click(el, '.next button');
    expect(focused(el)).to.equal(named($(el, '#finish-title')));
    // Every lesson done, but 2 of 6 questions right: below the pass mark.
    expect(named(el.shadowRoot!.querySelector('#continue'))).to.equal('nothing');
    expect(text($(el, '.finish'))).to.equal('Skor Anda 33%. Untuk sertifikat perlu 50%. Ulangi kuis yang masih salah. Ulangi kuis di pelajaran ini: Latihan lengkap (skor 20%)');
    expect(named(el.shadowRoot!.querySelector('#cert-name'))).to.equal('nothing');

    // The learner follows the link to the lesson to redo, and answers two more right.
    $(el, '.redo button').click();
    const lesson = await openLesson(el);
    // Not its summary: the first step with a wrong answer, ready for another try (#12).
    expect(text($(lesson, 'h3')), 'the redo link opens the first wrong answer').to.equal('Pilih jawaban');
    expect(focused(lesson)).to.equal(named($(lesson, 'h3')));
    await expect(el).to.be.accessible();
    await answer(lesson, 'q-tunggal', 1);
    await nav(lesson, /Lanjut/);
    await answer(lesson, 'q-bs', 1);
    await finish(lesson, el);
    await click(el, '#back');
    expect(text($(el, '.finish h3'))).to.equal('Selamat! Semua pelajaran sudah selesai.');
    expect(overview(el)).to.deep.equal([
      '4 dari 4 pelajaran selesai',
      // Two of its right answers came after retrying: the course score says so (review 12d, finding 1).
      `Skor pelajaran yang sudah selesai: 67% Skor kursus: 67% (jawaban benar pada percobaan pertama atau setelah mengulang pelajaran, dari semua soal kursus) ${PASS_ID}`,
    ]);

    // A long name: the report code carries its first 40 bytes, and the verification code matches it.
    const name = 'Sri Wahyuni Kusumawardhani binti Abdul Rahman';
    $(el, '#cert-name').focus();
    await sendKeys({ type: name });
    await click(el, '.finish button[type="submit"]');
    let cert = $(el, '[part="certificate"]');
    expect(focused(el)).to.equal(named($(el, '#cert-title')));
    // The phone's Back leads to the path, Forward to the certificate again (review 12c, finding 2).
    expect((history.state as { langkah?: string }).langkah).to.equal('course:kursus-uji@/test/fixtures/course/|certificate');
    let popped = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(focused(el)).to.equal(named($(el, '.finish button[type="submit"]')));
    popped = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.forward();
    await popped;
    await el.updateComplete;
    cert = $(el, '[part="certificate"]');
    expect(focused(el)).to.equal(named($(el, '#cert-title')));
    const expected: Report = {
      course: FINGERPRINT,
      name,
      last: 0,
      lessons: [{ status: 'done' }, { status: 'done', score: 60 }, { status: 'done', score: 100 }, { status: 'done' }],
    };
    const code = verificationCode(expected);
    const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(Date.now());
    expect(text(cert)).to.equal(
      `Lembaga Uji Sertifikat Kursus uji Diberikan kepada ${name} Telah menyelesaikan 4 pelajaran dengan skor kuis 67% (termasuk 2 jawaban benar setelah mengulang pelajaran) ` +
        `Telah menyelesaikan kursus uji. Tanggal: ${today} Kepala Lembaga Uji Kode verifikasi: ${code} ` +
        'Dilaporkan sendiri oleh peserta. Kode verifikasi hanya menunjukkan bahwa sertifikat ini cocok dengan laporan peserta.',
    );
    // The verification code is read and typed as one piece: it never breaks across lines.
    const strong = cert.querySelector<HTMLElement>('strong.code')!;
    expect(text(strong)).to.equal(code);
    expect(getComputedStyle(strong).whiteSpace).to.equal('nowrap');
    // The name is kept in this browser only; it leaves the phone only in a report the learner sends.
    expect(localStorage.getItem('langkah.learner-name')).to.equal(name);
    await expect(el).to.be.accessible();

    const printed: unknown[] = [];
    const print = window.print;
    window.print = () => void printed.push(1);
    try {
      await click(el, '.actions button.primary');
    } finally {
      window.print = print;
    }
    expect(printed).to.have.length(1);

    // The roster shows the same verification code for the learner's report.
    await click(el, '.actions button:not(.primary)');
    const report = decodeReport($(el, '[data-code]').textContent!.trim(), SHAPE);
    expect('report' in report && verificationCode({ ...report.report, name })).to.equal(code);
    expect(focused(el), 'focus returns to the certificate button').to.equal(named($(el, '.finish button[type="submit"]')));
  });

  it('sends a WhatsApp report whose code the trainer reads back with each lesson state', async () => {
    const el = await course();
    await click(el, '#continue');
    await finish(await openLesson(el), el);
    await click(el, '#back');
    lessonButton(el, 'uji/latihan').click();
    const lesson = await openLesson(el);
    await nav(lesson, /Lanjut/);
    await answer(lesson, 'q-tunggal', 1);
    await click(el, '#back');

    // Without a name, the button asks for one instead of opening WhatsApp.
    const link = $(el, '[part="report"] a') as HTMLAnchorElement;
    expect(link.getAttribute('aria-disabled')).to.equal('true');
    let prevented: boolean | undefined;
    const spy = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', spy);
    try {
      link.click();
    } finally {
      document.removeEventListener('click', spy);
    }
    expect(prevented).to.equal(true);
    expect(focused(el)).to.equal(named($(el, '#report-name')));

    await sendKeys({ type: 'Pak Budi' });
    await el.updateComplete;
    expect(link.getAttribute('aria-disabled')).to.equal('false');
    const url = new URL(link.href);
    // The course names its trainer's number: the chat opens with the trainer.
    expect(url.origin + url.pathname).to.equal('https://wa.me/6281234567890');
    expect(link.target).to.equal('_blank');
    const message = url.searchParams.get('text')!;
    const [code] = findCodes(message);
    expect(message).to.equal(
      `Laporan belajar: Kursus uji\nNama: Pak Budi\nSelesai 1 dari 4 pelajaran · Skor kursus: 0% (jawaban benar pada percobaan pertama, dari semua soal kursus)\nKode: ${code}`,
    );
    expect(text($(el, '[data-code]'))).to.equal(code);
    expect(code!.replace(/-/g, '').length, 'short enough to read aloud').to.be.at.most(32);
    const decoded = decodeReport(code!, SHAPE);
    if (!('report' in decoded)) throw new Error(`the code did not decode: ${decoded.fault}`);
    // The time of last activity, to the minute.
    const updated = record('uji/latihan').updated;
    expect(decoded.report).to.deep.equal({
      course: FINGERPRINT,
      // The name travels beside the code, in the message.
      name: '',
      last: updated - (updated % 60_000),
      lessons: [{ status: 'done' }, { status: 'started' }, { status: 'none' }, { status: 'none' }],
    });
    await expect(el).to.be.accessible();
  });

  it('does not count as done a lesson an earlier version marked finished with questions skipped, and opens it at the first one left, keeping the rest', async () => {
    // Records as an earlier Langkah saved them: Next skipped the questions and the summary set `completed`.
    const at = Date.now() - 86_400_000;
    await seed('uji/singkat', 'id', ['kunci'], {}, at);
    // Two of five answered (the first step of questions), three skipped.
    await seed('uji/latihan', 'id', ['kunci', 'pilih', 'benar-salah', 'daftar', 'penutup'], { 'q-tunggal': {}, 'q-banyak': {} }, at);
    // Its one question skipped: the module that requires it stays locked.
    await seed('uji-lanjut/tanya', 'id', ['soal'], {}, at);
    const el = await course();
    expect(path(el).map((v) => [v.ref, v.status])).to.deep.equal([
      ['uji/singkat', 'done'],
      ['uji/latihan', 'started'],
      ['uji-lanjut/tanya', 'started'],
      ['uji-akhir/penutup', 'locked'],
    ]);
    expect(overview(el)[0]).to.equal('1 dari 4 pelajaran selesai');
    expect(named(el.shadowRoot!.querySelector('.finish'))).to.equal('nothing');
    const decoded = decodeReport(text($(el, '[data-code]')), SHAPE);
    if (!('report' in decoded)) throw new Error(`the code did not decode: ${decoded.fault}`);
    expect(decoded.report.lessons).to.deep.equal([{ status: 'done' }, { status: 'started' }, { status: 'started' }, { status: 'none' }]);

    // Opened, the lesson shows the first question never answered, with what was answered kept.
    lessonButton(el, 'uji/latihan').click();
    const lesson = await openLesson(el);
    expect(text($(lesson, 'h3'))).to.equal('Benar atau salah');
    expect(Object.keys(record('uji/latihan').answers)).to.deep.equal(['q-tunggal', 'q-banyak']);
    expect(record('uji/latihan').seen).to.have.length(5);
    await finish(lesson, el);
    await click(el, '#back');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'done', 'started', 'locked']);
    expect(Object.keys(record('uji/latihan').answers)).to.include.members(['q-tunggal', 'q-banyak', 'q-bs', 'q-urut', 'q-chat']);

    // Answered now, the one-question lesson is done and unlocks the last module.
    lessonButton(el, 'uji-lanjut/tanya').click();
    const tanya = await openLesson(el);
    expect(text($(tanya, 'h3'))).to.equal('Pertanyaan');
    await finish(tanya, el);
    await click(el, '#back');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'done', 'done', 'new']);
    await expect(el).to.be.accessible();
  });

  it('gives no fresh first try in the other language: a question retried in English and then right at once in Bahasa Indonesia is not counted (review 12b, finding 4)', async () => {
    const at = Date.now() - 3_600_000;
    await seed('uji/singkat', 'id', ['kunci'], {}, at);
    // In English: wrong first, then right on "Try again"; then in Bahasa Indonesia: right at once.
    await seed('uji-lanjut/tanya', 'en', ['soal'], { 'q-otp': { first: false, tries: 2 } }, at);
    await seed('uji-lanjut/tanya', 'id', ['soal'], { 'q-otp': { first: true, tries: 1 } }, at + 60_000);
    const el = await course();
    const tanya = path(el).find((v) => v.ref === 'uji-lanjut/tanya')!;
    expect(tanya.status).to.equal('done');
    expect(tanya.line).to.contain('skor 0%');
    const decoded = decodeReport(text($(el, '[data-code]')), SHAPE);
    if (!('report' in decoded)) throw new Error(`the code did not decode: ${decoded.fault}`);
    expect(decoded.report.lessons[2]).to.deep.equal({ status: 'done', score: 0 });
  });

  it('keeps ticks not yet checked when the learner goes back to the list, or the page is hidden and comes back (review 12b, finding 3)', async () => {
    const ticked = async (lesson: LangkahLesson) => {
      const quiz = quizzes(lesson)[0]!;
      await quiz.updateComplete;
      return authored(quiz.shadowRoot!.querySelector('[data-q="q-tunggal"]')!).map((i) => (i as HTMLInputElement).checked);
    };
    let el = await course();
    lessonButton(el, 'uji/latihan').click();
    let lesson = await openLesson(el);
    await nav(lesson, /Lanjut/);
    const quiz = quizzes(lesson)[0]!;
    await quiz.updateComplete;
    authored(quiz.shadowRoot!.querySelector('[data-q="q-tunggal"]')!)[1]!.click();
    await quiz.updateComplete;
    const picks = await ticked(lesson);
    expect(picks.filter(Boolean)).to.have.length(1);
    // "← Daftar pelajaran", then back into the lesson: the tick is there, not checked, and the main button checks it.
    await click(el, '#back');
    lessonButton(el, 'uji/latihan').click();
    lesson = await openLesson(el);
    expect(text($(lesson, 'h3'))).to.equal('Pilih jawaban');
    expect(await ticked(lesson)).to.deep.equal(picks);
    expect(record('uji/latihan').answers['q-tunggal']).to.equal(undefined);
    expect(text($(lesson, 'nav button.primary'))).to.equal('Periksa jawaban');
    // The page hidden (the learner switched to WhatsApp, and the phone dropped the tab): a new page has them too.
    window.dispatchEvent(new Event('pagehide'));
    el.parentElement!.remove();
    el = await course();
    lesson = await openLesson(el);
    expect(await ticked(lesson)).to.deep.equal(picks);
    await expect(el).to.be.accessible();
  });

  it('keeps every control at least 44 × 44 CSS pixels on a phone, on the path, in a lesson and on the certificate', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await course();
    expectTouchTargets(el, 6);
    await click(el, '#continue');
    await openLesson(el);
    expectTouchTargets(el, 1);
    await click(el, '#back');
    for (const ref of REFS) {
      lessonButton(el, ref).click();
      const lesson = await openLesson(el);
      if (ref === 'uji-lanjut/tanya') await answer(lesson, 'q-otp', 1);
      if (ref === 'uji/latihan') {
        await nav(lesson, /Lanjut/);
        await answer(lesson, 'q-tunggal', 1);
        await answerAll(lesson);
        await nav(lesson, /Lanjut/);
        await answer(lesson, 'q-bs', 1);
      }
      await finish(lesson, el);
      if (ref === 'uji/singkat') expectTouchTargets(el, 2);
      await click(el, '#back');
    }
    expectTouchTargets(el, 8);
    $(el, '#cert-name').focus();
    await sendKeys({ type: 'Bu Sri' });
    await click(el, '.finish button[type="submit"]');
    expectTouchTargets(el, 2);
  });

  it('speaks English with lang="en" and opens the English lessons', async () => {
    const el = await course('lang="en"');
    expect(text($(el, 'h2'))).to.equal('Test course');
    expect(overview(el)).to.deep.equal(['0 of 4 lessons done', 'For the certificate: finish every lesson, with a course score of at least 50%.']);
    expect(text($(el, '#continue'))).to.equal('Start learning');
    expect(path(el)[2]!.line).to.equal('Locked: first finish A short lesson · 1 min · quiz not done yet');
    await click(el, '#continue');
    const lesson = await openLesson(el);
    expect(new URL(lesson.src!).pathname).to.equal('/test/fixtures/course/modules/en/uji/singkat.json');
    expect(text($(lesson, '[part="title"]'))).to.equal('A short lesson');
    expect(text($(el, '#back'))).to.equal('← Lessons');
    expect($(el, '#back').getAttribute('aria-label')).to.equal('Back to the lessons');
  });

  it('says so, with a retry button, when the course cannot be loaded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<langkah-curriculum src="/test/fixtures/course/nope.json"></langkah-curriculum>';
    await customElements.whenDefined('langkah-curriculum');
    const el = host.firstElementChild as Course;
    await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
    expect(text($(el, '[role="alert"] button'))).to.equal('Coba lagi');
  });

  it('lets the learner switch language without progress looking lost: a lesson done in either counts, in the path and the report', async () => {
    let el = await course();
    expect(text($(el, '.langs button'))).to.equal('English');
    expect($(el, '.langs button').getAttribute('lang')).to.equal('en');
    lessonButton(el, 'uji/singkat').click();
    await finish(await openLesson(el), el);
    await click(el, '#back');
    lessonButton(el, 'uji-lanjut/tanya').click();
    const tanya = await openLesson(el);
    await answer(tanya, 'q-otp', 1);
    await finish(tanya, el);
    await click(el, '#back');
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'new', 'done', 'new']);
    await click(el, '.langs button');
    expect(text($(el, '.title'))).to.equal('Test course');
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect(text($(el, '.langs button'))).to.equal('Bahasa Indonesia');
    // Said where the learner looks, and heard: nothing is lost.
    const kept = 'Language changed. Your progress is not lost: a lesson finished in English or in Indonesian still counts.';
    expect(text($(el, '.kept'))).to.equal(kept);
    expect(text($(el, '[role="status"].sr'))).to.equal(kept);
    expect(focused(el)).to.equal(named($(el, '.langs button')));
    // The lessons done in Indonesian count in English too, with their score.
    expect(path(el).map((v) => [v.status, v.line])).to.deep.equal([
      ['done', 'Done · 2 min'],
      ['new', 'Not started · 5 min · quiz not done yet'],
      ['done', 'Done · 1 min · score 100%'],
      ['new', 'Not started · 1 min'],
    ]);
    expect(overview(el)[0]).to.equal('2 of 4 lessons done');
    // A report sent from the English view reports them: never 0 % for a learner who did the course in Indonesian.
    const report = decodeReport($(el, '[data-code]').textContent!.trim(), SHAPE);
    if (!('report' in report)) throw new Error(`the code did not decode: ${report.fault}`);
    expect(report.report.lessons).to.deep.equal([{ status: 'done' }, { status: 'none' }, { status: 'done', score: 100 }, { status: 'none' }]);
    expect(decodeURIComponent(($(el, '[part="report"] a') as HTMLAnchorElement).href)).to.contain('Done 2 of 4 lessons · Course score: 17%');
    await expect(el).to.be.accessible();
    // The English lesson itself starts at its own first step: each language keeps its own record.
    lessonButton(el, 'uji/singkat').click();
    const lesson = await openLesson(el);
    expect(lesson.getAttribute('src')).to.contain('modules/en/uji/singkat.json');
    expect(text($(lesson, '.counter'))).to.match(/^Step 1 of/);
    await click(el, '#back');
    // Opening it in English does not make the lesson look undone.
    expect(path(el)[0]!.status).to.equal('done');
    // The language is remembered on the device; the note was for the moment of switching.
    const host = el.parentElement!;
    host.innerHTML = host.innerHTML;
    el = await shown(host.firstElementChild as Course);
    expect(text($(el, '.title'))).to.equal('Test course');
    expect(el.shadowRoot!.querySelector('.kept:not(:empty)')).to.equal(null);
    expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'new', 'done', 'new']);
  });

  describe("the phone's Back button (review 12c, finding 2)", () => {
    /** The course's mark on the history entry on top of `w`'s (a lesson's ref, after the course's scope). */
    const mark = (w: Window = window) => (w.history.state as { langkah?: string } | null)?.langkah;

    /**
     * The browser's Back (`-1`) or Forward (`1`), as Android's Back button does it. Back only over an
     * entry the course added, which is checked first: the test page itself must never go back.
     */
    async function go(el: Course, delta: -1 | 1, w: Window = window, over = mark(w)) {
      if (delta < 0) expect(over, 'the entry on top is the course\'s').to.be.a('string');
      let popped = false;
      w.addEventListener('popstate', () => (popped = true), { once: true });
      w.history.go(delta);
      await until(() => popped, 'no history entry to go to');
      await el.updateComplete;
    }

    /** The number of entries in `w`'s history up to this one: forward entries, left by earlier tests, are dropped. */
    function entries(w: Window = window) {
      w.history.pushState(w.history.state, '');
      return w.history.length;
    }

    it('goes back from a lesson to the path, the focus on that lesson; Forward opens it again where the learner was', async () => {
      const el = await course();
      const length = entries();
      await click(el, '#continue');
      let lesson = await openLesson(el);
      expect(history.length, 'one entry for the lesson').to.equal(length + 1);
      expect(mark()).to.equal('course:kursus-uji@/test/fixtures/course/|uji/singkat');
      await nav(lesson, /Lanjut/);
      const step = text($(lesson, 'h3'));

      await go(el, -1);
      expect(named(el.shadowRoot!.querySelector('langkah-lesson')), 'back on the path').to.equal('nothing');
      expect(focused(el)).to.equal(named(lessonButton(el, 'uji/singkat')));
      expect(path(el)[0]).to.include({ status: 'started' });
      expect(mark()).to.equal(undefined);
      await expect(el).to.be.accessible();

      await go(el, 1);
      lesson = await openLesson(el);
      expect(text($(lesson, 'h3')), 'where the learner was').to.equal(step);
      expect(focused(lesson)).to.equal(named($(lesson, 'h3')));
      expect(text($(el, '[role="status"]'))).to.equal('Pelajaran dibuka: Pelajaran singkat');

      // The lesson's own way back leaves no entry behind for Back to land on the path a second time.
      await click(el, '#back');
      await until(() => mark() === undefined, 'the course\'s entry is still on top');
      expect(focused(el)).to.equal(named(lessonButton(el, 'uji/singkat')));
      expect(history.length).to.equal(length + 1);
      // Opened again: one entry again, in place of the one left.
      await click(el, '#continue');
      await openLesson(el);
      expect(history.length).to.equal(length + 1);
      await click(el, '#back');
      await until(() => mark() === undefined, 'the course\'s entry is still on top');
    });

    it('replaces its entry from lesson to lesson, so that Back always leads to the path', async () => {
      const el = await course();
      const length = entries();
      await click(el, '#continue');
      await finish(await openLesson(el), el);
      await click(el, '.next button');
      const next = await openLesson(el);
      expect(text($(next, '[part="title"]'))).to.equal('Latihan lengkap');
      expect(history.length).to.equal(length + 1);
      expect(mark()).to.equal('course:kursus-uji@/test/fixtures/course/|uji/latihan');
      await go(el, -1);
      expect(focused(el)).to.equal(named(lessonButton(el, 'uji/latihan')));
      expect(path(el).map((v) => v.status)).to.deep.equal(['done', 'new', 'new', 'locked']);
    });

    it("keeps a host page's state and never takes back an entry it did not add", async () => {
      const before = history.state;
      history.replaceState({ route: 'kelas' }, '');
      try {
        const el = await course();
        await click(el, '#continue');
        await openLesson(el);
        expect(history.state).to.deep.equal({ route: 'kelas', langkah: 'course:kursus-uji@/test/fixtures/course/|uji/singkat' });
        // The host's router adds an entry of its own over the lesson: the lesson's way back leaves it alone.
        history.pushState({ route: 'kelas/info' }, '');
        const length = history.length;
        await click(el, '#back');
        expect(named(el.shadowRoot!.querySelector('langkah-lesson'))).to.equal('nothing');
        await new Promise((r) => setTimeout(r, 100));
        expect(history.state).to.deep.equal({ route: 'kelas/info' });
        expect(history.length).to.equal(length);
        // Back to the course's entry: the lesson it names opens again.
        await go(el, -1, window, 'the host\'s entry');
        await openLesson(el);
        expect(history.state.route).to.equal('kelas');
        await go(el, -1);
        expect(history.state).to.deep.equal({ route: 'kelas' });
        expect(named(el.shadowRoot!.querySelector('langkah-lesson'))).to.equal('nothing');
      } finally {
        history.replaceState(before, '');
      }
    });

    it('after a reload on a lesson, Back still leads to the path; a new visit that reopens the lesson gets an entry of its own', async () => {
      const f = await frame('/test/fixtures/pages/course.html');
      const w = f.contentWindow!;
      const get = async () => {
        await until(() => f.contentDocument?.querySelector('langkah-curriculum')?.shadowRoot?.querySelector('.modules, langkah-lesson'), 'the course did not render in the page');
        return shown(f.contentDocument!.querySelector('langkah-curriculum') as Course);
      };
      const reload = async () => {
        const loaded = new Promise((resolve) => (f.onload = resolve));
        w.location.reload();
        await loaded;
        return get();
      };
      try {
        let el = await get();
        const length = entries(w);
        lessonButton(el, 'uji/latihan').click();
        await nav(await openLesson(el), /Lanjut/);
        el = await reload();
        let lesson = await openLesson(el);
        expect(text($(lesson, 'h3')), 'the lesson reopens where it was').to.equal('Pilih jawaban');
        expect(w.history.length, 'no second entry').to.equal(length + 1);
        await go(el, -1, w);
        expect(named(el.shadowRoot!.querySelector('langkah-lesson'))).to.equal('nothing');
        expect(focused(el)).to.equal(named(lessonButton(el, 'uji/latihan')));

        // The next day, from the home screen: the lesson left open on the device, no entry of the course's.
        await go(el, 1, w);
        await openLesson(el);
        w.history.replaceState(null, '');
        el = await reload();
        lesson = await openLesson(el);
        expect(mark(w)).to.equal('course:kursus-uji@/test/fixtures/course/|uji/latihan');
        await go(el, -1, w);
        expect(focused(el)).to.equal(named(lessonButton(el, 'uji/latihan')));
      } finally {
        f.remove();
      }
    });
  });

  describe('in days and sessions', () => {
    /** The headings of the path, as a screen reader lists them: level and text. */
    const headings = (el: Course) => $$(el, 'h2, h3, h4').filter((h) => !h.closest('[part="report"]')).map((h) => `${h.localName} ${text(h)}`);

    it('shows each day and session as a heading over its modules, with what is done and the minutes, in both languages', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = '<langkah-curriculum src="/test/fixtures/course-two/kursus-hari.json"></langkah-curriculum>';
      await customElements.whenDefined('langkah-curriculum');
      const el = await shown(host.firstElementChild as Course);
      expect(headings(el)).to.deep.equal([
        'h2 Kursus uji',
        'h3 Hari 1 · Sesi pagi',
        'h4 Modul uji',
        'h3 Hari 1 · Sesi siang',
        'h4 Modul uji lanjutan',
        'h3 Hari 2',
        'h4 Modul uji akhir',
      ]);
      const days = $$(el, '[part="day"]');
      expect(days.map((d) => d.getAttribute('aria-labelledby')).map((id) => text(el.shadowRoot!.getElementById(id!)!))).to.deep.equal([
        'Hari 1 · Sesi pagi',
        'Hari 1 · Sesi siang',
        'Hari 2',
      ]);
      expect(days.map((d) => text(d.querySelector(':scope > p')!))).to.deep.equal([
        '0 dari 2 pelajaran selesai · 7 menit',
        '0 dari 1 pelajaran selesai · 1 menit',
        '0 dari 1 pelajaran selesai · 1 menit',
      ]);
      // Every lesson is still on the path, once, in course order.
      expect(path(el).map((l) => l.ref)).to.deep.equal(REFS);
      await expect(el).to.be.accessible();

      await click(el, '#continue');
      await finish(await openLesson(el), el);
      await click(el, '#back');
      expect(text($(el, '[part="day"] > p'))).to.equal('1 dari 2 pelajaran selesai · 7 menit');

      await click(el, '.langs button');
      expect(headings(el)).to.deep.equal([
        'h2 Test course',
        'h3 Day 1 · Morning session',
        'h4 Test module',
        'h3 Day 1 · Afternoon session',
        'h4 Follow-up test module',
        'h3 Day 2',
        'h4 Final test module',
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps a course without days as it was: one list, a heading per module', async () => {
      const el = await course();
      expect(headings(el)).to.deep.equal(['h2 Kursus uji', 'h3 Modul uji', 'h3 Modul uji lanjutan', 'h3 Modul uji akhir']);
      expect($$(el, '[part="day"]')).to.have.length(0);
    });
  });

  describe('on a 360 × 640 phone', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
      return setViewport({ width: 800, height: 600 });
    });

    it('gives a quiz inside a lesson inside the course the width: no box in a box in a box', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      lessonButton(el, 'uji/latihan').click();
      const lesson = await openLesson(el);
      await nav(lesson, /Lanjut/);
      const quiz = quizzes(lesson)[0]!;
      await quiz.updateComplete;
      const width = quiz.shadowRoot!.querySelector('fieldset')!.getBoundingClientRect().width;
      expect(width, 'the question is at least 300 of 360 px wide').to.be.at.least(300);
      // The way on is in view without scrolling.
      const bar = $(lesson, 'nav').getBoundingClientRect();
      expect(bar.bottom).to.be.at.most(innerHeight + 1);
    });

    it('keeps the way back above an open lesson to one short line, so the step starts on the first screen', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      lessonButton(el, 'uji/latihan').click();
      const lesson = await openLesson(el);
      const back = $(el, '#back');
      expect(text(back)).to.equal('← Daftar pelajaran');
      expect(back.getAttribute('aria-label')).to.equal('Kembali ke daftar pelajaran');
      const line = parseFloat(getComputedStyle(back).lineHeight) || 1.5 * parseFloat(getComputedStyle(back).fontSize);
      expect(back.getBoundingClientRect().height, 'one line').to.be.below(2 * line);
      // The step's own heading is well inside the first screen.
      const heading = lesson.shadowRoot!.querySelector('[part~="step"] h3, [part~="step"] h2')!;
      expect(heading.getBoundingClientRect().bottom).to.be.below(400);
      await expect(el).to.be.accessible();
    });

    it('shows every text a learner reads at 16 px or more, and nothing overflows at 200 % text', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      lessonButton(el, 'uji/latihan').click();
      const lesson = await openLesson(el);
      await nav(lesson, /Lanjut/);
      await nav(lesson, /Lanjut/);
      const quiz = quizzes(lesson)[0]!;
      await quiz.updateComplete;
      const roots = [el.shadowRoot!, lesson.shadowRoot!, quiz.shadowRoot!];
      const texts = roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>('p, span, b, li, label, legend, button, h2, h3, a')]);
      for (const t of texts) {
        if (!t.textContent!.trim() || t.closest('.sr') || t.getBoundingClientRect().width === 0) continue;
        expect(parseFloat(getComputedStyle(t).fontSize), t.outerHTML.slice(0, 60)).to.be.at.least(16);
      }
      document.documentElement.style.fontSize = '200%';
      await quiz.updateComplete;
      for (const bubble of quiz.shadowRoot!.querySelectorAll<HTMLElement>('.chat li')) {
        expect(bubble.scrollWidth, text(bubble)).to.be.at.most(bubble.clientWidth + 1);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });

    it('says why the report cannot be sent yet, and reaches the report from the top of the course', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      const link = $(el, '#to-report');
      expect(link.getBoundingClientRect().bottom, 'in view at the top').to.be.at.most(640);
      link.click();
      expect(focused(el)).to.equal(named($(el, '#report-name')));
      expect(text($(el, '#report-why'))).to.contain('Isi nama Anda dulu');
      expect($(el, '.report a.button').getAttribute('aria-describedby')).to.equal('report-why');
      await expect(el).to.be.accessible();
      $(el, '#report-name').focus();
      await sendKeys({ type: 'Bu Sri' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#report-why')).to.equal(null);
    });

    it('shows the start button on the first screen, under the title and above the description', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      const start = $(el, '#continue');
      expect(text(start)).to.equal('Mulai belajar');
      expect(start.getBoundingClientRect().bottom, 'in view without scrolling').to.be.at.most(640);
      expect($(el, '.title').compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING, 'the button follows the title').to.not.equal(0);
      const description = $$(el, 'p').find((p) => text(p) === 'Kursus kecil untuk pengujian.')!;
      expect(start.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING, 'the description comes after the button').to.not.equal(0);
    });

    it('copies the report code with a confirmation seen and heard, and leads from the report back to the top', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      $(el, '#to-report').click();
      const code = text($(el, '[data-code]'));
      const copy = $(el, '#copy');
      expect(text(copy)).to.equal('Salin kode');
      copy.click();
      await until(() => text($(el, '#copied')), 'no word after copying');
      expect($(el, '#copied').getAttribute('role')).to.equal('status');
      expect(text($(el, '#copied'))).to.equal('Kode sudah disalin. Tempel di pesan untuk pelatih Anda.');
      expect(copy.getAttribute('aria-describedby')).to.equal('copied');
      const pasted = await navigator.clipboard.readText().catch(() => undefined);
      // Where the browser lets a test read the clipboard back, it holds the code.
      if (pasted !== undefined) expect(pasted).to.equal(code);
      await expect(el).to.be.accessible();
      // A browser that refuses (a plain http address): the code is selected for a long press, and the learner is told.
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('not allowed')) } });
      try {
        copy.click();
        await until(() => text($(el, '#copied')).startsWith('Kode tidak bisa'), 'no word after a refused copy');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      expect(text($(el, '#copied'))).to.equal('Kode tidak bisa disalin di HP ini. Kodenya sudah dipilih: tekan lama, lalu pilih Salin.');
      expect(getSelection()!.toString().trim()).to.equal(code);
      await expect(el).to.be.accessible();
      // From the bottom of the page back to the main button.
      $(el, '#to-top').click();
      expect(focused(el)).to.equal(named($(el, '#continue')));
      expect($(el, '#continue').getBoundingClientRect().top).to.be.within(0, 640);
    });

    it('keeps the trainer page from scrolling sideways, with hidden lesson names in the table', async () => {
      await setViewport({ width: 360, height: 640 });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<langkah-roster src="${COURSE}"></langkah-roster>`;
      await customElements.whenDefined('langkah-roster');
      const roster = host.firstElementChild as Course;
      await until(() => roster.shadowRoot?.querySelector('textarea'), 'the roster did not render');
      const code = encodeReport({ course: FINGERPRINT, name: '', last: Date.UTC(2026, 10, 28), lessons: REFS.map(() => ({ status: 'started' as const })) }, SHAPE.questions);
      const area = $(roster, 'textarea') as HTMLTextAreaElement;
      area.value = `Nama: Bu Sri\nKode: ${code}`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      $(roster, 'form button[type="submit"]').click();
      await until(() => roster.shadowRoot!.querySelector('tbody tr'), 'no row');
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });
  });
});
