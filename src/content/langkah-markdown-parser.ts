/**
 * The lesson parser as one file of its own, for pages that parse in the page
 * itself: inline quizzes the small parser hands over (`snippet.ts`), and raw
 * `.md` lessons when no worker can start. `load.ts` imports it by a name the
 * bundlers cannot follow, so that it never lands in a page's bundle; the CDN
 * build ships it as `dist/cdn/langkah-markdown-parser.js` (rollup.config.mjs).
 */
export { parseLesson, parseSnippet } from './markdown.js';
