/**
 * Drives a course page in Chromium as a learner would: opens a lesson from
 * the path, reads every step, answers every question right, and reaches the
 * summary. Used by the end-to-end tests of the SCORM and cmi5 packages, on the
 * in-page helpers of pack-helpers.ts (install PAGE_HELPERS first).
 */
import type { Frame, Page } from 'puppeteer-core';
import type { Lesson } from '../../src/content/schema.js';
import { rightAnswer, WAIT } from './pack-helpers.js';

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
      const { picks, order } = rightAnswer(questions.get(id)!);
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
