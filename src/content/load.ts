/**
 * Run-time loaders. A lesson arrives as built JSON (the normal, small path) or
 * as raw Markdown (then the parser chunk is fetched on demand). Both are
 * checked against the lesson schema before an element sees them (built JSON
 * by its compiled form, `shape.ts` with the tables of `shapes.ts`, a small
 * chunk fetched beside the lesson; Markdown by zod inside the parser chunk),
 * and relative picture, sound and link URLs are resolved against the lesson's
 * own URL, not the host page.
 */
import type { Problem } from './errors.js';
import type { Block, Lang, Lesson } from './schema.js';
import { mismatch, type Mismatch, type Shape } from './shape.js';
import { isRelative } from './url.js';

/** Why a load failed: the network, the server, or the content itself. */
export type LoadFailure = 'network' | 'http' | 'content';

/** Thrown by the loaders; `kind` lets an element pick a message for the learner. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadFailure,
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Options of `loadLesson`. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** Language of a raw `.md` lesson; guessed from an `/id/` or `/en/` folder in its URL when absent. */
  lang?: Lang;
}

const isMarkdown = (url: URL, type: string | null) => /\.md$/i.test(url.pathname) || /markdown/i.test(type ?? '');

/** The problem a content mismatch is, for the host page's `langkah-error` event. */
export const problemOf = ({ path, code }: Mismatch, file: string): Problem => ({
  code,
  severity: 'error',
  message: `${path.join('.') || '(top)'}: ${code}`,
  file,
});

/** Content that passed a check here: elements need not check it again. */
const passed = new WeakSet<object>();

/** @internal Marks content a loader returns (and its blocks) as checked. */
export const vouch = (...data: object[]): void => data.forEach((d) => passed.add(d));

/** Whether `data` came out of a loader or `checked` (so it fits its shape). */
export const wasChecked = (data: object): boolean => passed.has(data);

/**
 * `data` itself when it fits `shape`; otherwise throws a `LoadError` that
 * says where it departs, for the host page's `langkah-error` event.
 * @example const course = checked<BuiltCurriculum>(BUILT_CURRICULUM, JSON.parse(text), 'curriculum', url);
 */
export function checked<T extends object>(shape: Shape, data: unknown, what: string, where: string): T {
  const wrong = mismatch(shape, data);
  if (wrong) throw new LoadError('content', `the ${what} does not match the ${what} format`, where, undefined, [problemOf(wrong, where)]);
  vouch(data as T);
  return data as T;
}

/** Resolves relative URLs in content against the lesson's URL, so they work from any host page. */
export function resolveUrls(blocks: Block[], base: string): Block[] {
  const abs = (u: string) => (isRelative(u) ? new URL(u, base).href : u);
  const inl = (c: unknown[]): never[] =>
    c.map((n) => {
      if (!n || typeof n !== 'object') return n;
      const node = n as { t: string; href?: string; c?: unknown[] };
      return { ...node, ...(node.href ? { href: abs(node.href) } : {}), ...(node.c ? { c: inl(node.c) } : {}) };
    }) as never[];
  return blocks.map((b): Block => {
    switch (b.t) {
      case 'image':
        return { ...b, src: abs(b.src) };
      case 'p':
      case 'h':
        return { ...b, c: inl(b.c) };
      case 'list':
        return { ...b, items: b.items.map((item) => resolveUrls(item, base)) };
      case 'quote':
      case 'callout':
        return { ...b, c: resolveUrls(b.c, base) };
      default:
        return b;
    }
  });
}

/** Fetches text; network failures and HTTP errors become `LoadError`s. */
export async function fetchText(url: URL, signal?: AbortSignal): Promise<{ text: string; type: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new LoadError('network', `could not reach ${url.href}`, url.href);
  }
  if (!response.ok) throw new LoadError('http', `${url.href} answered ${response.status}`, url.href, response.status);
  return { text: await response.text(), type: response.headers.get('content-type') };
}

/**
 * A lazily loaded chunk that the learner can load again after it failed,
 * without reloading the page; every caller of one chunk shares one copy.
 *
 * Chromium asks the network again when `import()` of a URL failed before;
 * Firefox keeps the failure in the page's module map and fails again at once.
 * So a failed attempt is repeated once with `?n` (1, 2, …) on the URL the browser
 * names in its error: a new entry in the module map, fetched anew, whose own
 * imports still resolve to the modules already loaded (one copy of lit, of the
 * progress store, of each element class). Limit: when the chunk that failed
 * is one that `load`'s chunk imports (a shared chunk), Firefox names that
 * one, which then comes back in its place; the caller fails as it did
 * before, and only a reload helps (no bytes were left in the bundle to check).
 * A failure is a `LoadError` of kind `network`, so the learner sees "Coba
 * lagi" and the host page a `langkah-error`.
 * @example const parser = chunk(() => import('./markdown.js'));
 */
