/**
 * `langkah build <curriculum.yaml> --out DIR`: an offline course pack. A static
 * folder that any host — a CDN, a laptop on the village Wi-Fi, a USB stick
 * behind a small server — can serve; after one visit a service worker has
 * cached all of it, and the course opens, runs and saves progress with no
 * network at all.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGS } from '../content/schema.js';
import type { ContentIndex } from '../content/course-schema.js';
import { buildCurriculum } from '../builder/curriculum.js';
import { guidePages, type GuideSources } from '../builder/guide-page.js';
import { BUILDER_FILE, bundleImports, esc, packCsp, packPages, remoteOrigins, serviceWorker, STATUS } from '../builder/pack-files.js';
import type { BuiltCurriculum, Lang, Lesson } from '../content/schema.js';
import { bundleChunks, linkedStyles, prerenderer, resumeScript, serverDrawn, styleHash } from './prerender.js';
import { buildModules } from './build.js';
import { clearOut, MARKER } from './out-dir.js';
import type { LoadedCurriculum, LoadedModule } from './project.js';

export { packCsp };

const posix = (p: string) => p.split('\\').join('/');

/** Where the CDN bundle is: beside this file once compiled (dist/cli → dist/cdn), or in dist/ from source. */
export function cdnDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '../cdn'), join(here, '../../dist/cdn')].find((d) => existsSync(join(d, 'langkah.js')));
}

/**
 * The bundle and the chunks it imports, found by following its imports: a
 * chunk left in dist/cdn by an older build stays out of the pack, and so does
 * the Markdown parser (a pack only ever loads built JSON).
 */
function bundleFiles(cdn: string, hydrate = false): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(cdn, file))) return;
    seen.add(file);
    bundleImports(readFileSync(join(cdn, file), 'utf8'), hydrate).forEach(visit);
  };
  visit('langkah.js');
  return [...seen];
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).filter((name) => name !== MARKER).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [posix(relative(base, path))];
  });
}

export interface PackReport {
  files: { path: string; bytes: number }[];
  total: number;
}

/** Writes the course pack for `cur` into `out`, replacing only what an earlier build wrote there (see out-dir.ts). */
export function buildPack(cur: LoadedCurriculum, modules: Map<string, LoadedModule>, out: string): PackReport {
  const cdn = cdnDir();
  if (!cdn || !existsSync(join(cdn, BUILDER_FILE))) throw new Error(`the browser bundle dist/cdn/langkah.js or ${BUILDER_FILE} is missing: run "npm run build" first`);
  const { curriculum } = cur;
  clearOut(out);

  // Only the lessons the course uses travel in the pack.
  const picked: LoadedModule[] = curriculum.modules.map((entry) => {
    const mod = modules.get(entry.module)!;
    const ids = entry.lessons ?? mod.module.lessons;
    const keep = <T>(m: Map<string, T>) => new Map([...m].filter(([id]) => ids.includes(id)));
    return {
      ...mod,
      module: { ...mod.module, lessons: ids },
      lessons: { id: keep(mod.lessons.id), en: keep(mod.lessons.en) },
    };
  });
  // The pack's own catalogue (modules/index.json, with the guides beside it) stays: its course builder page reads it.
  buildModules(picked, join(out, 'modules'));
  const index = JSON.parse(readFileSync(join(out, 'modules', 'index.json'), 'utf8')) as ContentIndex;

  const built = buildCurriculum(curriculum, index, (path) => `modules/${path}`);
  const write = (name: string, text: string) => writeFileSync(join(out, name), text);
  mkdirSync(join(out, 'langkah'), { recursive: true });
  for (const file of [...bundleFiles(cdn), BUILDER_FILE]) copyFileSync(join(cdn, file), join(out, 'langkah', file));
  const csp = packCsp(remoteOrigins(picked.flatMap((m) => LANGS.flatMap((l) => [...m.lessons[l].values()].map((v) => v.lesson)))));
  const byId = new Map(picked.map((m) => [m.module.id, m]));
  const from: GuideSources = { lesson: (m, l, lang) => byId.get(m)!.lessons[lang].get(l)!.lesson, guide: (m) => byId.get(m)?.guide };
  const guides = guidePages(built, from, built.languages[0] ?? LANGS[0], csp);
  for (const [name, text] of [...guides.pages, ...packPages(built, csp, guides.links)]) write(name, text);

  return finishPack(out, built.id);
}

/** Writes the pack's service worker, which keeps every file now in `out`, and reports the pack's files. */
function finishPack(out: string, id: string): PackReport {
  writeFileSync(join(out, 'sw.js'), serviceWorker(id, listFiles(out).map((path) => ({ path, bytes: readFileSync(join(out, path)) }))));
  const all = listFiles(out).map((f) => ({ path: f, bytes: statSync(join(out, f)).size }));
  return { files: all.sort((a, b) => b.bytes - a.bytes), total: all.reduce((n, f) => n + f.bytes, 0) };
}

/** A lesson's own page in a prerendered pack, by module, lesson and language (at the pack's top, beside index.html). */
export const lessonPageName = (module: string, lesson: string, lang: string): string => `lesson.${module}.${lesson}.${lang}.html`;

