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
});
