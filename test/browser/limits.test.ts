import { expect, fixture, html } from '@open-wc/testing';
import type { LangkahErrorEvent } from '../../src/events/error.js';
import { clearStorage, collect, ready, text, until } from './helpers.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';

const HEAD = `---
id: besar
title: Pelajaran besar
goal: Anda tahu satu hal.
duration: 3
checked: 2026-11
sources:
  - https://faq.whatsapp.com/1131652977717250/
---

## Langkah satu

`;

/** A lesson element whose `.md` source is `body`, served by a stand-in fetch; its errors are collected. */
async function rawLesson(body: string, attrs = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = collect(host, 'langkah-error');
  host.innerHTML = `<langkah-lesson src="/uji/id/besar.md" ${attrs}></langkah-lesson>`;
  return { el: host.firstElementChild as LangkahLesson, errors };
}

describe('a raw Markdown lesson past the limits', function () {
  // The parser chunk loads and parses tens of KB: slow on a busy test machine, not a timing under test.
  this.timeout(40_000);
  const realFetch = window.fetch;
  let served = '';
  beforeEach(() => {
    clearStorage();
    window.fetch = (input, init) =>
      String(input).endsWith('/uji/id/besar.md') ? Promise.resolve(new Response(served, { headers: { 'content-type': 'text/markdown' } })) : realFetch(input, init);
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('refuses a lesson over 64 KB with the "broken content" message, in both languages, and a langkah-error', async () => {
    served = `${HEAD}${'Kata demi kata. '.repeat(4200)}\n`;
    for (const [lang, message] of [
      ['id', 'Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.'],
      ['en', 'Sorry, part of this lesson is broken. Try again later.'],
    ]) {
      const { el, errors } = await rawLesson(served, `lang="${lang}"`);
      await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error message');
      expect(text(el.shadowRoot!.querySelector('[part="status"] p')!)).to.equal(message);
      // (A busy machine may add a "slow" notice first; the error is the one that counts.)
      const failed = errors.filter((e) => e.detail.severity === 'error');
      expect(failed).to.have.length(1);
      expect(failed[0]!.detail.kind).to.equal('content');
      expect(failed[0]!.detail.problems!.map((p) => p.code)).to.deep.equal(['lesson-too-large']);
      await expect(el).to.be.accessible();
    }
  });

  it('refuses a step that draws more than 150 parts (well under 5 KB) with the "broken content" message and a langkah-error, and shows one at the limit', async () => {
    // A paragraph and its emphasised words: one part each (LIMITS.stepParts in src/content/limits.ts).
    served = `${HEAD}Kata ${'*penting* '.repeat(150)}\n`;
    const busy = await rawLesson(served);
    await until(() => busy.el.shadowRoot?.querySelector('[role="alert"]'), 'no error message');
    expect(text(busy.el.shadowRoot!.querySelector('[part="status"] p')!)).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
    const failed = busy.errors.filter((e) => e.detail.severity === 'error');
    expect(failed).to.have.length(1);
    expect(failed[0]!.detail.kind).to.equal('content');
    // (150 words is also the warning of a step too long to read on one screen.)
    expect(failed[0]!.detail.problems!.filter((p) => p.severity === 'error').map((p) => p.code)).to.deep.equal(['step-too-many-parts']);

    served = `${HEAD}Kata ${'*penting* '.repeat(149)}\n`;
    const fits = await rawLesson(served);
    await ready(fits.el);
    expect(fits.errors.filter((e) => e.detail.severity === 'error')).to.have.length(0);
    expect(fits.el.shadowRoot!.querySelectorAll('[part~="step"] em')).to.have.length(149);
  });

  it('refuses 10 KB of nested quotes without a stack overflow, and still shows a lesson just within the limits', async () => {
    served = `${HEAD}${'>'.repeat(10_000)} x\n`;
    const deep = await rawLesson(served);
    await until(() => deep.el.shadowRoot?.querySelector('[role="alert"]'), 'no error message');
    expect(deep.errors.filter((e) => e.detail.severity === 'error')[0]!.detail.problems!.map((p) => p.code)).to.deep.equal(['nesting-deep']);

    // Just within the limits: 62 KB in steps of just under 5 KB, the most one step may hold.
    const words = `${'Kata demi kata. '.repeat(300)}\n\n`;
    served = HEAD + words + Array.from({ length: 12 }, (_, i) => `## Langkah ${i + 2}\n\n${words}`).join('');
    expect(served.length).to.be.within(60_000, 64 * 1024);
    const fits = await rawLesson(served);
    await ready(fits.el);
    expect(fits.errors.filter((e) => e.detail.severity === 'error')).to.have.length(0);
  });

  it('resolves a lesson\'s pictures in a task of its own, before the task that draws the first step (issue 10, item 4)', async () => {
    // 50 relative pictures a step (the limit: 3 parts each): resolving every step's URLs and drawing a step are two long pieces of work.
    served = `${HEAD}${'![Foto dagangan](foto.png)\n\n'.repeat(49)}## Langkah dua\n\n${'![Foto dagangan](foto.png)\n\n'.repeat(49)}`;
    const RealURL = window.URL;
    let resolved = 0;
    let inResolvingTask = false;
    // Timers of equal delay run in the order they were set: this one ends the task that resolved the last picture.
    window.URL = class extends RealURL {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        if (url === 'foto.png') (resolved++, (inResolvingTask = true), setTimeout(() => (inResolvingTask = false)));
      }
    } as typeof URL;
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      let drawnInResolvingTask: boolean | undefined;
      host.addEventListener('langkah-progress', () => (drawnInResolvingTask ??= inResolvingTask));
      host.innerHTML = '<langkah-lesson src="/uji/id/besar.md"></langkah-lesson>';
      await ready(host.firstElementChild as LangkahLesson);
      expect(resolved).to.equal(98);
      expect(drawnInResolvingTask).to.equal(false);
    } finally {
      window.URL = RealURL;
    }
  });

  it('draws a step of many pictures without looking up the page\'s language once per picture (issue 10, item 4)', async () => {
    // Pictures that load (a failed one shows a placeholder in the interface's words); 49 fit in a step (3 parts each).
    served = `${HEAD}${'![Warung](/test/fixtures/built/assets/uji/id/images/warung.svg)\n\n'.repeat(49)}`;
    const { el } = await rawLesson(served);
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="step"] img')).to.have.length(49);
    const real = Element.prototype.getAttribute;
    let lookups = 0;
    Element.prototype.getAttribute = function (this: Element, name: string) {
      if (name === 'lang') lookups++;
      return real.call(this, name);
    };
    try {
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      Element.prototype.getAttribute = real;
    }
    // The step is drawn again (its 49 pictures as templates); the language is looked up a few times, not per picture.
    expect(lookups).to.be.greaterThan(0);
    expect(lookups).to.be.lessThan(49);
  });

  it('draws pictures that fail to load together, not the whole step once per picture (review 10, F1)', async () => {
    // 30 different pictures that are not on the server (a folder missing, or the signal gone).
    served = `${HEAD}${Array.from({ length: 30 }, (_, k) => `![Foto ${k}](/tidak-ada/foto-${k}.png)\n\n`).join('')}`;
    const { el, errors } = await rawLesson(served);
    await ready(el);
    let drawn = 0;
    el.addController({ hostUpdated: () => void drawn++ });
    await until(() => el.shadowRoot!.querySelectorAll('[part~="step"] .ph[role="alert"]').length === 30, 'not every placeholder shown');
    // The host page still hears of each picture, once.
    expect(errors.filter((e) => e.detail.kind === 'media')).to.have.length(30);
    expect(drawn, `${drawn} drawings`).to.be.lessThan(6);
  });
});
