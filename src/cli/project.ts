/**
 * Finds modules and curricula on disk and checks all of them, collecting every
 * problem in one pass (an author fixes a whole lesson at once, not one error
 * per run).
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problem, type Problem } from '../content/errors.js';
import { issuesToProblems } from '../content/issues.js';
import { countQuestions, parseLesson } from '../content/markdown.js';
import { CurriculumSchema, ModuleSchema, type Curriculum, type Module } from '../content/course-schema.js';
import { LANGS, type Lang, type Lesson } from '../content/schema.js';
import { LIMITS } from '../content/limits.js';
import { parseYaml } from '../content/yaml.js';
import { quizBalanceProblems } from './quiz-balance.js';
import { inspectAsset, type AssetUse } from './assets.js';
import { checkGuide } from './guide.js';
import type { Guide } from '../content/guide-schema.js';

export interface LoadedModule {
  dir: string;
  module: Module;
  /** Lessons by language, then id; only those that parsed without error. */
  lessons: Record<Lang, Map<string, { file: string; lesson: Lesson }>>;
  /** Local files the lessons refer to, relative to the module folder. */
  assets: Set<string>;
  /** Lesson files checked, by path. */
  files: string[];
  /** True when module.yaml has errors: `module` then holds what could be read of it. */
  broken?: boolean;
  /** True when only some of its lessons were asked for (a lesson file named on the command line). */
  partial?: boolean;
  /** The facilitator guide (`guide.yaml`), when there is one without errors. */
  guide?: Guide;
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

/**
 * The modules Langkah ships (`modules/` in the package: two folders up from
 * dist/cli, and from src/cli in a clone). A curriculum may name them by id
 * without copying them; a module of the project with the same id wins.
 */
const BUILT_IN = fileURLToPath(new URL('../../modules/', import.meta.url));

/**
 * The modules of `project` that come from the copies built into Langkah (its
 * package's own `modules/`, e.g. in node_modules/langkah): `check` and `build`
 * name them, so an author never mistakes them for theirs. None in Langkah's
 * own checkout, where they are the working folder's `modules/`.
 */
export const builtInUsed = (project: { modules: { dir: string; module: { id: string } }[] }, cwd = process.cwd()): string[] =>
  resolve(BUILT_IN) === resolve(cwd, 'modules')
    ? []
    : project.modules.filter((m) => resolve(m.dir).startsWith(resolve(BUILT_IN) + sep)).map((m) => m.module.id);

/** Built-in modules a curriculum can use: their ids, and how to load one. */
export interface BuiltIn {
  ids: string[];
  load: (id: string) => LoadedModule | undefined;
}

/** Paths are shown relative to the working folder, as editors expect. */
const shown = (path: string) => relative(process.cwd(), path) || '.';
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const isYaml = (p: string) => /\.ya?ml$/i.test(p);

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function invalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, UTF-16 surrogates, and code points past U+10FFFF.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Reads a source file as UTF-8 text. A file that cannot be read, or is over
 * `maxBytes`, is a problem and yields nothing; bytes that are not UTF-8 are a
 * problem at their line, and the rest of the file is still checked.
 */
