import { expect } from '@open-wc/testing';
import { fingerprint } from '../../src/content/hash.js';
import type { Lesson, Progress } from '../../src/content/schema.js';
import { ProgressStore, progressStore } from '../../src/progress/store.js';
import { $, checklists, clearStorage, collect, forward, frame, KEY, lesson, lessonsReady, nav, quizzes, reload, stored, text, until, authored } from './helpers.js';

const OTHER = 'langkah:lesson:uji/singkat@id';
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
    await nav(el, /Lanjut/);
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
    expect(localStorage.getItem(`${KEY}:corrupt`)).to.equal('{"v":1,"key":');
    expect(stored()).to.include({ v: 1, step: 0 });
    expect(JSON.parse(localStorage.getItem(OTHER)!)).to.deep.equal(otherRecord());
  });

  it('sets aside a foreign record: another version, or a record that is not about this lesson', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...otherRecord(), v: 2, key: 'lesson:uji/latihan@id' }));
    let el = await lesson();
    expect(JSON.parse(localStorage.getItem(`${KEY}:corrupt`)!).v).to.equal(2);
    el.remove();
    localStorage.setItem(KEY, JSON.stringify(otherRecord()));
    el = await lesson();
    expect(JSON.parse(localStorage.getItem(`${KEY}:corrupt`)!).key).to.equal('lesson:uji/singkat@id');
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
