import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { LangkahQuiz } from '../../src/elements/quiz/quiz.js';
import type { Lesson, Quiz } from '../../src/content/schema.js';
import { $, $$, clearStorage, collect, frame, LESSON, lessonsReady, ready, text, until } from './helpers.js';

/** A tag not defined yet, for an element created before its class is registered (as a framework may). */
let n = 0;
const fresh = (name: string) => `x-${name}-${Date.now()}-${n++}`;
const built = async () => (await (await fetch(LESSON)).json()) as Lesson;

describe('embedding by frameworks', () => {
  beforeEach(clearStorage);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps a lesson object set before the element was defined, and shows it once it is', async () => {
    const lesson = await built();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tag = fresh('lesson');
    const el = document.createElement(tag) as LangkahLesson;
    el.lesson = lesson;
    host.append(el);
    customElements.define(tag, class extends LangkahLesson {});
    await ready(el);
    expect(text($(el, 'h2'))).to.equal(lesson.title);
    expect(el.lesson).to.equal(lesson);
    expect(el.hasAttribute('lesson')).to.equal(false);
  });

  it('keeps quiz data set before the element was defined', async () => {
    const quiz = (await built()).steps.flatMap((s) => s.blocks).find((b): b is Quiz => b.t === 'quiz')!;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tag = fresh('quiz');
    const el = document.createElement(tag) as LangkahQuiz;
    el.data = quiz;
    host.append(el);
    customElements.define(tag, class extends LangkahQuiz {});
    await until(() => el.shadowRoot?.querySelector('[part~="question"]'), 'the quiz did not render');
    expect($$(el, '[part~="question"]')).to.have.length(quiz.questions.length);
  });

  for (const [tag, name] of [
    ['langkah-lesson', 'lesson'],
    ['langkah-quiz', 'data'],
  ] as const) {
    it(`refuses "[object Object]" in the ${name} attribute of <${tag}> (React before the tag is defined): a kind message and a langkah-error`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = collect(host, 'langkah-error');
      host.innerHTML = `<${tag} ${name}="[object Object]"></${tag}>`;
      const el = host.firstElementChild!;
      await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error message');
      expect(text($(el, '[part="status"] p'))).to.equal('Maaf, isi pelajaran ini ada yang rusak. Coba lagi nanti.');
      await waitUntil(() => errors.length, 'no langkah-error');
      expect(errors[0]!.detail).to.include({ kind: 'content', severity: 'error' });
      expect(errors[0]!.detail.message).to.equal(`${name}="[object Object]": set it as a property`);
      await expect(el).to.be.accessible();
    });
  }

  it('takes over a lesson rendered on a server: the placeholder shows first, then the lesson, once', async () => {
    const f = await frame('/test/fixtures/pages/ssr.html');
    const [el] = await lessonsReady(f.contentDocument!);
    expect((f.contentWindow as Window & { placeholder?: string }).placeholder).to.equal('Memuat…');
    expect(el!.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(el!.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });

  it('langkah/define/quiz.js registers the quiz and nothing else', async () => {
    const f = await frame('/test/fixtures/pages/quiz-only.html');
    const win = f.contentWindow as Window & typeof globalThis;
    const quiz = f.contentDocument!.querySelector('langkah-quiz')!;
    await until(() => quiz.shadowRoot?.querySelector('[part~="question"]'), 'the quiz did not render');
    expect(win.customElements.get('langkah-lesson')).to.equal(undefined);
    expect(win.customElements.get('langkah-checklist')).to.equal(undefined);
  });
});