/**
 * A lesson's own page: the pack's CSP, style and start-up script, the course
 * title linking back to the course, and the lesson's prerendered `fragment`;
 * `preload` asks for what it needs next at once (the fragment's stylesheet
 * sits in a `<template>` that the browser's look-ahead does not read: one
 * round trip more without). The lesson's record is the course's (pack.js
 * gives the element the course's scope from `data-course`), so what the
 * learner does here counts there; the returning learner's script
 * (`resume`, langkah-resume.js's text, told the course) opens their own step:
 * inline, allowed by its hash in the page's script-src, since a file would
 * hold the first paint back by a round trip for every learner (BENCHMARKS.md).
 * The pack's styles (`css`, pack.css) are inline too, allowed by their hash
 * in style-src: linked, they held the first paint back by a round trip (review
 * 16f, F8: 4.1-4.6 s against 2.1 s for a pasted page at 2,000 ms latency).
 * The offline status line comes after the lesson: appearing above it (when the
 * service worker starts saving) it moved the step the learner was reading
 * (review 16, finding 9: CLS 0.095).
 */
const lessonPage = (c: BuiltCurriculum, lang: Lang, csp: string, css: string, title: string, fragment: string, preload: string, resume: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(c.title[lang])}</title>
<meta name="theme-color" content="#0b6e4f">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="icon.svg" type="image/svg+xml">
<style>${css}</style>
${preload}<script data-course="${esc(c.id)}">${resume}</script>
<script type="module" src="pack.js"></script>
</head>
<body class="learner lesson-page">
<header>
  <p><a href="./">${esc(c.title[lang])}</a></p>
</header>
<main>
  <div id="update" role="status"></div>
  ${fragment.trim().replace(/^<langkah-lesson /, `<langkah-lesson data-course="${esc(c.id)}" `)}
  <p id="offline-status" role="status" aria-live="polite"></p>
  <noscript><p>${esc(STATUS[lang].noscript)}</p></noscript>
</main>
</body>
</html>
`;

/**
 * `langkah build <curriculum.yaml> --prerender`: after `buildPack`, a page of
 * its own for each lesson of the course in each language
 * (`lessonPageName`), holding the lesson's first step prerendered
 * (prerender.ts), with the stylesheets it links and the bundle's hydration
 * chunk; the service worker keeps them all.
 */
export async function prerenderPack(out: string): Promise<PackReport> {
  const cdn = cdnDir()!;
  for (const file of bundleFiles(cdn, true)) {
    if (!existsSync(join(out, 'langkah', file))) copyFileSync(join(cdn, file), join(out, 'langkah', file));
  }
  const built = JSON.parse(readFileSync(join(out, 'curriculum.json'), 'utf8')) as BuiltCurriculum;
  const p = await prerenderer();
  const pages: [string, string, Lesson, string][] = [];
  for (const m of built.modules) {
    for (const l of m.lessons) {
      for (const lang of built.languages) {
        const src = l.src[lang];
        if (src) pages.push([lessonPageName(m.id, l.id, lang), src, JSON.parse(readFileSync(join(out, src), 'utf8')) as Lesson, l.title[lang] ?? l.id]);
      }
    }
  }
  const fragments: string[] = [];
  for (const [, src, lesson] of pages) fragments.push(await p.lesson(lesson, src));
  // The fragments' <style>s, allowed by their hashes: the step is drawn in its styles with the page (prerender.ts).
  const hashes = p.styles().map(([, css]) => styleHash(css));
  // The returning learner's script, inline by its hash (a CSP hash is the same sha256 for a script as for a style).
  const resume = resumeScript();
  if (/<\/script|<!--/i.test(resume)) throw new Error('langkah-resume.js cannot stand inline in a page');
  const css = readFileSync(join(out, 'pack.css'), 'utf8');
  if (/<\/style/i.test(css)) throw new Error('pack.css cannot stand inline in a page');
  const csp = packCsp(remoteOrigins(pages.map(([, , lesson]) => lesson)))
    .replace("style-src 'self'", `style-src 'self' ${[...hashes, styleHash(css)].join(' ')}`)
    .replace("script-src 'self'", `script-src 'self' ${styleHash(resume)}`);
  // The bundle's files are read once per language and kind of page, not once per page.
  const chunksOf = new Map<string, string[]>();
  for (const [i, [name, src, lesson, title]] of pages.entries()) {
    // The code and the lesson are asked for at once: the bundle and every chunk it loads one after another for this
    // lesson (as a pasted fragment's head names them), not only the hydration's (review 16f, F8).
    const kind = `${lesson.lang} ${serverDrawn(lesson)}`;
    if (!chunksOf.has(kind)) chunksOf.set(kind, await bundleChunks(lesson.lang, pathToFileURL(`${cdn}/`), serverDrawn(lesson)));
    const chunks = chunksOf.get(kind)!;
    const preload = [
      ...['langkah.js', ...chunks].map((js) => `<link rel="modulepreload" href="langkah/${js}">`),
      `<link rel="preload" href="${esc(src)}" as="fetch" crossorigin>`,
      // The stylesheets its fragment links: found one after another, each held Chromium's reading a round trip (F8).
      ...linkedStyles(fragments[i]!).map((href) => `<link rel="preload" href="${href}" as="style">`),
    ];
    writeFileSync(join(out, name), lessonPage(built, lesson.lang, csp, css, title, fragments[i]!, preload.map((l) => `${l}\n`).join(''), resume));
  }
  for (const [name, css] of p.styles()) writeFileSync(join(out, name), css);
  return finishPack(out, built.id);
}
