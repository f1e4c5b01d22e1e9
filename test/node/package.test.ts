/**
 * The npm tarball (run after `npm run build`): what `npm pack` would publish
 * carries what users need and nothing else.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { before, describe, it } from 'node:test';

// npm's own version-range rules (a dev dependency without bundled types).
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let files: string[] = [];
/** A folder holding the tarball, as `npm pack` writes it, and its name. */
const packed = { dir: mkdtempSync(join(tmpdir(), 'langkah-installed-')), tarball: '' };

describe('the npm package (run after npm run build)', () => {
  before(() => {
    // The list is the one `npm pack --dry-run --json` prints; packing for real also gives the tarball to install.
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed.dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [result] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    files = result!.files.map((f) => f.path);
    packed.tarball = result!.filename;
  });

  it('holds the bundle, the modules, the types, the CLI, the manifest and the docs', () => {
    for (const f of [
      'bin/langkah.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/cli/main.js',
      'dist/cdn/langkah.js',
      'dist/cdn/langkah-markdown-worker.js',
      // The course builder: its pages (dist/ served as a folder: /builder/) and its file.
      'dist/builder/index.html',
      'dist/builder/course.html',
      'dist/builder/course-sw.js',
      'dist/cdn/langkah-builder.js',
      'dist/cdn/langkah-course-link.js',
      'dist/modules/index.json',
      'custom-elements.json',
      'docs/embedding.md',
      'README.md',
      'LICENSE',
    ]) {
      assert.ok(files.includes(f), `${f} is missing`);
    }
  });

  it('ships a course builder page whose every address is a file of the package', () => {
    for (const page of ['dist/builder/index.html', 'dist/builder/course.html']) {
      const html = readFileSync(page, 'utf8');
      const refs = [...html.matchAll(/(?:src|href|catalogue|data-catalogue|data-worker|course-page|cdn)="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(refs.length >= 3, page);
      for (const ref of refs) {
        const path = join(dirname(page), ref).split('\\').join('/');
        assert.ok(ref.endsWith('/') ? files.some((f) => f.startsWith(path)) : files.includes(path), `${page} points at ${ref}, which is not in the package`);
      }
    }
  });

  it('ships the Markdown sources of the built-in modules, so a curriculum can use them', () => {
    for (const f of ['modules/kunci-akun/module.yaml', 'modules/kunci-akun/id/kode-otp.md', 'modules/kunci-akun/en/kode-otp.md']) {
      assert.ok(files.includes(f), `${f} is missing`);
    }
  });

  it('leaves out the demo course pack, source maps, the CLI types, build markers, sources and tests', () => {
    const unwanted = files.filter(
      (f) => f.startsWith('dist/course/') || f.endsWith('.map') || f.endsWith('/.langkah-build') || /^dist\/cli\/.*\.d\.ts$/.test(f) || /^(src|test|bench|examples|scripts)\//.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('has no sourceMappingURL comment in a shipped file (the maps are not shipped)', () => {
    const pointing = files.filter((f) => /\.(m?js|css)$/.test(f) && /sourceMappingURL=/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(pointing, []);
  });

  it('ships every file that package.json points at', () => {
    const targets = [pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, ...Object.values(pkg.bin as Record<string, string>)];
    for (const entry of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
      targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
    }
    for (const target of targets) {
      const path = (target as string).replace(/^\.\//, '');
      const ok = path.includes('*') ? files.some((f) => f.startsWith(path.slice(0, path.indexOf('*')))) : files.includes(path);
      assert.ok(ok, `${target} is not in the package`);
    }
  });

  it('installed in a project, its command checks and builds a curriculum that uses a module Langkah ships', () => {
    // What `npm install langkah` leaves: the tarball unpacked in node_modules/langkah, its dependencies beside it.
    const project = packed.dir;
    const installed = join(project, 'node_modules/langkah');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, packed.tarball), '-C', installed, '--strip-components=1']);
    for (const dep of Object.keys(pkg.dependencies)) {
      // A scoped dependency (@lit/react) sits in a folder of its scope.
      mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
      symlinkSync(resolve('node_modules', dep), join(project, 'node_modules', dep));
    }
    mkdirSync(join(project, 'modules/curricula'), { recursive: true });
    writeFileSync(
      join(project, 'modules/curricula/kelas.yaml'),
      'id: kelas\nversion: 1\ntitle: { id: Kelas, en: Class }\norganiser: Dinas\nlanguages: [id, en]\nmodules:\n  - module: kunci-akun\n    lessons: [kode-otp]\n',
    );
    const langkah = (...args: string[]) => spawnSync(process.execPath, [join(installed, 'bin/langkah.js'), ...args], { cwd: project, encoding: 'utf8' });

    assert.equal(langkah('--version').stdout.trim(), pkg.version);
    const checked = langkah('check', 'modules/curricula/kelas.yaml');
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    // The module is the package's own copy, and the author is told so (review 10b, F4).
    assert.match(checked.stderr, /checked 1 module, \d+ lesson files, 1 curriculum \(all from the copies built into Langkah: kunci-akun\): no errors/);
    const built = langkah('build', 'modules/curricula/kelas.yaml', '--out', 'kursus');
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.match(built.stdout, /modules from the copies built into Langkah \(no folder of yours has them\): kunci-akun/);
    assert.ok(existsSync(join(project, 'kursus/modules/id/kunci-akun/kode-otp.json')), 'the lesson is in the course pack');
  });

  it('says where it comes from and where a CDN finds the bundle', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\//);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.equal(pkg.unpkg, './dist/cdn/langkah.js');
    assert.equal(pkg.jsdelivr, './dist/cdn/langkah.js');
  });
});

describe('the Node versions the project supports', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } | string[] }>;
  };
  /** Installed packages (as `name@version`) whose `engines.node` shuts out `node`. */
  const refusing = (node: string, which: (dev: boolean) => boolean) =>
    Object.entries(lock.packages)
      .filter(([path, p]) => path && which(!!p.dev) && !Array.isArray(p.engines) && p.engines?.node && !semver.satisfies(node, p.engines.node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`);

  it('every dependency a user installs runs on the oldest Node of "engines"', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    assert.deepEqual(refusing(oldest, (dev) => !dev), []);
  });

  it('npm install warns about no engine on the oldest Node of "devEngines" (pin or override what does)', () => {
    const oldest = semver.minVersion(pkg.devEngines.runtime.version)!.version;
    assert.deepEqual(refusing(oldest, () => true), []);
  });
});
