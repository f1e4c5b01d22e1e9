/** What a quiz or checklist on its own needs to find its content: loaded only by such pages. */
import { fingerprint } from '../../content/hash.js';
import { LoadError, parseInline } from '../../content/load.js';
import type { Checklist, Lang, Lesson, Quiz } from '../../content/schema.js';

/** Removes the indentation that HTML source adds to every line of child Markdown. */
const dedent = (text: string) => {
  const lines = text.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/**
 * The quiz or checklist written as child Markdown of an element (`raw`).
 * Loaded with the Markdown parser it needs anyway, so pages with built
 * lessons do not carry it.
 */
export async function fromChildren<B extends Quiz | Checklist>(raw: string, kind: B['t'], lang: Lang, id: string) {
  let text = dedent(raw);
  // Bare questions or items are wrapped in their block, so a snippet can be just the lines.
  if (!/^:::/m.test(text)) text = `:::${kind}\n${text}\n:::`;
  const block = (await parseInline(text, lang)).find((b): b is B => b.t === kind);
  if (!block) throw new LoadError('content', `no ${kind} in the child Markdown`, location.href);
  return { block, lang, key: `${kind}:${location.pathname}#${id || fingerprint(block)}@${lang}`, ids: {} };
}

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
