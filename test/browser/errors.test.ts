import { expect, fixture, html } from '@open-wc/testing';
import type { LangkahErrorEvent } from '../../src/events/error.js';
import { LoadController } from '../../src/internal/loader.js';
import { $, clearStorage, collect, LESSON, ready, text, until } from './helpers.js';

type Lesson = HTMLElement & { updateComplete: Promise<boolean> };

/** A lesson element whose errors are collected from the moment it exists. */
async function failing(src: string, attrs = ''): Promise<{ el: Lesson; errors: LangkahErrorEvent[] }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = collect(host, 'langkah-error');
  host.innerHTML = `<langkah-lesson src="${src}" ${attrs}></langkah-lesson>`;
  return { el: host.firstElementChild as Lesson, errors };
}

const alert = (el: Element) => until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error message');

describe('when loading fails', () => {
  const realFetch = window.fetch;
  const slowAfter = LoadController.slowAfter;
  beforeEach(clearStorage);
  afterEach(() => {
    window.fetch = realFetch;
    LoadController.slowAfter = slowAfter;
  });

  it('says kindly that a lesson was not found, offers a retry, and reports the status', async () => {
    const { el, errors } = await failing('/test/fixtures/built/id/uji/tidak-ada.json');
    await alert(el);
    expect(text($(el, '[part="status"] p'))).to.equal('Pelajaran ini tidak ditemukan. Coba lagi nanti.');
    expect(text($(el, '[part="status"] button'))).to.equal('Coba lagi');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'http', severity: 'error', status: 404 });
    expect(errors[0]!.detail.url).to.match(/tidak-ada\.json$/);
    await expect(el).to.be.accessible();
  });

  it('says to check the signal when the network is down', async () => {
    const { el, errors } = await failing('http://127.0.0.1:9/pelajaran.json', 'lang="en"');
    await alert(el);
    expect(text($(el, '[part="status"] p'))).to.equal('Cannot connect. Check your signal or data plan, then try again.');
    expect(errors[0]!.detail).to.include({ kind: 'network', severity: 'error' });
  });

  it('says the lesson is broken when its content is not valid, and tells the developer why', async () => {
    for (const src of ['/test/fixtures/lessons/broken.json', '/test/fixtures/lessons/not-json.json']) {
      const { el, errors } = await failing(src);
      await alert(el);
      expect(text($(el, '[part="status"] p'))).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
      expect(errors[0]!.detail.kind).to.equal('content');
      expect(errors[0]!.detail.problems!.length).to.be.greaterThan(0);
    }
  });

  it('tries again on request and shows the lesson once the network is back', async () => {
    let calls = 0;
    window.fetch = (input, init) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    const { el } = await failing(LESSON);
    await alert(el);
    $(el, '[part="status"] button').click();
    await ready(el as never);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(calls).to.equal(2);
  });

  it('says when loading is slow, keeps waiting, and lets the learner retry', async () => {
    LoadController.slowAfter = 0;
    const signals: AbortSignal[] = [];
    // A server that never answers.
    window.fetch = (_input, init) => {
      signals.push(init!.signal!);
      return new Promise(() => {});
    };
    const { el, errors } = await failing(LESSON);
    // The first drawing comes a task after the element was connected (startup.test.ts).
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).to.equal('Memuat…');
    await until(() => el.shadowRoot!.querySelector('[part="status"] button'), 'no slow message');
    expect(text($(el, '[part="status"] p'))).to.equal('Sinyal lambat. Masih memuat, mohon tunggu…');
    expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
    expect(errors.map((e) => [e.detail.kind, e.detail.severity])).to.deep.equal([['slow', 'warning']]);
    await expect(el).to.be.accessible();
    window.fetch = realFetch;
    LoadController.slowAfter = slowAfter;
    $(el, '[part="status"] button').click();
    await ready(el as never);
    // The first request was given up.
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('gives up a load when the element leaves the page, and loads again when it comes back', async () => {
    const { el } = await failing(LESSON);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await ready(el as never);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
  });
});

describe('when a script hands an element broken content', () => {
  beforeEach(clearStorage);

  it('a lesson says its content is broken, keeps the page working, and tells the developer where', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error');
    const pageErrors: unknown[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.error);
    window.addEventListener('error', onError);
    const el = document.createElement('langkah-lesson') as Lesson & { lesson: unknown };
    el.lesson = { format: 1, id: 'rusak', title: 'Rusak', steps: 'bukan daftar' };
    host.append(el);
    await alert(el);
    window.removeEventListener('error', onError);
    expect(text($(el, '[part="status"] p'))).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'content', severity: 'error' });
    // The first thing missing, in the order of the format: the lesson's goal.
    expect(errors[0]!.detail.problems![0]).to.include({ code: 'invalid_type', message: 'goal: invalid_type' });
    expect(pageErrors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a lesson shows good content a script sets after bad', async () => {
    const el = document.createElement('langkah-lesson') as Lesson & { lesson: unknown };
    el.lesson = { broken: true };
    document.body.append(el);
    await alert(el);
    el.lesson = await (await fetch(LESSON)).json();
    await ready(el as never);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    el.remove();
  });

  it('a quiz with an unsafe link in its data says its content is broken, and where', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error');
    const quiz = document.createElement('langkah-quiz') as Lesson & { data: unknown };
    quiz.data = {
      t: 'quiz',
      id: 'q',
      questions: [{ kind: 'true-false', id: 'tf', prompt: [{ t: 'link', href: 'javascript:alert(1)', c: ['klik'] }], answer: true }],
    };
    host.append(quiz);
    await alert(quiz);
    expect(text($(quiz, '[part="status"] p'))).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
    expect(quiz.shadowRoot!.querySelector('a')).to.equal(null);
    expect(errors[0]!.detail.problems![0]).to.include({ code: 'url-unsafe', message: 'questions.0.prompt.0.href: url-unsafe' });
  });
});
