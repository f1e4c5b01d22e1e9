/**
 * `langkah build … --prerender`: each lesson's first step as HTML, rendered by
 * the Lit team's server renderer (`@lit-labs/ssr`) from the very element the
 * browser runs, so a learner reads it before any script has arrived:
 *
 *   <link rel="preload" href="id/mod/lesson.json" as="fetch" crossorigin>
 *   <langkah-lesson prerendered lang="id" src="id/mod/lesson.json">
 *     <template shadowrootmode="open">
 *       <style>…</style> … the first step … <link rel="stylesheet" href="langkah-lesson.css">
 *     </template>
 *   </langkah-lesson>
 *
 * When the bundle arrives, the element takes that markup over as it is
 * (`src/elements/lesson/hydrate.ts`). The styles are inside (Lit's usual
 * `<style>`: painted with the page) and also a file beside the fragments
 * (`langkah-lesson.css`, `langkah-quiz.css`, …), linked after the step, for a
 * strict Content-Security-Policy that does not list the `<style>`'s hash
 * (`styleHash`; `langkah build` prints it). `fragmentHead` writes what comes
 * before the element. URLs in a fragment are relative to the output folder,
 * as `src` in index.json is, or, with `--base` (`fragmentBase`), absolute
 * under the address the partner serves that folder at.
 */
import { createHash } from 'node:crypto';
import type { Lesson } from '../content/schema.js';
import { lessonKey } from '../progress/keys.js';
import { minifyCss } from './minify-css.js';
import { esc } from '../builder/pack-files.js';
import { STEPS_CSS, waitText, withoutScript, withoutScriptContent } from './prerender-steps.js';

/**
 * Block-level tags, as in scripts/minify-html.mjs: keep the two the same
 * (test/node/prerender.test.ts renders against the built bundle's templates).
 */
const BLOCK = /^(p|div|section|article|header|footer|nav|fieldset|legend|ul|ol|li|h[1-6]|details|summary|form|table|tr|td|th)$/;

/**
 * A template's strings as the CDN bundle has them: scripts/minify-html.mjs
 * turns each line break with its indentation into one space, or into nothing
 * beside a block-level tag. Lit hydrates a server's markup only when the
 * browser's template has the very same strings (its digest marks each part).
 */
export function minifyStrings(strings: readonly string[]): string[] {
  let out = '';
  const parts: string[] = [];
  for (const s of strings) {
    let part = '';
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== '\n') {
        part += s[i];
        continue;
      }
      let j = i + 1;
      while (j < s.length && /[ \t]/.test(s[j]!)) j++;
      const before = (out + part).slice(-200);
      if (!(BLOCK.test(/<\/?([a-z0-9]+)[^<]*>$/.exec(before)?.[1] ?? '') || BLOCK.test(/^<\/?([a-z0-9]+)/.exec(s.slice(j, j + 20))?.[1] ?? ''))) part += ' ';
      i = j - 1;
    }
    parts.push(part);
    // An expression stands between two strings: as in the bundle's code, no tag ends there.
    out += part + '${}';
  }
  return parts;
}

const minified = new WeakMap<readonly string[], string[]>();

/** `value` with every template's strings as the bundle has them (the same array for the same template). */
function asBundled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asBundled);
  const r = value as { _$litType$?: number; strings?: readonly string[]; values?: unknown[] } | null;
  if (!r || typeof r !== 'object' || r._$litType$ !== 1 || !r.strings) return value;
  let strings = minified.get(r.strings);
  if (!strings) minified.set(r.strings, (strings = Object.assign(minifyStrings(r.strings), { raw: minifyStrings(r.strings) })));
  return { ...r, strings, values: r.values!.map(asBundled) };
}

/** The stylesheet of element `tag`, as a fragment's shadow root links it (relative to the output folder). */
export const styleFile = (tag: string): string => `${tag}.css`;

/**
 * An element's styles in its shadow root: inside, as a `<style>` before the
 * content, so that the step is drawn in its styles with the page itself (no
 * second round trip: a linked stylesheet holds the first paint back until it
 * arrives); and linked after the content, for a page whose
 * Content-Security-Policy does not list the `<style>`'s hash (`styleHash`):
 * there the browser skips the `<style>`, and the file, which does not hold the
 * paint back from there, styles the step a round trip later.
 */
