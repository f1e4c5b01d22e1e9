/**
 * Hostile input: whatever bytes an author (or an attacker) hands `check` and
 * `build`, each run ends with `file:line:col  message  (hint)` lines or one
 * plain line, and exit code 1 or 2 — never an exception, a stack trace or a hang.
 */
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LIMITS } from '../../src/content/limits.js';
import { registerStepType } from '../../src/content/registry.js';
import { lessonText, module, moduleYaml, run, tree } from './helpers.js';

const ID = 'contoh/id/pelajaran.md';
const head = lessonText().split('## Langkah satu')[0]!;
/** A lesson whose first step holds `body`. */
const withBody = (body: string) => `${head}## Langkah satu\n\n${body}\n`;

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const randomBytes = (seed: number, n: number) => {
  const next = random(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
};

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');

const FORMATTED = /^\S.*:\d+:\d+ {2}\S.*$/;

/**
 * Runs check and build on a modules folder holding `files` (module `contoh`,
 * curricula in `curricula/`); asserts both end well — exit 1 or 2 unless the
 * input is `valid` — and returns check's lines.
 */
async function hostile(files: Record<string, string | Buffer>, valid = false): Promise<string[]> {
  const dir = module();
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  let lines: string[] = [];
  const runs = [['check', dir], ['build', dir, '--out', join(tree({}), 'out')]];
  // A curriculum is also built as a course pack.
  for (const path of Object.keys(files).filter((f) => f.startsWith('curricula/'))) runs.push(['build', join(dir, path), '--out', join(tree({}), 'pack')]);
  for (const args of runs) {
    const r = await run(...args);
    const codes = valid ? [0, 1, 2] : [1, 2];
    assert.ok(codes.includes(r.code), `${args[0]} exits with ${codes.join(' or ')}, not ${r.code}:\n${[...r.out, ...r.err].join('\n')}`);
    for (const line of r.out) assert.match(line, FORMATTED);
    assert.ok(r.out.length || r.err.length === 1, 'some problem or one plain line');
    if (args[0] === 'check') lines = r.out.map((l) => l.split(dir).join('D'));
  }
  return lines;
}

describe('hostile input to check and build', () => {
  it('a "%" in an image path is a problem at the image, not a URIError', async () => {
    const lines = await hostile({ [ID]: withBody('![foto](images/a%.png)') });
    assert.ok(lines.some((l) => l.startsWith(`D/${ID}:13:1  the path "images/a%.png" has a "%"`)), lines.join('\n'));
  });

  it('a YAML alias bomb is refused at its first alias, in module.yaml, frontmatter and a curriculum', async () => {
    const lines = await hostile({ 'contoh/module.yaml': aliasBomb });
    assert.deepEqual(lines.map((l) => l.split('  (')[0]), ['D/contoh/module.yaml:2:8  the YAML repeats values through too many aliases (*name)']);
    const front = await hostile({ [ID]: `---\n${aliasBomb}\n---\n\n## A\n\nx\n` });
    assert.ok(front.some((l) => l.startsWith(`D/${ID}:3:8  the YAML repeats values`)), front.join('\n'));
    const course = await hostile({ 'curricula/kelas.yaml': aliasBomb });
    assert.ok(course.some((l) => l.startsWith('D/curricula/kelas.yaml:2:8  the YAML repeats values')), course.join('\n'));
  });

  it('10 KB of nested ">" and a list nested 200 deep are refused at the line, without a stack overflow', async () => {
    const quotes = await hostile({ [ID]: withBody(`${'>'.repeat(10_000)} x`) });
    assert.ok(quotes.some((l) => l.startsWith(`D/${ID}:13:1  lists and quotes are nested 10000 levels deep here, more than ${LIMITS.depth}`)), quotes.join('\n'));
    const list = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
    const lines = await hostile({ [ID]: withBody(list) });
    assert.ok(lines.some((l) => l.startsWith(`D/${ID}:${13 + LIMITS.depth}:1  lists and quotes are nested ${LIMITS.depth + 1} levels deep`)), lines.join('\n'));
  });

  it('40 KB of "*", "_" and "`" runs end with a formatted problem', async () => {
    for (const body of ['*'.repeat(40_000), `x ${'*a'.repeat(20_000)}`, `x ${'_a'.repeat(20_000)}`, `x ${'`a'.repeat(20_000)}`]) {
      await hostile({ [ID]: withBody(body) }, true);
    }
  });

  it('invalid UTF-8 is reported at its line and column, and the rest is still checked', async () => {
    const bytes = Buffer.concat([Buffer.from(withBody('Ada ').replace(/\n$/, '')), Buffer.from([0xc3, 0x28]), Buffer.from(' teks.\n\n![](x.png)\n')]);
    const lines = await hostile({ [ID]: bytes });
    assert.ok(lines.includes(`D/${ID}:13:5  this line is not valid UTF-8 text (byte 0xC3)  (save the file as UTF-8 in your editor; the character here may show as "\uFFFD")  [encoding-invalid]`), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith(`D/${ID}:15:1  the image has no alt text`)), 'the problems after it are found too');
  });

  it(`a lesson over ${LIMITS.lessonBytes / 1024} KB and a module.yaml over ${LIMITS.yamlBytes / 1024} KB are refused before parsing`, async () => {
    const big = await hostile({ [ID]: withBody('kata '.repeat(LIMITS.lessonBytes / 5)) });
    assert.ok(big.includes(`D/${ID}:1:1  the lesson is larger than ${LIMITS.lessonBytes / 1024} KB  (split it into smaller lessons: each is read on a phone in one sitting)  [lesson-too-large]`), big.join('\n'));
    const yaml = await hostile({ 'contoh/module.yaml': `${moduleYaml()}# ${'x'.repeat(LIMITS.yamlBytes)}\n` });
    assert.ok(yaml.some((l) => l.startsWith('D/contoh/module.yaml:1:1  the file is larger than 64 KB')), yaml.join('\n'));
  });

  it(`a step over ${LIMITS.stepBytes / 1024} KB is refused at its heading, one just under it is not`, async () => {
    // Word-sized pieces, so the step is large without being one long sentence or word.
    const words = (bytes: number) => 'kata '.repeat(Math.floor(bytes / 5)).trim().replace(/((?:kata ){11}kata) /g, '$1.\n\n');
    const over = await hostile({ [ID]: withBody(words(LIMITS.stepBytes + 200)) });
    const at = over.find((l) => l.includes('[step-too-large]'));
    assert.ok(at, over.join('\n'));
    assert.ok(at.startsWith(`D/${ID}:`) && at.includes(`is larger than ${LIMITS.stepBytes / 1024} KB`), at);
    const under = await hostile({ [ID]: withBody(words(LIMITS.stepBytes - 600)) }, true);
    assert.ok(!under.some((l) => l.includes('[step-too-large]')), under.join('\n'));
  });

  it(`a step that draws more than ${LIMITS.stepParts} parts is refused at its heading by check and build, one at the limit is not`, async () => {
    const line = head.split('\n').length;
    const refused = (count: number) =>
      `D/${ID}:${line}:1  the step "Langkah satu" draws ${count} parts, more than ${LIMITS.stepParts}  (split it into smaller steps: a phone draws a whole step at once; each paragraph, list item, bold, italic or linked word, option and checklist item is a part, a picture 3 (4 with a caption), a quiz, checklist or question 11)  [step-too-many-parts]`;
    // A paragraph and its emphasised words, well under the step's 5 KB: one part each.
    const emphasis = (words: number) => `Kata ${'*penting* '.repeat(words)}`;
    const over = await hostile({ [ID]: withBody(emphasis(LIMITS.stepParts)) });
    assert.ok(over.includes(refused(LIMITS.stepParts + 1)), over.join('\n'));
    const at = await hostile({ [ID]: withBody(emphasis(LIMITS.stepParts - 1)) }, true);
    assert.ok(!at.some((l) => l.includes('[step-too-many-parts]')), at.join('\n'));
    // A quiz counts 11, each question 11 and its options 1 each: 11 questions of 2 options are 154 parts, 10 are 141.
    const quiz = (n: number) => `:::quiz\n${Array.from({ length: n }, (_, i) => `? Pertanyaan ${i + 1}\n- [x] Ya\n- [ ] Tidak\n`).join('\n')}:::`;
    const questions = await hostile({ [ID]: withBody(quiz(11)) });
    assert.ok(questions.includes(refused(154)), questions.join('\n'));
    const ten = await hostile({ [ID]: withBody(quiz(10)) }, true);
    assert.ok(!ten.some((l) => l.includes('[step-too-many-parts]')), ten.join('\n'));
  });

  it(`one line longer than a step may be is refused at that line, without reading the rest (review 10, F8: a 64 KB line of ":" took 12 s)`, async () => {
    const line = head.split('\n').length + 4;
    for (const unit of [':', '`', 'kata ']) {
      const lines = await hostile({ [ID]: withBody(`Pembuka.\n\n${unit.repeat(Math.ceil(60_000 / unit.length))}\n\n## Dua\n\nLagi.`) });
      assert.deepEqual(
        lines.map((l) => l.split('  (')[0]),
        [`D/${ID}:${line}:1  the step "Langkah satu" is larger than ${LIMITS.stepBytes / 1024} KB`],
        `${JSON.stringify(unit)}: ${lines.join('\n')}`,
      );
    }
  });

  it('YAML nested thousands deep is one plain problem, in module.yaml and a frontmatter (review 10, F3)', async () => {
    const deep = `${'['.repeat(20_000)}\n`;
    const mod = await hostile({ 'contoh/module.yaml': `${moduleYaml()}extra: ${deep}` });
    assert.deepEqual(mod.filter((l) => l.includes('contoh/module.yaml')).map((l) => /\[[\w-]+\]$/.exec(l)?.[0]), ['[yaml-deep]'], mod.join('\n'));
    const front = await hostile({ [ID]: `---\nid: x\nsources: ${deep}---\n\n## A\n\nx\n` });
    assert.ok(front.some((l) => l.startsWith(`D/${ID}:3:`) && l.endsWith('[yaml-deep]')), front.join('\n'));
    assert.ok(!front.some((l) => l.includes('[yaml-syntax]')), front.join('\n'));
  });

  it(`YAML nested past ${LIMITS.yamlDepth} levels is refused at the first list too deep, whatever the stack allows; ${LIMITS.yamlDepth} levels pass`, async () => {
    const nest = (n: number) => `${'['.repeat(n)}x${']'.repeat(n)}\n`;
    // nest(n) under the frontmatter's own map is n + 1 levels: nest(yamlDepth) is one too many.
    const over = await hostile({ [ID]: `---\nid: x\nsources: ${nest(LIMITS.yamlDepth)}---\n\n## A\n\nx\n` });
    const deep = over.filter((l) => l.endsWith('[yaml-deep]'));
    assert.equal(deep.length, 1, over.join('\n'));
    assert.ok(deep[0]!.startsWith(`D/${ID}:3:${'sources: '.length + LIMITS.yamlDepth}  the YAML is nested more than ${LIMITS.yamlDepth} levels deep here`), deep[0]);
    const within = await hostile({ [ID]: `---\nid: x\nsources: ${nest(LIMITS.yamlDepth - 1)}---\n\n## A\n\nx\n` });
    assert.ok(!within.some((l) => l.includes('[yaml-deep]')), within.join('\n'));
  });

  it('a lesson that is a folder, and one line 60 KB long', async () => {
    const dir = tree({ 'contoh/module.yaml': moduleYaml(), 'contoh/id/pelajaran.md/x': '', 'contoh/en/pelajaran.md': lessonText() });
    const r = await run('check', join(dir, 'contoh'));
    assert.equal(r.code, 1);
    assert.match(r.out.join('\n'), /contoh\/id\/pelajaran\.md:1:1 {2}the file cannot be read \(EISDIR\)/);
    await hostile({ [ID]: withBody(`${'panjang'.repeat(8_000)}`) }, true);
  });

  it('random bytes in lessons, module.yaml and a curriculum', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const bytes = randomBytes(seed, 2000 + seed * 500);
      await hostile({ [ID]: bytes });
      await hostile({ [ID]: Buffer.concat([Buffer.from(head), bytes]) });
      await hostile({ 'contoh/module.yaml': bytes });
      await hostile({ 'curricula/kelas.yaml': bytes });
    }
  });
});

