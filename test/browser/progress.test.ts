import { expect, fixture, html } from '@open-wc/testing';
import { fingerprint } from '../../src/content/hash.js';
import type { Lesson, Progress } from '../../src/content/schema.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { ProgressStore, progressStore } from '../../src/progress/store.js';
import {
  $,
  $$,
  authored,
  checklists,
  clearStorage,
  collect,
  courseKey,
  forward,
  frame,
  KEY,
  lesson,
  lessonsReady,
  nav,
  quizzes,
  ready,
  reload,
  stored,
  text,
  until,
} from './helpers.js';

const OTHER = 'langkah:lesson:uji/singkat@id';

/** The keys under which damaged records of the test lesson were set aside, oldest first. */
const asides = (key = KEY) =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`${key}:corrupt:`))
    .sort((a, b) => Number(a.split(':').pop()) - Number(b.split(':').pop()));
const otherRecord = (): Progress => ({
  v: 1, key: 'lesson:uji/singkat@id', content: 'x', step: 1, seen: ['satu', 'dua'], answers: {}, checks: { selesai: true }, started: 1, updated: 2,
});

/** Makes every localStorage write fail as a full disk does. */
function fillStorage(): () => void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => {
    Storage.prototype.setItem = setItem;
  };
}

/** Makes `localStorage` itself throw, as a browser with site data blocked does. */
function blockStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

