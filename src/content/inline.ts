/**
 * Inline quizzes and checklists: the child Markdown of `<langkah-quiz>` and
 * `<langkah-checklist>`. The small parser (`snippet.ts`) reads it; what it
 * hands over (a problem to explain, Markdown beyond its subset) goes to the
 * lesson parser, loaded only then.
 */
import type { Problem } from './errors.js';
import { LoadError, loadParser, resolveUrls, vouch } from './load.js';
import type { Block, Lang } from './schema.js';
import { quickSnippet, type Unsure } from './snippet.js';

/**
 * Parses inline Markdown into blocks; a `LoadError` with every problem when
 * it has errors.
 * @example const [quiz] = await parseInline(':::quiz\n? Q\n- [x] a\n- [ ] b\n:::', 'id');
 */
export async function parseInline(markdown: string, lang: Lang): Promise<Block[]> {
  let blocks = quickSnippet(markdown);
  if (!Array.isArray(blocks)) {
    const { parseSnippet } = await loadParser().catch((e: LoadError) => unexplained(e, blocks as Unsure, markdown));
    const parsed = parseSnippet(markdown, { lang, file: 'inline' });
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new LoadError('content', 'the inline content has errors', document.baseURI, undefined, errors);
    blocks = parsed.blocks;
  }
  const resolved = resolveUrls(blocks, document.baseURI);
  vouch(...resolved);
  return resolved;
}

/**
 * When the lesson parser cannot load (a bundle that left it out), the
 * problem the small parser stopped at, by its code and line: less than the
 * lesson parser would say, but `npx langkah check` says the rest.
 */
function unexplained(e: LoadError, quick: Unsure, text: string): never {
  const line = quick.at === undefined ? 1 : text.slice(0, quick.at).split('\n').length;
  const problem: Problem = { code: quick.unsure, severity: 'error', message: quick.unsure, file: 'inline', line };
  throw new LoadError('content', `the inline content needs the Markdown parser (${e.url})`, document.baseURI, undefined, [problem]);
}