export function chunk<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  let tries = 0;
  let url: string;
  return () =>
    (loading ??= load()
      .catch((e: Error) => ((url = /\w+:\/\/\S+/.exec(e.message)?.[0] ?? '') ? import(/* webpackIgnore: true */ /* @vite-ignore */ `${url}?${++tries}`) : Promise.reject(e)))
      .catch(() => {
        loading = undefined;
        throw new LoadError('network', `could not reach ${url}`, url);
      }));
}

/** The lesson's chunk, once loaded: what `<langkah-lesson>` draws its steps with. */
export let lessonParts: typeof import('../elements/lesson/parts.js') | undefined;

/**
 * The compiled lesson shape (`shapes.ts`, ≈ 1 KB gzip) and the drawing of a
 * lesson's steps (`prose.ts`): a chunk of their own, fetched while the
 * lesson downloads, so the bundle a page needs for a quiz does not carry
 * them. Every lesson waits for it before it shows.
 */
const parts = chunk(() => import('../elements/lesson/parts.js'));
// Kept outside `chunk`'s load: a retry imports the file under another URL (`?n`), and it must set `lessonParts` too
// (else a lesson asked for the chunk again on every render, in a loop that froze the page).
export const contentShapes = () => parts().then((m) => (lessonParts = m));

/**
 * The lesson parser (marked, yaml, zod: ≈ 62 KB gzip), named through a
 * variable rather than a string in `import()`: a bundler follows only the
 * string, and one that does not split code (a plain `esbuild --bundle`)
 * would copy the whole parser into every page that shows a quiz. The file
 * is beside this module, unbundled (`dist/content/`) and in the CDN build
 * (`dist/cdn/`, rollup.config.mjs).
 */
const PARSER = './langkah-markdown-parser.js';

/**
 * The lesson parser, loaded on first use, and again after a failure (see
 * `chunk`); a `LoadError` of kind `network` when the page cannot load it.
 */
export const loadParser: () => Promise<typeof import('./langkah-markdown-parser.js')> = chunk(() => import(/* @vite-ignore */ PARSER));

/** How a page parses a raw `.md` lesson (worker or not): only pages that load one need it. */
const markdown = chunk(() => import('./markdown-load.js'));

/**
 * Fetches and validates one lesson.
 * @example const lesson = await loadLesson('/dist/modules/id/kunci-akun/kode-otp.json');
 */
export async function loadLesson(src: string | URL, opts: LoadOptions = {}): Promise<Lesson> {
  const url = new URL(src, document.baseURI);
  // The lesson's chunk (its shape and drawing) arrives beside it, not after it (a failure counts only if the
  // lesson arrives), and a Markdown lesson's way to its parser too.
  const shapes = contentShapes();
  shapes.catch(() => {});
  if (isMarkdown(url, null)) markdown().catch(() => {});
  const { text, type } = await fetchText(url, opts.signal);
  let lesson: Lesson;
  if (isMarkdown(url, type)) {
    const lang = opts.lang ?? (/\/en\//.test(url.pathname) ? 'en' : 'id');
    const result = await (await markdown()).parseMarkdown(text, lang, url.pathname);
    if (!result.lesson) throw new LoadError('content', 'the lesson has errors', url.href, undefined, result.problems);
    lesson = result.lesson;
    await shapes;
    // Reading the parser's answer and drawing the lesson are two tasks, not one long one.
    await new Promise((r) => setTimeout(r));
  } else {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new LoadError('content', 'the lesson is not valid JSON', url.href, undefined, [
        { code: 'json-syntax', severity: 'error', message: 'not valid JSON', file: url.href },
      ]);
    }
    lesson = checked<Lesson>((await shapes).LESSON, data, 'lesson', url.href);
  }
  const resolved: Lesson = {
    ...lesson,
    steps: lesson.steps.map((s) => ({
      ...s,
      blocks: resolveUrls(s.blocks, url.href),
      ...(s.audio ? { audio: { ...s.audio, src: new URL(s.audio.src, url).href } } : {}),
    })),
  };
  vouch(resolved, ...resolved.steps.flatMap((s) => s.blocks));
  // Resolving every step's URLs (thousands of pictures and links at the limits) and drawing the first step are
  // two tasks, not one long one (issue 10, item 4).
  await new Promise((r) => setTimeout(r));
  return resolved;
}
