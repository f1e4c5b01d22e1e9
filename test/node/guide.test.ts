/**
 * `langkah check` holds a module's facilitator guide (`guide.yaml`) to its
 * module.yaml: one broken thing per case, asserting the whole
 * `path:line:col  message  (hint)` an author sees.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { guideYaml, lessonText, module, moduleYaml, run, tree } from './helpers.js';

const GUIDE = 'contoh/guide.yaml';

/** A line as an author reads it here: the folder shortened to `D`, without the `[code]` (cli.test.ts holds that). */
const clean = (dir: string) => (line: string) => line.split(dir).join('D').replace(/  \[[a-z0-9-]+\]$/, '');

/** Runs `check` on the module `contoh` with `files` changed; its lines with the folder shortened to `D`. */
async function check(files: Record<string, string>) {
  const dir = module(files);
  const r = await run('check', join(dir, 'contoh'));
  return { ...r, lines: r.out.map(clean(dir)) };
}

/** Two lessons, `pelajaran` then `kedua`, in module.yaml and both languages. */
const twoLessons = {
  'contoh/module.yaml': moduleYaml('contoh', ['pelajaran', 'kedua']),
  'contoh/id/kedua.md': lessonText('kedua'),
  'contoh/en/kedua.md': lessonText('kedua'),
};

