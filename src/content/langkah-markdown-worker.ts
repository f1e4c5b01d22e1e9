/**
 * Parses a raw Markdown lesson off the page's main thread: the parser chunk
 * (marked, yaml, zod) takes long to start and a long lesson long to parse, and
 * on a slow phone that froze the page. `loadLesson` posts `{ text, lang,
 * file }` and gets `parseLesson`'s result back as JSON text: the page's
 * `JSON.parse` of it costs a fraction of what the structured clone of the
 * same tree of small objects cost (the longest task on a slow phone). When
 * no worker can start, the page parses the lesson itself.
 */
import { parseLesson } from './markdown.js';
import type { Lang } from './schema.js';

addEventListener('message', (e: MessageEvent<{ text: string; lang: Lang; file: string }>) => {
  const { text, lang, file } = e.data;
  postMessage(JSON.stringify(parseLesson(text, { lang, file })));
});
