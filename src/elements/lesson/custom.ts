import { html } from 'lit';
import { fingerprint } from '../../content/hash.js';
import { stepType } from '../../content/registry.js';
import type { Block, Lang, Step } from '../../content/schema.js';
import { LangkahAnswerEvent } from '../../events/answer.js';
import type { LangkahLesson } from './lesson.js';

/**
 * Renders a block of a registered step type (see docs/extending.md) and
 * saves what it answers. Few lessons have one, so this loads with the first.
 */
export function custom(lesson: LangkahLesson, b: Block & { t: 'custom' }, step: Step, lang: Lang): unknown {
  const { progress, elements } = lesson;
  let el = elements.get(b.id);
  const tag = stepType(b.type)?.tag;
  if (!el && tag) {
    try {
      elements.set(b.id, (el = document.createElement(tag)));
    } catch {
      // An invalid tag name: shown as unknown below.
    }
  }
  if (!el) return html`<p class="note">${lesson.t.unknownBlock}</p>`;
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
