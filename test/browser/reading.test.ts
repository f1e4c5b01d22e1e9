import { expect, fixture, html } from '@open-wc/testing';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, $$, authored, clearStorage, collect, forward, lesson, LESSON, nav, quizzes, ready, text, until } from './helpers.js';

type Synth = SpeechSynthesis & Record<string, unknown>;

describe('reading help', () => {
  const media = HTMLMediaElement.prototype;
  const { play, pause } = media;
  const synth = window.speechSynthesis as Synth;
  beforeEach(clearStorage);
  afterEach(() => {
    media.play = play;
    media.pause = pause;
    for (const k of ['getVoices', 'speak', 'cancel']) delete synth[k];
  });

  it('plays the author’s recording of a step, and stops it', async () => {
    const played: string[] = [];
    let paused = 0;
    media.play = function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    };
    media.pause = () => void paused++;
    const el = await lesson();
    const listen = $(el, '[part="listen"]');
    expect(text(listen)).to.equal('▶ Dengarkan langkah ini');
    listen.click();
    // The player loads on the first tap.
    await until(() => played.length, 'nothing played');
    await el.updateComplete;
    expect(played).to.have.length(1);
    expect(new URL(played[0]!).pathname).to.equal('/test/fixtures/built/assets/uji/id/audio/kunci.wav');
    expect(text($(el, '[part="listen"]'))).to.equal('■ Berhenti');
    $(el, '[part="listen"]').click();
    await el.updateComplete;
    expect(paused).to.equal(1);
    expect(text($(el, '[part="listen"]'))).to.equal('▶ Dengarkan langkah ini');
  });

  it('says when a recording cannot be played', async () => {
    media.play = () => Promise.reject(new DOMException('no decoder', 'NotSupportedError'));
    const el = await lesson();
    const errors = collect(el, 'langkah-error');
    $(el, '[part="listen"]').click();
    await until(() => errors.length, 'no error reported');
    expect(errors[0]!.detail).to.include({ kind: 'media', severity: 'warning', lesson: 'latihan' });
    await el.updateComplete;
    expect(text($(el, '[part="listen"]'))).to.equal('▶ Dengarkan langkah ini');
    // The learner is told, in words, and the host page hears of it once.
    expect(text($(el, '[part="step"] [role="alert"]'))).to.equal('Suara tidak bisa diputar.');
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says so when the device voice fails', async () => {
    synth.getVoices = () => [{ lang: 'id-ID', name: 'Indonesia' } as SpeechSynthesisVoice];
    synth.cancel = () => {};
    synth.speak = (u: SpeechSynthesisUtterance) => setTimeout(() => u.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent));
    const el = await lesson();
    await forward(el, 1);
    const errors = collect(el, 'langkah-error');
    $(el, '[part="listen"]').click();
    await until(() => el.shadowRoot!.querySelector('[part="step"] [role="alert"]'), 'no message');
    expect(text($(el, '[part="step"] [role="alert"]'))).to.equal('Suara tidak bisa diputar.');
    expect(errors).to.have.length(1);
  });

  it('shows the listen button disabled, with the reason, when there is no recording and no voice for the language', async () => {
    synth.getVoices = () => [{ lang: 'en-US', name: 'English' } as SpeechSynthesisVoice];
    const el = await lesson();
    await forward(el, 1);
    const listen = $(el, '[part="listen"]') as HTMLButtonElement;
    expect(listen.disabled).to.equal(true);
    expect(text($(el, '#' + listen.getAttribute('aria-describedby')))).to.equal('HP ini belum punya suara bahasa ini. Pasang di Setelan HP > Text-to-speech.');
    await expect(el).to.be.accessible();
  });

  it('reads a step with the device’s voice in the lesson’s language once the voice is there', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    let cancelled = 0;
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u);
    synth.cancel = () => void cancelled++;
    synth.getVoices = () => [];
    const el = await lesson();
    await forward(el, 1);
    expect(($(el, '[part="listen"]') as HTMLButtonElement).disabled).to.equal(true);
    // Android names Indonesian "in-ID"; the voices arrive late.
    synth.getVoices = () => [{ lang: 'in-ID', name: 'Bahasa Indonesia' } as SpeechSynthesisVoice];
    synth.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    const listen = $(el, '[part="listen"]');
    expect(text(listen)).to.equal('▶ Dengarkan');
    listen.click();
    await until(() => spoken.length, 'nothing spoken');
    await el.updateComplete;
    expect(spoken.map((u) => u.text).slice(0, 3)).to.deep.equal(['Pilih jawaban', 'Baca soal.', 'Pilih jawaban.']);
    expect(spoken.map((u) => u.text)).to.include('Teman meminta kode OTP Anda. Apa yang Anda lakukan?');
    expect(spoken.every((u) => u.lang === 'in-ID')).to.equal(true);
    expect(text($(el, '[part="listen"]'))).to.equal('■ Berhenti');
    // Moving on stops the reading.
    const before = cancelled;
    await forward(el, 1);
    expect(cancelled).to.equal(before + 1);
    spoken.at(-1)!.onend?.(new Event('end') as SpeechSynthesisEvent);
  });
});

