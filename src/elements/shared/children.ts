/** What a quiz or checklist written as child Markdown needs to read it: loaded only by such pages. */
import { fingerprint } from '../../content/hash.js';
import { parseInline } from '../../content/inline.js';
import { LoadError } from '../../content/load.js';
import type { Checklist, Lang, Quiz } from '../../content/schema.js';

// What a quiz or checklist a script set is checked with: here, where inline ones are checked too.
export { CHECKLIST, QUIZ } from '../../content/block-shapes.js';

/** Removes the indentation that HTML source adds to every line of child Markdown. */
const dedent = (text: string) => {
  const lines = text.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/** The quiz or checklist written as child Markdown of an element (`raw`). */
export async function fromChildren<B extends Quiz | Checklist>(raw: string, kind: B['t'], lang: Lang, id: string) {
  let text = dedent(raw);
  // Bare questions or items are wrapped in their block, so a snippet can be just the lines.
  if (!/^:::/m.test(text)) text = `:::${kind}\n${text}\n:::`;
  const block = (await parseInline(text, lang)).find((b): b is B => b.t === kind);
  if (!block) throw new LoadError('content', `no ${kind} in the child Markdown`, location.href);
  return { block, lang, key: `${kind}:${location.pathname}#${id || fingerprint(block)}@${lang}`, ids: {} };
}

