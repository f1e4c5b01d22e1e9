import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import { langOf } from '../../src/i18n/localize.js';
import { $, $$, clearStorage, forward, LESSON, quizzes, ready, text, until } from './helpers.js';

async function lessonIn(markup: string) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  return ready(host.querySelector('langkah-lesson')!);
}

describe('interface language', () => {
  const htmlLang = document.documentElement.lang;
  beforeEach(clearStorage);
  afterEach(() => (document.documentElement.lang = htmlLang));

  it('is Bahasa Indonesia by default', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await lessonIn(`<langkah-lesson src="${LESSON}"></langkah-lesson>`);
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5');
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('comes from the closest ancestor with lang, before <html lang>', async () => {
    document.documentElement.lang = 'id';
    const el = await lessonIn(`<section lang="en-GB"><div><langkah-lesson src="${LESSON}"></langkah-lesson></div></section>`);
    expect(text($(el, '.counter'))).to.equal('Step 1 of 5');
  });

  it('comes from <html lang> when nothing closer says', async () => {
    document.documentElement.lang = 'en';
    const el = await lessonIn(`<langkah-lesson src="${LESSON}"></langkah-lesson>`);
    expect($$(el, 'nav button').map(text)).to.deep.equal(['Next →']);
  });

  it('comes from the element first, and follows a change of it', async () => {
    document.documentElement.lang = 'en';
    const el = await lessonIn(`<langkah-lesson lang="id" src="${LESSON}"></langkah-lesson>`);
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '.counter'))).to.equal('Step 1 of 5');
    await forward(el, 2);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    // Quizzes inside a lesson speak its language: true/false answers and buttons.
    expect([...quiz.shadowRoot!.querySelectorAll('fieldset')[0]!.querySelectorAll('label')].map(text)).to.deep.equal(['True', 'False']);
    expect(text(quiz.shadowRoot!.querySelector('fieldset > button')!)).to.equal('Check answer');
  });

  it('follows <html lang> changed at run time, in a lesson and in a quiz on its own', async () => {
    document.documentElement.lang = 'id';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson><langkah-quiz><template>? Benar? {#q1}\n- [x] Ya\n- [ ] Tidak</template></langkah-quiz>`;
    const el = await ready(host.querySelector('langkah-lesson')!);
    const quiz = host.querySelector('langkah-quiz')!;
    await until(() => quiz.shadowRoot?.querySelector('fieldset > button'), 'the quiz did not render');
    expect(text($(el, '.counter'))).to.equal('Langkah 1 dari 5');
    expect(text($(quiz, 'fieldset > button'))).to.equal('Periksa jawaban');
    document.documentElement.lang = 'en';
    await until(() => text($(el, '.counter')) === 'Step 1 of 5', 'the lesson did not follow <html lang>');
    await until(() => text($(quiz, 'fieldset > button')) === 'Check answer', 'the quiz did not follow <html lang>');
  });

  it('falls back to Bahasa Indonesia for a language it does not have', () => {
    const el = document.createElement('span');
    el.lang = 'fr';
    document.body.append(el);
    expect(langOf(el)).to.equal('id');
    el.lang = 'EN-us';
    expect(langOf(el)).to.equal('en');
    el.remove();
  });

  it('has every string in both dictionaries, and none empty', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(id).sort());
    for (const dict of [id, en]) {
      for (const [key, value] of Object.entries(dict)) {
        const sample = typeof value === 'function' ? (value as (...n: number[]) => string)(1, 2, 3) : value;
        expect(sample, key).to.be.a('string').and.not.equal('');
      }
    }
    expect(id.stepOf(2, 5)).to.equal('Langkah 2 dari 5');
    expect(en.stepOf(2, 5)).to.equal('Step 2 of 5');
  });
});
