/**
 * How a page parses a raw Markdown lesson: in a worker, else in the page.
 * A chunk of its own (`load.ts`), so a page of built lessons never carries it.
 */
import type { Lang } from './schema.js';
import { loadParser } from './load.js';
import { stepTypeNames } from './registry.js';

type Parsed = Awaited<ReturnType<(typeof import('./markdown.js'))['parseLesson']>>;

/**
 * Parses a raw Markdown lesson in a worker, so that the page never freezes
 * while the parser starts and runs; in the page itself when a worker cannot
 * start (no module workers, or a policy that forbids them) or the page
 * registered step types.
 */
export async function parseMarkdown(text: string, lang: Lang, file: string): Promise<Parsed> {
  try {
    // A worker cannot see the page's step types: with any registered, the page parses.
    if (stepTypeNames().length) throw 0;
    return await new Promise<Parsed>((resolve, reject) => {
      const worker = new Worker(new URL('./langkah-markdown-worker.js', import.meta.url), { type: 'module' });
      // The worker answers in JSON text: parsing it here is cheaper than copying the structured clone (bench/profile.mjs).
      worker.onmessage = (e: MessageEvent<string>) => (worker.terminate(), resolve(JSON.parse(e.data)));
      worker.onerror = (e) => (e.preventDefault(), worker.terminate(), reject(e));
      worker.postMessage({ text, lang, file });
    });
  } catch {
    const { parseLesson } = await loadParser();
    // Evaluating the parser chunk and parsing are two tasks, not one long one.
    await new Promise((r) => setTimeout(r));
    return parseLesson(text, { lang, file });
  }
}

