/**
 * Finds modules and curricula on disk and checks all of them, collecting every
 * problem in one pass (an author fixes a whole lesson at once, not one error
 * per run).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { problem, type Problem } from '../content/errors.js';
import { issuesToProblems } from '../content/issues.js';
import { countQuestions, parseLesson } from '../content/markdown.js';
import { CurriculumSchema, ModuleSchema, type Curriculum, type Module } from '../content/course-schema.js';
import { LANGS, type Lang, type Lesson } from '../content/schema.js';
import { parseYaml } from '../content/yaml.js';
import { inspectAsset, type AssetUse } from './assets.js';

export interface LoadedModule {
  dir: string;
  module: Module;
  /** Lessons by language, then id; only those that parsed without error. */
  lessons: Record<Lang, Map<string, { file: string; lesson: Lesson }>>;
  /** Local files the lessons refer to, relative to the module folder. */
  assets: Set<string>;
}

export interface LoadedCurriculum {
  file: string;
  curriculum: Curriculum;
}

export interface Project {
  modules: LoadedModule[];
  curricula: LoadedCurriculum[];
  problems: Problem[];
}

/** Paths are shown relative to the working folder, as editors expect. */
const shown = (path: string) => relative(process.cwd(), path) || '.';
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const isYaml = (p: string) => /\.ya?ml$/i.test(p);

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Resolves a lesson's relative asset path, checks the file (src/cli/assets.ts) and reads its size. */
function assetResolver(moduleDir: string, lessonFile: string, used: Set<string>) {
  return (src: string, use: AssetUse) => inspectAsset(moduleDir, lessonFile, src, use, used);
}

function checkParity(versions: Partial<Record<Lang, { file: string; lesson: Lesson }>>): Problem[] {
  const a = versions.id;
  const b = versions.en;
  if (!a || !b) return [];
  const out: Problem[] = [];
  const compare = (what: string, x: number, y: number) => {
    if (x !== y) {
      out.push(
        problem('translation-mismatch', { file: shown(b.file), line: 1, col: 1 }, {
          language: 'English', other: 'Indonesian', count: y, expected: x, what,
        }),
      );
    }
  };
  compare('steps', a.lesson.steps.length, b.lesson.steps.length);
  compare('questions', countQuestions(a.lesson), countQuestions(b.lesson));
  const items = (l: Lesson) => l.steps.flatMap((s) => s.blocks).reduce((n, bl) => n + (bl.t === 'checklist' ? bl.items.length : 0), 0);
  compare('checklist items', items(a.lesson), items(b.lesson));
  return out;
}

/** Checks one module folder: module.yaml, both languages, every lesson. */
export function loadModule(dir: string, problems: Problem[]): LoadedModule | undefined {
  const yamlFile = join(dir, 'module.yaml');
  if (!existsSync(yamlFile)) {
    problems.push(problem('module-missing', { file: shown(dir), line: 1, col: 1 }, { value: shown(dir) }));
    return undefined;
  }
  const file = shown(yamlFile);
  const yaml = parseYaml(readText(yamlFile), file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined) return undefined;
  const parsed = ModuleSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, yaml.data, yaml.locate, file, ModuleSchema));
    return undefined;
  }
  const module = parsed.data;
  const folder = basename(resolve(dir));
  if (module.id !== folder) {
    problems.push(problem('id-mismatch', { file, ...yaml.locate(['id']) }, { value: module.id, expected: folder, what: 'folder' }));
  }
  const seen = new Set<string>();
  module.lessons.forEach((id, i) => {
    if (seen.has(id)) problems.push(problem('id-duplicate', { file, ...yaml.locate(['lessons', i]) }, { value: id }));
    seen.add(id);
  });

  const files: Record<Lang, Set<string>> = { id: new Set(), en: new Set() };
  for (const lang of LANGS) {
    const langDir = join(dir, lang);
    if (!isDir(langDir)) continue;
    for (const name of readdirSync(langDir)) {
      if (extname(name) === '.md') files[lang].add(basename(name, '.md'));
    }
  }

  const loaded: LoadedModule = { dir, module, lessons: { id: new Map(), en: new Map() }, assets: new Set() };
  const languageName: Record<Lang, string> = { id: 'Indonesian', en: 'English' };
  module.lessons.forEach((id, i) => {
    const present = LANGS.filter((lang) => files[lang].has(id));
    if (present.length === 0) {
      problems.push(
        problem('lesson-order-missing', { file, ...yaml.locate(['lessons', i]) }, { value: id, expected: shown(join(dir, 'id', `${id}.md`)) }),
      );
    }
  });
  for (const lang of LANGS) {
    const other = LANGS.find((l) => l !== lang)!;
    for (const id of [...files[lang]].sort()) {
      const path = join(dir, lang, `${id}.md`);
      const at = { file: shown(path), line: 1, col: 1 };
      if (!module.lessons.includes(id)) problems.push(problem('lesson-not-listed', at, { value: id }));
      if (!files[other].has(id)) {
        problems.push(
          problem('lesson-missing-language', at, { value: id, language: languageName[other], expected: shown(join(dir, other, `${id}.md`)) }),
        );
      }
      const result = parseLesson(readText(path), {
        file: shown(path),
        lang,
        module: module.id,
        expectedId: id,
        asset: assetResolver(dir, path, loaded.assets),
      });
      problems.push(...result.problems);
      if (result.lesson) loaded.lessons[lang].set(id, { file: path, lesson: result.lesson });
    }
  }
  for (const id of module.lessons) {
    problems.push(...checkParity({ id: loaded.lessons.id.get(id), en: loaded.lessons.en.get(id) }));
  }
  return loaded;
}