describe('a failure underneath the parser', () => {
  it('becomes one problem at the file, not an exception', async () => {
    // A project step type whose schema throws: the parser keeps its promise never to throw.
    registerStepType({ name: 'rusak', tag: 'x-rusak', schema: { safeParse: () => { throw new Error('boom'); } } as never });
    const lines = await hostile({ [ID]: withBody(':::rusak\na: 1\n:::') });
    assert.ok(lines.includes(`D/${ID}:1:1  the checker could not read this file: boom  (simplify the part you changed last; if it looks right, report it as a bug)  [parse-failed]`), lines.join('\n'));
  });
});

describe('content limits', () => {
  it(`more than ${LIMITS.steps} steps, ${LIMITS.options} options or ${LIMITS.items} checklist items, each at the first one past the limit`, async () => {
    const steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => `## Langkah ${i + 1}\n\nTeks.\n`).join('\n');
    const lines = await hostile({ [ID]: `${head}${steps}` });
    const stepLine = head.split('\n').length + LIMITS.steps * 4;
    assert.ok(lines.includes(`D/${ID}:${stepLine}:1  the lesson has ${LIMITS.steps + 1} steps, more than ${LIMITS.steps}  (split it into two lessons: a lesson is done in one sitting)  [lesson-too-many-steps]`), lines.join('\n'));

    const options = Array.from({ length: LIMITS.options + 1 }, (_, i) => `- [${i ? ' ' : 'x'}] Pilihan ${i}`).join('\n');
    const quiz = await hostile({ [ID]: withBody(`:::quiz\n? Mana?\n${options}\n:::`) });
    assert.ok(quiz.some((l) => l.startsWith(`D/${ID}:${15 + LIMITS.options}:1  the question has ${LIMITS.options + 1} options, more than ${LIMITS.options}`)), quiz.join('\n'));

    const items = Array.from({ length: LIMITS.items + 1 }, (_, i) => `- [ ] Butir ${i}`).join('\n');
    const list = await hostile({ [ID]: withBody(`:::checklist\n${items}\n:::`) });
    assert.ok(list.some((l) => l.startsWith(`D/${ID}:${14 + LIMITS.items}:1  the checklist has ${LIMITS.items + 1} items, more than ${LIMITS.items}`)), list.join('\n'));
  });
});

