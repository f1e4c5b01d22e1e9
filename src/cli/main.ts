/**
 * The `langkah` command. Exit codes: 0 all well, 1 content problems, 2 the
 * command itself was wrong (unknown command, missing argument).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { formatProblem, sortProblems, type Problem } from '../content/errors.js';
import { badStepTypeNames } from '../content/registry.js';
import { buildModules } from './build.js';
import { assessOut, clearOut, markOut, OutRefused } from './out-dir.js';
import { buildPack, prerenderPack } from './pack.js';
import { fragmentBase, prerenderModules } from './prerender.js';
import { catalogue, formatCatalogue } from './list.js';
import { buildLmsPackage } from './scorm.js';
import { builtInUsed, loadProject, type Project } from './project.js';
import { scaffoldModule } from './scaffold.js';

/** The help text: every command and every option in OPTIONS (a test holds the two together). */
export const USAGE = `Usage: langkah <command> [options]

Commands:
  check [paths…]                 check modules, lessons and curricula (default: modules)
  build [modules] --out DIR      check, then compile lessons to JSON (default: modules → dist/modules)
  build [modules] --prerender --out DIR
                                 also each lesson's first step as HTML to paste into a page
                                 (<lesson>.html beside its JSON; see docs/embedding.md)
  build <curriculum.yaml> --out DIR
                                 an offline course pack: a static folder with the course,
                                 the bundle, the lessons and a service worker
  build <curriculum.yaml> --prerender --out DIR
                                 also a page of its own for each lesson, its first step
                                 prerendered (lesson.<module>.<lesson>.<lang>.html)
  build <curriculum.yaml> --scorm 1.2|2004 --out FILE.zip
                                 a SCORM package for an LMS such as Moodle (one SCO for the course)
  build <curriculum.yaml> --cmi5 [--base IRI] --out FILE.zip
                                 a cmi5 course package (one AU for the course; ids under IRI)
  new module <id> [--dir DIR]    write a new module with both languages (default dir: modules)
  list [modules|lessons] [--lang id|en] [--dir DIR]
                                 the catalogue: ids, level, minutes and titles of the modules
                                 (default) or of every lesson, as module/lesson, the way a
                                 curriculum names them (default dir: modules; without one,
                                 the modules built into Langkah)

  --out DIR must be new, empty, or written by an earlier build: Langkah marks its output
  with a .langkah-build file that lists what it wrote, and replaces exactly those files.
  It refuses (exit 2) /, your home folder, the current folder or one above it, a folder
  holding or inside sources, and any other folder that is not empty.
  With --scorm or --cmi5, --out is a .zip file, replaced only when Langkah wrote it.

Problems are printed one a line, as file:line:col  message  (hint)  [code]; the code
names the problem in docs/authoring.md. Exit codes: 0 all well, 1 content problems,
2 the command itself was wrong.

Options:
  -o, --out DIR|FILE             where build writes (see above)
  --scorm 1.2|2004               build a SCORM package of that version
  --cmi5                         build a cmi5 package
  --base IRI                     with --cmi5: the address the package's ids start with
  --base URL                     with build [modules] --prerender: where your pages find the
                                 output folder (https://…/langkah/ or /langkah/); every URL a
                                 fragment writes is then absolute under it
  --prerender                    with build: prerendered lesson fragments (modules) or lesson
                                 pages (a course pack) too
  --bundle URL                   with build [modules] --prerender: the address of langkah.js on
                                 your pages; each fragment then loads it and preloads the
                                 chunks its lesson needs
  --dir DIR                      with new module: the folder to write it in; with list: the
                                 modules folder to read
  --lang id|en                   with list: the language of the titles (default id)
  -h, --help                     show this help
  --version                      print the version of Langkah
`;