function readText(path: string, problems: Problem[], limit?: { bytes: number; code: string }): string | undefined {
  const file = shown(path);
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    // A device or a pipe (a link to /dev/zero) never ends: only ordinary files are read.
    if (!stat.isFile()) throw Object.assign(new Error(), { code: stat.isDirectory() ? 'EISDIR' : 'not an ordinary file' });
    if (limit && stat.size > limit.bytes) {
      problems.push(problem(limit.code, { file, line: 1, col: 1 }, { max: limit.bytes / 1024 }));
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (e) {
    problems.push(problem('file-unreadable', { file, line: 1, col: 1 }, { detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return undefined;
  }
  const bad = isUtf8(bytes) ? -1 : invalidUtf8(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const col = before.subarray(before.lastIndexOf(0x0a) + 1).toString('utf8').length + 1;
    problems.push(problem('encoding-invalid', { file, line, col }, { value: `0x${bytes[bad]!.toString(16).toUpperCase()}` }));
  }
  return bytes.toString('utf8');
}

const readYaml = (path: string, problems: Problem[]) => readText(path, problems, { bytes: LIMITS.yamlBytes, code: 'yaml-too-large' });

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
  const folder = basename(resolve(dir));
  const text = readYaml(yamlFile, problems);
  const yaml = text === undefined ? undefined : parseYaml(text, file);
  problems.push(...(yaml?.problems ?? []));
  const parsed = yaml?.data === undefined ? undefined : ModuleSchema.safeParse(yaml.data);
  if (parsed && !parsed.success) problems.push(...issuesToProblems(parsed.error.issues, yaml!.data, yaml!.locate, file, ModuleSchema));
  // A broken module.yaml stops nothing else: the lessons it lists (as far as it can be read) are checked too.
  const broken = !parsed?.success;
  const raw = yaml?.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data) ? (yaml.data as Record<string, unknown>) : {};
  const listsLessons = !broken || (Array.isArray(raw.lessons) && raw.lessons.every((l) => typeof l === 'string'));
  const module: Module = parsed?.success
    ? parsed.data
    : ({ ...raw, id: typeof raw.id === 'string' ? raw.id : folder, lessons: listsLessons ? raw.lessons : [] } as Module);
  const locate = yaml?.locate ?? (() => ({ line: 1, col: 1 }));
  if (module.id !== folder) {
    problems.push(problem('id-mismatch', { file, ...locate(['id']) }, { value: module.id, expected: folder, what: 'folder' }));
  }
  const seen = new Set<string>();
  module.lessons.forEach((id, i) => {
    if (seen.has(id)) problems.push(problem('id-duplicate', { file, ...locate(['lessons', i]) }, { value: id }));
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

  const loaded: LoadedModule = { dir, module, lessons: { id: new Map(), en: new Map() }, assets: new Set(), files: [], ...(broken ? { broken } : {}) };
  const languageName: Record<Lang, string> = { id: 'Indonesian', en: 'English' };
  module.lessons.forEach((id, i) => {
    const present = LANGS.filter((lang) => files[lang].has(id));
    if (present.length === 0) {
      problems.push(
        problem('lesson-order-missing', { file, ...locate(['lessons', i]) }, { value: id, expected: shown(join(dir, 'id', `${id}.md`)) }),
      );
    }
  });
  for (const lang of LANGS) {
    const other = LANGS.find((l) => l !== lang)!;
    for (const id of [...files[lang]].sort()) {
      const path = join(dir, lang, `${id}.md`);
      const at = { file: shown(path), line: 1, col: 1 };
      if (listsLessons && !module.lessons.includes(id)) problems.push(problem('lesson-not-listed', at, { value: id }));
      if (!files[other].has(id)) {
        problems.push(
          problem('lesson-missing-language', at, { value: id, language: languageName[other], expected: shown(join(dir, other, `${id}.md`)) }),
        );
      }
      const source = readText(path, problems, { bytes: LIMITS.lessonBytes, code: 'lesson-too-large' });
      loaded.files.push(path);
      if (source === undefined) continue;
      const result = parseLesson(source, {
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
  // The facilitator guide is checked against the lessons module.yaml lists, so only when those can be read.
  const guideFile = join(dir, 'guide.yaml');
  if (!existsSync(guideFile)) problems.push(problem('guide-missing', { file: shown(guideFile), line: 1, col: 1 }, { value: module.id, expected: shown(guideFile) }));
  else if (!broken) {
    const text = readYaml(guideFile, problems);
    const guide = text === undefined ? undefined : checkGuide(text, shown(guideFile), module, problems, closest);
    if (guide) loaded.guide = guide;
  }
  return loaded;
}

/** The closest of `known` to a misspelled `value`, when one is close enough to be meant. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(value, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `stop`) once it reaches `stop`. */
function distance(a: string, b: string, stop: number): number {
  if (Math.abs(a.length - b.length) >= stop) return stop;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) >= stop) return stop;
    row = next;
  }
  return Math.min(row[b.length]!, stop);
}

const suggest = (value: string, known: Iterable<string>) => {
  const near = closest(value, known);
  return near ? `did you mean "${near}"? ` : '';
};

/** The sample organiser of the default course (modules/curricula/kelas-digital-umkm.yaml), in either language. */
const SAMPLE_ORGANISER = /contoh penyelenggara|ganti dengan nama lembaga|sample organiser|replace with your organisation/i;

/** A curriculum entry as far as it can be read, at its index in `modules`. */
interface Entry {
  i: number;
  module: string;
  lessons?: unknown[];
  requires?: unknown[];
  day?: unknown;
  session?: unknown;
}

function entries(data: unknown): Entry[] {
  const list = (data as { modules?: unknown } | null)?.modules;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown, i): Entry[] => {
    if (!e || typeof e !== 'object' || typeof (e as Entry).module !== 'string') return [];
    const { module, lessons, requires, day, session } = e as Record<string, unknown>;
    return [{ i, module: module as string, ...(Array.isArray(lessons) ? { lessons } : {}), ...(Array.isArray(requires) ? { requires } : {}), day, session }];
  });
}

/**
 * Days and sessions: once a curriculum has them, they start at its first
 * module; days go 1, 2, 3 (a number skipped would be a day without modules); a
 * session's name comes once a day. Wrong types are zod's to report.
 */
function checkDays(list: Entry[], at: (...path: (string | number)[]) => Pick<Problem, 'file' | 'line' | 'col'>, problems: Problem[]) {
  const days = list.some((e) => e.day !== undefined);
  const first = list[0];
  // The course page would show its first modules under no heading.
  if (first && first.day === undefined && (days || (first.session === undefined && list.some((e) => e.session !== undefined)))) {
    problems.push(problem('curriculum-part-first', at('modules', first.i, 'module'), { value: first.module }));
  }
  let day = 0;
  const sessions = new Set<string>();
  list.forEach((e) => {
    if (typeof e.day === 'number' && Number.isInteger(e.day) && e.day >= 1) {
      if (e.day !== day && e.day !== day + 1) {
        problems.push(problem('curriculum-day-order', at('modules', e.i, 'day'), {
          value: e.day, previous: day ? `day ${day}` : 'the start of the course', choices: day ? `"day: ${day}" or "day: ${day + 1}"` : '"day: 1"',
        }));
      }
      if (e.day !== day) sessions.clear();
      day = e.day;
    }
    const name = (e.session as { id?: unknown } | undefined)?.id;
    if (typeof name !== 'string') return;
    if (sessions.has(name)) problems.push(problem('curriculum-session-duplicate', at('modules', e.i, 'session', 'id'), { value: name, day: day ? `day ${day}` : 'the course' }));
    sessions.add(name);
  });
}

/**
 * Checks a curriculum against the modules it can see; `used` collects the ids
 * of the modules it names, whose own problems belong to its check. Its
 * references are checked even when another field is wrong.
 */
export function loadCurriculum(
  path: string,
  modules: Map<string, LoadedModule>,
  problems: Problem[],
  used: Set<string> = new Set(),
  builtIn?: BuiltIn,
): LoadedCurriculum | undefined {
  const file = shown(path);
  const text = readYaml(path, problems);
  if (text === undefined) return undefined;
  const yaml = parseYaml(text, file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined) return undefined;
  const parsed = CurriculumSchema.safeParse(yaml.data);
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues, yaml.data, yaml.locate, file, CurriculumSchema));
  const list = entries(yaml.data);
  const at = (...path: (string | number)[]) => ({ file, ...yaml.locate(path) });
  const shipped = (builtIn?.ids ?? []).filter((id) => !modules.has(id));
  const known = [[...modules.keys()].sort().join(', ') || '(none found)', ...(shipped.length ? [`built into Langkah: ${shipped.join(', ')}`] : [])].join('; ');
  const included = new Set<string>();
  /** Modules named but unknown or broken: already reported, so a `requires` naming them says nothing more (review 10b, F8). */
  const unread = new Set<string>();
  const seen = new Set<string>();
  for (const entry of list) {
    const { i } = entry;
    if (seen.has(entry.module)) problems.push(problem('id-duplicate', at('modules', i, 'module'), { value: entry.module }));
    seen.add(entry.module);
    let mod = modules.get(entry.module);
    if (!mod && shipped.includes(entry.module)) {
      mod = builtIn!.load(entry.module);
      if (mod) modules.set(entry.module, mod);
    }
    if (!mod) {
      const near = suggest(entry.module, [...modules.keys(), ...shipped]);
      problems.push(problem('curriculum-module-unknown', at('modules', i, 'module'), { value: entry.module, allowed: known, suggest: near }));
      // A misspelt module: a `requires` of the module it was meant to be is the same mistake, already told.
      const meant = closest(entry.module, [...modules.keys(), ...shipped]);
      unread.add(entry.module);
      if (meant && !list.some((e) => e.module === meant)) unread.add(meant);
      continue;
    }
    used.add(entry.module);
    included.add(entry.module);
    if (mod.broken) {
      problems.push(problem('curriculum-module-broken', at('modules', i, 'module'), { value: entry.module, file: shown(join(mod.dir, 'module.yaml')) }));
      unread.add(entry.module);
      continue;
    }
    const lessons = entry.lessons ?? mod.module.lessons;
    (entry.lessons ?? []).forEach((lesson, j) => {
      if (typeof lesson === 'string' && !mod.module.lessons.includes(lesson)) {
        problems.push(
          problem('curriculum-lesson-unknown', at('modules', i, 'lessons', j), {
            value: lesson, module: entry.module, allowed: mod.module.lessons.join(', '), suggest: suggest(lesson, mod.module.lessons),
          }),
        );
      }
    });
    for (const lesson of lessons) if (typeof lesson === 'string') included.add(`${entry.module}/${lesson}`);
  }

  checkDays(list, at, problems);
  // The default course's placeholder, copied into a real course: learners would read it on their certificates.
  const organiser = (yaml.data as { organiser?: unknown } | null)?.organiser;
  if (typeof organiser === 'string' && SAMPLE_ORGANISER.test(organiser)) problems.push(problem('organiser-sample', at('organiser'), { value: organiser }));

  // Prerequisites: each must name something in the course, and they must not go round in a circle.
  const graph = new Map<string, string[]>();
  for (const entry of list) {
    const edges: string[] = [];
    (entry.requires ?? []).forEach((ref, j) => {
      if (typeof ref !== 'string' || unread.has(entry.module) || unread.has(ref.split('/')[0]!)) return;
      if (modules.has(entry.module) && !included.has(ref)) {
        problems.push(problem('curriculum-requires-unknown', at('modules', entry.i, 'requires', j), { value: ref, suggest: suggest(ref, included) }));
      } else edges.push(ref.split('/')[0]!);
    });
    graph.set(entry.module, [...(graph.get(entry.module) ?? []), ...edges]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(node)), node];
      const key = [...cycle].sort().join();
      if (!reported.has(key)) {
        reported.add(key);
        const i = list.find((m) => m.module === node)?.i ?? 0;
        problems.push(problem('curriculum-cycle', { file, ...yaml.locate(['modules', i, 'requires'], true) }, { value: cycle.join(' → ') }));
      }
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return parsed.success ? { file: path, curriculum: parsed.data } : undefined;
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
    if (mod) {
      modules.push(mod);
      own.push(...quizBalanceProblems(mod));
    }
    // A lesson named on the command line: report that file's problems (and its module's own).
    const only = onlyFiles.get(dir);
    if (only && !paths.some((p) => resolve(p) === dir)) {
      // A lesson outside any module is said so, not passed as "0 lesson files: no errors".
      problems.push(...own.filter((p) => only.has(p.file ?? '') || p.file?.endsWith('module.yaml') || p.code === 'module-missing'));
      if (mod) Object.assign(mod, { partial: true, files: mod.files.filter((f) => only.has(shown(f))) });
    } else problems.push(...own);
  }

  const curricula: LoadedCurriculum[] = [];
  // Modules a curriculum can see but that were not named: checked when it uses them, with the same messages.
  const seen = new Map<string, { mod: LoadedModule; problems: Problem[] }>();
  const byId = new Map(modules.map((m) => [m.module.id, m]));
  /** Loads a module a curriculum can see, once for all curricula. */
  const visit = (dir: string): LoadedModule | undefined => {
    let found = seen.get(dir);
    if (!found) {
      const own: Problem[] = [];
      const mod = loadModule(dir, own);
      if (!mod) return undefined;
      found = { mod, problems: own };
      seen.set(dir, found);
    }
    return found.mod;
  };
  const shipped = isDir(BUILT_IN) ? moduleDirs(BUILT_IN).map((d) => basename(d)) : [];
  // Loaded only when a curriculum names one: most projects use a few, or none.
  const builtIn: BuiltIn = { ids: shipped, load: (id) => visit(join(BUILT_IN, id)) };
  for (const file of [...curriculumFiles].sort()) {
    // A curriculum sees the modules beside it, in a `modules/` folder beside it (a course file saved in the project's
    // root: review 10b, F4) and in the folder above (modules/curricula/x.yaml → modules/).
    const visible = new Map(byId);
    for (const root of [dirname(file), join(dirname(file), 'modules'), dirname(dirname(file))].filter(isDir)) {
      for (const dir of moduleDirs(root)) {
        if (modules.some((m) => resolve(m.dir) === resolve(dir))) continue;
        const mod = visit(dir);
        if (mod && !visible.has(mod.module.id)) visible.set(mod.module.id, mod);
      }
    }
    const used = new Set<string>();
    const cur = loadCurriculum(file, visible, problems, used, builtIn);
    if (cur) curricula.push(cur);
    for (const id of used) {
      const extra = [...seen.values()].find((s) => s.mod === visible.get(id));
      if (extra && !modules.includes(extra.mod)) {
        modules.push(extra.mod);
        byId.set(id, extra.mod);
        problems.push(...extra.problems);
      }
    }
  }
  return { modules, curricula, problems };
}
