/**
 * `langkah check` reports each kind of author error at the exact place in the
 * source: one broken fixture per kind, asserting the whole `path:line:col`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { assessOut, OutRefused } from '../../src/cli/out-dir.js';
import { closest } from '../../src/cli/project.js';
import { guideYaml, lessonText, module, moduleYaml, run, tree } from './helpers.js';

/** Runs `check` on the module and returns its lines with the temp folder shortened to `D`. */
async function check(files: Record<string, string>, remove: string[] = []) {
  const dir = module(files);
  for (const f of remove) rmSync(join(dir, f));
  const r = await run('check', join(dir, 'contoh'));
  return { ...r, lines: r.out.map((l) => l.split(dir).join('D')) };
}

const ID = 'contoh/id/pelajaran.md';
/** The ids of the modules Langkah ships, as a curriculum's "known modules" lists them. */
const BUILT_IN = readdirSync('modules').filter((d) => existsSync(join('modules', d, 'module.yaml'))).sort().join(', ');
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"></svg>';

describe('langkah check', () => {
  it('passes a clean module with exit code 0 and prints nothing on stdout', async () => {
    const r = await check({});
    assert.equal(r.code, 0);
    assert.deepEqual(r.lines, []);
  });

  const cases: [string, Record<string, string>, string, string[]?][] = [
    [
      'a YAML syntax error, at the unclosed quote',
      { [ID]: lessonText().replace('title: Contoh pelajaran', 'title: "Contoh') },
      `D/${ID}:3:8  YAML syntax error: Missing closing "quote`,
    ],
    [
      'an unknown frontmatter field, at its key',
      { [ID]: lessonText().replace('goal:', 'autor: Bu Sri\ngoal:') },
      `D/${ID}:4:1  unknown field "autor"  (remove it or correct the spelling; allowed here: id, title, goal, duration, checked, verify, sources, pass)`,
    ],
    [
      'a missing frontmatter field, at the frontmatter',
      { [ID]: lessonText().replace('goal: Anda tahu satu hal.\n', '') },
      `D/${ID}:2:1  required field "goal" is missing`,
    ],
    [
      'an unknown block type, at its opening line',
      { [ID]: lessonText('pelajaran', '\n:::video\nx\n:::\n') },
      `D/${ID}:25:1  unknown block ":::video"`,
    ],
    [
      'an unknown question type, at the type',
      { [ID]: lessonText().replace('? Mana', '?[essay] Mana') },
      `D/${ID}:18:3  unknown question type "essay"`,
    ],
    [
      'a question with no correct answer, at the question',
      { [ID]: lessonText().replace('- [x] Ini', '- [ ] Ini') },
      `D/${ID}:18:1  the question has no correct answer  (mark the right option with "- [x]")`,
    ],
    [
      'a question with a single option, at the question',
      { [ID]: lessonText().replace('- [ ] Itu\n  > Bukan.\n', '') },
      `D/${ID}:18:1  the question has fewer than two options`,
    ],
    [
      'a duplicate step id, at the second step',
      { [ID]: lessonText('pelajaran', '\n## Lagi {#s1}\n\nTeks.\n') },
      `D/${ID}:25:1  the id "s1" is used twice`,
    ],
    [
      'a duplicate lesson id in module.yaml, at the second entry',
      { 'contoh/module.yaml': moduleYaml('contoh', ['pelajaran', 'pelajaran']) },
      'D/contoh/module.yaml:12:5  the id "pelajaran" is used twice',
    ],
    [
      'a lesson order naming a missing lesson, at the entry',
      { 'contoh/module.yaml': moduleYaml('contoh', ['pelajaran', 'hilang']) },
      'D/contoh/module.yaml:12:5  module.yaml lists the lesson "hilang", but there is no file',
    ],
    [
      'an image without alt text, at the image',
      {
        [ID]: lessonText().replace('Teks langkah satu.', 'Teks.\n\n![](images/a.svg)'),
        'contoh/id/images/a.svg': svg,
      },
      `D/${ID}:15:1  the image has no alt text`,
    ],
    [
      'an unsafe link, at the link',
      { [ID]: lessonText().replace('Teks langkah satu.', 'Lihat [ini](javascript:alert(1)) ya.') },
      `D/${ID}:13:7  the address "javascript:alert(1)" uses a scheme that is not allowed`,
    ],
    [
      'an unsafe image URL, at the image',
      { [ID]: lessonText().replace('Teks langkah satu.', 'Teks.\n\n![foto](data:image/png;base64,AA)') },
      `D/${ID}:15:1  the address "data:image/png;base64,AA" uses a scheme that is not allowed`,
    ],
    [
      'an empty step, at its heading',
      { [ID]: lessonText().replace('## Latihan', '## Kosong\n\n## Latihan') },
      `D/${ID}:15:1  the step "Kosong" has no content`,
    ],
    [
      'an unclosed block, at its opening line',
      { [ID]: lessonText('pelajaran', '\n:::tip\nJangan lupa.\n') },
      `D/${ID}:25:1  the block ":::tip" is never closed`,
    ],
    [
      'a table, at the table',
      { [ID]: lessonText().replace('Teks langkah satu.', '| a | b |\n|---|---|\n| 1 | 2 |') },
      `D/${ID}:13:1  tables are not supported`,
    ],
    [
      'text before the first step, at the text',
      { [ID]: lessonText().replace('\n## Langkah satu', 'Halo.\n\n## Langkah satu') },
      `D/${ID}:10:1  text before the first step`,
    ],
    [
      'a lesson id that differs from its file name, at the id',
      { [ID]: lessonText('lain') },
      `D/${ID}:2:5  id "lain" does not match the file name "pelajaran"`,
    ],
    [
      'a lesson file missing from module.yaml, at the file',
      { 'contoh/id/ekstra.md': lessonText('ekstra'), 'contoh/en/ekstra.md': lessonText('ekstra') },
      'D/contoh/en/ekstra.md:1:1  the lesson "ekstra" is not listed in module.yaml',
    ],
    [
      'a checklist line that is not an item, at the line',
      { [ID]: lessonText('pelajaran', '\n:::checklist\n- [ ] Satu\nDua\n:::\n') },
      `D/${ID}:27:1  this line is not a checklist item: "Dua"`,
    ],
  ];

  for (const [name, files, expected] of cases) {
    it(`reports ${name}`, async () => {
      const r = await check(files);
      assert.equal(r.code, 1, r.lines.join('\n'));
      assert.ok(
        r.lines.some((l) => l.startsWith(expected)),
        `expected a line starting with\n  ${expected}\ngot\n  ${r.lines.join('\n  ')}`,
      );
    });
  }

  it('reports a lesson present in one language only, at the lesson it has', async () => {
    const r = await check({}, ['contoh/en/pelajaran.md']);
    assert.equal(r.code, 1);
    assert.match(r.lines.join('\n'), /^D\/contoh\/id\/pelajaran\.md:1:1 {2}the lesson "pelajaran" has no English version {2}\(write .*contoh\/en\/pelajaran\.md too/m);
  });

  it('reports every problem in one run, sorted by file and line', async () => {
    const broken = lessonText()
      .replace('goal:', 'autor: x\ngoal:')
      .replace('- [x] Ini', '- [ ] Ini')
      .replace('Teks langkah satu.', '![](a.png)');
    const r = await check({ [ID]: broken, 'contoh/en/pelajaran.md': lessonText().replace('? Mana', '?[essay] Mana') });
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.lines.map((l) => l.split('  ')[0]),
      [`D/contoh/en/pelajaran.md:18:3`, `D/${ID}:4:1`, `D/${ID}:14:1`, `D/${ID}:14:1`, `D/${ID}:19:1`],
      'a frontmatter error does not hide the problems of the body, nor of the other file',
    );
    const body = await check({ [ID]: lessonText().replace('- [x] Ini', '- [ ] Ini').replace('Teks langkah satu.', '![](a.png)') });
    assert.deepEqual(
      body.lines.map((l) => l.split('  ')[0]),
      [`D/${ID}:13:1`, `D/${ID}:13:1`, `D/${ID}:18:1`],
      'a missing file and no alt text on the same image, then the quiz',
    );
  });

  it('says nothing more about a prerequisite in a module already reported broken or misspelt (review 10b, F8)', async () => {
    const files = (mod: string, broken: boolean) => ({
      'modules/alpha/module.yaml': broken ? 'id: alpha\ntitle: [tidak ditutup\n' : moduleYaml('alpha'),
      'modules/alpha/guide.yaml': guideYaml(),
      'modules/alpha/id/pelajaran.md': lessonText(),
      'modules/alpha/en/pelajaran.md': lessonText(),
      'modules/bravo/module.yaml': moduleYaml('bravo'),
      'modules/bravo/guide.yaml': guideYaml(),
      'modules/bravo/id/pelajaran.md': lessonText(),
      'modules/bravo/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': `id: kelas\nversion: 1\ntitle: { id: Kelas, en: Class }\norganiser: Dinas\nlanguages: [id, en]\nmodules:\n  - module: ${mod}\n  - module: bravo\n    requires: [alpha/pelajaran]\n`,
    });
    for (const [mod, broken, code] of [['alpha', true, 'curriculum-module-broken'], ['alpa', false, 'curriculum-module-unknown']] as const) {
      const dir = tree(files(mod, broken));
      const r = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
      assert.equal(r.code, 1);
      const codes = r.out.map((l) => /\[([\w-]+)\]$/.exec(l)?.[1]);
      assert.ok(codes.includes(code), r.out.join('\n'));
      assert.ok(!codes.includes('curriculum-requires-unknown'), r.out.join('\n'));
    }
  });

  it('checks a curriculum: unknown modules and lessons, and prerequisite cycles', async () => {
    const dir = tree({
      'modules/a/module.yaml': moduleYaml('a'),
      'modules/a/guide.yaml': guideYaml(),
      'modules/a/id/pelajaran.md': lessonText(),
      'modules/a/en/pelajaran.md': lessonText(),
      'modules/b/module.yaml': moduleYaml('b'),
      'modules/b/guide.yaml': guideYaml(),
      'modules/b/id/pelajaran.md': lessonText(),
      'modules/b/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': `id: kelas
version: 1
title: { id: Kelas, en: Class }
organiser: Dinas
languages: [id, en]
modules:
  - module: a
    requires: [b]
  - module: b
    requires: [a/pelajaran]
  - module: c
  - module: a
    lessons: [tidak-ada]
`,
    });
    const r = await run('check', join(dir, 'modules'));
    const lines = r.out.map((l) => l.split(dir).join('D').split('  (')[0]);
    assert.equal(r.code, 1);
    assert.deepEqual(lines, [
      'D/modules/curricula/kelas.yaml:8:5  prerequisites go round in a circle: a → b → a',
      'D/modules/curricula/kelas.yaml:11:13  unknown module "c"',
      'D/modules/curricula/kelas.yaml:12:13  the id "a" is used twice',
      'D/modules/curricula/kelas.yaml:13:15  module "a" has no lesson "tidak-ada"',
    ]);
  });

  it('exits with 2 on a usage error', async () => {
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run()).code, 2);
    assert.equal((await run('new', 'module')).code, 2);
    assert.equal((await run('new', 'module', 'Bad_Id')).code, 2);
    assert.equal((await run('check', '--bogus')).code, 2);
  });

  it('reports a path that does not exist', async () => {
    const r = await run('check', 'no/such/place');
    assert.equal(r.code, 1);
    assert.match(r.out[0]!, /^no\/such\/place:1:1 {2}nothing to check at "no\/such\/place"/);
  });

  it('ends each problem with its code, the name docs/authoring.md lists it under', async () => {
    const r = await check({ [ID]: lessonText().replace('- [x] Ini', '- [ ] Ini') });
    assert.deepEqual(r.lines, [`D/${ID}:18:1  the question has no correct answer  (mark the right option with "- [x]")  [question-no-correct]`]);
    const authoring = readFileSync('docs/authoring.md', 'utf8');
    assert.match(authoring, /\| `question-no-correct` \|/);
  });

  it('prints the version of the package with --version, and nothing else', async () => {
    const r = await run('--version');
    assert.equal(r.code, 0);
    assert.deepEqual(r.out, [JSON.parse(readFileSync('package.json', 'utf8')).version]);
    assert.deepEqual(r.err, []);
  });
});