/** The command line's options, for `parseArgs`. */
export const OPTIONS = {
  out: { type: 'string', short: 'o' },
  scorm: { type: 'string' },
  cmi5: { type: 'boolean' },
  base: { type: 'string' },
  prerender: { type: 'boolean' },
  bundle: { type: 'string' },
  dir: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** The version of the installed package (package.json sits two folders up from dist/cli and from src/cli). */
const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

class UsageError extends Error {}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One problem as the CLI prints it: `file:line:col  message  (hint)  [code]`. */
export const problemLine = (p: Problem): string => `${formatProblem(p)}  [${p.code}]`;

function report(problems: Problem[], io: Io): { errors: number; warnings: number } {
  const sorted = sortProblems(problems);
  // The code last, where it does not stand between an author and the message, but can be looked up.
  for (const p of sorted) io.out(problemLine(p));
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (sorted.length) io.err(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return { errors, warnings };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a check looked at, for its closing line: only what it really read. */
function checked(project: Project): string {
  const modules = project.modules.filter((m) => !m.partial);
  const lessons = project.modules.reduce((n, m) => n + m.files.length, 0);
  const own = builtInUsed(project);
  return [
    ...(modules.length ? [count(modules.length, 'module')] : []),
    count(lessons, 'lesson file'),
    ...(project.curricula.length ? [count(project.curricula.length, 'curriculum', 'curricula')] : []),
  ].join(', ') + (own.length ? ` (${own.length === modules.length ? 'all' : count(own.length, 'module')} from the copies built into Langkah: ${own.join(', ')})` : '');
}

/**
 * Loads `langkah.config.mjs` (or `.js`) from the working folder when there is
 * one: the place to call `registerStepType` so that check and build know a
 * project's own step types.
 */
async function loadConfig(io: Io): Promise<boolean> {
  for (const name of ['langkah.config.mjs', 'langkah.config.js']) {
    const path = resolve(name);
    if (!existsSync(path)) continue;
    try {
      await import(pathToFileURL(path).href);
    } catch (e) {
      io.err(`langkah: ${name} failed to load: ${(e as Error).message}`);
      return false;
    }
    const bad = badStepTypeNames();
    if (bad.length) {
      io.err(`langkah: ${name} registers the step type ${bad.map((n) => `"${n}"`).join(', ')}: use lowercase letters, digits and hyphens, and not quiz, checklist, tip, warning or audio`);
      return false;
    }
  }
  return true;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.out(version());
      return 0;
    }
    if (values.help || !command) {
      (values.help ? io.out : io.err)(USAGE);
      return values.help ? 0 : 2;
    }
    if ((command === 'check' || command === 'build') && !(await loadConfig(io))) return 2;
    switch (command) {
      case 'check': {
        const project = loadProject(rest.length ? rest : ['modules']);
        const { errors } = report(project.problems, io);
        if (!errors) io.err(`checked ${checked(project)}: no errors`);
        return errors ? 1 : 0;
      }
      case 'build': {
        if (rest.length > 1) throw new UsageError('build takes one modules folder');
        const source = rest[0] ?? 'modules';
        const pack = /\.ya?ml$/i.test(source);
        if (pack && !values.out) throw new UsageError('a course pack needs --out DIR');
        if (pack && values.bundle !== undefined) throw new UsageError('--bundle is for a modules folder\'s fragments: a course pack carries its own bundle');
        if (values.bundle !== undefined && !values.prerender) throw new UsageError('--bundle goes with --prerender: langkah build modules --prerender --bundle /langkah/cdn/langkah.js --out DIR');
        if (values.bundle !== undefined && !(URL.canParse(values.bundle, 'https://site.invalid/') && /^https?:$/.test(new URL(values.bundle, 'https://site.invalid/').protocol) && /^[^\s"'<>]*(^|\/)langkah\.js$/.test(values.bundle))) {
          // A wrong value, not a wrong command: one line, as for --base (review 16b, F7).
          io.err(`langkah build: --bundle is the address of langkah.js, such as /langkah/cdn/langkah.js or https://…/langkah.js, not "${values.bundle}"`);
          return 2;
        }
        const outArg = values.out ?? 'dist/modules';
        const out = resolve(outArg);
        const project = loadProject([source]);
        // For a course pack, these are the modules the curriculum uses: checked like any other, and so built or refused.
        const modules = new Map(project.modules.map((m) => [m.module.id, m]));
        if (values.scorm !== undefined || values.cmi5) {
          // An LMS package is one zip file: it replaces only a zip Langkah wrote (checked when it is written).
          if (!pack) throw new UsageError('--scorm and --cmi5 need a curriculum: langkah build <curriculum.yaml> --scorm 1.2|2004 --out course.zip');
          if (values.cmi5 && values.scorm !== undefined) throw new UsageError('choose one: --scorm or --cmi5');
          const kind = values.cmi5 ? 'cmi5' : values.scorm;
          if (kind !== '1.2' && kind !== '2004' && kind !== 'cmi5') throw new UsageError(`--scorm takes 1.2 or 2004, not "${kind}"`);
          if (!/\.zip$/i.test(out)) throw new UsageError('an LMS package is a zip file: write --out course.zip');
          if (values.base !== undefined && !/^https?:\/\/\S+$/.test(values.base)) throw new UsageError('--base must be an absolute http(s) IRI, e.g. https://dinas.example.go.id/langkah');
          if (report(project.problems, io).errors || !project.curricula[0]) {
            io.err('build stopped: fix the errors above first');
            return 1;
          }
          try {
            const made = buildLmsPackage(project.curricula[0], modules, kind, out, values.base);
            io.out(`${kind === 'cmi5' ? 'cmi5' : `SCORM ${kind}`} package: ${relative(process.cwd(), out)}  (${made.files} files, ${(made.bytes / 1024).toFixed(1)} KiB)`);
            return 0;
          } catch (e) {
            io.err(`langkah build: ${(e as Error).message}`);
            return e instanceof OutRefused ? 2 : 1;
          }
        }
        let base: string | undefined;
        if (values.base !== undefined) {
          if (pack || !values.prerender) throw new UsageError('--base goes with --cmi5, or with --prerender for a modules folder: langkah build modules --prerender --base https://…/langkah/ --out DIR');
          try {
            base = fragmentBase(values.base);
          } catch (e) {
            io.err(`langkah build: ${(e as Error).message}`);
            return 2;
          }
        }
        // Judge --out before anything is written or reported: it must never lie on or above what it would replace.
        const sources = [resolve(source), ...[...modules.values()].map((m) => m.dir), ...project.curricula.map((c) => c.file)];
        try {
          assessOut(outArg, { sources });
        } catch (e) {
          if (e instanceof OutRefused) {
            io.err(`langkah build: ${e.message}`);
            return 2;
          }
          throw e;
        }
        const { errors } = report(project.problems, io);
        if (errors || (pack && !project.curricula[0])) {
          io.err('build stopped: fix the errors above first');
          return 1;
        }
        if (pack) {
          let packed;
          try {
            packed = buildPack(project.curricula[0]!, modules, out);
            if (values.prerender) packed = await prerenderPack(out);
          } catch (e) {
            io.err(`langkah build: ${(e as Error).message}`);
            return e instanceof OutRefused ? 2 : 1;
          }
          markOut(out, packed.files.map((f) => f.path));
          const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
          const gzip = packed.files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f.path))).length, 0);
          io.out(`course pack: ${relative(process.cwd(), out) || '.'}`);
          io.out(`  ${packed.files.length} files, ${kib(packed.total)} (${kib(gzip)} gzip)`);
          const own = builtInUsed(project);
          if (own.length) io.out(`  modules from the copies built into Langkah (no folder of yours has them): ${own.join(', ')}`);
          io.out('  largest:');
          for (const f of packed.files.slice(0, 8)) io.out(`    ${kib(f.bytes).padStart(10)}  ${f.path}`);
          return 0;
        }
        clearOut(outArg, { sources });
        const { files } = buildModules(project.modules, out);
        const prerendered = values.prerender ? await prerenderModules(out, { bundle: values.bundle, base }) : undefined;
        if (prerendered) files.push(...prerendered.files);
        markOut(out, files.map((f) => f.path));
        const bytes = files.reduce((n, f) => n + f.bytes, 0);
        io.err(`built ${project.modules.length} modules into ${relative(process.cwd(), out) || '.'}: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
        if (prerendered?.styleSrc.length) io.err(`under a strict Content-Security-Policy, let the fragments' styles in: style-src 'self' ${prerendered.styleSrc.join(' ')}`);
        if (prerendered) io.err(`langkah-resume.js pasted inline in the page's <head> instead of linked (faster for every learner): script-src 'self' ${prerendered.resumeSrc}`);
        return 0;
      }
      case 'new': {
        const [kind, id] = rest;
        if (kind !== 'module' || !id) throw new UsageError('write: langkah new module <id>');
        if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new UsageError(`"${id}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter`);
        try {
          for (const file of scaffoldModule(values.dir ?? 'modules', id)) io.out(`wrote ${file}`);
        } catch (e) {
          io.err(`langkah new: ${(e as Error).message}`);
          return 1;
        }
        io.err(`next: add "${id}" to a curriculum, then run: npx langkah check ${values.dir ?? 'modules'}/${id}`);
        return 0;
      }
      case 'list': {
        const [kind = 'modules', ...more] = rest;
        if ((kind !== 'modules' && kind !== 'lessons') || more.length) throw new UsageError('write: langkah list [modules|lessons] [--lang id|en]');
        const lang = values.lang ?? 'id';
        if (lang !== 'id' && lang !== 'en') throw new UsageError(`--lang takes id or en, not "${lang}"`);
        const dir = values.dir ?? 'modules';
        const cat = catalogue(dir);
        if (!cat) {
          io.err(`langkah list: no folder "${dir}" here, and no built modules in the Langkah package (run npm run build)`);
          return 1;
        }
        for (const line of formatCatalogue(cat, kind, lang)) io.out(line);
        const lessons = cat.modules.reduce((n, m) => n + m.lessons.length, 0);
        io.err(`${count(cat.modules.length, 'module')}, ${count(lessons, 'lesson')} from ${cat.from}`);
        if (cat.broken.length) io.err(`left out, with errors: ${cat.broken.join(', ')} (run npx langkah check ${dir})`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`langkah: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // Whatever went wrong underneath, the author gets one line, not a stack trace.
    io.err(`langkah: could not finish: ${(e as Error)?.message ?? String(e)} (this is a bug in Langkah; please report it)`);
    return 1;
  }
}

// Run when executed directly (bin/langkah.js imports and calls `main`).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli/main.ts')) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
