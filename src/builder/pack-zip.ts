/**
 * The offline course pack, made in the browser: the same files `langkah build
 * <curriculum.yaml>` writes (src/cli/pack.ts), from the site's built modules
 * and bundle instead of the file system, zipped with fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { ContentIndex, Curriculum } from '../content/course-schema.js';
import type { Guide } from '../content/guide-schema.js';
import type { Lang } from '../content/schema.js';
import { buildCurriculum, LANGS } from './curriculum.js';
import { guidePages, type GuideLesson } from './guide-page.js';
import { BUILDER_FILE, bundleImports, packCsp, packPages, remoteOrigins, serviceWorker } from './pack-files.js';

export interface PackSources {
  /** The catalogue (`modules/index.json` of `langkah build modules`) and its address: lessons and assets are beside it. */
  index: ContentIndex;
  indexUrl: string;
  /** The folder of `langkah.js` and its chunks. */
  cdnUrl: string;
  /** Told of each file fetched, for a progress line. */
  progress?: (files: number) => void;
}

async function bytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Every file of the pack for `curriculum`, by path. */
export async function packFiles(curriculum: Curriculum, sources: PackSources): Promise<Map<string, Uint8Array>> {
  const { index, indexUrl, cdnUrl } = sources;
  const files = new Map<string, Uint8Array>();
  const add = (path: string, data: Uint8Array) => {
    files.set(path, data);
    sources.progress?.(files.size);
  };
  // Per module, in course order: its lessons' JSON, Indonesian then English (the order the CLI names web origins in).
  const lessons: Promise<unknown[]>[] = [];
  const jobs: Promise<unknown>[] = [];
  // What the facilitator guide reads: each lesson by module, id and language, and each module's guide.
  const read = new Map<string, GuideLesson>();
  const guides = new Map<string, Guide>();
  // The pack's own catalogue, as `langkah build` writes it: the course's lessons, in its order.
  const catalogue: ContentIndex = { format: index.format, modules: [] };
  for (const entry of curriculum.modules) {
    const mod = index.modules.find((m) => m.id === entry.module)!;
    const ids = entry.lessons ?? mod.lessons.map((l) => l.id);
    catalogue.modules.push({ ...mod, lessons: ids.map((id) => mod.lessons.find((l) => l.id === id)!) });
    const guide = mod.guide;
    if (guide) {
      jobs.push(bytes(new URL(guide, indexUrl)).then((data) => {
        add(`modules/${guide}`, data);
        guides.set(mod.id, JSON.parse(new TextDecoder().decode(data)) as Guide);
      }));
    }
    // The lessons in the module's own order, as the CLI reads them (this order names the CSP's web origins).
    const picked = mod.lessons.filter((l) => ids.includes(l.id));
    const texts = LANGS.map((lang) =>
      Promise.all(
        picked.map(async (l) => {
          const data = await bytes(new URL(l.src[lang], indexUrl));
          add(`modules/${l.src[lang]}`, data);
          const lesson = JSON.parse(new TextDecoder().decode(data)) as GuideLesson;
          read.set(`${mod.id}/${l.id}/${lang}`, lesson);
          return lesson as unknown;
        }),
      ),
    );
    lessons.push(Promise.all(texts).then((all) => all.flat()));
    // Like the CLI, every picture and sound of the module travels, also those of lessons left out.
    for (const asset of mod.assets ?? []) {
      const path = `assets/${mod.id}/${asset}`;
      jobs.push(bytes(new URL(path, indexUrl)).then((data) => add(`modules/${path}`, data)));
    }
  }
  // The bundle and the chunks it imports.
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const data = await bytes(new URL(file, cdnUrl));
    add(`langkah/${file}`, data);
    await Promise.all(bundleImports(new TextDecoder().decode(data)).map(visit));
  };
  jobs.push(visit('langkah.js'));
  // The builder travels too: the pack's trainer page offers it (the page loads nothing else of it).
  jobs.push(bytes(new URL(BUILDER_FILE, cdnUrl)).then((data) => add(`langkah/${BUILDER_FILE}`, data)));
  const [ordered] = await Promise.all([Promise.all(lessons), Promise.all(jobs)]);
  add('modules/index.json', strToU8(JSON.stringify(catalogue)));
  const built = buildCurriculum(curriculum, index, (path) => `modules/${path}`);
  const csp = packCsp(remoteOrigins(ordered.flat()));
  const lang: Lang = built.languages[0] ?? LANGS[0];
  const guide = guidePages(built, { lesson: (m, l, lang) => read.get(`${m}/${l}/${lang}`)!, guide: (m) => guides.get(m) }, lang, csp);
  for (const [name, text] of [...guide.pages, ...packPages(built, csp, guide.links)]) add(name, strToU8(text));
  add('sw.js', strToU8(serviceWorker(built.id, [...files].map(([path, data]) => ({ path, bytes: data })))));
  return files;
}

/** The pack as a zip file, its files inside a folder named after the course. */
export async function packZip(curriculum: Curriculum, sources: PackSources): Promise<Uint8Array> {
  const files = await packFiles(curriculum, sources);
  return zipSync(Object.fromEntries([...files].map(([path, data]) => [`${curriculum.id}/${path}`, data])), { level: 6, mtime: '2026-01-01' });
}
