/**
 * The small parser of inline quizzes and checklists: the child Markdown of a
 * `<langkah-quiz>` or `<langkah-checklist>`, read without marked, yaml, zod
 * or the author-error catalog (≈ 62 KB gzip together), so that a page with
 * inline quizzes downloads a few KB instead.
 *
 * It is not a second grammar: the blocks are cut out by the directive reader
 * of `blocks/directive.ts` and read by the quiz and checklist code of
 * `blocks/`, exactly as the lesson parser does; inline Markdown goes through
 * `blocks/span.ts`, which knows a subset exactly; and the result is checked
 * with the compiled tables of the same zod schemas (`shape.ts`) and the same
 * unique-id rule. What it does not do is word problems: on the first problem,
 * or on anything beyond the subset (prose around the blocks, a tip, HTML, a
 * bare web address), it says why not and the caller asks the lesson parser, which explains every problem with its catalog message and place.
 * A property test holds the two to the same data on every quiz and checklist
 * of modules/ and on generated ones.
 */
import type { Block } from './schema.js';
import { LIMITS } from './limits.js';
import { duplicateIds } from './rules.js';
import { mismatch } from './shape.js';
import { CHECKLIST, QUIZ } from './block-shapes.js';
import { checklist } from './blocks/checklist.js';
import type { BlockContext } from './blocks/context.js';
import { frame, readDirective } from './blocks/directive.js';
import { tooDeep } from './blocks/measure.js';
import { quiz } from './blocks/quiz.js';
import { spans } from './blocks/span.js';

/**
 * Why the small parser handed a snippet over: the code of the first problem
 * (and its offset, when the grammar found it), or `markdown-beyond-subset`.
 * Only a page that cannot load the lesson parser shows it.
 */
export interface Unsure {
  unsure: string;
  at?: number;
}

/** Thrown by the context below on the first problem or the first text beyond the subset. */
class Stop {
  constructor(readonly why: Unsure) {}
}

const context = (origin: WeakMap<object, number>): BlockContext => ({
  limits: LIMITS,
  counters: { quiz: 0, question: 0, checklist: 0, item: 0, block: 0 },
  report(code, at) {
    throw new Stop({ unsure: code, at });
  },
  mark: (node, at) => (origin.set(node, at), node),
  inline(text, at) {
    const out = spans(text);
    if (!out) throw new Stop({ unsure: BEYOND, at });
    return out;
  },
});

const BEYOND = 'markdown-beyond-subset';

/**
 * The blocks of `source` when it holds only `:::quiz` and `:::checklist`
 * blocks, all within the subset and without a problem; otherwise why not
 * (then `parseSnippet` of `markdown.ts` gives the answer, problems and all).
 * @example quickSnippet(':::quiz\n? Q\n- [x] a\n- [ ] b\n:::') // [{ t: 'quiz', … }]
 */
export function quickSnippet(source: string): Block[] | Unsure {
  const src = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Past a third of the size limit, the lesson parser counts the bytes (an inline quiz is never that long).
  if (src.length * 3 > LIMITS.lessonBytes || tooDeep(src, 0, LIMITS.depth)) return { unsure: 'nesting-deep' };
  const origin = new WeakMap<object, number>();
  const ctx = context(origin);
  const blocks: Block[] = [];
  try {
    for (let at = 0; at < src.length; ) {
      const next = src.indexOf('\n', at);
      const end = next < 0 ? src.length : next + 1;
      if (!src.slice(at, end).trim()) {
        at = end;
        continue;
      }
      const token = readDirective(src.slice(at));
      if (token?.type !== 'directive' || (token.name !== 'quiz' && token.name !== 'checklist')) return { unsure: BEYOND, at };
      const attrs = frame(ctx, token, at);
      blocks.push(token.name === 'quiz' ? quiz(ctx, token, at, attrs).quiz : checklist(ctx, token, at, attrs));
      at += token.raw.length;
    }
  } catch (e) {
    if (e instanceof Stop) return e.why;
    throw e;
  }
  // The checks the lesson parser's schema makes on a snippet, wrapped in a step as it wraps it.
  if (!blocks.length) return { unsure: 'step-empty' };
  // Where the deepest node on `path` that has a place came from, as the lesson parser locates a problem.
  const locate = (root: unknown, path: PropertyKey[]) => {
    let at: number | undefined;
    for (const key of path) {
      root = (root as Record<PropertyKey, unknown> | undefined)?.[key];
      if (root && typeof root === 'object' && origin.has(root)) at = origin.get(root);
    }
    return at;
  };
  for (const b of blocks) {
    const wrong = mismatch(b.t === 'quiz' ? QUIZ : CHECKLIST, b);
    if (wrong) return { unsure: wrong.code, at: locate(b, wrong.path) ?? origin.get(b) };
  }
  const twice = duplicateIds([{ id: 's1', blocks }])[0];
  return twice ? { unsure: 'id-duplicate', at: locate([{ blocks }], twice.path) } : blocks;
}
