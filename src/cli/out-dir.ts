/**
 * The `--out` folder of `langkah build`. A build only ever replaces what an
 * earlier build wrote: it refuses `/`, the home folder, the working folder or
 * any folder above it, a folder holding or inside sources, and any non-empty
 * folder without Langkah's marker. The marker `.langkah-build` lists the files
 * the last build wrote; the next build deletes exactly those and nothing else.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The marker file a build leaves in its output folder. */
export const MARKER = '.langkah-build';

interface Marker {
  by: string;
  /** Files the build wrote, relative to the folder, `/`-separated. */
  files: string[];
  /** False while a build is writing; a folder left so was never finished. */
  complete: boolean;
}

export interface OutContext {
  /** The working folder (default: `process.cwd()`). */
  cwd?: string;
  /** The home folder (default: `os.homedir()`). */
  home?: string;
  /** Sources the build reads (module folders, curriculum files, the path given). */
  sources?: string[];
}

/** Why a folder cannot be used as `--out`; `langkah build` prints it and exits with 2. */
export class OutRefused extends Error {
  override name = 'OutRefused';
}

const posix = (p: string) => p.split(sep).join('/');

/** The real path of `path`, following symlinks in its existing part. */
function real(path: string): string {
  const abs = resolve(path);
  let head = abs;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    tail.unshift(basename(head));
    head = up;
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    return abs;
  }
}

/** True when `a` is `b` or a folder above it. */
const holds = (a: string, b: string) => a === b || b.startsWith(a.endsWith(sep) ? a : a + sep);

/** Every entry under `dir` (files and symlinks, never followed), relative and `/`-separated. */
function entries(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    return stat.isDirectory() ? entries(path, base) : [posix(relative(base, path))];
  });
}

function readMarker(dir: string): Marker | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Partial<Marker>;
    if (!Array.isArray(data.files) || !data.files.every((f) => typeof f === 'string')) return undefined;
    return { by: String(data.by ?? ''), files: data.files, complete: data.complete !== false };
  } catch {
    return undefined;
  }
}

/** A file or folder that means "sources live here". */
function sourceIn(dir: string): string | undefined {
  for (const name of readdirSync(dir)) {
    if (name === 'module.yaml' || name === 'package.json' || /\.(md|ya?ml)$/i.test(name)) return name;
    const path = join(dir, name);
    if (lstatSync(path).isDirectory() && existsSync(join(path, 'module.yaml'))) return `${name}/module.yaml`;
  }
  return undefined;
}

/**
 * Judges `--out DIR` without touching anything. Returns the files an earlier
 * build wrote there (to be replaced), or throws `OutRefused` with one plain
 * sentence.
 */