describe('langkah new module', () => {
  it('scaffolds a module with both languages that passes check', async () => {
    const dir = tree({});
    const made = await run('new', 'module', 'toko-online', '--dir', dir);
    assert.equal(made.code, 0);
    for (const f of ['module.yaml', 'guide.yaml', 'id/pelajaran-pertama.md', 'en/pelajaran-pertama.md']) {
      assert.ok(existsSync(join(dir, 'toko-online', f)), f);
    }
    const checked = await run('check', join(dir, 'toko-online'));
    assert.deepEqual(checked.out, []);
    assert.equal(checked.code, 0);
    assert.equal((await run('new', 'module', 'toko-online', '--dir', dir)).code, 1, 'refuses to overwrite');
  });
});

describe('langkah list', () => {
  const folder = () =>
    module({
      'contoh/module.yaml': moduleYaml('contoh', ['pelajaran', 'kedua']),
      'contoh/id/kedua.md': lessonText('kedua').replace('title: Contoh pelajaran', 'title: Pelajaran kedua').replace('duration: 3', 'duration: 7'),
      'contoh/en/kedua.md': lessonText('kedua').replace('title: Contoh pelajaran', 'title: The second lesson').replace('duration: 3', 'duration: 7'),
      'rusak/module.yaml': 'id: rusak\nversion: satu\n',
    });

  it('prints every lesson as module/lesson with level, minutes and title, in the language asked for', async () => {
    const dir = folder();
    const id = await run('list', 'lessons', '--dir', dir);
    assert.equal(id.code, 0);
    assert.deepEqual(id.out, [
      'lesson            level  min  title',
      'contoh/pelajaran  basic  3    Contoh pelajaran',
      'contoh/kedua      basic  7    Pelajaran kedua',
    ]);
    const en = await run('list', 'lessons', '--lang', 'en', '--dir', dir);
    assert.equal(en.out[2], 'contoh/kedua      basic  7    The second lesson');
    assert.deepEqual(id.err, [`1 module, 2 lessons from ${dir}`, `left out, with errors: rusak (run npx langkah check ${dir})`]);
  });

  it('prints the modules by default, with their lessons and minutes in all', async () => {
    const r = await run('list', '--dir', folder(), '--lang', 'en');
    assert.deepEqual(r.out, ['module  level  lessons  min  title', 'contoh  basic  2        10   Example']);
  });

  it('lists the modules that ship with Langkah, with the ids the default curriculum uses', async () => {
    const r = await run('list', 'lessons');
    assert.equal(r.code, 0);
    assert.ok(r.out.some((l) => /^kunci-akun\/kode-otp +basic +\d+ +\S/.test(l)), r.out.slice(0, 5).join('\n'));
    // Without a modules folder, the catalogue built into the package (dist/modules/index.json).
    const none = await run('list', 'modules', '--dir', join(tree({}), 'tidak-ada'));
    assert.equal(none.code, 0);
    assert.match(none.err[0]!, /from the modules built into Langkah$/);
    assert.ok(none.out.some((l) => l.startsWith('kunci-akun ')));
  });

  it('refuses what it does not know, with the usage', async () => {
    assert.equal((await run('list', 'lesson')).code, 2);
    const lang = await run('list', '--lang', 'jv');
    assert.equal(lang.code, 2);
    assert.match(lang.err[0]!, /--lang takes id or en, not "jv"/);
  });
});