/** Checks a curriculum against the modules it can see. */
export function loadCurriculum(path: string, modules: Map<string, LoadedModule>, problems: Problem[]): LoadedCurriculum | undefined {
  const file = shown(path);
  const yaml = parseYaml(readText(path), file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined) return undefined;
  const parsed = CurriculumSchema.safeParse(yaml.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, yaml.data, yaml.locate, file, CurriculumSchema));
    return undefined;
  }
  const curriculum = parsed.data;
  const at = (...path: (string | number)[]) => ({ file, ...yaml.locate(path) });
  const known = [...modules.keys()].sort().join(', ') || '(none found)';
  const included = new Set<string>();
  const seen = new Set<string>();
  curriculum.modules.forEach((entry, i) => {
    if (seen.has(entry.module)) problems.push(problem('id-duplicate', at('modules', i, 'module'), { value: entry.module }));
    seen.add(entry.module);
    const mod = modules.get(entry.module);
    if (!mod) {
      problems.push(problem('curriculum-module-unknown', at('modules', i, 'module'), { value: entry.module, allowed: known }));
      return;
    }
    included.add(entry.module);
    const lessons = entry.lessons ?? mod.module.lessons;
    (entry.lessons ?? []).forEach((lesson, j) => {
      if (!mod.module.lessons.includes(lesson)) {
        problems.push(
          problem('curriculum-lesson-unknown', at('modules', i, 'lessons', j), {
            value: lesson, module: entry.module, allowed: mod.module.lessons.join(', '),
          }),
        );
      }
    });
    for (const lesson of lessons) included.add(`${entry.module}/${lesson}`);
  });

  // Prerequisites: each must name something in the course, and they must not go round in a circle.
  const graph = new Map<string, string[]>();
  curriculum.modules.forEach((entry, i) => {
    const edges: string[] = [];
    (entry.requires ?? []).forEach((ref, j) => {
      if (modules.has(entry.module) && !included.has(ref)) {
        problems.push(problem('curriculum-requires-unknown', at('modules', i, 'requires', j), { value: ref }));
      } else edges.push(ref.split('/')[0]!);
    });
    graph.set(entry.module, [...(graph.get(entry.module) ?? []), ...edges]);
  });
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(node)), node];
      const key = [...cycle].sort().join();
      if (!reported.has(key)) {
        reported.add(key);
        const i = curriculum.modules.findIndex((m) => m.module === node);
        problems.push(problem('curriculum-cycle', { file, ...yaml.locate(['modules', i, 'requires'], true) }, { value: cycle.join(' → ') }));
      }
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return { file: path, curriculum };
}

/** Module folders under `root` (folders holding a module.yaml), sorted by name. */
function moduleDirs(root: string): string[] {
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((p) => isDir(p) && existsSync(join(p, 'module.yaml')));
}

/**
 * Loads whatever the paths name: a modules folder (its modules and its
 * `curricula/`), a module folder, a lesson file (checked with its module) or a
 * curriculum file.
 */
export function loadProject(paths: string[]): Project {
  const problems: Problem[] = [];
  const moduleSet = new Set<string>();
  const curriculumFiles = new Set<string>();
  const onlyFiles = new Map<string, Set<string>>();
  for (const given of paths) {
    const path = resolve(given);
    if (isDir(path) && existsSync(join(path, 'module.yaml'))) moduleSet.add(path);
    else if (isDir(path)) {
      const dirs = moduleDirs(path);
      dirs.forEach((d) => moduleSet.add(d));
      const curricula = join(path, 'curricula');
      if (isDir(curricula)) readdirSync(curricula).filter(isYaml).sort().forEach((f) => curriculumFiles.add(join(curricula, f)));
      if (!dirs.length && !isDir(curricula)) problems.push(problem('path-missing', { file: given, line: 1, col: 1 }, { value: given }));
    } else if (existsSync(path) && basename(path) === 'module.yaml') moduleSet.add(dirname(path));
    else if (existsSync(path) && isYaml(path)) curriculumFiles.add(path);
    else if (existsSync(path) && extname(path) === '.md') {
      const moduleDir = dirname(dirname(path));
      moduleSet.add(moduleDir);
      const set = onlyFiles.get(moduleDir) ?? new Set();
      set.add(shown(path));
      onlyFiles.set(moduleDir, set);
    } else problems.push(problem('path-missing', { file: given, line: 1, col: 1 }, { value: given }));
  }

  const modules: LoadedModule[] = [];
  for (const dir of [...moduleSet].sort()) {
    const own: Problem[] = [];
    const mod = loadModule(dir, own);
    if (mod) modules.push(mod);
    // A lesson named on the command line: report that file's problems (and its module's own).
    const only = onlyFiles.get(dir);
    problems.push(...(only && !paths.some((p) => resolve(p) === dir) ? own.filter((p) => only.has(p.file ?? '') || p.file?.endsWith('module.yaml')) : own));
  }

  const curricula: LoadedCurriculum[] = [];
  if (curriculumFiles.size) {
    const byId = new Map(modules.map((m) => [m.module.id, m]));
    for (const file of [...curriculumFiles].sort()) {
      // A curriculum sees the modules beside it and in the folder above (modules/curricula/x.yaml → modules/).
      for (const root of [dirname(file), dirname(dirname(file))]) {
        for (const dir of moduleDirs(root)) {
          if (!byId.has(basename(dir))) {
            const mod = loadModule(dir, []);
            if (mod) byId.set(mod.module.id, mod);
          }
        }
      }
      const cur = loadCurriculum(file, byId, problems);
      if (cur) curricula.push(cur);
    }
  }
  return { modules, curricula, problems };
}