describe('progress on the device', () => {
  beforeEach(() => {
    clearStorage();
    localStorage.setItem(OTHER, JSON.stringify(otherRecord()));
  });
  afterEach(() => {
    progressStore.remove('lesson:uji/latihan@id');
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('writes every step, answer and tick through at once', async () => {
    const el = await lesson();
    expect(stored()).to.include({ step: 0 });
    await forward(el, 3);
    expect(stored().step).to.equal(3);
    const list = checklists(el)[0]!;
    list.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    expect(stored().checks).to.deep.equal({ v2: true });
    expect(stored().updated).to.be.closeTo(Date.now(), 5000);
  });

  it('keeps working in memory when storage is full, warns once, and saves again when it can', async () => {
    const errors = collect(document, 'langkah-error');
    const restore = fillStorage();
    let el;
    try {
      el = await lesson();
      await forward(el, 2);
      expect(text($(el, '[part="note"]'))).to.equal('Kemajuan tidak bisa disimpan di HP ini. Jangan tutup halaman ini sampai selesai.');
      const storage = errors.filter((e) => e.detail.kind === 'storage');
      expect(storage).to.have.length(1);
      expect(storage[0]!.detail).to.include({ severity: 'warning', lesson: 'latihan', key: 'lesson:uji/latihan@id' });
      // A new element on the same page still finds the learner's place.
      el = await reload(el);
      expect(text($(el, 'h3'))).to.equal('Benar atau salah');
      expect(localStorage.getItem(KEY)).to.equal(null);
    } finally {
      restore();
    }
    await forward(el, 1);
    expect(stored().step).to.equal(3);
    expect(JSON.parse(localStorage.getItem(OTHER)!)).to.deep.equal(otherRecord());
  });

  it('keeps working when localStorage throws a SecurityError', async () => {
    const errors = collect(document, 'langkah-error');
    const restore = blockStorage();
    try {
      expect(() => window.localStorage).to.throw();
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      authored(quiz.shadowRoot!, 'input')[1]!.click();
      await quiz.updateComplete;
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
      await quiz.updateComplete;
      expect(text(quiz.shadowRoot!.querySelector('[part="feedback"]')!)).to.contain('Jawaban Anda tepat.');
      expect(text($(el, '[part="note"]'))).to.contain('tidak bisa disimpan');
      expect(errors.filter((e) => e.detail.kind === 'storage')).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('sets a corrupt record aside, alone, and starts afresh', async () => {
    localStorage.setItem(KEY, '{"v":1,"key":');
    const errors = collect(document, 'langkah-error');
    const el = await lesson();
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(text($(el, '[part="note"]'))).to.equal('Catatan kemajuan yang lama rusak, jadi dimulai dari awal.');
    expect(errors.map((e) => [e.detail.kind, e.detail.severity])).to.deep.equal([['corrupt', 'warning']]);
    expect(asides().map((k) => localStorage.getItem(k))).to.deep.equal(['{"v":1,"key":']);
    expect(stored()).to.include({ v: 1, step: 0 });
    expect(JSON.parse(localStorage.getItem(OTHER)!)).to.deep.equal(otherRecord());
  });

  it('sets aside a record whose version is not a number ("2", [2]): damage, not a newer Langkah, so saving goes on', async () => {
    for (const v of ['2', [2]]) {
      clearStorage();
      progressStore.remove('lesson:uji/latihan@id');
      localStorage.setItem(KEY, JSON.stringify({ ...otherRecord(), key: 'lesson:uji/latihan@id', v }));
      const errors = collect(document, 'langkah-error');
      const el = await lesson();
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['corrupt']);
      expect(asides()).to.have.length(1);
      await forward(el, 1);
      expect(stored()).to.include({ v: 1, step: 1 });
      el.remove();
    }
  });

  it('sets aside a record that is not about this lesson', async () => {
    localStorage.setItem(KEY, JSON.stringify(otherRecord()));
    await lesson();
    expect(asides().map((k) => JSON.parse(localStorage.getItem(k)!).key)).to.deep.equal(['lesson:uji/singkat@id']);
    expect(stored().key).to.equal('lesson:uji/latihan@id');
  });

  it('keeps what still matches when the lesson changed, and says so', async () => {
    const lessonJson: Lesson = await (await fetch('/test/fixtures/built/id/uji/latihan.json')).json();
    const quiz = lessonJson.steps[1]!.blocks.find((b) => b.t === 'quiz')!;
    const single = quiz.t === 'quiz' ? quiz.questions[0]! : undefined;
    const old: Progress = {
      v: 1,
      key: 'lesson:uji/latihan@id',
      content: 'an-older-version',
      step: 3,
      seen: ['kunci', 'pilih', 'langkah-lama', 'daftar'],
      answers: {
        'q-tunggal': { value: [1], correct: true, fp: fingerprint(single), at: 5 },
        'q-banyak': { value: [0], correct: false, fp: 'reworded', at: 6 },
      },
      checks: { v2: true, 'item-lama': true },
      started: 1,
      updated: 6,
    };
    localStorage.setItem(KEY, JSON.stringify(old));
    const el = await lesson();
    expect(text($(el, 'h3'))).to.equal('Lakukan hari ini');
    expect(text($(el, '[part="note"]'))).to.equal('Pelajaran ini sudah diperbarui. 1 jawaban perlu dijawab lagi; yang lain tetap tersimpan.');
    const now = stored();
    expect(now.content).to.equal(lessonJson.version);
    expect(Object.keys(now.answers)).to.deep.equal(['q-tunggal']);
    expect(now.checks).to.deep.equal({ v2: true });
    expect(now.seen).to.deep.equal(['kunci', 'pilih', 'daftar']);
    expect(checklists(el)[0]!.shadowRoot!.querySelector<HTMLInputElement>('input')!.checked).to.equal(true);
    await nav(el, /Kembali/);
    await nav(el, /Kembali/);
    const q = quizzes(el)[0]!;
    await q.updateComplete;
    const feedback = [...q.shadowRoot!.querySelectorAll('[part="feedback"]')].map(text);
    expect(feedback[0]).to.contain('Jawaban Anda tepat.');
    expect(feedback[1]).to.equal('');
    // The notice has done its job once the learner moves on.
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  it('opens a record past the last step (lesson shortened, or edited) on the last step, not on a summary it never reached', async () => {
    const SINGKAT = '/test/fixtures/built/id/uji/singkat.json';
    const key = 'langkah:lesson:uji/singkat@id';
    const completes = collect(document, 'langkah-complete');
    for (const record of [
      { ...otherRecord(), content: '1zfsdm', step: 7, seen: ['satu'] },
      { ...otherRecord(), content: 'a-longer-version', step: 4, seen: ['satu', 'dua', 'tiga', 'empat'] },
    ]) {
      localStorage.setItem(key, JSON.stringify(record));
      const el = await lesson(SINGKAT);
      expect(text($(el, '#counter'))).to.equal('Langkah 2 dari 2');
      expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
      expect(text($(el, '[part="note"]'))).to.equal('Pelajaran ini sudah diperbarui. Jawaban Anda tetap tersimpan.');
      const now = JSON.parse(localStorage.getItem(key)!) as Progress;
      expect(now).to.include({ step: 1 });
      expect(now.completed).to.equal(undefined);
      expect(now.checks).to.deep.equal({ selesai: true });
      el.parentElement!.remove();
    }
    expect(completes).to.have.length(0);
  });

  it('keeps two tabs with the same lesson in step', async () => {
    const el = await lesson();
    const f = await frame('/test/fixtures/pages/lesson.html');
    const [other] = await lessonsReady(f.contentDocument!);
    await nav(other!, /Lanjut/);
    await until(() => text($(el, 'h3')) === 'Pilih jawaban', 'this tab did not follow the other one');
    const quiz = quizzes(other!)[0]!;
    await quiz.updateComplete;
    authored(quiz.shadowRoot!, 'input')[1]!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
    const mine = quizzes(el)[0]!;
    await until(() => text(mine.shadowRoot!.querySelector('[part="feedback"]')!).includes('Jawaban Anda tepat.'), 'the answer did not arrive');
    // And back the other way.
    await nav(el, /Kembali/);
    await until(() => text($(other!, 'h3')) === 'Kode OTP adalah kunci', 'the other tab did not follow');
  });
});

describe('ProgressStore', () => {
  beforeEach(clearStorage);
  const record = (key: string): Progress => ({ v: 1, key, content: 'c', step: 0, seen: [], answers: {}, checks: {}, started: 1, updated: 1 });

  it('reads back what it wrote, lists and forgets records', () => {
    const store = new ProgressStore();
    expect(store.write(record('quiz:a'))).to.equal(true);
    expect(store.read('quiz:a')).to.deep.equal(record('quiz:a'));
    expect(store.keys()).to.include('quiz:a');
    store.remove('quiz:a');
    expect(store.read('quiz:a')).to.equal(undefined);
    expect(localStorage.getItem('langkah:quiz:a')).to.equal(null);
  });

  it('tells other watchers on the page about a change, but not the writer', () => {
    const store = new ProgressStore();
    const heard: (Progress | undefined)[] = [];
    const mine = () => heard.push(undefined);
    store.watch('quiz:b', (r) => heard.push(r));
    store.watch('quiz:b', mine);
    store.write(record('quiz:b'), mine);
    expect(heard).to.deep.equal([record('quiz:b')]);
  });

  it('sets two damaged records aside under two keys even within one millisecond', () => {
    const store = new ProgressStore();
    const now = Date.now;
    Date.now = () => 1000;
    try {
      localStorage.setItem('langkah:quiz:d', 'first');
      expect(store.read('quiz:d')).to.equal(undefined);
      localStorage.setItem('langkah:quiz:d', 'second');
      expect(store.read('quiz:d')).to.equal(undefined);
    } finally {
      Date.now = now;
    }
    expect(localStorage.getItem('langkah:quiz:d:corrupt:1000')).to.equal('first');
    expect(localStorage.getItem('langkah:quiz:d:corrupt:1001')).to.equal('second');
    expect(localStorage.getItem('langkah:quiz:d')).to.equal(null);
  });

  it('reports a full storage and keeps the record in memory', () => {
    const store = new ProgressStore();
    const restore = fillStorage();
    try {
      expect(store.write(record('quiz:c'))).to.equal(false);
      expect(store.read('quiz:c')).to.deep.equal(record('quiz:c'));
      expect(store.keys()).to.include('quiz:c');
    } finally {
      restore();
    }
    expect(store.write(record('quiz:c'))).to.equal(true);
    expect(JSON.parse(localStorage.getItem('langkah:quiz:c')!)).to.deep.equal(record('quiz:c'));
  });
});

/** The learner's notices of an element, in order. */
const notes = (el: Element) => $$(el, '[part="note"]').map(text);

/**
 * The store remembers, while the page is open, which records were damaged or
 * a newer version's; tests share the page, so each forgets its keys.
 */
const forgetKeys = () =>
  ['lesson:uji/latihan@id', 'lesson:uji/singkat@id', 'lesson:uji/latihan@en'].forEach((k) => {
    progressStore.remove(k);
    for (const scope of ['course:kursus-uji@/test/fixtures/course/|', 'course:kursus-uji@/test/fixtures/course-two/|', 'course:kursus-lain@/test/fixtures/course-two/|']) progressStore.remove(scope + k);
  });

/** A record a newer Langkah might write: a higher `v`, and fields this one does not know. */
const newerRecord = (key: string) => JSON.stringify({ v: 2, key, place: { step: 4 }, history: [] });

describe('progress that something else changed', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    forgetKeys();
    clearStorage();
  });

  it('keeps every damaged record under a key of its own: a later fault never overwrites an earlier one', async () => {
    localStorage.setItem(KEY, 'first damage');
    let el = await lesson();
    expect(notes(el)).to.deep.equal(['Catatan kemajuan yang lama rusak, jadi dimulai dari awal.']);
    el.remove();
    localStorage.setItem(KEY, '{"second":"damage"}');
    el = await lesson();
    expect(notes(el)).to.deep.equal(['Catatan kemajuan yang lama rusak, jadi dimulai dari awal.']);
    expect(asides().map((k) => localStorage.getItem(k))).to.deep.equal(['first damage', '{"second":"damage"}']);
    expect(new ProgressStore().keys()).to.deep.equal(['lesson:uji/latihan@id']);
  });

  it('tells every element that reads a damaged record, not only the first', async () => {
    localStorage.setItem(KEY, 'damaged');
    const errors = collect(document, 'langkah-error');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson><langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson>';
    const both = [...host.querySelectorAll<LangkahLesson>('langkah-lesson')];
    await Promise.all(both.map(ready));
    for (const el of both) expect(notes(el)).to.deep.equal(['Catatan kemajuan yang lama rusak, jadi dimulai dari awal.']);
    const corrupt = errors.filter((e) => e.detail.kind === 'corrupt');
    expect(corrupt.map((e) => e.target)).to.have.members(both);
    expect(corrupt.map((e) => e.detail.key)).to.deep.equal(['lesson:uji/latihan@id', 'lesson:uji/latihan@id']);
    expect(asides()).to.have.length(1);
  });

  it('leaves a newer version\'s record untouched, runs from memory and says this page is older', async () => {
    const newer = newerRecord('lesson:uji/latihan@id');
    localStorage.setItem(KEY, newer);
    const errors = collect(document, 'langkah-error');
    let el = await lesson();
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(notes(el)).to.deep.equal([
      'Halaman ini lebih lama dari kemajuan Anda yang tersimpan; kemajuan itu tetap aman.',
      'Kemajuan tidak bisa disimpan di HP ini. Jangan tutup halaman ini sampai selesai.',
    ]);
    expect(errors.map((e) => [e.detail.kind, e.detail.severity, e.detail.key])).to.deep.equal([
      ['newer', 'warning', 'lesson:uji/latihan@id'],
      ['storage', 'warning', 'lesson:uji/latihan@id'],
    ]);
    await forward(el, 2);
    expect(localStorage.getItem(KEY)).to.equal(newer);
    expect(asides()).to.deep.equal([]);
    // Another element on this page continues from memory, and hears the same.
    el = await reload(el);
    expect(text($(el, 'h3'))).to.equal('Benar atau salah');
    expect(notes(el)[0]).to.equal('Halaman ini lebih lama dari kemajuan Anda yang tersimpan; kemajuan itu tetap aman.');
    await nav(el, /Lanjut/);
    expect(localStorage.getItem(KEY)).to.equal(newer);
    await expect(el).to.be.accessible();
  });

  it('an open lesson keeps the learner\'s place when another tab removes its record, says so out loud, and saves it again', async () => {
    const errors = collect(document, 'langkah-error');
    const el = await lesson();
    await forward(el, 2);
    const region = $(el, '[role="status"]');
    expect(notes(el)).to.deep.equal([]);
    const other = await frame('about:blank');
    other.contentWindow!.localStorage.removeItem(KEY);
    await until(() => notes(el).length, 'no notice after the record was removed in another tab');
    expect(notes(el)).to.deep.equal(['Kemajuan Anda dihapus di tab lain, tapi Anda tetap di sini.']);
    // Said in the live region that was already there, so a screen reader announces it.
    expect($(el, '[part="note"]').parentElement).to.equal(region);
    expect(text($(el, 'h3'))).to.equal('Benar atau salah');
    expect(stored()).to.include({ step: 2 });
    expect(errors.map((e) => [e.detail.kind, e.detail.key])).to.deep.equal([['cleared', 'lesson:uji/latihan@id']]);
    await forward(el, 1);
    expect(stored()).to.include({ step: 3 });
    await expect(el).to.be.accessible();
  });

  it('does the same when another tab clears all storage', async () => {
    const el = await lesson();
    await forward(el, 3);
    const other = await frame('about:blank');
    other.contentWindow!.localStorage.clear();
    await until(() => notes(el).length, 'no notice after storage was cleared in another tab');
    expect(notes(el)).to.deep.equal(['Kemajuan Anda dihapus di tab lain, tapi Anda tetap di sini.']);
    expect(text($(el, 'h3'))).to.equal('Lakukan hari ini');
    expect(stored()).to.include({ step: 3 });
  });

  it('says so when another tab of a newer version replaces the record of an open lesson, and leaves it alone', async () => {
    const el = await lesson();
    await forward(el, 1);
    const newer = newerRecord('lesson:uji/latihan@id');
    const other = await frame('about:blank');
    other.contentWindow!.localStorage.setItem(KEY, newer);
    await until(() => notes(el).length, 'no notice after a newer version wrote the record');
    expect(notes(el)[0]).to.equal('Halaman ini lebih lama dari kemajuan Anda yang tersimpan; kemajuan itu tetap aman.');
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    await nav(el, /Lanjut/);
    expect(localStorage.getItem(KEY)).to.equal(newer);
  });
});

describe('progress of courses and lessons on one site', () => {
  type Course = HTMLElement & { updateComplete: Promise<boolean> };
  const COURSE = '/test/fixtures/course/curriculum.json';
  const SAME_COURSE_ELSEWHERE = '/test/fixtures/course-two/kursus-uji.json';
  const OTHER_COURSE = '/test/fixtures/course-two/kursus-lain.json';
  const LEGACY = 'langkah:lesson:uji/singkat@id';
  const SINGKAT = '/test/fixtures/course/modules/id/uji/singkat.json';

  const forget = () => {
    forgetKeys();
    Object.keys(localStorage).forEach((k) => k.startsWith('langkah') && localStorage.removeItem(k));
  };
  // The course's own Back (its button to the path goes back off the lesson's history entry) arrives as a
  // `popstate` later. One still on its way when a test ends reached the next test's course, which closed the
  // lesson it had just reopened (a CI run under load: "no .crumbs"). Each test starts once they have all arrived.
  // One pop for each Back, whichever comes first; a Back the browser dropped (Firefox drops one that a new entry
  // overtakes in the same task: review 16i, I4) is given up after 5 s, with a warning, so that one late or lost Back
  // never fails every test after it.
  let backs = 0;
  const back = History.prototype.back;
  const popped = () => (backs = Math.max(0, backs - 1));
  before(() => {
    addEventListener('popstate', popped);
    history.back = function (this: History) {
      backs++;
      back.call(this);
    };
  });
  beforeEach(async () => {
    for (const end = Date.now() + 5000; backs && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
    if (backs) console.warn(`progress test: ${backs} Back(s) of the last test never arrived`);
    backs = 0;
  });
  after(() => removeEventListener('popstate', popped));
  beforeEach(forget);
  after(() => delete (history as Partial<History>).back);
  after(forget);

  async function course(src = COURSE): Promise<Course> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-curriculum src="${src}"></langkah-curriculum>`;
    await customElements.whenDefined('langkah-curriculum');
    const el = host.firstElementChild as Course;
    await until(() => el.shadowRoot?.querySelector('.modules, langkah-lesson'), 'the course did not render');
    await el.updateComplete;
    return el;
  }
  /** The status of a lesson on the path (back to the path first if a lesson is open). */
  async function status(el: Course, ref: string): Promise<string> {
    el.shadowRoot!.querySelector<HTMLElement>('#back')?.click();
    await el.updateComplete;
    return $(el, `[data-ref="${ref}"]`).closest('li')!.className.replace('lesson', '').trim();
  }
  async function open(el: Course, ref: string): Promise<LangkahLesson> {
    $(el, `[data-ref="${ref}"]`).click();
    await el.updateComplete;
    return ready($(el, 'langkah-lesson') as LangkahLesson);
  }
  const singkat = (extra: Partial<Progress> = {}): Progress => ({
    v: 1, key: 'lesson:uji/singkat@id', content: '1zfsdm', step: 2, seen: ['satu', 'dua'], answers: {}, checks: {}, started: 1, updated: 2, completed: 2, ...extra,
  });

  it('keeps apart two courses, one course in two folders, and a lesson embedded on its own', async () => {
    let el = await course();
    await forward(await open(el, 'uji/singkat'), 2);
    expect(JSON.parse(localStorage.getItem(courseKey('uji/singkat'))!)).to.include({ key: 'course:kursus-uji@/test/fixtures/course/|lesson:uji/singkat@id', step: 2 });
    expect(localStorage.getItem(LEGACY)).to.equal(null);

    // The same course from another folder of the site, and another course with the same lesson.
    for (const src of [SAME_COURSE_ELSEWHERE, OTHER_COURSE]) {
      el = await course(src);
      expect(await status(el, 'uji/singkat'), src).to.equal('new');
      await nav(await open(el, 'uji/singkat'), /Lanjut/);
    }
    expect(JSON.parse(localStorage.getItem(courseKey('uji/singkat', 'id', 'course:kursus-uji@/test/fixtures/course-two/|'))!)).to.include({ step: 1 });
    expect(JSON.parse(localStorage.getItem(courseKey('uji/singkat', 'id', 'course:kursus-lain@/test/fixtures/course-two/|'))!)).to.include({ step: 1 });

    // The lesson on a page of its own starts afresh, and its record is its own.
    const alone = await lesson(SINGKAT);
    expect(text($(alone, '.counter'))).to.equal('Langkah 1 dari 2');
    await nav(alone, /Lanjut/);
    expect(stored(LEGACY)).to.include({ step: 1 });
    expect(JSON.parse(localStorage.getItem(courseKey('uji/singkat'))!)).to.include({ step: 2 });
    el = await course();
    expect(await status(el, 'uji/singkat')).to.equal('done');
  });

  it('takes over the records an older Langkah kept without a course, once, so no learner loses progress on upgrade', async () => {
    localStorage.setItem(LEGACY, JSON.stringify(singkat()));
    localStorage.setItem('langkah.course:kursus-uji', 'uji/latihan');
    let el = await course();
    // The lesson that was open is open again.
    expect(text($(el, '.crumbs'))).to.contain('Modul uji');
    expect(await status(el, 'uji/singkat')).to.equal('done');
    expect(await status(el, 'uji-lanjut/tanya')).to.equal('new');
    expect(JSON.parse(localStorage.getItem(courseKey('uji/singkat'))!)).to.deep.equal({ ...singkat(), key: 'course:kursus-uji@/test/fixtures/course/|lesson:uji/singkat@id' });
    // The old record stays for the lesson embedded on its own; what happens to it later is not the course's.
    expect(JSON.parse(localStorage.getItem(LEGACY)!)).to.deep.equal(singkat());
    localStorage.setItem(LEGACY, JSON.stringify(singkat({ step: 1, completed: undefined, updated: 9 })));
    el = await course();
    expect(await status(el, 'uji/singkat')).to.equal('done');
    // A course first opened after the upgrade in another folder takes them over too.
    el = await course(SAME_COURSE_ELSEWHERE);
    expect(await status(el, 'uji/singkat')).to.equal('started');
  });

  it('reports a damaged old record it meets while taking over, under the old key', async () => {
    localStorage.setItem(LEGACY, 'damaged long ago');
    const errors = collect(document, 'langkah-error');
    const el = await course();
    expect(notes(el)).to.deep.equal(['Catatan kemajuan yang lama rusak, jadi dimulai dari awal.']);
    expect(errors.map((e) => [e.detail.kind, e.detail.key])).to.deep.equal([['corrupt', 'lesson:uji/singkat@id']]);
    expect(asides(LEGACY).map((k) => localStorage.getItem(k))).to.deep.equal(['damaged long ago']);
    expect(await status(el, 'uji/singkat')).to.equal('new');
  });

  it('says so on the course path when another tab removes a lesson\'s record while the path is open (review 10b, F9)', async () => {
    const el = await course();
    await forward(await open(el, 'uji/singkat'), 2);
    expect(await status(el, 'uji/singkat')).to.equal('done');
    const errors = collect(document, 'langkah-error');
    const other = await frame('about:blank');
    other.contentWindow!.localStorage.removeItem(courseKey('uji/singkat'));
    await until(() => notes(el).length, 'no notice on the course path after a record was removed in another tab');
    expect($(el, '[role="status"] [part="note"]').textContent).to.equal('Kemajuan Anda dihapus di tab lain, tapi Anda tetap di sini.');
    const key = 'course:kursus-uji@/test/fixtures/course/|lesson:uji/singkat@id';
    expect(errors.map((e) => [e.detail.kind, e.detail.key, (e.target as Element).localName])).to.deep.equal([['cleared', key, 'langkah-curriculum']]);
    expect(await status(el, 'uji/singkat')).to.equal('new');
    await expect(el).to.be.accessible();
  });

  it('reports a damaged record on the course path and again in the lesson that reads it', async () => {
    localStorage.setItem(courseKey('uji/singkat'), '{"damaged"');
    const errors = collect(document, 'langkah-error');
    const el = await course();
    expect($(el, '[role="status"] [part="note"]').textContent).to.equal('Catatan kemajuan yang lama rusak, jadi dimulai dari awal.');
    const key = 'course:kursus-uji@/test/fixtures/course/|lesson:uji/singkat@id';
    expect(errors.map((e) => [e.detail.kind, e.detail.key, (e.target as Element).localName])).to.deep.equal([['corrupt', key, 'langkah-curriculum']]);
    expect(asides(`langkah:${key}`).map((k) => localStorage.getItem(k))).to.deep.equal(['{"damaged"']);
    await expect(el).to.be.accessible();
    const opened = await open(el, 'uji/singkat');
    expect(notes(opened)).to.deep.equal(['Catatan kemajuan yang lama rusak, jadi dimulai dari awal.']);
    // The lesson's own event names the lesson (its target is the course, seen from outside its shadow root).
    expect(errors.map((e) => [e.detail.kind, e.detail.lesson ?? 'the course', e.detail.key])).to.deep.equal([
      ['corrupt', 'the course', key],
      ['corrupt', 'singkat', key],
    ]);
  });

  it('says on the course path that the page is older than a record, and leaves the record alone', async () => {
    const newer = newerRecord('course:kursus-uji@/test/fixtures/course/|lesson:uji/latihan@id');
    localStorage.setItem(courseKey('uji/latihan'), newer);
    const errors = collect(document, 'langkah-error');
    const el = await course();
    expect(notes(el)).to.deep.equal(['Halaman ini lebih lama dari kemajuan Anda yang tersimpan; kemajuan itu tetap aman.']);
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['newer']);
    await nav(await open(el, 'uji/latihan'), /Lanjut/);
    expect(localStorage.getItem(courseKey('uji/latihan'))).to.equal(newer);
  });
});