describe('langkah build', () => {
  it('writes one JSON per lesson and language, the assets, and an index', async () => {
    const dir = module({
      [ID]: lessonText().replace('Teks langkah satu.', 'Teks.\n\n![Menu](images/menu.svg)'),
      'contoh/id/images/menu.svg': svg,
    });
    const out = join(tree({}), 'out');
    const r = await run('build', dir, '--out', out);
    assert.equal(r.code, 0, r.out.join('\n'));
    const lesson = JSON.parse(readFileSync(join(out, 'id/contoh/pelajaran.json'), 'utf8'));
    assert.equal(lesson.format, 1);
    assert.equal(lesson.module, 'contoh');
    const image = lesson.steps[0].blocks[1];
    assert.deepEqual(
      { src: image.src, width: image.width, height: image.height, bytes: image.bytes },
      { src: '../../assets/contoh/id/images/menu.svg', width: 320, height: 200, bytes: svg.length },
    );
    assert.ok(existsSync(join(out, 'assets/contoh/id/images/menu.svg')));
    assert.ok(existsSync(join(out, 'en/contoh/pelajaran.json')));
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    assert.deepEqual(index.modules[0].lessons[0].src, { id: 'id/contoh/pelajaran.json', en: 'en/contoh/pelajaran.json' });
    assert.equal(index.modules[0].lessons[0].questions, 1);
  });

  it('refuses to build content with errors, with the same messages as check', async () => {
    const dir = module({ [ID]: lessonText().replace('- [x] Ini', '- [ ] Ini') });
    const out = join(tree({}), 'out');
    const r = await run('build', dir, '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.out.join('\n'), /pelajaran\.md:18:1 {2}the question has no correct answer/);
    assert.ok(!existsSync(out));
  });
});

describe('langkah.config.mjs', () => {
  it('registers a project step type, so check and build accept and validate its blocks', async () => {
    const registry = new URL('../../src/content/registry.ts', import.meta.url).href;
    const zod = new URL('../../node_modules/zod/v4/mini/index.js', import.meta.url).href;
    const dir = module({
      [ID]: lessonText('pelajaran', '\n:::poll{#suka}\nquestion: Menu favorit?\nchoices: [Nasi kuning, Kue lapis]\n:::\n'),
      'contoh/en/pelajaran.md': lessonText('pelajaran', '\n:::poll{#suka}\nquestion: 12\n:::\n'),
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'langkah.config.mjs'),
      `import { registerStepType } from ${JSON.stringify(registry)};
import * as z from ${JSON.stringify(zod)};
registerStepType({ name: 'poll', tag: 'my-poll', schema: z.strictObject({ question: z.string(), choices: z.array(z.string()).check(z.minLength(2)) }) });
`,
    );
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run('check', 'contoh');
      assert.equal(r.code, 1);
      const lines = r.out.map((l) => l.split('  (')[0]);
      assert.deepEqual(lines, [
        'contoh/en/pelajaran.md:26:1  required field "choices" is missing',
        'contoh/en/pelajaran.md:26:11  "question" should be a string',
      ], 'the Indonesian block passes; the English one fails the schema, at the value');
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('langkah build --out never deletes what it did not make', () => {
  const curriculum = `id: kelas
version: 1
title: { id: Kelas, en: Class }
organiser: Dinas
languages: [id, en]
modules:
  - module: contoh
`;
  /** A project: package.json, a README, modules with a curriculum. Returns its path. */
  const project = () =>
    tree({
      'package.json': '{}',
      'README.md': '# Proyek',
      'modules/contoh/module.yaml': moduleYaml(),
      'modules/contoh/id/pelajaran.md': lessonText(),
      'modules/contoh/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': curriculum,
    });
  /** Every file under `dir`, sorted: what must survive a refused build. */
  const snapshot = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort();
  /** Asserts that `build` refused with exit 2 and one line naming the folder, and that `dir` is intact. */
  async function refused(dir: string, args: string[], why: RegExp) {
    const before = snapshot(dir);
    const r = await run('build', ...args);
    assert.equal(r.code, 2, [...r.out, ...r.err].join('\n'));
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0]!, /^langkah build: --out /);
    assert.match(r.err[0]!, why);
    assert.deepEqual(r.out, [], 'no content report when the output folder is wrong');
    assert.deepEqual(snapshot(dir), before, 'nothing was deleted');
  }
  const within = async (dir: string, fn: () => Promise<void>) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await fn();
    } finally {
      process.chdir(cwd);
    }
  };

  it('refuses the root of the disk (judged by path, before anything is read)', () => {
    assert.throws(() => assessOut('/'), (e: Error) => e instanceof OutRefused && /root of the disk/.test(e.message));
  });

  it('refuses the home folder and any folder above it', async () => {
    const home = tree({ 'notes.txt': 'mine' });
    const dir = project();
    const saved = process.env.HOME;
    process.env.HOME = resolve(home);
    try {
      await refused(home, [join(dir, 'modules'), '--out', home], /is your home folder/);
      assert.throws(() => assessOut(dirname(resolve(home)), { home, cwd: dir }), /above your home folder/);
    } finally {
      if (saved === undefined) delete process.env.HOME;
      else process.env.HOME = saved;
    }
  });

  it('refuses the current project and any folder above it', async () => {
    const dir = project();
    await within(dir, async () => {
      await refused('.', ['modules', '--out', '.'], /is the current folder/);
      await refused('.', ['modules', '--out', '..'], /above the current one/);
      await refused('.', ['modules/curricula/kelas.yaml', '--out', '.'], /is the current folder/);
    });
  });

  it('refuses a folder that holds sources: modules, a module, a curriculum folder, a lesson, a package.json', async () => {
    const dir = project();
    const m = join(dir, 'modules');
    await refused(dir, [m, '--out', m], /holds the sources/);
    await refused(dir, [join(m, 'contoh'), '--out', join(m, 'contoh')], /holds the sources/);
    await refused(dir, [join(m, 'curricula/kelas.yaml'), '--out', join(m, 'curricula')], /holds the sources/);
    const other = tree({ 'modules/contoh/module.yaml': moduleYaml(), 'modules/contoh/id/pelajaran.md': lessonText(), 'modules/contoh/en/pelajaran.md': lessonText() });
    await refused(dir, [join(other, 'modules'), '--out', m], /holds sources \(contoh\/module\.yaml\)/);
    await refused(dir, [join(other, 'modules'), '--out', join(m, 'contoh/id')], /inside the module folder/);
    const pkg = tree({ 'package.json': '{}' });
    await refused(pkg, [join(other, 'modules'), '--out', pkg], /holds sources \(package\.json\)/);
    const lessons = tree({ 'catatan.md': '# x' });
    await refused(lessons, [join(other, 'modules'), '--out', lessons], /holds sources \(catatan\.md\)/);
  });

  it('refuses --out inside a source folder', async () => {
    const dir = project();
    const m = join(dir, 'modules');
    await refused(dir, [join(m, 'curricula/kelas.yaml'), '--out', join(m, 'curricula/pack')], /inside the source folder/);
    await refused(dir, [m, '--out', join(m, 'contoh/build')], /inside the source folder|inside the module folder/);
  });

  it('refuses --out inside the modules folder being built, with a hint that is itself allowed (review 10b, F3)', async () => {
    const dir = project();
    await within(dir, async () => {
      const before = await run('build', 'modules', '--out', 'modules/newsub');
      assert.equal(before.code, 2, before.err.join('\n'));
      assert.match(before.err[0]!, /inside the source folder modules; choose a folder outside it, e.g\. --out modules-build$/);
      const hinted = await run('build', 'modules', '--out', 'modules-build');
      assert.equal(hinted.code, 0, hinted.err.join('\n'));
    });
  });

  it('builds a curriculum saved outside modules/curricula (the project root, a downloads folder) into a folder beside it, with the project\'s own modules (review 10b, F1, F4)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'kelas.yaml'), curriculum);
    // The author's own lesson, changed: the build must carry this text, not a built-in copy's.
    writeFileSync(join(dir, 'modules/contoh/id/pelajaran.md'), lessonText().replace('Teks langkah satu.', 'Teks milik penulis.'));
    await within(dir, async () => {
      const checked = await run('check', 'kelas.yaml');
      assert.equal(checked.code, 0, [...checked.out, ...checked.err].join('\n'));
      assert.doesNotMatch(checked.err.join('\n'), /built into Langkah/);
      const built = await run('build', 'kelas.yaml', '--out', 'dist/course');
      assert.equal(built.code, 0, [...built.out, ...built.err].join('\n'));
      assert.match(readFileSync('dist/course/modules/id/contoh/pelajaran.json', 'utf8'), /Teks milik penulis/);
      // A course of Langkah's own modules, downloaded from the builder: built beside it, and told where its lessons came from.
      mkdirSync('unduhan');
      writeFileSync('unduhan/kelas.yaml', curriculum.replace('module: contoh', 'module: kunci-akun\n    lessons: [kode-otp]'));
      const near = await run('build', 'unduhan/kelas.yaml', '--out', 'unduhan/kelas-pack');
      assert.equal(near.code, 0, [...near.out, ...near.err].join('\n'));
      assert.ok(near.out.includes('  modules from the copies built into Langkah (no folder of yours has them): kunci-akun'), near.out.join('\n'));
      const told = await run('check', 'unduhan/kelas.yaml');
      assert.match(told.err.join('\n'), /^checked 1 module, \d+ lesson files, 1 curriculum \(all from the copies built into Langkah: kunci-akun\): no errors$/m);
      // That folder holds the curriculum itself: still refused.
      await refused('.', ['unduhan/kelas.yaml', '--out', 'unduhan'], /holds the sources/);
    });
  });

  it('refuses, with one plain line and exit 2, a dangling link, a path through a file, a "~" the shell did not expand, and a zip --out that is a link or a folder (review 10b, F5, F6)', async () => {
    const dir = project();
    await within(dir, async () => {
      symlinkSync(join(dir, 'nowhere'), 'hilang');
      await refused('.', ['modules', '--out', 'hilang'], /is a link to something that does not exist/);
      await refused('.', ['modules', '--out', 'package.json/x'], /goes through package\.json, which is a file/);
      await refused('.', ['modules', '--out', '~/situs'], /starts with "~", which the shell did not turn into your home folder/);
      assert.ok(!existsSync('~'), 'no folder named "~"');
      symlinkSync(join(dir, 'dibuat.zip'), 'kursus.zip');
      mkdirSync('folder.zip');
      for (const [out, why] of [['kursus.zip', /is a link/], ['folder.zip', /is a folder/]] as const) {
        const r = await run('build', 'modules/curricula/kelas.yaml', '--scorm', '1.2', '--out', out);
        assert.equal(r.code, 2, [...r.out, ...r.err].join('\n'));
        assert.match(r.err.join('\n'), why);
      }
      assert.ok(!existsSync('dibuat.zip'), 'nothing written through the link');
    });
  });

  it('reads nothing of a foreign folder before refusing it: /proc is one plain refusal, not a walk into unreadable files (review 10b, F5)', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
    const cwd = tree({});
    assert.throws(() => assessOut('/proc', { cwd, home: cwd }), (e: Error) => e instanceof OutRefused && /Langkah did not write/.test(e.message));
  });

  it('refuses a non-empty folder that Langkah did not write', async () => {
    const dir = project();
    const mine = tree({ 'foto/keluarga.jpg': 'x' });
    await refused(mine, [join(dir, 'modules'), '--out', mine], /Langkah did not write/);
  });

  it('judges the real folder behind a symlink', async () => {
    const dir = project();
    const link = join(tree({}), 'tautan');
    symlinkSync(resolve(dir, 'modules'), link);
    await refused(dir, [join(dir, 'modules'), '--out', link], /holds the sources/);
  });

  it('marks its output and, building again, replaces exactly what it wrote', async () => {
    const dir = project();
    const out = join(tree({}), 'hasil');
    assert.equal((await run('build', join(dir, 'modules'), '--out', out)).code, 0);
    const marker = JSON.parse(readFileSync(join(out, '.langkah-build'), 'utf8'));
    assert.match(marker.by, /^langkah \d/);
    assert.deepEqual(marker.files, ['en/contoh/pelajaran.json', 'id/contoh/pelajaran.json', 'index.json']);
    // The lesson is renamed: the rebuild removes the old JSON it wrote, and its empty folders.
    rmSync(join(dir, 'modules/contoh'), { recursive: true });
    const renamed = { 'modules/baru/module.yaml': moduleYaml('baru'), 'modules/baru/id/pelajaran.md': lessonText(), 'modules/baru/en/pelajaran.md': lessonText() };
    for (const [f, text] of Object.entries(renamed)) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    rmSync(join(dir, 'modules/curricula'), { recursive: true });
    assert.equal((await run('build', join(dir, 'modules'), '--out', out)).code, 0);
    assert.deepEqual(snapshot(out), ['.langkah-build', 'en/baru/pelajaran.json', 'id/baru/pelajaran.json', 'index.json']);
    // A file someone put there stops the next build, and survives.
    writeFileSync(join(out, 'CNAME'), 'kursus.example');
    await refused(out, [join(dir, 'modules'), '--out', out], /holds "CNAME", which Langkah did not write/);
  });

  it('says in --help exactly what --out replaces', async () => {
    const help = (await run('--help')).out.join('\n');
    assert.match(help, /\.langkah-build file that lists what it wrote, and replaces exactly those files/);
    assert.match(help, /refuses \(exit 2\) \/, your home folder, the current folder or one above it/);
  });

  it('builds into an empty folder, and refuses one a build left half-written', async () => {
    const dir = project();
    const out = tree({});
    assert.equal((await run('build', join(dir, 'modules'), '--out', out)).code, 0);
    writeFileSync(join(out, '.langkah-build'), JSON.stringify({ by: 'langkah', files: [], complete: false }));
    await refused(out, [join(dir, 'modules'), '--out', out], /stopped half-way/);
  });
});

