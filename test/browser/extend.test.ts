// Issue #13, items 5–7: a step type of a partner's own (the harga-jual example),
// interface strings a page registers, and styling that reaches inside.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerStepType } from '../../src/content/registry.js';
import type { Lesson } from '../../src/content/schema.js';
import { registerTranslation } from '../../src/i18n/localize.js';
import '../../src/define.js';
import { hargaJual, type HargaJual } from '../../examples/harga-jual/harga-jual.js';
import { $, $$, answerAll, clearStorage, collect, forward, LESSON, lesson, quizzes, ready, text, until } from './helpers.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';

registerStepType(hargaJual);

const block = (data: unknown) => ({ t: 'custom' as const, type: 'harga-jual', id: 'nasi', data });
const DATA = {
  dish: 'nasi kuning',
  portions: 20,
  ingredients: [
    { name: 'Beras', price: 28000 },
    { name: 'Ayam', price: 45000 },
  ],
  packaging: 1000,
  gas: 20000,
  margin: 30,
};
/** A lesson with one harga-jual step, set as data (`lang` for its language). */
async function priced(data: unknown = DATA, lang = 'id'): Promise<LangkahLesson> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('langkah-lesson');
  el.setAttribute('lang', lang);
  const l: Lesson = {
    format: 1, id: 'harga', title: 'Harga', goal: 'Hitung.', duration: 2, checked: '2026-12', sources: [], lang: lang as 'id', module: 'uji', version: 'h1',
    steps: [{ id: 'hitung', title: 'Hitung', blocks: [block(data) as never] }],
  } as Lesson;
  el.lesson = JSON.parse(JSON.stringify(l));
  host.append(el);
  return ready(el);
}
const calc = (el: LangkahLesson) => $(el, 'harga-jual') as HargaJual;
const inputs = (el: LangkahLesson) => [...calc(el).shadowRoot!.querySelectorAll('input')];
const result = (el: LangkahLesson) => text(calc(el).shadowRoot!.querySelector('output')!);

describe('a step type of your own: <harga-jual> (#13 item 5)', () => {
  beforeEach(clearStorage);

  it('works out cost and selling price per portion, rounded up to Rp 500, in Bahasa Indonesia', async () => {
    const el = await priced();
    await until(() => el.shadowRoot!.querySelector('harga-jual')?.shadowRoot?.querySelector('output'), 'the step type did not render');
    // (28 000 + 45 000 + 20 000) / 20 + 1 000 = 5 650; × 1.3 = 7 345 → 7 500.
    expect(result(el)).to.match(/^Modal per porsi Rp\s?5\.650\. Harga jual per porsi Rp\s?7\.500\.$/);
    expect([...calc(el).shadowRoot!.querySelectorAll('label')].map(text)).to.deep.equal(['Jumlah porsi sekali masak', 'Beras', 'Ayam', 'Kemasan per porsi (Rp)', 'Gas dan tenaga sekali masak (Rp)', 'Untung (%)']);
    for (const input of inputs(el)) expect(input.getBoundingClientRect().height).to.be.at.least(44);
    await expect(calc(el)).to.be.accessible();
  });

  it('takes numbers from the keyboard, saves them with the lesson, and has them back after a reload', async () => {
    const el = await priced();
    await until(() => calc(el)?.shadowRoot?.querySelector('input'), 'the step type did not render');
    const answers = collect(el, 'langkah-answer');
    const portions = inputs(el)[0]!;
    portions.focus();
    portions.select();
    await sendKeys({ type: '10' });
    await sendKeys({ press: 'Tab' });
    await calc(el).updateComplete;
    // 93 000 / 10 + 1 000 = 10 300; × 1.3 = 13 390 → 13 500.
    expect(result(el)).to.match(/Rp\s?10\.300\. .*Rp\s?13\.500\.$/);
    expect(answers.at(-1)!.detail).to.include({ kind: 'custom', question: 'nasi', correct: true });
    expect(answers.at(-1)!.detail.value).to.deep.equal([10, 28000, 45000, 1000, 20000, 30]);
    el.parentElement!.remove();
    const again = await priced();
    await until(() => calc(again)?.shadowRoot?.querySelector('output'), 'the step type did not render again');
    expect(inputs(again)[0]!.value).to.equal('10');
  });

  it('speaks English in an English lesson', async () => {
    const el = await priced(DATA, 'en');
    await until(() => calc(el)?.shadowRoot?.querySelector('output'), 'the step type did not render');
    expect(result(el)).to.match(/^Cost per portion IDR\s?5,650\. Selling price per portion IDR\s?7,500\.$/);
  });

  it('checks built data with the compiled shape (no zod): a bad block shows the broken-content message and tells the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error');
    host.remove();
    const el = await priced({ ...DATA, portions: 'dua puluh' });
    el.parentElement!.addEventListener('langkah-error', (e) => errors.push(e));
    await until(() => el.shadowRoot!.querySelector('[part~="step"] p.note'), 'no message for the bad block');
    expect(el.shadowRoot!.querySelector('harga-jual')).to.equal(null);
    expect(text($(el, '[part~="step"] p.note'))).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
  });
});

