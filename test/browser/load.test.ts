import { expect, fixture, html } from '@open-wc/testing';
import { LoadError, loadLesson } from '../../src/content/load.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { LoadController } from '../../src/internal/loader.js';
import { $, clearStorage, LESSON, ready, text, until } from './helpers.js';

describe('loadLesson', () => {
  it('parses a raw Markdown lesson in the browser with the lazily loaded parser', async () => {
    const lesson = await loadLesson('/test/fixtures/lessons/id/contoh.md');
    expect(lesson.id).to.equal('contoh');
    expect(lesson.lang).to.equal('id');
    expect(lesson.steps.length).to.be.greaterThan(0);
  });

  it('rejects a missing lesson with an http LoadError', async () => {
    const err = await loadLesson('/test/fixtures/nope.json').catch((e) => e);
    expect(err).to.be.instanceOf(LoadError);
    expect(err.kind).to.equal('http');
    expect(err.status).to.equal(404);
  });
});

describe('a slow network', () => {
  const realFetch = window.fetch;
  const slowAfter = LoadController.slowAfter;
  beforeEach(clearStorage);
  afterEach(() => {
    window.fetch = realFetch;
    LoadController.slowAfter = slowAfter;
  });

  it('"Coba lagi" on the slow notice tries beside the download in progress, never cancelling it', async () => {
    LoadController.slowAfter = 0;
    const signals: AbortSignal[] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    // The first request is slow but arrives; the retry never answers.
    window.fetch = (input, init) => {
      signals.push(init!.signal!);
      return signals.length === 1 ? first.then(() => realFetch(input)) : new Promise(() => {});
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = host.firstElementChild as LangkahLesson;
    await until(() => el.shadowRoot!.querySelector('[part="status"] button'), 'no slow message');
    $(el, '[part="status"] button').click();
    await el.updateComplete;
    expect(signals).to.have.length(2);
    expect(signals[0]!.aborted, 'the first download goes on').to.equal(false);
    release();
    await ready(el);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    // The attempt that lost is given up once the lesson is here.
    expect(signals[1]!.aborted).to.equal(true);
  });
});