describe('honest checks of a curriculum', () => {
  const course = (modules: string, extra = '') => `id: kelas
version: 1
title: { id: Kelas, en: Class }
organiser: Dinas
languages: [id, en]
${extra}modules:
${modules}`;
  /** Modules `a` (used) and `b` (not used), and a curriculum using `a`; `files` override. */
  const setup = (files: Record<string, string> = {}) =>
    tree({
      'modules/a/module.yaml': moduleYaml('a'),
      'modules/a/guide.yaml': guideYaml(),
      'modules/a/id/pelajaran.md': lessonText(),
      'modules/a/en/pelajaran.md': lessonText(),
      'modules/b/module.yaml': moduleYaml('b'),
      'modules/b/guide.yaml': guideYaml(),
      'modules/b/id/pelajaran.md': lessonText().replace('- [x] Ini', '- [ ] Ini'),
      'modules/b/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': course('  - module: a\n'),
      ...files,
    });
  const lines = (dir: string, r: { out: string[] }) => r.out.map((l) => l.split(dir).join('D'));

  it('uses the modules built into Langkah by id, and a module of the project before one of the same id', async () => {
    // As in an npm user's project: a curriculum and a module of their own, and Langkah's modules in the package.
    const dir = setup({ 'modules/curricula/kelas.yaml': course('  - module: a\n  - module: kunci-akun\n    lessons: [kode-otp]\n    requires: [a]\n') });
    const r = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    assert.deepEqual([r.code, r.out], [0, []], r.err.join('\n'));
    assert.match(r.err.join('\n'), /checked 2 modules, \d+ lesson files, 1 curriculum: no errors/);
    const built = await run('build', join(dir, 'modules/curricula/kelas.yaml'), '--out', join(dir, 'kursus'));
    assert.equal(built.code, 0, built.err.join('\n'));
    assert.ok(existsSync(join(dir, 'kursus/modules/id/kunci-akun/kode-otp.json')), 'the built-in lesson is in the course pack');

    const own = setup({
      'modules/kunci-akun/module.yaml': moduleYaml('kunci-akun'),
      'modules/kunci-akun/guide.yaml': guideYaml(),
      'modules/kunci-akun/id/pelajaran.md': lessonText(),
      'modules/kunci-akun/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': course('  - module: kunci-akun\n    lessons: [kode-otp]\n'),
    });
    const mine = await run('check', join(own, 'modules/curricula/kelas.yaml'));
    assert.deepEqual(lines(own, mine).map((l) => l.split('  (')[0]), ['D/modules/curricula/kelas.yaml:8:15  module "kunci-akun" has no lesson "kode-otp"']);
  });

  it('suggests a built-in module for a misspelt id', async () => {
    const dir = setup({ 'modules/curricula/kelas.yaml': course('  - module: kunci-akunn\n') });
    const r = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    assert.match(r.out.join('\n'), /unknown module "kunci-akunn" {2}\(did you mean "kunci-akun"\? .*built into Langkah: .*kunci-akun/);
  });

  it('check <curriculum.yaml> checks the modules and lessons it uses, with the same messages as check modules', async () => {
    const dir = setup({ 'modules/a/en/pelajaran.md': lessonText().replace('? Mana', '?[essay] Mana') });
    const viaCourse = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    const viaModule = await run('check', join(dir, 'modules/a'));
    assert.equal(viaCourse.code, 1);
    assert.deepEqual(lines(dir, viaCourse), lines(dir, viaModule));
    assert.deepEqual(lines(dir, viaCourse).map((l) => l.split('  ')[0]), ['D/modules/a/en/pelajaran.md:18:3'], 'module b, which the course does not use, is not reported');
  });

  it('build <curriculum.yaml> refuses when a lesson it uses has an error, instead of leaving the lesson out', async () => {
    const dir = setup();
    rmSync(join(dir, 'modules/a/en/pelajaran.md'));
    const out = join(tree({}), 'kursus');
    const r = await run('build', join(dir, 'modules/curricula/kelas.yaml'), '--out', out);
    assert.equal(r.code, 1, [...r.out, ...r.err].join('\n'));
    assert.match(lines(dir, r).join('\n'), /^D\/modules\/a\/id\/pelajaran\.md:1:1 {2}the lesson "pelajaran" has no English version/m);
    assert.ok(!existsSync(out), 'nothing was built');
  });

  it('a broken module.yaml is reported as broken, with its own problems, never as an unknown module', async () => {
    const dir = setup({ 'modules/a/module.yaml': moduleYaml('a').replace('level: basic', 'level: expert') });
    const r = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    const out = lines(dir, r).map((l) => l.split('  (')[0]);
    assert.equal(r.code, 1);
    assert.deepEqual(out, [
      'D/modules/a/module.yaml:3:8  "level" should be one of: "basic", "intermediate", "advanced"',
      'D/modules/curricula/kelas.yaml:7:13  the module "a" cannot be used: its module.yaml has errors',
    ]);
    const built = await run('build', join(dir, 'modules/curricula/kelas.yaml'), '--out', join(tree({}), 'kursus'));
    assert.equal(built.code, 1);
  });

  it('closes with a count of what it really checked', async () => {
    const dir = setup();
    assert.deepEqual((await run('check', join(dir, 'modules/curricula/kelas.yaml'))).err, ['checked 1 module, 2 lesson files, 1 curriculum: no errors']);
    assert.deepEqual((await run('check', join(dir, 'modules/a/id/pelajaran.md'))).err, ['checked 1 lesson file: no errors']);
    assert.deepEqual((await run('check', join(dir, 'modules/a'))).err, ['checked 1 module, 2 lesson files: no errors']);
  });

  it('speaks plainly: the key written twice, "an object", list entries in words, the closest id', async () => {
    const dir = setup({
      'modules/a/module.yaml': `${moduleYaml('a')}level: basic\n`,
      'modules/curricula/kelas.yaml': course('  - module: a\n  - module: b\n    lessons: [pelajarn]\n    requires: [a/pelajara]\n  - module: whatsap\n  - modul: b\n', 'description: Kelas\n').replace('version: 1\n', ''),
    });
    const r = await run('check', join(dir, 'modules'));
    assert.equal(r.code, 1);
    assert.deepEqual(lines(dir, r), [
      'D/modules/a/module.yaml:12:1  the field "level" is written twice  (keep one of them)  [key-duplicate]',
      'D/modules/b/id/pelajaran.md:18:1  the question has no correct answer  (mark the right option with "- [x]")  [question-no-correct]',
      'D/modules/curricula/kelas.yaml:1:1  required field "version" is missing  (add it; see docs/authoring.md)  [field-missing]',
      'D/modules/curricula/kelas.yaml:5:14  "description" should be an object  (see docs/authoring.md for what this field holds)  [field-invalid]',
      'D/modules/curricula/kelas.yaml:9:15  module "b" has no lesson "pelajarn"  (did you mean "pelajaran"? its lessons are: pelajaran)  [curriculum-lesson-unknown]',
      'D/modules/curricula/kelas.yaml:10:16  "requires" names "a/pelajara", which is not in this curriculum  (did you mean "a/pelajaran"? require a module or module/lesson that the curriculum includes)  [curriculum-requires-unknown]',
      `D/modules/curricula/kelas.yaml:11:13  unknown module "whatsap"  (use the id of a folder with a module.yaml; known modules: a, b; built into Langkah: ${BUILT_IN})  [curriculum-module-unknown]`,
      'D/modules/curricula/kelas.yaml:12:5  required field "module" of the fourth module (modules[3].module) is missing  (add it; see docs/authoring.md)  [field-missing]',
      'D/modules/curricula/kelas.yaml:12:5  unknown field "modul"  (remove it or correct the spelling; allowed here: module, lessons, requires, day, session)  [field-unknown]',
    ], 'a missing "version" hides none of the other problems');
  });

  it('suggests the closest module id', () => {
    assert.equal(closest('whatsap-business', ['whatsapp-business', 'kunci-akun']), 'whatsapp-business');
    assert.equal(closest('kunci-akn', ['whatsapp-business', 'kunci-akun']), 'kunci-akun');
    assert.equal(closest('toko', ['whatsapp-business', 'kunci-akun']), undefined);
  });
});

describe('days and sessions in a curriculum', () => {
  const course = (modules: string) => `id: kelas
version: 1
title: { id: Kelas, en: Class }
organiser: Dinas
languages: [id, en]
modules:
${modules}`;
  const setup = (curriculum: string) =>
    tree({
      ...Object.fromEntries(
        ['a', 'b', 'c'].flatMap((m) => [
          [`modules/${m}/module.yaml`, moduleYaml(m)],
          [`modules/${m}/guide.yaml`, guideYaml()],
          [`modules/${m}/id/pelajaran.md`, lessonText()],
          [`modules/${m}/en/pelajaran.md`, lessonText()],
        ]),
      ),
      'modules/curricula/kelas.yaml': course(curriculum),
    });
  const pagi = '{ id: Sesi pagi, en: Morning session }';

  it('carries each module\'s day and session into the built curriculum', async () => {
    const dir = setup(`  - module: a
    day: 1
    session: ${pagi}
  - module: b
    session: { id: Sesi siang, en: Afternoon session }
  - module: c
    day: 2
`);
    const out = join(tree({}), 'kursus');
    const r = await run('build', join(dir, 'modules/curricula/kelas.yaml'), '--out', out);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    const built = JSON.parse(readFileSync(join(out, 'curriculum.json'), 'utf8')) as { modules: { id: string; day?: number; session?: { id: string } }[] };
    assert.deepEqual(
      built.modules.map((m) => [m.id, m.day, m.session?.id]),
      [['a', 1, 'Sesi pagi'], ['b', 1, 'Sesi siang'], ['c', 2, undefined]],
      'a module without day or session belongs to the one above; a new day starts without a session',
    );
  });

  it('reports days out of order, a day without modules, modules before the first day and a session named twice, each at its place', async () => {
    const dir = setup(`  - module: a
  - module: b
    day: 1
    session: ${pagi}
  - module: c
    day: 3
    session: ${pagi}
`);
    const r = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    assert.equal(r.code, 1);
    assert.deepEqual(r.out.map((l) => l.split(dir).join('D')), [
      'D/modules/curricula/kelas.yaml:7:13  the module "a" is in no day or session  (the course has days or sessions: start them at its first module ("day: 1", or a "session"))  [curriculum-part-first]',
      'D/modules/curricula/kelas.yaml:12:10  day 3 comes after day 1  (number the days 1, 2, 3 in course order, each with at least one module: write "day: 1" or "day: 2" here)  [curriculum-day-order]',
    ]);
    const twice = setup(`  - module: a
    day: 1
    session: ${pagi}
  - module: b
    session: { id: Sesi siang, en: Afternoon session }
  - module: c
    session: ${pagi}
  - module: a
    day: 0
`);
    const lines = (await run('check', join(twice, 'modules/curricula/kelas.yaml'))).out.map((l) => l.split(twice).join('D').split('  (')[0]);
    assert.deepEqual(lines, [
      'D/modules/curricula/kelas.yaml:13:20  the session "Sesi pagi" comes twice on day 1',
      'D/modules/curricula/kelas.yaml:14:13  the id "a" is used twice',
      'D/modules/curricula/kelas.yaml:15:10  "day" of the fourth module (modules[3].day) must be at least 1',
    ]);
  });

  it('takes an optional trainer WhatsApp number into the built course, and reports a wrong one and the sample organiser at their place', async () => {
    const ok = setup(`  - module: a
trainer:
  whatsapp: "6281234567890"
`);
    const out = join(tree({}), 'kursus');
    const r = await run('build', join(ok, 'modules/curricula/kelas.yaml'), '--out', out);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'curriculum.json'), 'utf8')).trainer, { whatsapp: '6281234567890' });
    const wrong = setup(`  - module: a
trainer:
  whatsapp: 0812-3456-7890
  nama: Bu Sri
`);
    const bad = await run('check', join(wrong, 'modules/curricula/kelas.yaml'));
    assert.equal(bad.code, 1);
    assert.deepEqual(bad.out.map((l) => l.split(wrong).join('D')), [
      'D/modules/curricula/kelas.yaml:9:13  "0812-3456-7890" is not a WhatsApp number in international form  (write digits only: the country code and the number without its leading 0, e.g. 6281234567890 for 0812-3456-7890)  [whatsapp-invalid]',
      'D/modules/curricula/kelas.yaml:10:3  unknown field "nama"  (remove it or correct the spelling; allowed here: whatsapp)  [field-unknown]',
    ]);
    // A copy of the default course that still names its sample organiser: a warning, the build goes on.
    const sample = tree({ ...Object.fromEntries(['module.yaml', 'id/pelajaran.md', 'en/pelajaran.md'].map((f) => [`modules/a/${f}`, f === 'module.yaml' ? moduleYaml('a') : lessonText()])),
      'modules/curricula/kelas.yaml': course('  - module: a\n').replace('organiser: Dinas', 'organiser: Langkah (contoh penyelenggara — ganti dengan nama lembaga Anda)') });
    const warned = await run('build', join(sample, 'modules/curricula/kelas.yaml'), '--out', join(tree({}), 'kursus'));
    assert.equal(warned.code, 0);
    assert.deepEqual([...warned.out, ...warned.err].filter((l) => l.includes('organiser')).map((l) => l.split(sample).join('D')), [
      'D/modules/curricula/kelas.yaml:4:12  warning: the organiser is still the sample text "Langkah (contoh penyelenggara — ganti dengan nama lembaga Anda)"  (write the name of your organisation: learners see it on the course page and on every certificate)  [organiser-sample]',
    ]);
  });

  it('the default curriculum has two days of morning, midday and afternoon sessions', async () => {
    const project = (await import('../../src/cli/project.js')).loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
    assert.deepEqual(project.problems.filter((p) => p.severity === 'error'), []);
    const parts = project.curricula[0]!.curriculum.modules.filter((m) => m.day || m.session).map((m) => `${m.day ?? ''} ${m.session?.id}`);
    assert.deepEqual(parts, ['1 Sesi pagi', ' Sesi siang', ' Sesi sore', '2 Sesi pagi', ' Sesi siang', ' Sesi sore']);
  });
});

