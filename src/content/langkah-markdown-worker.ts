/**
 * Parses a raw Markdown lesson off the page's main thread: the parser chunk
 * (marked, yaml, zod) takes long to start and a long lesson long to parse, and
 * on a slow phone that froze the page. `loadLesson` posts `{ text, lang,
 * file }` and gets `parseLesson`'s result back; when no worker can start, it
 * parses in the page instead.
 */
import { parseLesson } from './markdown.js';
import type { Lang } from './schema.js';

addEventListener('message', (e: MessageEvent<{ text: string; lang: Lang; file: string }>) => {
  const { text, lang, file } = e.data;
  postMessage(parseLesson(text, { lang, file }));
});
