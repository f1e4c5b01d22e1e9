import { html } from 'lit';
import { fingerprint } from '../../content/hash.js';
import { checked, LoadError } from '../../content/load.js';
import { stepType } from '../../content/registry.js';
import type { Block, Lang, Step } from '../../content/schema.js';
import { LangkahAnswerEvent } from '../../events/answer.js';
import { failed } from '../../internal/loader.js';
import type { LangkahLesson } from './lesson.js';

/**
 * Whether each block's data fitted its type, once checked (a lesson vouches
 * for its blocks, but not for what a step type's data holds).
 */
const fitted = new WeakMap<object, boolean>();

/**
 * Whether the data of a built block fits its registered type: its compiled
 * `shape` (no zod on the page), else its `schema`, else it is taken as it is.
 * When not, the host page gets one `langkah-error` naming the first problem.
 */
function fits(lesson: LangkahLesson, b: Block & { t: 'custom' }): boolean {
  const { shape, schema } = stepType(b.type)!;
  let ok = fitted.get(b);
  if (ok !== undefined) return ok;
  const where = `${b.type} block "${b.id}"`;
  try {
    if (shape) checked(shape, b.data, where, location.href);
    else if (schema && !schema.safeParse(b.data).success) throw new LoadError('content', `the ${where} does not match its schema`, location.href);
    ok = true;
  } catch (e) {
    ok = false;
    failed(lesson, lesson.progress.ids, e as LoadError);
  }
  fitted.set(b, ok);
  return ok;
}

/**
 * Renders a block of a registered step type (see docs/extending.md) and
 * saves what it answers. Few lessons have one, so this loads with the first.
 */
export function custom(lesson: LangkahLesson, b: Block & { t: 'custom' }, step: Step, lang: Lang): unknown {
  const { progress, elements } = lesson;
  let el = elements.get(b.id);
  const tag = stepType(b.type)?.tag;
  if (!el && tag && fits(lesson, b)) {
    try {
      elements.set(b.id, (el = document.createElement(tag)));
    } catch {
      // An invalid tag name: shown as unknown below.
    }
  }
  // Data that does not fit its type gets the broken-content message, as a broken lesson does.
  if (!el) return html`<p class="note">${fitted.get(b) === false ? lesson.t.content : lesson.t.unknownBlock}</p>`;
  const answer = progress.record!.answers[b.id];
  return Object.assign(el, {
    data: b.data,
    blockId: b.id,
    lang,
    answer: answer?.fp === fingerprint(b) ? answer : undefined,
    save: (value: number[], correct: boolean) => {
      const at = Date.now();
      const r = progress.update((d) => {
        d.answers[b.id] = { value, correct, fp: fingerprint(b), at };
      });
      const detail = { ...progress.ids, step: step.id, question: b.id, kind: 'custom' as const, value, correct, score: lesson.score(r), at };
      el!.dispatchEvent(new LangkahAnswerEvent(detail));
    },
  });
}