describe('interface strings a page registers (#13 item 6)', () => {
  const htmlLang = document.documentElement.lang;
  beforeEach(clearStorage);
  afterEach(() => (document.documentElement.lang = htmlLang));

  it('adds a language from a partial dictionary: what it lacks comes from Bahasa Indonesia; registering later redraws', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="jv"></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = await ready(host.firstElementChild as LangkahLesson);
    expect($$(el, 'nav button').map(text)).to.deep.equal(['Lanjut →'], 'an unknown language is Bahasa Indonesia');
    registerTranslation({ $code: 'jv', $name: 'Basa Jawa', next: 'Sabanjure', check: 'Priksa wangsulan' });
    await until(() => text($(el, 'nav button')) === 'Sabanjure →', 'the lesson did not redraw in Javanese');
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5', 'a missing key falls back to id');
    for (let i = 0; i < 2; i++) {
      $(el, 'nav button.primary').click();
      await el.updateComplete;
    }
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    expect(text(quiz.shadowRoot!.querySelector('fieldset > button')!)).to.equal('Priksa wangsulan', 'the quizzes inside speak it too');
    expect(text($(el, '[part~="step"] h3'))).to.not.equal('', 'lesson text stays');
  });

  it('overrides a string of a built-in language, and en-GB falls back to en', async () => {
    registerTranslation({ $code: 'en-GB', $name: 'English (UK)', next: 'Carry on' });
    const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = await ready(host.firstElementChild as LangkahLesson);
    await until(() => text($(el, 'nav button')) === 'Carry on →', 'no en-GB override');
    expect(text($(el, '.counter'))).to.equal('Step 1 of 5');
  });

  it('reaches the course elements: the course path, the lessons opened in it, and the roster', async () => {
    registerTranslation({ $code: 'bjn', $name: 'Bahasa Banjar', start: 'Mulai balajar', back: 'Bulik', next: 'Lanjutakan' });
    registerTranslation({ $code: 'id', $name: 'Bahasa Indonesia', add: 'Masukkan kode' });
    const host = await fixture<HTMLDivElement>(html`<div lang="bjn"></div>`);
    host.innerHTML = '<langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>';
    const course = host.firstElementChild as HTMLElement;
    await customElements.whenDefined('langkah-curriculum');
    const start = () => [...course.shadowRoot!.querySelectorAll('button, a')].find((b) => /balajar|belajar/.test(text(b as HTMLElement)));
    await until(() => course.shadowRoot?.querySelector('.modules'), 'the course did not render');
    expect(text(start() as HTMLElement)).to.contain('Mulai balajar', 'a course string registered for the page\'s tag');
    (start() as HTMLElement).click();
    await until(() => course.shadowRoot!.querySelector('langkah-lesson')?.shadowRoot?.querySelector('nav button.primary'), 'no lesson opened');
    const inner = course.shadowRoot!.querySelector('langkah-lesson')!;
    await until(() => text($(inner as LangkahLesson, 'nav button.primary')) === 'Lanjutakan →', 'the lesson in the course did not take the page\'s tag');

    const roster = await fixture<HTMLDivElement>(html`<div></div>`);
    roster.innerHTML = '<langkah-roster src="/test/fixtures/course/curriculum.json" lang="id"></langkah-roster>';
    await customElements.whenDefined('langkah-roster');
    const r = roster.firstElementChild as HTMLElement;
    await until(() => r.shadowRoot?.querySelector('form button[type="submit"]'), 'the roster did not render');
    expect(text(r.shadowRoot!.querySelector<HTMLElement>('form button[type="submit"]')!)).to.equal('Masukkan kode', 'a built-in language\'s course string, overridden');
  });

  it('follows a change of lang on an ancestor at run time', async () => {
    const host = await fixture<HTMLDivElement>(html`<section lang="id"><div></div></section>`);
    host.firstElementChild!.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = await ready(host.querySelector('langkah-lesson')!);
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5');
    host.setAttribute('lang', 'en');
    await until(() => text($(el, '.counter')) === 'Step 1 of 5', 'the lesson did not follow its ancestor');
  });
});

