/**
 * `langkah build <curriculum.yaml> --out DIR`: an offline course pack. A static
 * folder that any host — a CDN, a laptop on the village Wi-Fi, a USB stick
 * behind a small server — can serve; after one visit a service worker has
 * cached all of it, and the course opens, runs and saves progress with no
 * network at all.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../content/schema.js';
import type { ContentIndex } from '../content/course-schema.js';
import { buildCurriculum } from '../builder/curriculum.js';
import { guidePages, type GuideSources } from '../builder/guide-page.js';
import { BUILDER_FILE, bundleImports, packCsp, packPages, remoteOrigins, serviceWorker } from '../builder/pack-files.js';
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
function bundleFiles(cdn: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(cdn, file))) return;
    seen.add(file);
    bundleImports(readFileSync(join(cdn, file), 'utf8')).forEach(visit);
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

  write('sw.js', serviceWorker(built.id, listFiles(out).map((path) => ({ path, bytes: readFileSync(join(out, path)) }))));

  const all = listFiles(out).map((f) => ({ path: f, bytes: statSync(join(out, f)).size }));
  return { files: all.sort((a, b) => b.bytes - a.bytes), total: all.reduce((n, f) => n + f.bytes, 0) };
}