describe('a forged .langkah-build marker', () => {
  it('never deletes a file outside the output folder, by ../ or through a symlink', async () => {
    const dir = tree({ 'modules/contoh/module.yaml': moduleYaml(), 'modules/contoh/id/pelajaran.md': lessonText(), 'modules/contoh/en/pelajaran.md': lessonText() });
    const base = tree({ 'victim.txt': 'precious', 'victimdir/inner.txt': 'precious too' });
    const out = join(base, 'out');
    assert.equal((await run('build', join(dir, 'modules'), '--out', out)).code, 0);
    const marker = JSON.parse(readFileSync(join(out, '.langkah-build'), 'utf8'));
    symlinkSync(resolve(base, 'victimdir'), join(out, 'link'));
    marker.files.push('../victim.txt', 'link', 'link/inner.txt', resolve(base, 'victim.txt'));
    writeFileSync(join(out, '.langkah-build'), JSON.stringify(marker));
    const r = await run('build', join(dir, 'modules'), '--out', out);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(readFileSync(join(base, 'victim.txt'), 'utf8'), 'precious');
    assert.equal(readFileSync(join(base, 'victimdir/inner.txt'), 'utf8'), 'precious too');
    assert.ok(!existsSync(join(out, 'link')), 'the symlink itself, listed and inside, is replaced');
  });
});

