/**
 * `langkah list`: the catalogue of modules and lessons, with the ids a
 * curriculum names, so a trainer never has to open module.yaml files to find
 * them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentIndexSchema, type Localized } from '../content/course-schema.js';
import type { Lang } from '../content/schema.js';
import { loadProject, type Project } from './project.js';

export interface CatalogueLesson {
  id: string;
  title: Localized;
  duration: number;
}

export interface CatalogueModule {
  id: string;
  level: string;
  title: Localized;
  lessons: CatalogueLesson[];
}

export interface Catalogue {
  /** Where the modules were read: a modules folder, or the package's built catalogue. */
  from: string;
  modules: CatalogueModule[];
  /** Modules left out because they have errors. */
  broken: string[];
}

/** The package's own built catalogue (`dist/modules/index.json`), from dist/cli or from src/cli. */
function packageIndex(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '../modules/index.json'), join(here, '../../dist/modules/index.json')].find((f) => existsSync(f));
}

/** The catalogue of the modules a project loaded; a lesson missing in one language takes the other's title. */
export function projectCatalogue(project: Project, from: string): Catalogue {
  const modules = project.modules
    .filter((m) => !m.broken)
    .map((m) => ({
      id: m.module.id,
      level: m.module.level,
      title: m.module.title,
      lessons: m.module.lessons.map((id) => {
        const lesson = (m.lessons.id.get(id) ?? m.lessons.en.get(id))?.lesson;
        const other = (m.lessons.en.get(id) ?? m.lessons.id.get(id))?.lesson;
        return { id, title: { id: lesson?.title ?? id, en: other?.title ?? id }, duration: lesson?.duration ?? 0 };
      }),
    }));
  return { from, modules, broken: project.modules.filter((m) => m.broken).map((m) => m.module.id ?? m.dir) };
}

/**
 * The modules of `dir`, read from their sources; without such a folder, the modules that
 * come built with Langkah.
 * @example catalogue('modules').modules[0].lessons[0].id // 'cek-mutasi'
 */
export function catalogue(dir: string): Catalogue | undefined {
  if (existsSync(dir)) return projectCatalogue(loadProject([dir]), dir);
  const index = packageIndex();
  if (!index) return undefined;
  const parsed = ContentIndexSchema.safeParse(JSON.parse(readFileSync(index, 'utf8')));
  if (!parsed.success) return undefined;
  return { from: 'the modules built into Langkah', modules: parsed.data.modules, broken: [] };
}

/** Lines in aligned columns; the last column (the title) is not padded. */
function columns(rows: (string | number)[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? String(c).padEnd(widths[i]!) : String(c))).join('  ').trimEnd());
}

/**
 * The catalogue as text: one line per module (id, level, lessons, minutes,
 * title) or per lesson (`module/lesson`, level, minutes, title), titles in `lang`.
 */
export function formatCatalogue(cat: Catalogue, kind: 'modules' | 'lessons', lang: Lang): string[] {
  const minutes = (m: CatalogueModule) => m.lessons.reduce((n, l) => n + l.duration, 0);
  if (kind === 'modules') {
    return columns([
      ['module', 'level', 'lessons', 'min', 'title'],
      ...cat.modules.map((m) => [m.id, m.level, m.lessons.length, minutes(m), m.title[lang]]),
    ]);
  }
  return columns([
    ['lesson', 'level', 'min', 'title'],
    ...cat.modules.flatMap((m) => m.lessons.map((l) => [`${m.id}/${l.id}`, m.level, l.duration, l.title[lang]])),
  ]);
}
