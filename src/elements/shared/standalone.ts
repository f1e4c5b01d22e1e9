/** What a quiz or checklist with a `src` needs to find its block in the lesson: loaded only by such pages. */
import { LoadError } from '../../content/load.js';
import type { Checklist, Lesson, Quiz } from '../../content/schema.js';

/** The quiz or checklist of `lesson` named by the `#id` of `src`, or its first one. */
export function fromLesson<B extends Quiz | Checklist>(lesson: Lesson, src: string, kind: B['t']) {
  const url = new URL(src, document.baseURI);
  const want = url.hash.slice(1);
  const block = lesson.steps.flatMap((s) => s.blocks).find((b): b is B => b.t === kind && (!want || (b as B).id === want));
  if (!block) throw new LoadError('content', `no ${kind}${want ? ` "${want}"` : ''} in this lesson`, url.href);
  const where = (lesson.module ? lesson.module + '/' : '') + lesson.id;
  return {
    block,
    lang: lesson.lang,
    key: `${kind}:${where}#${block.id}@${lesson.lang}`,
    ids: { lesson: lesson.id, ...(lesson.module ? { module: lesson.module } : {}) },
  };
}