describe('langkah check: facilitator guides', () => {
  it('passes a module whose guide covers every lesson, and says nothing', async () => {
    const r = await check({ ...twoLessons, [GUIDE]: guideYaml(['pelajaran', 'kedua']) });
    assert.deepEqual(r.lines, []);
    assert.equal(r.code, 0);
  });

  it('warns, without failing, when a module has no guide, naming the file to write', async () => {
    const dir = module();
    rmSync(join(dir, GUIDE));
    const r = await run('check', join(dir, 'contoh'));
    assert.equal(r.code, 0);
    assert.deepEqual(r.out.map(clean(dir)), [
      `D/${GUIDE}:1:1  warning: the module "contoh" has no facilitator guide  (write D/${GUIDE} for the trainers who teach it: see "Facilitator guide" in docs/authoring.md)`,
    ]);
  });

  it('a misspelt "lessons": an unknown field, and "lessons" missing, both at the key', async () => {
    const r = await check({ [GUIDE]: guideYaml().replace('lessons:', 'lesson:') });
    assert.deepEqual(r.lines, [
      `D/${GUIDE}:2:1  required field "lessons" is missing  (add it; see docs/authoring.md)`,
      `D/${GUIDE}:2:1  unknown field "lesson"  (remove it or correct the spelling; allowed here: lessons)`,
    ]);
    assert.equal(r.code, 1);
  });

  const cases: [string, Record<string, string>, string][] = [
    [
      'a YAML syntax error, at the unclosed quote',
      { [GUIDE]: guideYaml().replace('id: Apa yang', 'id: "Apa yang') },
      `D/${GUIDE}:5:11  YAML syntax error: Missing closing "quote  (check for a missing space after ":", a tab, or an unclosed quote)`,
    ],
    [
      'an unknown field in a lesson, at its key, with the fields allowed there',
      { [GUIDE]: guideYaml().replace('    task:', '    tips:\n      id: x\n      en: x\n    task:') },
      `D/${GUIDE}:7:5  unknown field "tips"  (remove it or correct the spelling; allowed here: discuss, task, before, mistakes)`,
    ],
    [
      'a lesson id the module does not have, at its key, with the closest id',
      { [GUIDE]: guideYaml(['pelajarn']) },
      `D/${GUIDE}:3:3  the module has no lesson "pelajarn"  (did you mean "pelajaran"? the guide has one entry per lesson of module.yaml: pelajaran)`,
    ],
    [
      'a lesson of module.yaml the guide leaves out, at "lessons"',
      { ...twoLessons, [GUIDE]: guideYaml(['pelajaran']) },
      `D/${GUIDE}:2:1  the guide has nothing for the lesson "kedua"  (add "kedua:" with discuss, task, before and mistakes, in the order of module.yaml)`,
    ],
    [
      'lessons out of the order of module.yaml, at the first one out of place',
      { ...twoLessons, [GUIDE]: guideYaml(['kedua', 'pelajaran']) },
      `D/${GUIDE}:3:3  the lesson "kedua" comes before "pelajaran" here, but after it in module.yaml  (keep the lessons in the order of module.yaml: pelajaran, kedua)`,
    ],
    [
      'a discussion question without its English version, at "discuss"',
      { [GUIDE]: guideYaml().replace('      en: What did you do yesterday?\n', '') },
      `D/${GUIDE}:4:5  required field "lessons.pelajaran.discuss.en" is missing  (add it; see docs/authoring.md)`,
    ],
    [
      'an empty task, at the text',
      { [GUIDE]: guideYaml().replace('id: Buka Setelan di HP Anda.', 'id: ""') },
      `D/${GUIDE}:8:11  this text is empty  (write something, or remove the line)`,
    ],
    [
      'a text longer than 300 characters, at the text',
      { [GUIDE]: guideYaml().replace('en: Have one demo phone.', `en: ${'Have one demo phone. '.repeat(15)}`) },
      `D/${GUIDE}:15:13  this text is longer than 300 characters  (say it in shorter sentences: a trainer takes it in at a glance, in class)`,
    ],
    [
      'a "before" with no item, at the list',
      { [GUIDE]: guideYaml().replace(/ {4}before:\n(?: {6}.*\n)+/, '    before: []\n') },
      `D/${GUIDE}:10:5  "lessons.pelajaran.before" needs at least 1 item  (see docs/authoring.md for what this field holds)`,
    ],
    [
      'five mistakes, one more than four, at the list',
      { [GUIDE]: guideYaml().replace(/( {6}- id: Peserta lupa PIN.*\n {8}en: .*\n)/, '$1$1$1$1$1') },
      `D/${GUIDE}:16:5  "lessons.pelajaran.mistakes" has more than 4 items  (see docs/authoring.md for what this field holds)`,
    ],
    [
      'a "verify" that is not true or false, at the value',
      { [GUIDE]: guideYaml().replace('verify: true', 'verify: ya') },
      `D/${GUIDE}:13:17  "verify" of the first item of "before" (lessons.pelajaran.before[0].verify) should be a boolean  (see docs/authoring.md for what this field holds)`,
    ],
    [
      'a menu path not marked for checking on a phone, a warning at the item',
      { [GUIDE]: guideYaml().replace('        verify: true\n', '') },
      `D/${GUIDE}:11:9  warning: this item names a menu path ("WhatsApp → Setelan → Akun") but is not marked "verify: true"  (add "verify: true" under it: menus change, and the guide tells the trainer to check them on a phone before class)`,
    ],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const r = await check(files);
      assert.deepEqual(r.lines, [expected]);
      assert.equal(r.code, expected.includes('warning:') ? 0 : 1);
    });
  }

  it('checks the guides of the modules a curriculum uses, and a pack build refuses a broken one', async () => {
    const dir = tree({
      'modules/a/module.yaml': moduleYaml('a'),
      'modules/a/guide.yaml': guideYaml(['pelajaran']).replace('verify: true', 'verify: 1'),
      'modules/a/id/pelajaran.md': lessonText(),
      'modules/a/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': 'id: kelas\nversion: 1\ntitle: { id: Kelas, en: Class }\norganiser: Dinas\nlanguages: [id, en]\nmodules:\n  - module: a\n',
    });
    const expected = [`D/modules/a/guide.yaml:13:17  "verify" of the first item of "before" (lessons.pelajaran.before[0].verify) should be a boolean  (see docs/authoring.md for what this field holds)`];
    const checked = await run('check', join(dir, 'modules/curricula/kelas.yaml'));
    assert.deepEqual(checked.out.map(clean(dir)), expected);
    assert.equal(checked.code, 1);
    const built = await run('build', join(dir, 'modules/curricula/kelas.yaml'), '--out', join(tree({}), 'kursus'));
    assert.equal(built.code, 1);
    assert.match(built.err.at(-1)!, /build stopped/);
  });
});