describe('reading quiz feedback', () => {
  const synth = window.speechSynthesis as Synth;
  beforeEach(clearStorage);
  afterEach(() => {
    for (const k of ['getVoices', 'speak', 'cancel']) delete synth[k];
  });

  it('reads what the learner was told about a checked answer', async () => {
    const spoken: string[] = [];
    synth.getVoices = () => [{ lang: 'id-ID', name: 'Indonesia' } as SpeechSynthesisVoice];
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
    synth.cancel = () => {};
    const el = await lesson();
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[0]!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[data-q="q-tunggal"] > button')!.click();
    await el.updateComplete;
    $(el, '[part="listen"]').click();
    await until(() => spoken.length, 'nothing spoken');
    expect(spoken).to.include.members(['Jawaban Anda belum tepat.', 'Jangan. Akun teman mungkin sudah dibajak.']);
  });
});

describe('low bandwidth', () => {
  beforeEach(clearStorage);
  afterEach(() => delete (navigator as { connection?: unknown }).connection);

  it('shows a tap-to-load placeholder with the size when the page asks to save data', async () => {
    const el = await lesson(undefined, 'data-saver');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const placeholder = $(el, 'figure button.ph');
    expect(text(placeholder)).to.equal('Warung Bu Sri dengan atap biru Ketuk untuk memuat gambar (1 KB)');
    await expect(el).to.be.accessible();
    placeholder.click();
    await el.updateComplete;
    const img = $(el, 'figure img') as HTMLImageElement;
    await until(() => img.complete && img.naturalWidth, 'the picture did not load');
  });

  it('follows the browser’s Save-Data setting', async () => {
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } });
    const el = await lesson();
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect($$(el, 'figure button.ph')).to.have.length(1);
  });

  it('shows the description and a retry button when a picture fails, and reports it', async () => {
    const all = collect(document, 'langkah-error');
    const el = await lesson('/test/fixtures/lessons/broken-image.json');
    const errors = () => all.filter((e) => e.target === el);
    await until(() => el.shadowRoot!.querySelector('.ph[role="alert"]'), 'the failure was not shown');
    expect(text($(el, '.ph'))).to.equal('Foto nasi kuning Gambar tidak bisa dimuat. Coba lagi');
    expect(errors()[0]!.detail).to.include({ kind: 'media', severity: 'warning' });
    expect(errors()[0]!.detail.url).to.match(/images\/tidak-ada\.png$/);
    $(el, '.ph button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure img')).not.to.equal(null);
    await until(() => errors().length === 2, 'the retry did not try');
  });
});

describe('spoken feedback says what the screen says (review 12b, finding 7)', () => {
  const media = HTMLMediaElement.prototype;
  const { play } = media;
  const synth = window.speechSynthesis as Synth;
  const spoken: string[] = [];
  beforeEach(() => {
    clearStorage();
    spoken.length = 0;
    synth.getVoices = () => [{ lang: 'id-ID', name: 'Indonesia' } as SpeechSynthesisVoice];
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
    synth.cancel = () => {};
  });
  afterEach(() => {
    media.play = play;
    for (const k of ['getVoices', 'speak', 'cancel']) delete synth[k];
  });

  /** The test lesson as data, its quiz step with a recording and an explanation that opens with "Salah.", as authors write them. */
  async function recorded(): Promise<LangkahLesson> {
    const data = await (await fetch(LESSON)).json();
    const step = data.steps[2];
    step.audio = { src: '/test/fixtures/built/assets/uji/id/audio/kunci.wav' };
    step.blocks.find((b: { t: string }) => b.t === 'quiz').questions[0].explain = ['Salah. Bank tidak pernah meminta OTP.'];
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('langkah-lesson') as LangkahLesson;
    el.lesson = data;
    box.append(el);
    return ready(el);
  }

  async function answer(el: LangkahLesson, q: string, pick: number[]) {
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    for (const i of pick) authored(quiz.shadowRoot!, `input[name="${q}"]`)[i]!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>(`[data-q="${q}"] > button`)!.click();
    await el.updateComplete;
  }

  it('a wrong true/false answer: the verdict and the statement, never "belum tepat. Salah."', async () => {
    let audio: HTMLMediaElement | undefined;
    media.play = function (this: HTMLMediaElement) {
      audio = this;
      return Promise.resolve();
    };
    const el = await recorded();
    await forward(el, 2);
    // "Benar" (true) is the wrong answer: the first option shown.
    await answer(el, 'q-bs', [0]);
    $(el, '[part="listen"]').click();
    await until(() => audio, 'the recording did not play');
    expect(spoken, 'nothing read over the recording').to.deep.equal([]);
    // The recording ends: then the voice reads what the learner was told, which no recording can know.
    audio!.dispatchEvent(new Event('ended'));
    await until(() => spoken.length, 'the feedback was not read after the recording');
    expect(spoken).to.deep.equal(['Jawaban Anda belum tepat.', 'Pernyataan ini salah.', 'Bank tidak pernah meminta OTP.']);
  });

  it('right options but not all: "Sebagian benar.", as on screen', async () => {
    const el = await lesson();
    await forward(el, 1);
    await answer(el, 'q-banyak', [0]);
    $(el, '[part="listen"]').click();
    await until(() => spoken.length, 'nothing spoken');
    const said = spoken.slice(spoken.indexOf('Mana tanda pesan penipuan?'));
    expect(said).to.include('Sebagian benar.');
    expect(said).not.to.include('Jawaban Anda belum tepat.');
  });
});