describe('a .langkah-build marker that lists sources', () => {
  it('does not make a folder of sources replaceable', async () => {
    const dir = tree({ 'modules/contoh/module.yaml': moduleYaml(), 'modules/contoh/id/pelajaran.md': lessonText(), 'modules/contoh/en/pelajaran.md': lessonText() });
    const other = tree({ 'package.json': '{"name":"mine"}', 'catatan.md': '# mine' });
    writeFileSync(join(other, '.langkah-build'), JSON.stringify({ by: 'langkah', files: ['package.json', 'catatan.md'], complete: true }));
    const r = await run('build', join(dir, 'modules'), '--out', other);
    assert.equal(r.code, 2, r.err.join('\n'));
    assert.match(r.err[0]!, /holds sources/);
    assert.equal(readFileSync(join(other, 'package.json'), 'utf8'), '{"name":"mine"}');
    assert.equal(readFileSync(join(other, 'catatan.md'), 'utf8'), '# mine');
  });
});

describe('a .langkah-build marker that is a link', () => {
  it('is replaced, never written through to the file it points at', async () => {
    const dir = tree({ 'modules/contoh/module.yaml': moduleYaml(), 'modules/contoh/id/pelajaran.md': lessonText(), 'modules/contoh/en/pelajaran.md': lessonText() });
    const base = tree({});
    const [first, second] = [join(base, 'satu'), join(base, 'dua')];
    assert.equal((await run('build', join(dir, 'modules'), '--out', first)).code, 0);
    const before = readFileSync(join(first, '.langkah-build'), 'utf8');
    mkdirSync(second);
    symlinkSync(resolve(first, '.langkah-build'), join(second, '.langkah-build'));
    const other = tree({ 'modules/baru/module.yaml': moduleYaml('baru'), 'modules/baru/id/pelajaran.md': lessonText(), 'modules/baru/en/pelajaran.md': lessonText() });
    assert.equal((await run('build', join(other, 'modules'), '--out', second)).code, 0);
    assert.equal(readFileSync(join(first, '.langkah-build'), 'utf8'), before);
    assert.equal((await run('build', join(dir, 'modules'), '--out', first)).code, 0, 'the first folder still builds');
  });
});

describe('bin/langkah.js in a fresh clone', () => {
  it('runs the command from the TypeScript sources when nothing is built yet', () => {
    // A clone after `npm install`: sources, package.json and node_modules, but no dist/.
    // Absolute: the command runs inside it, where tree()'s path (relative to this checkout) means something else.
    const clone = resolve(tree({}));
    for (const part of ['bin', 'src']) cpSync(part, join(clone, part), { recursive: true });
    for (const file of ['package.json', 'tsconfig.json']) cpSync(file, join(clone, file));
    symlinkSync(resolve('node_modules'), join(clone, 'node_modules'));
    cpSync('modules/kunci-akun', join(clone, 'modules/kunci-akun'), { recursive: true });
    const bin = (...args: string[]) =>
      spawnSync(process.execPath, [join(clone, 'bin/langkah.js'), ...args], { cwd: clone, encoding: 'utf8' });
    const version = bin('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
    const checked = bin('check', 'modules');
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stderr, /checked 1 module, \d+ lesson files: no errors/);
    assert.ok(!existsSync(join(clone, 'dist')), 'nothing was built');
  });
});
