import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LangkahAnswerEvent } from '../../src/events/answer.js';
import type { LangkahProgressEvent } from '../../src/events/progress.js';
import { registerStepType } from '../../src/content/registry.js';
import { $, $$, answerAll, clearStorage, collect, forward, KEY, LESSON as LESSON_SRC, lesson, nav, quizzes, ready, reload, stored, text, until, authored } from './helpers.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import type { Lesson } from '../../src/content/schema.js';

describe('<langkah-lesson>', () => {
  beforeEach(clearStorage);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the first step of a built lesson: title, counter, progress bar, content, Next', async () => {
    const el = await lesson();
    expect(text($(el, '[part="title"]'))).to.equal('Latihan lengkap');
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5');
    const bar = $(el, 'progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).to.deep.equal([1, 5]);
    expect(bar.getAttribute('aria-labelledby')).to.equal('counter');
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect($$(el, 'nav button').map(text)).to.deep.equal(['Lanjut →']);
    await expect(el).to.be.accessible();
  });

  it('shows a loading line at once, never a blank box', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson>';
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).to.equal('Memuat…');
    expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
    host.remove();
  });

  it('renders rich text without parsing HTML: HTML in content stays text, web links open in a new tab safely', async () => {
    const el = await lesson();
    const p = $(el, '[part="step"] p');
    expect(p.querySelector('script')).to.equal(null);
    expect(p.textContent).to.contain('<script>alert(1)</script>');
    expect(p.querySelector('strong')!.textContent).to.equal('angka rahasia');
    expect(p.querySelector('code')!.textContent).to.equal('wa.me/628');
    const [web, tel] = [...p.querySelectorAll('a')];
    expect(web!.getAttribute('href')).to.equal('https://faq.whatsapp.com/');
    expect(web!.target).to.equal('_blank');
    expect(web!.rel).to.equal('noopener noreferrer');
    expect(tel!.getAttribute('href')).to.equal('tel:14017');
    expect(tel!.hasAttribute('target')).to.equal(false);
    const callouts = $$(el, '[part="callout"]');
    expect(callouts.map((c) => c.getAttribute('role'))).to.deep.equal(['note', 'note']);
    expect(callouts.map((c) => text(c.querySelector('.label')!))).to.deep.equal(['Tips', 'Awas']);
  });

  it('draws the same lesson data in two lessons at once, and keeps a step\'s prose across redraws', async () => {
    const data = (await (await fetch(LESSON_SRC)).json()) as Lesson;
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<langkah-lesson></langkah-lesson><langkah-lesson></langkah-lesson>';
    try {
      const [a, b] = [...host.children] as LangkahLesson[];
      a!.lesson = data;
      b!.lesson = data;
      await ready(a!);
      await ready(b!);
      for (const el of [a!, b!]) {
        const p = $(el, '[part="step"] p');
        expect(p.textContent).to.contain('<script>alert(1)</script>');
        expect([...p.querySelectorAll('a')].map((l) => l.getAttribute('href'))).to.deep.equal(['https://faq.whatsapp.com/', 'tel:14017']);
      }
      const p = $(a!, '[part="step"] p');
      a!.requestUpdate();
      await a!.updateComplete;
      expect($(a!, '[part="step"] p')).to.equal(p);
    } finally {
      host.remove();
    }
  });

  it('gives pictures their size, lazy loading and a caption, resolved against the lesson URL', async () => {
    const el = await lesson();
    const img = $(el, 'figure img') as HTMLImageElement;
    expect(img.getAttribute('width')).to.equal('320');
    expect(img.getAttribute('height')).to.equal('180');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.alt).to.equal('Warung Bu Sri dengan atap biru');
    expect(new URL(img.src).pathname).to.equal('/test/fixtures/built/assets/uji/id/images/warung.svg');
    expect(text($(el, 'figcaption'))).to.equal('Warung Bu Sri');
    await until(() => img.complete && img.naturalWidth > 0, 'the picture did not load');
  });

  it('moves to the next step with the Next button: focus on the new heading, which names the counter once, saved', async () => {
    const el = await lesson();
    const progress = collect(el, 'langkah-progress');
    await nav(el, /Lanjut/);
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h3'));
    const counter = $(el, '.counter');
    // Announced once: the focused heading carries the counter; no live region says it a second time (#12).
    expect(counter.getAttribute('aria-live')).to.equal(null);
    expect($(el, 'h3').getAttribute('aria-describedby')).to.equal('counter');
    expect(text(counter)).to.equal('Langkah 2 dari 5');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(2);
    // The main button first, for Tab and a screen reader; on a wide screen it stands at the right, Back at the left.
    expect($$(el, 'nav button').map(text)).to.deep.equal(['Lanjut →', '← Kembali']);
    const [next, back] = $$(el, 'nav button').map((b) => b.getBoundingClientRect());
    expect(back!.right, 'Back at the left of Next').to.be.at.most(next!.left);
    expect(back!.top).to.equal(next!.top);
    expect(stored().step).to.equal(1);
    expect(stored().seen).to.deep.equal(['kunci', 'pilih']);
    expect(progress).to.have.length(1);
    const d = progress[0]!.detail;
    expect(d).to.include({ lesson: 'latihan', module: 'uji', step: 'pilih', index: 1, total: 5, seen: 2, key: 'lesson:uji/latihan@id' });
    expect(d.at).to.be.closeTo(Date.now(), 5000);
    await nav(el, /Kembali/);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h3'));
  });

  it('tells the host once when it is shown (opened), at the step where the learner left, and again after a reload', async () => {
    const heard: LangkahProgressEvent[] = [];
    const stop = new AbortController();
    document.addEventListener('langkah-progress', (e) => heard.push(e), { signal: stop.signal });
    try {
      let el = await lesson();
      expect(heard).to.have.length(1);
      expect(heard[0]!.detail).to.include({ opened: true, lesson: 'latihan', module: 'uji', step: 'kunci', index: 0, total: 5, seen: 1, key: 'lesson:uji/latihan@id' });
      await nav(el, /Lanjut/);
      expect(heard).to.have.length(2);
      expect(heard[1]!.detail.opened, 'a move is not an opening').to.equal(undefined);
      el = await reload(el);
      expect(heard).to.have.length(3);
      expect(heard[2]!.detail).to.include({ opened: true, step: 'pilih', index: 1, total: 5, seen: 2 });
      expect(heard[2]!.target === el, 'from the new lesson').to.equal(true);
    } finally {
      stop.abort();
    }
  });

  it('is driven by the keyboard alone', async () => {
    const el = await lesson();
    ($$(el, 'nav button')[0] as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    // From the focused heading, Tab reaches the first radio of the quiz, then Space picks it.
    await sendKeys({ press: 'Tab' });
    const quiz = quizzes(el)[0]!;
    const radio = quiz.shadowRoot!.activeElement as HTMLInputElement;
    expect(radio.type).to.equal('radio');
    await sendKeys({ press: 'ArrowDown' });
    await quiz.updateComplete;
    const checked = authored(quiz.shadowRoot!, 'input[name="q-tunggal"]').map((r) => r.checked);
    expect(checked).to.deep.equal([false, true, false]);
  });

  it('ends with a summary: steps seen, score, pass or fail, ticks; then starts again', async () => {
    const el = await lesson();
    const complete = collect(el, 'langkah-complete');
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    const radios = authored(quiz.shadowRoot!, 'input[name="q-tunggal"]');
    radios[1]!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
    await quiz.updateComplete;
    await answerAll(el);
    await forward(el, 1);
    await answerAll(el);
    await forward(el, 3);
    expect(text($(el, 'h3'))).to.equal('Pelajaran selesai!');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h3'));
    expect(text($(el, '.counter'))).to.equal('Selesai');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(5);
    const summary = text($(el, '[part~="step"]'));
    expect(summary).to.contain('5 dari 5 langkah sudah dibaca.');
    // q-tunggal right, and the first option of every other question (answerAll): two right on the first try.
    expect(summary).to.contain('Skor percobaan pertama: 2 dari 5 benar (40%).');
    expect(summary).to.contain('Belum lulus. Nilai lulus 60%.');
    expect(summary).to.contain('Daftar periksa: 0 dari 2 selesai');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail).to.include({ lesson: 'latihan', module: 'uji', steps: 5 });
    expect(complete[0]!.detail.score).to.deep.equal({ correct: 2, answered: 5, total: 5, percent: 40, pass: 60, passed: false });
    expect(stored().completed).to.be.a('number');
    await expect(el).to.be.accessible();

    // Starting again is not the main button, asks first, and keeps the answers (and so the score).
    expect($$(el, 'nav .primary')).to.have.length(0);
    const answers = stored().answers;
    await nav(el, /Mulai lagi/);
    expect(el.shadowRoot!.activeElement === $(el, '#ask'), 'focus on the question').to.equal(true);
    expect(text($(el, '[part="confirm"]'))).to.contain('Jawaban dan skor Anda tetap tersimpan.');
    await expect(el).to.be.accessible();
    $(el, '[part="confirm"] button:not(.primary)').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, 'h3'))).to.equal('Pelajaran selesai!');
    expect(el.shadowRoot!.activeElement === $$(el, 'nav button').at(-1), 'focus back on "start again"').to.equal(true);
    await nav(el, /Mulai lagi/);
    $(el, '[part="confirm"] .primary').click();
    await el.updateComplete;
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h3'));
    expect(stored().answers).to.deep.equal(answers);
    expect(Object.keys(answers)).to.have.length(5);
    expect(stored().step).to.equal(0);
    expect(stored().completed).to.be.a('number');
  });

  it('never throws ticks away: with unchecked picks the one main button checks them, then moves on', async () => {
    const el = await lesson();
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    // One main button on a quiz step: the lesson's, not one per question.
    expect($$(el, '.primary').length + quiz.shadowRoot!.querySelectorAll('.primary').length).to.equal(1);
    expect(text($(el, 'nav .primary'))).to.equal('Lanjut →');
    const boxes = authored(quiz.shadowRoot!, 'input[name="q-banyak"]');
    boxes[0]!.click();
    boxes[1]!.click();
    authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[1]!.click();
    await quiz.updateComplete;
    await el.updateComplete;
    expect(text($(el, 'nav .primary'))).to.equal('Periksa jawaban');
    expect($$(el, '.primary').length + quiz.shadowRoot!.querySelectorAll('.primary').length).to.equal(1);
    await expect(el).to.be.accessible();
    const button = $(el, 'nav .primary');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await quiz.updateComplete;
    // Still on the step: the learner sees what the check said, and the focus stays on the button.
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    expect(Object.keys(stored().answers).sort()).to.deep.equal(['q-banyak', 'q-tunggal']);
    expect(stored().answers['q-banyak'].correct).to.equal(true);
    expect(text(quiz.shadowRoot!.querySelector('[data-q="q-banyak"] [part="feedback"]')!)).to.contain('Jawaban Anda tepat.');
    expect(text($(el, 'nav .primary'))).to.equal('Lanjut →');
    expect(el.shadowRoot!.activeElement === $(el, 'nav .primary'), 'focus stays on the main button').to.equal(true);
    await forward(el, 4);
    expect(text($(el, '[part~="summary"]'))).to.contain('2 dari 5 benar');
  });

  it('keeps picks not yet checked while the learner goes back and forth', async () => {
    const el = await lesson();
    await forward(el, 1);
    let quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[2]!.click();
    await quiz.updateComplete;
    await nav(el, /Kembali/);
    await nav(el, /Lanjut/);
    quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    expect(authored(quiz.shadowRoot!, 'input[name="q-tunggal"]').map((r) => r.checked)).to.deep.equal([false, false, true]);
    expect(text($(el, 'nav .primary'))).to.equal('Periksa jawaban');
  });

  it('keeps the main button in view on a 360 × 640 phone, below a page header and a long step', async () => {
    await setViewport({ width: 360, height: 640 });
    const header = document.createElement('div');
    header.style.height = '300px';
    document.body.prepend(header);
    try {
      const el = await lesson();
      for (let i = 0; i < 5; i++) {
        const r = $(el, 'nav').getBoundingClientRect();
        expect(r.bottom, `step ${i + 1}`).to.be.at.most(innerHeight + 1);
        expect(r.top, `step ${i + 1}`).to.be.at.least(0);
        await forward(el, 1);
        scrollTo(0, 0);
      }
      await expect(el).to.be.accessible();
    } finally {
      header.remove();
    }
  });

  it('resumes after a reload at the same step with the answers in place', async () => {
    let el = await lesson();
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[1]!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
    el = await reload(el);
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    // A resumed lesson does not steal focus from the page.
    expect(el.shadowRoot!.activeElement).to.equal(null);
    const again = quizzes(el)[0]!;
    await again.updateComplete;
    const radios = authored(again.shadowRoot!, 'input[name="q-tunggal"]');
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true, false]);
    expect(radios.every((r) => r.disabled)).to.equal(true);
    expect(text(again.shadowRoot!.querySelector('[part="feedback"]')!)).to.contain('Jawaban Anda tepat.');
  });

  it('loads a raw Markdown lesson and resolves its pictures against the lesson', async () => {
    const el = await lesson('/test/fixtures/lessons/id/contoh.md');
    expect(text($(el, '[part="title"]'))).to.equal('Jangan bagikan kode OTP');
    expect(new URL(($(el, 'img') as HTMLImageElement).src).pathname).to.equal('/test/fixtures/lessons/id/images/a.svg');
  });

  it('speaks English when the element says so', async () => {
    const el = await lesson('/test/fixtures/built/en/uji/latihan.json', 'lang="en"');
    expect(text($(el, '.counter'))).to.equal('Step 1 of 5');
    expect($$(el, 'nav button').map(text)).to.deep.equal(['Next →']);
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect($(el, '[part="step"]').getAttribute('lang')).to.equal('en');
  });

  it('keeps every button and option at least 44 × 44 CSS pixels on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await lesson();
    await forward(el, 2);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    const targets = [...$$(el, 'button'), ...quiz.shadowRoot!.querySelectorAll<HTMLElement>('button, label')];
    expect(targets.length).to.be.greaterThan(8);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(Math.round(r.width), `${t.outerHTML.slice(0, 60)} width`).to.be.at.least(44);
      expect(Math.round(r.height), `${t.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
    }
  });

  it('reflows without sideways scrolling at 200% zoom on a 360 px phone (180 CSS px)', async () => {
    await setViewport({ width: 180, height: 640 });
    const el = await lesson();
    for (let i = 0; i < 5; i++) {
      const base = $(el, '[part="base"]');
      for (const q of quizzes(el)) expect(q.shadowRoot!.querySelector('.base')!.scrollWidth).to.be.at.most(q.getBoundingClientRect().width + 1);
      expect(base.scrollWidth, `step ${i + 1}`).to.be.at.most(base.clientWidth + 2);
      expect(document.documentElement.scrollWidth).to.be.at.most(180);
      await forward(el, 1);
    }
  });

  it('renders a registered step type with its data, and stores what it saves', async () => {
    class Poll extends HTMLElement {
      data?: { question: string };
      blockId?: string;
      answer?: { value: number[] };
      save?: (value: number[], correct: boolean) => void;
      connectedCallback() {
        this.textContent = this.data!.question;
      }
    }
    customElements.define('uji-poll', Poll);
    registerStepType({ name: 'poll', schema: { safeParse: (d: unknown) => ({ success: true, data: d }) } as never, tag: 'uji-poll' });
    const el = await lesson('/test/fixtures/lessons/custom.json');
    // Its renderer loads with the first lesson that needs it.
    await until(() => el.shadowRoot!.querySelector('uji-poll'), 'the step type did not render');
    const poll = $(el, 'uji-poll') as Poll;
    expect(poll.textContent).to.equal('Suka jualan online?');
    expect(poll.blockId).to.equal('poll-1');
    expect(poll.getAttribute('lang')).to.equal('id');
    expect(text($(el, '[part="step"] p.note'))).to.equal('Bagian ini tidak bisa ditampilkan di sini.');
    const answers = collect(el, 'langkah-answer');
    poll.save!([2], true);
    expect(answers).to.have.length(1);
    expect(answers[0]).to.be.instanceOf(LangkahAnswerEvent);
    expect(answers[0]!.detail).to.include({ question: 'poll-1', kind: 'custom', correct: true, step: 'poll', lesson: 'khusus' });
    const again = await reload(el);
    await until(() => again.shadowRoot!.querySelector('uji-poll'), 'the step type did not render');
    expect(($(again, 'uji-poll') as Poll).answer!.value).to.deep.equal([2]);
  });

  it('stores records under the documented key', async () => {
    const el = await lesson();
    await forward(el, 1);
    expect(localStorage.getItem(KEY)).to.be.a('string');
    expect(stored()).to.include({ v: 1, key: 'lesson:uji/latihan@id', lang: 'id', step: 1 });
  });

  describe('a slow reader alone with a 360 × 640 phone (#12)', () => {
    beforeEach(() => setViewport({ width: 360, height: 640 }));

    it('after Next checked several questions at once, says how many are right and shows the first wrong one (review 12b, finding 9)', async () => {
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      // The first question wrong, the second right; neither checked.
      authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[0]!.click();
      authored(quiz.shadowRoot!, 'input[name="q-banyak"]')[0]!.click();
      authored(quiz.shadowRoot!, 'input[name="q-banyak"]')[1]!.click();
      await quiz.updateComplete;
      await el.updateComplete;
      await nav(el, /Periksa jawaban/);
      await quiz.updateComplete;
      expect(text($(el, 'nav [role="status"]'))).to.equal('1 dari 2 jawaban tepat.');
      const wrong = quiz.shadowRoot!.querySelector('[data-q="q-tunggal"]')!;
      await until(() => {
        const r = wrong.getBoundingClientRect();
        return r.top >= -1 && r.top < innerHeight / 2;
      }, 'the wrong question is not in view');
      expect(text(wrong.querySelector('.verdict')!)).to.equal('✗ Jawaban Anda belum tepat.');
      await new Promise((r) => setTimeout(r, 100));
      expect(wrong.getBoundingClientRect().top, 'still in view').to.be.within(-1, innerHeight / 2);
      await expect(el).to.be.accessible();
      // A new pick makes the line old: it goes.
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('[data-q="q-tunggal"] > button')!.click();
      await el.updateComplete;
      expect(text($(el, 'nav [role="status"]'))).to.equal('');
    });

    it('keeps ticks not yet checked across a reload of a lesson on its own page, for that lesson only (review 12b, finding 3)', async () => {
      const ticked = async (el: LangkahLesson) => {
        const quiz = quizzes(el)[0]!;
        await quiz.updateComplete;
        return authored(quiz.shadowRoot!, 'input[name="q-tunggal"]').map((i) => i.checked);
      };
      let el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[1]!.click();
      await quiz.updateComplete;
      // The learner switches to WhatsApp: the page is hidden, and the phone drops the tab.
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { hidden?: boolean }).hidden;
      const kept = Object.keys(localStorage).filter((k) => k.startsWith('langkah.'));
      el = await reload(el);
      expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
      expect(await ticked(el)).to.deep.equal([false, true, false]);
      expect(stored().answers['q-tunggal'], 'not checked').to.equal(undefined);
      expect(text($(el, 'nav button.primary'))).to.equal('Periksa jawaban');
      // Kept under the lesson's own key: the same lesson inside a course has its own record, and its own picks.
      expect(kept.some((k) => k.endsWith(KEY.slice('langkah:'.length)))).to.equal(true);
      const other = document.createElement('langkah-lesson') as LangkahLesson;
      other.scope = 'course:lain@/x/|';
      other.setAttribute('src', LESSON_SRC);
      el.parentElement!.append(other);
      await ready(other);
      await forward(other, 1);
      expect(await ticked(other)).to.deep.equal([false, false, false]);
    });

    it('Next does not skip unanswered questions silently: it shows the first one and says what to do; Next again skips', async () => {
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      // The first question is answered; the second is not.
      authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[1]!.click();
      await quiz.updateComplete;
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('[data-q="q-tunggal"] > button')!.click();
      await quiz.updateComplete;
      await el.updateComplete;
      scrollTo(0, 0);
      $(el, 'nav .primary').focus();
      await nav(el, /Lanjut/);
      expect(text($(el, 'h3')), 'still on the quiz step').to.equal('Pilih jawaban');
      expect(text($(el, 'nav [role="status"]'))).to.equal('Ada pertanyaan yang belum dijawab. Jawab dulu, atau tekan Lanjut lagi untuk melewatinya.');
      const question = quiz.shadowRoot!.querySelector('[data-q="q-banyak"]')!.getBoundingClientRect();
      const bar = $(el, 'nav .primary').getBoundingClientRect();
      expect(question.top, 'the unanswered question is in view').to.be.within(-1, bar.top - 40);
      expect(el.shadowRoot!.activeElement === $(el, 'nav .primary'), 'focus stays on Next').to.equal(true);
      await expect(el).to.be.accessible();
      await nav(el, /Lanjut/);
      expect(text($(el, 'h3'))).to.equal('Benar atau salah');
      expect(text($(el, 'nav [role="status"]')), 'no warning before the learner taps').to.equal('');
    });

    it('a lesson with skipped questions is not done: no langkah-complete, its summary says how many are left, and it reopens at the quiz', async () => {
      const el = await lesson();
      const complete = collect(el, 'langkah-complete');
      await forward(el, 5);
      expect(text($(el, 'h3'))).to.equal('Pelajaran belum selesai: 5 pertanyaan belum dijawab.');
      // Under the title, the steps read, not "Selesai"; the bar shows the same (review 12c, finding 5).
      expect(text($(el, '.counter'))).to.equal('5 dari 5 langkah sudah dibaca.');
      expect(text($(el, '[part~="summary"]')), 'said once').to.not.contain('langkah sudah dibaca');
      expect(($(el, '[part="progress"]') as HTMLProgressElement).value).to.equal(5);
      expect(complete, 'not complete').to.have.length(0);
      expect(stored().completed).to.equal(undefined);
      expect(text($(el, '[part~="summary"] .primary'))).to.equal('Jawab sekarang');
      expect($$(el, 'nav button').map(text)).to.deep.equal(['← Langkah sebelumnya', 'Mulai lagi']);
      await expect(el).to.be.accessible();
      // Coming back later: the questions, not the summary.
      const again = await reload(el);
      expect(text($(again, 'h3'))).to.equal('Pilih jawaban');
      expect(stored().step).to.equal(1);
      // Answered in full, the summary is reached and the lesson is done.
      await answerAll(again);
      await forward(again, 1);
      await answerAll(again);
      const done = collect(again, 'langkah-complete');
      await forward(again, 3);
      expect(text($(again, 'h3'))).to.equal('Pelajaran selesai!');
      expect(text($(again, '.counter'))).to.equal('Selesai');
      expect(done).to.have.length(1);
      expect(stored().completed).to.be.a('number');
    });

    it('"Jawab sekarang" on the summary opens the first step with a question left', async () => {
      const el = await lesson();
      await forward(el, 1);
      await answerAll(el);
      await forward(el, 4);
      expect(text($(el, 'h3'))).to.equal('Pelajaran belum selesai: 3 pertanyaan belum dijawab.');
      $(el, '[part~="summary"] .primary').click();
      await el.updateComplete;
      expect(text($(el, 'h3'))).to.equal('Benar atau salah');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'h3'));
    });

    it('with `redo`, a finished lesson opens at its first step with a wrong answer, ready for another try; without it, at the summary', async () => {
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[1]!.click();
      authored(quiz.shadowRoot!, 'input[name="q-banyak"]')[0]!.click();
      authored(quiz.shadowRoot!, 'input[name="q-banyak"]')[1]!.click();
      await quiz.updateComplete;
      await nav(el, /Periksa/);
      expect(Object.values(stored().answers).map((a) => (a as { correct: boolean }).correct)).to.deep.equal([true, true]);
      await forward(el, 1);
      await answerAll(el);
      await forward(el, 3);
      expect(text($(el, 'h3'))).to.equal('Pelajaran selesai!');
      const again = await reload(el);
      expect(text($(again, 'h3')), 'without redo: where the learner left').to.equal('Pelajaran selesai!');
      const parent = again.parentElement!;
      parent.innerHTML = `<langkah-lesson src="${LESSON_SRC}" redo></langkah-lesson>`;
      const redo = await ready(parent.firstElementChild as LangkahLesson);
      expect(text($(redo, 'h3')), 'the first step with a wrong answer').to.equal('Benar atau salah');
      const feedback = quizzes(redo)[0]!.shadowRoot!.querySelector('[data-q="q-bs"] > button')!;
      // Wrong on its first try: asked again, blank (review 12b, findings 1 and 2).
      expect(text(feedback), 'ready for another try').to.equal('Periksa jawaban');
      await expect(redo).to.be.accessible();
    });

    it('with `redo`, a lesson an earlier version marked finished with questions skipped opens at the first one never answered, before one answered wrong', async () => {
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]!;
      await quiz.updateComplete;
      authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[0]!.click();
      authored(quiz.shadowRoot!, 'input[name="q-banyak"]')[0]!.click();
      await quiz.updateComplete;
      await nav(el, /Periksa/);
      expect(Object.values(stored().answers).map((a) => (a as { correct: boolean }).correct)).to.deep.equal([false, false]);
      // As an earlier Langkah saved it: Next skipped the next step's questions, and the summary set `completed`.
      const old = { ...stored(), step: 5, completed: Date.now() };
      localStorage.setItem(KEY, JSON.stringify(old));
      const parent = el.parentElement!;
      parent.innerHTML = `<langkah-lesson src="${LESSON_SRC}" redo></langkah-lesson>`;
      const redo = await ready(parent.firstElementChild as LangkahLesson);
      expect(text($(redo, 'h3')), 'the first step with a question never answered').to.equal('Benar atau salah');
      expect(stored().answers, 'the answers given are kept').to.deep.equal(old.answers);
      await expect(redo).to.be.accessible();
    });

    it('shows the start of each step on the first screen: the title on the whole width, counter and bar on one line under it, the heading at the top after Next', async () => {
      const [header, footer] = [document.createElement('div'), document.createElement('div')];
      header.style.height = '200px';
      footer.style.height = '1000px';
      document.body.prepend(header);
      try {
        const el = await lesson();
        document.body.append(footer);
        const title = $(el, '[part="title"]').getBoundingClientRect();
        const counter = $(el, '.counter').getBoundingClientRect();
        const bar = $(el, '[part="progress"]').getBoundingClientRect();
        // The title on the whole width (beside the counter it was squeezed into many lines), the counter and the bar on one line under it (review 12b, finding 10).
        expect(title.width, 'the title on the whole width').to.equal($(el, 'header').getBoundingClientRect().width);
        expect(counter.top, 'the counter under the title').to.be.at.least(title.bottom - 1);
        expect((bar.top + bar.bottom) / 2, 'the bar beside the counter').to.be.within(counter.top, counter.bottom);
        for (let i = 0; i < 4; i++) {
          await forward(el, 1);
          // Once the step's quizzes have drawn themselves, so that the page is as long as it gets.
          await until(() => Math.abs($(el, 'h3').getBoundingClientRect().top) < 20, `step ${i + 2}: its heading is not at the top`);
          const first = $(el, '[part="step"] > :not(.head)').getBoundingClientRect();
          expect(first.top, `step ${i + 2}: its first words above the bar`).to.be.below($(el, 'nav').getBoundingClientRect().top);
        }
      } finally {
        header.remove();
        footer.remove();
      }
    });

    it('shows once per lesson why "listen" is off, with what to do, and gives the reason on every step', async () => {
      const voices = speechSynthesis.getVoices;
      speechSynthesis.getVoices = () => [];
      try {
        const el = await lesson();
        // The first step has a recording; the second is the first without a way to listen.
        expect($$(el, '.why')).to.have.length(0);
        // A recorded step's button works: nothing describes it as off, not even out of sight (review 12c, finding 6).
        const recorded = $(el, '[part="listen"]') as HTMLButtonElement;
        expect(recorded.disabled).to.equal(false);
        expect(recorded.hasAttribute('aria-describedby'), 'described on a recorded step').to.equal(false);
        expect(el.shadowRoot!.textContent).to.not.contain('belum punya suara');
        await expect(el).to.be.accessible();
        await forward(el, 1);
        expect(text($(el, '.why'))).to.equal('HP ini belum punya suara bahasa ini. Pasang di Setelan HP > Text-to-speech.');
        expect($(el, '[part="listen"]').getAttribute('aria-describedby')).to.equal('no-voice');
        for (let i = 3; i <= 5; i++) {
          await forward(el, 1);
          expect($$(el, '.why'), `step ${i}: the line not again`).to.have.length(0);
          const listen = $(el, '[part="listen"]') as HTMLButtonElement;
          expect(listen.disabled).to.equal(true);
          // But the reason is still the button's description: a screen reader on it says why it is off (review 12b, finding 8).
          expect($(el, '#' + listen.getAttribute('aria-describedby')).textContent, `step ${i}: why`).to.equal('HP ini belum punya suara bahasa ini. Pasang di Setelan HP > Text-to-speech.');
          await expect(el).to.be.accessible();
        }
      } finally {
        speechSynthesis.getVoices = voices;
      }
    });
  });
});