describe('styling from the page (#13 item 7)', () => {
  beforeEach(clearStorage);

  it('reaches the quizzes inside a lesson through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'langkah-lesson::part(option) { outline-color: rgb(1, 2, 3); } langkah-lesson::part(quiz) { outline-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await lesson();
      await forward(el, 2);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      const option = quiz.shadowRoot!.querySelector('[part~="option"]')!;
      expect(getComputedStyle(option).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(quiz.shadowRoot!.querySelector('[part~="base"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('shows loading, error and complete as attributes of the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson><langkah-lesson src="/nowhere/missing.json"></langkah-lesson>`;
    const [el, missing] = host.querySelectorAll('langkah-lesson');
    await el!.updateComplete;
    expect(el!.hasAttribute('loading')).to.equal(true);
    await ready(el as LangkahLesson);
    expect(el!.hasAttribute('loading')).to.equal(false);
    await until(() => missing!.hasAttribute('error'), 'no error attribute');
    expect(missing!.hasAttribute('loading')).to.equal(false);
    const lessonEl = el as LangkahLesson;
    expect(lessonEl.hasAttribute('complete')).to.equal(false);
    for (let i = 0; i < 5; i++) {
      await answerAll(lessonEl);
      await forward(lessonEl, 1);
    }
    await until(() => lessonEl.hasAttribute('complete'), 'no complete attribute');
    expect(lessonEl.matches('[complete]:not([loading]):not([error])')).to.equal(true);
  });

  it('marks a quiz complete when every question has an answer, and a checklist while every item is ticked', async () => {
    const quiz = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<langkah-quiz id="kuis-state">
      <template>
        ? Apa arti OTP?
        - [x] Kode sekali pakai
        - [ ] Nomor rekening
      </template>
    </langkah-quiz>`);
    await until(() => quiz.shadowRoot?.querySelector('fieldset'), 'the quiz did not load');
    expect(quiz.hasAttribute('complete')).to.equal(false);
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /Periksa/.test(b.textContent!))!.click();
    await until(() => quiz.hasAttribute('complete'), 'no complete attribute on the quiz');

    const list = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<langkah-checklist id="daftar-state">
      <template>
        - [ ] Pasang verifikasi dua langkah
        - [ ] Simpan nomor pembeli
      </template>
    </langkah-checklist>`);
    await until(() => list.shadowRoot?.querySelectorAll('input').length === 2, 'the checklist did not load');
    const boxes = [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    boxes[0]!.click();
    await list.updateComplete;
    expect(list.hasAttribute('complete')).to.equal(false);
    boxes[1]!.click();
    await until(() => list.hasAttribute('complete'), 'no complete attribute on the checklist');
    boxes[1]!.click();
    await until(() => !list.hasAttribute('complete'), 'complete stayed after unticking');
  });
});
