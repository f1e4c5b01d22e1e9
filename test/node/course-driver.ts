/**
 * Drives a course page in Chromium as a learner would: opens a lesson from
 * the path, reads every step, answers every question right by the words on
 * the screen (options may be shuffled), and reaches the summary. Shared by the
 * end-to-end tests of the offline pack and the SCORM package.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { Lesson, Question } from '../../src/content/schema.js';
import { plain } from '../../src/internal/content.js';

const WAIT = { timeout: 30_000 };

/** Helpers installed in the course's page (the page itself, or the SCO's frame). */
export const COURSE_HELPERS = `
  window.__course = () => document.querySelector('langkah-curriculum')?.shadowRoot;
  window.__lesson = () => window.__course()?.querySelector('langkah-lesson')?.shadowRoot;
  window.__state = (ref) => window.__course()?.querySelector('[data-ref="' + ref + '"]')?.closest('li')?.className.replace('lesson', '').trim();
  window.__questions = () => [...(window.__lesson()?.querySelectorAll('langkah-quiz') ?? [])]
    .flatMap((quiz) => [...quiz.shadowRoot.querySelectorAll('fieldset[data-q]')].map((f) => f.dataset.q));
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  // Answers question id: ticks the options whose words are in picks, or moves the items into order; returns the verdict.
  window.__answer = async (id, picks, order) => {
    const quiz = [...window.__lesson().querySelectorAll('langkah-quiz')].find((q) => q.shadowRoot.querySelector('[data-q="' + id + '"]'));
    const question = () => quiz.shadowRoot.querySelector('[data-q="' + id + '"]');
    if (order) {
      for (let pos = 0; pos < order.length; pos++) {
        for (let moves = 0; ; moves++) {
          const texts = [...question().querySelectorAll('li .text')].map((t) => norm(t.textContent));
          const at = texts.indexOf(order[pos]);
          if (at < 0 || moves > order.length) throw new Error('cannot place "' + order[pos] + '" among ' + JSON.stringify(texts));
          if (at === pos) break;
          question().querySelectorAll('li')[at].querySelector('button.up').click();
          await quiz.updateComplete;
        }
      }
    } else {
      for (const label of question().querySelectorAll('label')) {
        if (picks.includes(norm(label.textContent).replace(/ [✓✗]$/, ''))) {
          label.querySelector('input').click();
          await quiz.updateComplete;
        }
      }
    }
    question().querySelector('button.primary').click();
    await quiz.updateComplete;
    return question().querySelector('[part="feedback"]').classList.contains('right');
  };
`;

const text = (t: Parameters<typeof plain>[0]) => plain(t).replace(/\s+/g, ' ').trim();

/** The right answer to `q`, by the words the learner sees. */
export function rightAnswer(q: Question, yes = 'Benar', no = 'Salah'): { picks: string[]; order?: string[] } {
  switch (q.kind) {
    case 'order':
      return { picks: [], order: q.items.map(text) };
    case 'true-false':
      return { picks: [q.answer ? yes : no] };
    default:
      return { picks: q.options.flatMap((o) => (o.correct ? [text(o.text)] : [])) };
  }
}

/**
 * Opens the lesson `ref` from the course path in `frame` and takes it to its
 * summary, answering every question right. Returns the ids answered.
 */
export async function runLesson(frame: Page | Frame, ref: string, lesson: Lesson): Promise<string[]> {
  await frame.evaluate(`window.__course().querySelector('[data-ref=${JSON.stringify(ref)}]').click()`);
  await frame.waitForFunction(`window.__lesson()?.querySelector('[part~="step"] h3')`, WAIT);
  const questions = new Map(lesson.steps.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'quiz' ? b.questions : []))).map((q) => [q.id, q]));
  const answered: string[] = [];
  for (let step = 0; step <= lesson.steps.length; step++) {
    if (await frame.evaluate(`!!window.__lesson().querySelector('[part~="summary"]')`)) break;
    for (const id of (await frame.evaluate('window.__questions()')) as string[]) {
      const { picks, order } = rightAnswer(questions.get(id)!, lesson.lang === 'en' ? 'True' : 'Benar', lesson.lang === 'en' ? 'False' : 'Salah');
      const right = await frame.evaluate(`window.__answer(${JSON.stringify(id)}, ${JSON.stringify(picks)}, ${JSON.stringify(order ?? null)})`);
      if (right !== true) throw new Error(`${id} was not answered right`);
      answered.push(id);
    }
    const counter = await frame.evaluate(`window.__lesson().querySelector('.counter').textContent`);
    await frame.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
    await frame.waitForFunction(`window.__lesson().querySelector('.counter').textContent !== ${JSON.stringify(counter)}`, WAIT);
  }
  return answered;
}