function shadowStyles(tag: string, css: string, base = ''): { before: string; after: string } {
  if (/<\/style/i.test(css)) throw new Error(`the styles of <${tag}> hold "</style"`);
  return { before: `<style>${css}</style>`, after: `<link rel="stylesheet" href="${base}${styleFile(tag)}">` };
}

/**
 * `--base`: where the partner serves the output folder, for fragments pasted
 * into pages elsewhere (a CMS): an http(s) address or a path from the site's
 * root, ending in `/` (added when missing). Every URL a fragment writes (the
 * lesson's JSON, its preload, the linked stylesheet, pictures) then starts
 * with it. Anything else is refused: it goes into attributes as it is.
 */
export function fragmentBase(base: string): string {
  const ok = /^(https?:\/\/[^/\s"'<>\\?#&]+|\/(?![/\\]))[^\s"'<>\\?#&]*$/i.test(base) && URL.canParse(base, 'https://site.invalid/');
  if (!ok) throw new Error(`--base is the address the output folder is served at: http(s)://… or a path from the site's root such as /langkah/, not "${base}"`);
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * An element's stylesheets as one text, minified as the CDN bundle has them
 * (minify-css.ts): the fragment's `<style>`, the linked file and the CSP's
 * hash all carry this text.
 */
export const elementCss = (styles: { cssText: string }[]): string => minifyCss(styles.map((s) => s.cssText).join('\n'));

/** The CSP source that allows a fragment's `<style>` of `css`: `'sha256-…'` for style-src. */
export const styleHash = (css: string): string => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/**
 * The chunks of the CDN bundle that a prerendered lesson loads before its
 * Next works, as `langkah.js` names them: Lit's hydration (`hydrate`) with
 * the chunks it imports, the drawing of steps (`parts`), and for an English
 * lesson its words (`en`). Read from `dist/cdn/` beside this file (the
 * package's, or the project's after `npm run build`), so a fragment names the
 * files of the very version that built it.
 */
export async function bundleChunks(lang: string, cdn = bundleFolder(), hydrating = true): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const read = (file: string) => readFileSync(new URL(file, cdn), 'utf8');
  let entry: string;
  try {
    entry = read('langkah.js');
  } catch {
    throw new Error(`--bundle needs the built bundle: no langkah.js in ${cdn.pathname} (npm run build)`);
  }
  const names = [...(hydrating ? ['hydrate'] : []), 'parts', ...(lang === 'en' ? ['en'] : [])];
  const files: string[] = [];
  const add = (file: string) => {
    if (file === 'langkah.js' || files.includes(file)) return;
    files.push(file);
    for (const [, dep] of read(file).matchAll(/\bfrom ?"\.\/([\w.-]+\.js)"/g)) add(dep!);
  };
  for (const name of names) {
    const file = new RegExp(`\\bimport\\("\\./(langkah-${name}-[\\w-]+\\.js)"\\)`).exec(entry)?.[1];
    if (!file) throw new Error(`langkah.js in ${cdn.pathname} loads no chunk named ${name}`);
    add(file);
  }
  return files;
}

/** `dist/cdn/` beside the running CLI: dist/cli's sibling, or the project's dist/ when run from src/cli. */
function bundleFolder(): URL {
  const here = new URL('.', import.meta.url);
  return /\/src\/cli\/$/.test(here.pathname) ? new URL('../../dist/cdn/', here) : new URL('../cdn/', here);
}

/**
 * What a fragment carries before its element, so that all a prerendered
 * lesson needs downloads at once, beside the page, instead of one file after
 * another: the lesson's JSON (preloaded as the element fetches it) and, given
 * the address of `langkah.js` on the partner's pages (`--bundle`), the script
 * itself and the chunks it would load one after the other (`bundleChunks`).
 * A page with two fragments names the same files twice: the browser fetches
 * each once. `styles`, the stylesheets the fragment links (`linkedStyles`),
 * are asked for at once too: Chromium stops reading the page at each one
 * until it has arrived, and found them one after another, a round trip each
 * (review 16f, F4/F8: 2,000 ms each at the slow profile).
 */
export function fragmentHead(src: string, bundle?: string, chunks: string[] = [], styles: string[] = []): string {
  const lines = [`<link rel="preload" href="${esc(src)}" as="fetch" crossorigin>`, ...styles.map((href) => `<link rel="preload" href="${esc(href)}" as="style">`)];
  if (bundle) {
    const at = (file: string) => bundle.replace(/[^/]*$/, file);
    lines.unshift(...chunks.map((f) => `<link rel="modulepreload" href="${esc(at(f))}">`));
    lines.unshift(`<script type="module" src="${esc(bundle)}"></script>`);
  }
  return lines.join('\n') + '\n';
}

/** The addresses of the stylesheets `fragment` links, each once, in order. */
export const linkedStyles = (fragment: string): string[] => [...new Set([...fragment.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1]!))];

/**
 * Whether the server draws `lesson`'s first step. A registered step type there is the page's own element, which no
 * server can draw, and which would push the step's text down when it came after the script: such a lesson is the
 * element alone, drawn from `src`.
 */
export const serverDrawn = (lesson: Lesson): boolean => !lesson.steps[0]?.blocks.some((b) => b.t === 'custom');

export interface Prerenderer {
  /** The fragment for `lesson`, whose JSON is at `src` (relative to the output folder). */
  lesson(lesson: Lesson, src: string): Promise<string>;
  /** The stylesheets the fragments link: file name and text. */
  styles(): [string, string][];
}

/**
 * Loads the server renderer and the elements (in Node only: Lit's `isServer` is true there).
 * `base` (`fragmentBase`) goes before the linked stylesheets' names.
 */
export async function prerenderer({ base = '' }: { base?: string } = {}): Promise<Prerenderer> {
  // The renderer first: it installs the DOM stand-in the elements are defined against.
  const { render } = await import('@lit-labs/ssr');
  const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('../define.js');
  const { contentShapes } = await import('../content/load.js');
  const { dictionaries } = await import('../i18n/localize.js');
  dictionaries.en = (await import('../i18n/en.js')).en;
  await contentShapes();

  const used = new Map<string, string>();
  /** The step the lesson is drawn at (prerender-steps.ts), instead of the first. */
  let at: number | undefined;
  /** Lit's renderer, with the element's styles as `shadowStyles` writes them. */
  class Linked extends LitElementRenderer {
    override renderShadow(info: Parameters<InstanceType<typeof LitElementRenderer>['renderShadow']>[0]) {
      const styles = (this.element.constructor as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
      // The lesson's with the styles of its steps without script (prerender-steps.ts): the fragments' only, not langkah.js's.
      used.set(this.tagName, elementCss(styles) + (this.tagName === 'langkah-lesson' ? minifyCss(STEPS_CSS) : ''));
      const el = this.element as unknown as { render(): unknown; progress: { record: { step: number; seen: string[] } }; lesson: Lesson };
      if (at !== undefined && this.tagName === 'langkah-lesson') Object.assign(el.progress.record, { step: at, seen: el.lesson.steps.slice(0, at + 1).map((s) => s.id) });
      const render = el.render.bind(el);
      el.render = () => asBundled(render());
      const out = super.renderShadow(info) as unknown[];
      const i = out.indexOf('<style>');
      // `<style>`, each sheet, `</style>`: the styles as a fragment carries them, before and after the content.
      if (i >= 0) {
        const { before, after } = shadowStyles(this.tagName, used.get(this.tagName)!, base);
        out.splice(i, styles.length + 2, before);
        out.push(after);
      }
      return out as ReturnType<InstanceType<typeof LitElementRenderer>['renderShadow']>;
    }
  }

  /** The steps without script (prerender-steps.ts), each drawn by the element itself at that step. */
  async function stepsOf(lesson: Lesson): Promise<string> {
    const plain = withoutScriptContent(lesson);
    const t = (dictionaries[lesson.lang as 'id'] ?? dictionaries.id)!;
    return withoutScript(
      plain,
      async (k) => {
        at = k;
        try {
          const drawn = await collectResult(render(html`<langkah-lesson lang=${plain.lang} .lesson=${plain}></langkah-lesson>`, { elementRenderers: [Linked] }));
          // A quiz or checklist here has its <style> and no linked copy of it: Chromium stops reading the page at each
          // stylesheet link until the file is there (again for each, when served no-store), so a returning learner's
          // step after them stayed hidden for round trips (review 16f, F4: until 10.7 s at 2,000 ms). Under a CSP
          // without the styles' hash these steps are drawn unstyled until the script comes (docs/embedding.md).
          return waiting(drawn.replace(/<link rel="stylesheet" href="[^"]*">(?=<\/template><\/langkah-(quiz|checklist)>)/g, ''), waitText(plain.lang));
        } finally {
          at = undefined;
        }
      },
      { next: t.next, back: t.back },
    );
  }

  return {
    async lesson(built, src) {
      if (!serverDrawn(built)) {
        return `<langkah-lesson lang="${esc(built.lang)}" src="${esc(src)}"></langkah-lesson>\n`;
      }
      // Relative URLs as the browser resolves them (against the lesson's JSON), written relative to the
      // folder `src` is relative to (or from the root, for a `src` that starts with '/').
      const base = 'https://out.invalid/';
      const { resolveUrls } = await import('../content/load.js');
      const abs = { ...built, steps: built.steps.map((s) => ({ ...s, blocks: resolveUrls(s.blocks, new URL(src, base).href) })) };
      const lesson = JSON.parse(JSON.stringify(abs).replaceAll(`"${base}`, src.startsWith('/') ? '"/' : '"')) as Lesson;
      const page = html`<langkah-lesson prerendered lang=${lesson.lang} src=${src} data-record=${recordKey(lesson)} data-content=${lesson.version} .lesson=${lesson}></langkah-lesson>`;
      const text = await collectResult(render(page, { elementRenderers: [Linked] }));
      // The page's own template is no part of the fragment: only the element is hydrated.
      const why = waitText(lesson.lang);
      const fragment = unvoiced(
        waiting(text.replace(/^<!--lit-part [^>]*-->(<!--lit-node 0-->)?/, '').replace(/<!--\/lit-part-->$/, '').replace(/^<langkah-lesson\s+/, '<langkah-lesson '), why),
        why,
      );
      return `${withSteps(fragment, await stepsOf(lesson))}\n`;
    },
    // By file name: the same list (and CSP hashes) whichever lesson first drew an element.
    styles: () => [...used].map(([tag, css]): [string, string] => [styleFile(tag), css]).sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

/**
 * `fragment` with the reason step 1's "listen" is off, for screen readers, as
 * it is before the script: the page has not finished loading. The server
 * knows no voice and wrote "this phone has no voice for this language", which
 * most phones have (review 16h). hydrate.ts puts the element's words back
 * when it takes the step over (the render after it removes them on a phone
 * with a voice). Lit's markup only: the content in it is escaped.
 */
export function unvoiced(fragment: string, why: string): string {
  return fragment.replace(/(<span id="no-voice" class="sr"><!--lit-part-->)[^<]*(?=<!--\/lit-part--><\/span>)/, (_, open: string) => open + esc(why));
}

/**
 * `fragment` with the quizzes and checklists of its first step (elements of
 * their own inside the lesson, with their own declarative shadow roots) as
 * they must stand before the script: each option, box and button that works
 * `disabled`, marked `data-wait` (hydrate.ts turns them on once the element
 * has taken its markup over), so that nothing a learner picks before then is
 * lost; and no option picked, where Lit's renderer writes the `checked`
 * property as an attribute, `checked="false"`, which a browser reads as
 * checked (review 16b, F0). `why`, the reason, is each one's `title`: its
 * description to a screen reader, which otherwise hears only "dimmed", and a
 * tooltip (review 16d, D4); hydrate.ts removes it with `disabled`. Their
 * markup comes from Lit's templates only: the content in it is escaped, so no
 * `<input` or `checked="` of an author's reaches this.
 */
export function waiting(fragment: string, why = ''): string {
  const title = why && ` title="${esc(why)}"`;
  return fragment.replace(/<langkah-(quiz|checklist)\b[^]*?<\/langkah-\1>/g, (el) =>
    el
      .replace(/ checked="false"/g, '')
      .replace(/ checked="true"/g, ' checked')
      .replace(/<(input|button)\b((?:\s+[\w:-]+(?:="[^"]*")?)*\s*\/?>)/g, (tag, name: string, rest: string) =>
        /\sdisabled[\s=/>]/.test(rest.replace(/="[^"]*"/g, '')) ? tag : `<${name} disabled data-wait${title}${rest}`,
      ),
  );
}

/** `fragment` with `steps` after the element's markup, before the stylesheet it links last. */
function withSteps(fragment: string, steps: string): string {
  const end = fragment.lastIndexOf('<link rel="stylesheet"');
  if (end < 0 || !fragment.endsWith('</template></langkah-lesson>')) throw new Error('the fragment does not end as prerender.ts writes it');
  return fragment.slice(0, end) + steps + fragment.slice(end);
}

/**
 * Writes a fragment beside each lesson's JSON in a built modules folder
 * (`<lang>/<module>/<lesson>.html`: `fragmentHead`, then the element) and the
 * stylesheets the fragments link at its top: what `langkah build --prerender`
 * adds, with `bundle` the address of langkah.js (`--bundle`) and `base` the
 * output folder's (`--base`, as `fragmentBase` returns it). Returns the
 * files written, and the sources a strict CSP's style-src lists for the
 * fragments' `<style>`s.
 */
export async function prerenderModules(out: string, { bundle, base = '' }: { bundle?: string; base?: string } = {}): Promise<{ files: { path: string; bytes: number }[]; styleSrc: string[]; resumeSrc: string }> {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const p = await prerenderer({ base });
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { modules: { lessons: { src: Record<string, string> }[] }[] };
  const files: { path: string; bytes: number }[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text) });
  };
  for (const src of index.modules.flatMap((m) => m.lessons.flatMap((l) => Object.values(l.src)))) {
    const lesson = JSON.parse(readFileSync(join(out, src), 'utf8')) as Lesson;
    // Under --base, the lesson's address as the page finds it: its pictures are written from there too.
    const at = base + src;
    // Lit's hydration only for a lesson drawn by the server (not the element alone: review 16c, C7).
    const fragment = await p.lesson(lesson, at);
    // (The stylesheets' addresses hold no character `esc` changes: file names under a `--base` that has none.)
    const head = fragmentHead(at, bundle, bundle ? await bundleChunks(lesson.lang, undefined, serverDrawn(lesson)) : [], linkedStyles(fragment));
    write(join(out, src.replace(/\.json$/, '.html')), head + fragment);
  }
  for (const [name, css] of p.styles()) write(join(out, name), css);
  const resume = resumeScript();
  write(join(out, RESUME_FILE), resume);
  // Its hash too: inline in a page's <head> it costs no round trip before the first paint (BENCHMARKS.md).
  return { files, styleSrc: p.styles().map(([, css]) => styleHash(css)), resumeSrc: styleHash(resume) };
}

/**
 * The key of `lesson`'s record on a page of its own (as lesson.ts names it;
 * a course adds its scope in front): the fragment carries it as `data-record`,
 * for langkah-resume.js.
 */
export const recordKey = (lesson: Lesson): string => lessonKey(`${lesson.module ? lesson.module + '/' : ''}${lesson.id}`, lesson.lang);

/** The returning learner's script, written beside the fragments' stylesheets. */
export const RESUME_FILE = 'langkah-resume.js';

/**
 * `langkah-resume.js`: a classic script for the page's `<head>` (a file, so a
 * strict CSP's script-src 'self' allows it; no inline script), which runs
 * before the body is parsed. For each lesson record on this device that is
 * past step 1 (or that cannot be read), it hides the prerendered lesson
 * carrying that record's key (`data-record`) with a constructed stylesheet
 * (which no style-src blocks), so that step 1 never shows; as soon as the parser
 * reaches the learner's step it opens, among the steps written for before the script
 * (prerender-steps.ts), the learner's own (`data-resumed`) and shows the
 * lesson again: the learner reads where they stopped while the bundle is on
 * its way (review 16b, F4), and hydrate.ts takes the lesson over at that step.
 * A record on the summary (no such step), or of other content (the lesson was
 * updated since: its `data-content`; the element says so above the step), stays
 * hidden until the element shows it and drops `prerendered`, as is a record at
 * step 1 with answers when step 1 holds a question (the server drew it
 * unanswered). A learner who never opened the lesson, or left it at step 1,
 * sees step 1 at once. A hidden lesson shows anyway (at step 1)
 * if a script of the page fails to load, and after `wait` ms whatever
 * happens: long enough for a slow network (the learner's own step came 14–15 s
 * after the page was asked for, at 2,000 ms latency and 400 kbit/s), short
 * enough for the case no event tells of (the hydration chunk fails while
 * langkah.js loaded). `data-course="<id>"` on the script tag: the records of
 * that course, served from this page's folder (progress/keys.ts, courseScope).
 */
export function resumeScript(wait = 30000): string {
  return `// Langkah (langkah build --prerender): a returning learner's prerendered lesson opens at their own step, never showing step 1.
(function () {
  var me = document.currentScript, course = me && me.getAttribute('data-course');
  var prefix = 'langkah:' + (course ? 'course:' + course + '@' + location.pathname.replace(/[^/]*$/, '') + '|' : '');
  var hide = [], at = {}, i, key, sel, r, sheet;
  try {
    for (i = 0; i < localStorage.length; i++) {
      key = localStorage.key(i);
      if (key.indexOf(prefix + 'lesson:') !== 0) continue;
      try { r = JSON.parse(localStorage.getItem(key)); } catch (e) { r = null; }
      // At step 1: shown as the server drew it, unless the learner answered or ticked something (decided below).
      if (r && r.step === 0 && !Object.keys(r.answers || {}).length && !Object.keys(r.checks || {}).length) continue;
      sel = 'langkah-lesson[prerendered][data-record="' + CSS.escape(key.slice(prefix.length)) + '"]';
      // Each copy of the lesson until it is dealt with (\`data-resumed\`: its step opened, or shown as it is).
      hide.push(sel + ':not([data-resumed]){visibility:hidden}');
      // Its step, if a whole number: it names one of the steps written for before the script (of the same content);
      // and the questions answered and whether a box is ticked, which that step, drawn unanswered, must not hide.
      if (r && typeof r.step === 'number' && r.step >= 0 && r.step % 1 === 0) {
        at[sel] = [r.step, r.content, Object.keys(r.answers || {}), Object.keys(r.checks || {}).some(function (c) { return r.checks[c] === true; })];
      }
    }
    if (!hide.length) return;
    sheet = new CSSStyleSheet();
    sheet.replaceSync(hide.join(''));
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  } catch (e) {
    return; // No storage, or an old browser: step 1 shows until the learner's own step replaces it.
  }
  var show = function () {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
  };
  var resume = function () {
    try { look(); } catch (e) { at = {}; show(); } // Whatever went wrong: the lessons as they are.
  };
  var look = function () {
    var done = document.readyState !== 'loading';
    Object.keys(at).forEach(function (s) {
      var all = document.querySelectorAll(s + ':not([data-resumed])'), k, el, pe, d;
      for (k = 0; k < all.length; k++) {
        el = all[k];
        pe = el.shadowRoot && el.shadowRoot.querySelector('.pe');
        d = pe && pe.querySelector('.pe > details[data-step="' + at[s][0] + '"]');
        // Read as far as the learner's step, past its title (the rest streams in from there; a summary cut short
        // showed the browser's own "Details": review 16g, G1), or to the end of the lesson or page. Not the step's end
        // (Chromium held its parser at each stylesheet <link> before it: review 16e, E3), unless the record holds
        // answers: then the whole step, to know if they are its own.
        if (!done && !(pe && (at[s][0] === 0 || (d && (d.nextSibling || (!(at[s][2].length || at[s][3]) && d.querySelector(':scope > .step')))) || pe.nextSibling))) continue;
        if (at[s][0] === 0) {
          // At step 1 with answers: shown, unless step 1 holds a question, drawn unanswered (disabled) by the server
          // until the element shows the learner's answers there.
          if (!el.shadowRoot || !el.shadowRoot.querySelector('article langkah-quiz, article langkah-checklist')) el.setAttribute('data-resumed', '');
          continue;
        }
        // Past the last step (the summary), no steps, or a record of other content (the element will say the lesson
        // was updated, above the step: review 16c, C3): hidden until the element shows it.
        if (!d || el.getAttribute('data-content') !== at[s][1]) continue;
        // Answers or ticks in that step, which the server drew unanswered: hidden until the element shows them where
        // they stand, as in step 1 (review 16f, F3: they looked lost, then the step grew by the feedback).
        if (at[s][3] && d.querySelector('langkah-checklist')) continue;
        if ([].some.call(d.querySelectorAll('langkah-quiz'), function (q) {
          return q.shadowRoot && [].some.call(q.shadowRoot.querySelectorAll('[data-q]'), function (f) { return at[s][2].indexOf(f.getAttribute('data-q')) >= 0; });
        })) continue;
        d.setAttribute('data-resumed', '');
        d.open = true;
        el.setAttribute('data-resumed', ''); // Each copy once: the learner may move on from here before the script.
      }
    });
    // Each frame until the page is read (a learner's step after a quiz's stylesheet comes a round trip later in
    // Chromium, and a copy of the lesson further down the page later still: review 16d, D6).
    if (done) at = {};
    else requestAnimationFrame(resume);
  };
  resume();
  document.addEventListener('readystatechange', resume);
  setTimeout(show, ${wait});
  addEventListener('error', function (e) { if (e.target && e.target.localName === 'script') show(); }, true);
})();`;
}