describe('an id a browser reserves', () => {
  it('refuses "constructor" as a checklist item or question id: a stored record would show it as ticked or answered', async () => {
    for (const body of [':::checklist\n- [ ] Pasang PIN {#constructor}\n:::', ':::quiz\n? Mana? {#constructor}\n- [x] Ini\n- [ ] Itu\n:::']) {
      const dir = module({ [ID]: withBody(body) });
      const r = await run('check', join(dir, 'contoh'));
      assert.equal(r.code, 1, body);
      assert.ok(r.out.some((l) => /"constructor" is not a valid id .*not "constructor"/.test(l)), r.out.join('\n'));
    }
  });
});

describe('a lesson that is not an ordinary file', () => {
  it('refuses a link to a device that never ends (/dev/zero) at once, instead of reading until memory runs out', async () => {
    const dir = module();
    symlinkSync('/dev/zero', join(dir, 'contoh/id/nol.md'));
    const r = await run('check', join(dir, 'contoh'));
    assert.equal(r.code, 1);
    assert.ok(r.out.some((l) => /nol\.md:1:1 {2}the file cannot be read \(not an ordinary file\)/.test(l)), r.out.join('\n'));
  });
});

describe('a lesson file outside any module', () => {
  it('is reported, not passed as "checked 0 lesson files: no errors"', async () => {
    const dir = tree({ 'catatan/lepas.md': lessonText() });
    const r = await run('check', join(dir, 'catatan/lepas.md'));
    assert.equal(r.code, 1, [...r.out, ...r.err].join('\n'));
    assert.ok(r.out.some((l) => /there is no module\.yaml in/.test(l)), r.out.join('\n'));
  });
});

describe('a web address a browser cannot read', () => {
  it('is an author error at its place in check, so the course pack builds or says where (no bare "Invalid URL")', async () => {
    for (const url of ['https://', 'https://x.example:99999/a.png', 'http://[::1/a.png']) {
      const dir = module({ [ID]: withBody(`![Gambar](${url})\n\n[tautan](${url})`) });
      const r = await run('check', join(dir, 'contoh'));
      assert.equal(r.code, 1, url);
      const hits = r.out.filter((l) => l.includes(`the address "${url}" is not a web address a browser can open`));
      assert.equal(hits.length, 2, r.out.join('\n'));
      for (const l of hits) assert.match(l, FORMATTED);
    }
  });
});
