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
