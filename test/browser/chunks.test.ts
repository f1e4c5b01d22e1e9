// A lazily loaded chunk that fails (the signal dropped) can be loaded again
// with "Coba lagi", without reloading the page. The test server answers 503
// for every path containing the `offline` cookie's value
// (web-test-runner.config.mjs), so the network is down until the test clears
// the cookie. Chromium asks the network again for a module whose import
// failed; Firefox keeps the failure and fails at once: both must recover.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LangkahErrorEvent } from '../../src/events/error.js';
import { $, clearStorage, collect, forward, LESSON, lesson, ready, text, until } from './helpers.js';

const offline = (part: string) => (document.cookie = `offline=${encodeURIComponent(part)}; path=/`);
const online = () => (document.cookie = 'offline=; path=/; max-age=0');

/** A mark on the page's window: gone if the page reloaded. */
const mark = () => ((window as { stillHere?: boolean }).stillHere = true);
const stillHere = () => (window as { stillHere?: boolean }).stillHere === true;

const network = 'Tidak bisa tersambung. Periksa sinyal atau paket data, lalu coba lagi.';

describe('a lazy chunk that failed to load', function () {
  this.timeout(30000);
  beforeEach(() => {
    clearStorage();
    mark();
  });
  afterEach(online);

  // First: every test of a file shares one page, and a chunk, once loaded, stays.
  it('the lesson chunk (its shape and the drawing of its steps): a built lesson shows "Coba lagi" when it cannot load, and opens on it', async () => {
    offline('src/elements/lesson/parts.');
    const errors = collect(document, 'langkah-error') as LangkahErrorEvent[];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = host.firstElementChild as HTMLElement;
    await until(() => el.shadowRoot?.querySelector('[role="alert"] button'), 'no "Coba lagi"');
    expect(text(el.shadowRoot!.querySelector('[role="alert"] p')!)).to.equal(network);
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['network']);
    await expect(el).to.be.accessible();

    online();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await ready(el as never);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(stillHere()).to.equal(true);
  });

  it('the Markdown worker and parser: a raw .md lesson shows "Coba lagi", and loads on it', async () => {
    offline('markdown');
    const errors = collect(document, 'langkah-error') as LangkahErrorEvent[];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<langkah-lesson src="/test/fixtures/lessons/id/contoh.md"></langkah-lesson>';
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await until(() => el.shadowRoot?.querySelector('[role="alert"] button'), 'no "Coba lagi"');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(text(el.shadowRoot!.querySelector('[role="alert"] p')!)).to.equal(network);
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['network']);

    online();
    button.click();
    await ready(el as never);
    // The lesson is there, without the failure's message (its picture, missing on purpose, has its own "Coba lagi").
    expect(el.shadowRoot!.querySelector('[part~="step"] h3')).to.not.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[role="alert"] p')].map(text)).to.not.include(network);
    expect(errors.filter((e) => e.detail.kind !== 'media').length, 'one langkah-error for one failure').to.equal(1);
    expect(stillHere()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the quiz and checklist code: an inline quiz shows "Coba lagi", and loads on it, beside a lesson that keeps its place', async () => {
    const page = await lesson();
    await forward(page, 1);
    const step = text($(page, '[part~="step"]'));
    offline('src/elements/shared/children.');
    const errors = collect(document, 'langkah-error') as LangkahErrorEvent[];
    const quiz = await fixture<HTMLElement>(html`<langkah-quiz id="kuis-chunk">
      <template>
        ? Apa arti OTP?
        - [x] Kode sekali pakai
        - [ ] Nomor rekening
      </template>
    </langkah-quiz>`);
    await until(() => quiz.shadowRoot?.querySelector('[role="alert"] button'), 'no "Coba lagi"');
    const button = quiz.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(text(quiz.shadowRoot!.querySelector('[role="alert"] p')!)).to.equal(network);
    expect(text(button)).to.equal('Coba lagi');
    expect(errors.map((e) => [e.detail.kind, e.detail.severity])).to.deep.equal([['network', 'error']]);
    await expect(quiz).to.be.accessible();

    online();
    button.click();
    await until(() => quiz.shadowRoot!.querySelector('fieldset'), 'the quiz did not load on "Coba lagi"');
    expect(text(quiz.shadowRoot!.querySelector('legend')!)).to.equal('Apa arti OTP?');
    expect(errors.length, 'one langkah-error for one failure').to.equal(1);
    expect(stillHere(), 'the page did not reload').to.equal(true);
    expect(text($(page, '[part~="step"]')), 'the lesson kept its step').to.equal(step);
    await expect(quiz).to.be.accessible();
  });

  it('the course elements: <langkah-curriculum> shows "Coba lagi" in its place, and becomes the course on it', async () => {
    offline('elements/curriculum/curriculum.');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error') as LangkahErrorEvent[];
    host.innerHTML = '<langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>';
    const el = host.firstElementChild as HTMLElement;
    await until(() => el.querySelector('[role="alert"] button'), 'no "Coba lagi"');
    const button = el.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(text(el.querySelector('[role="alert"] p')!)).to.equal(network);
    expect(text(button)).to.equal('Coba lagi');
    expect(errors.map((e) => [e.detail.kind, e.detail.severity])).to.deep.equal([['network', 'error']]);
    expect(customElements.get('langkah-curriculum')).to.equal(undefined);
    await expect(host).to.be.accessible();

    // Still offline: "Coba lagi" fails again, says so again, and stays.
    button.click();
    await until(() => errors.length === 2, 'a second failure is reported');
    online();
    el.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await customElements.whenDefined('langkah-curriculum');
    await until(() => el.shadowRoot?.querySelector('.modules'), 'the course did not render');
    expect(errors.length).to.equal(2);
    expect(stillHere()).to.equal(true);
    // The message in the light DOM is not shown once the element has its shadow root.
    expect(el.querySelector<HTMLElement>('[role="alert"]')?.offsetHeight ?? 0).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