export function assessOut(out: string, ctx: OutContext = {}): { dir: string; previous: string[] } {
  const shown = out;
  const refuse = (why: string, fix = 'choose a new or empty folder, e.g. --out dist/course'): never => {
    throw new OutRefused(`--out ${shown} ${why}; ${fix}`);
  };
  // `--out=~/site` reaches Langkah unexpanded: a folder named "~" is one `rm -rf ~` away from harm (review 10b, F6).
  if (/^~($|[\\/])/.test(out)) refuse('starts with "~", which the shell did not turn into your home folder', `write the full path, or --out ${out.replace(/^~[\\/]?/, '') || 'dist/course'} from the folder you want`);
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(out);
  } catch {
    // Nothing there yet.
  }
  if (link?.isSymbolicLink() && !existsSync(out)) refuse('is a link to something that does not exist', 'choose a real folder');
  const dir = real(out);
  // Every existing folder on the way must be a folder: `package.json/x` cannot be made (review 10b, F5).
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    if (existsSync(up) && !lstatSync(up).isDirectory()) refuse(`goes through ${relative(process.cwd(), up) || up}, which is a file`);
  }
  if (dir === resolve('/') || dirname(dir) === dir) refuse('is the root of the disk');
  const home = real(ctx.home ?? homedir());
  if (holds(dir, home)) refuse(dir === home ? 'is your home folder' : 'is a folder above your home folder');
  const cwd = real(ctx.cwd ?? process.cwd());
  if (holds(dir, cwd)) refuse(dir === cwd ? 'is the current folder' : 'is a folder above the current one');
  for (const source of ctx.sources ?? []) {
    const src = real(source);
    if (holds(dir, src)) refuse(`holds the sources ${relative(cwd, src) || '.'}`);
  }
  // Inside sources: a folder given to build, a module folder, or the folder that holds the modules being built. A
  // curriculum's own folder is not one (a course downloaded into Downloads/ builds into Downloads/kelas-pack;
  // review 10b, F1); the folder itself is still refused below, since it holds the .yaml.
  for (const source of ctx.sources ?? []) {
    const src = real(source);
    if (!existsSync(src) || !lstatSync(src).isDirectory()) continue;
    for (const folder of existsSync(join(src, 'module.yaml')) ? [src, dirname(src)] : [src]) {
      if (!holds(folder, dir)) continue;
      const beside = join(dirname(folder), `${basename(folder)}-build`);
      refuse(`is inside the source folder ${relative(cwd, folder) || '.'}`, `choose a folder outside it, e.g. --out ${relative(cwd, beside)}`);
    }
  }
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    if (existsSync(join(up, 'module.yaml'))) refuse(`is inside the module folder ${relative(cwd, up) || '.'}`);
  }
  if (!existsSync(dir)) return { dir, previous: [] };
  if (!lstatSync(dir).isDirectory()) refuse('is a file, not a folder');
  let top: string[];
  try {
    top = readdirSync(dir);
  } catch (e) {
    return refuse(`cannot be read (${(e as { code?: string }).code ?? 'error'})`, 'choose a folder you may write to');
  }
  if (!top.length) return { dir, previous: [] };
  // Sources are never replaced, even when a marker (copied or forged) lists them.
  const source = sourceIn(dir);
  if (source) refuse(`holds sources (${source})`);
  // No marker: refused before anything below is read (`--out /usr` once walked all of /usr first).
  const marker = readMarker(dir);
  if (!marker) {
    return refuse('is a folder that Langkah did not write (it has no .langkah-build marker)', 'choose a new or empty folder, or empty this one yourself');
  }
  let found: string[];
  try {
    found = entries(dir);
  } catch (e) {
    return refuse(`holds something that cannot be read (${(e as { code?: string }).code ?? 'error'})`, 'empty the folder yourself, or choose another');
  }
  if (!marker.complete) {
    refuse('holds a build that stopped half-way', 'delete the folder yourself, then build again');
  }
  const listed = new Set([...marker.files, MARKER]);
  const foreign = found.find((f) => !listed.has(f));
  if (foreign) refuse(`holds "${foreign}", which Langkah did not write`, 'move it elsewhere, or choose another folder');
  // Only what is really in the folder is replaced: a marker naming `../x` or a path through a symlink never reaches outside.
  return { dir, previous: found.filter((f) => f !== MARKER) };
}

/**
 * Empties `out` for a new build: deletes the files the previous build listed
 * (and the folders they leave empty), then marks the folder as being written.
 * Throws `OutRefused` when `assessOut` does.
 */
export function clearOut(out: string, ctx: OutContext = {}): void {
  const { dir, previous } = assessOut(out, ctx);
  for (const file of previous) {
    const path = join(dir, file);
    rmSync(path, { force: true });
    for (let up = dirname(path); holds(dir, up) && up !== dir; up = dirname(up)) {
      if (readdirSync(up).length) break;
      rmdirSync(up);
    }
  }
  mkdirSync(dir, { recursive: true });
  markOut(dir, [], false);
}

/** Records the files a build wrote into `out` (paths absolute or relative to `out`). */
export function markOut(out: string, files: string[], complete = true): void {
  const dir = resolve(out);
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const marker: Marker = {
    by: `langkah ${version}`,
    files: [...new Set(files.map((f) => posix(relative(dir, resolve(dir, f)))))].filter((f) => f !== MARKER).sort(),
    complete,
  };
  // A marker that is a link is replaced, never written through to the file it points at.
  rmSync(join(dir, MARKER), { force: true });
  writeFileSync(join(dir, MARKER), `${JSON.stringify(marker, null, 1)}\n`);
}
