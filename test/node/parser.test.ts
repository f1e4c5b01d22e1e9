/** The parser turns each construct of docs/authoring.md into the typed tree the elements render. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageSize } from '../../src/cli/image-size.js';
import { parseLesson, parseSnippet } from '../../src/content/markdown.js';
import { isSafeImage, isSafeLink } from '../../src/content/url.js';
import { fingerprint } from '../../src/content/hash.js';
import { LessonSchema, ProgressSchema } from '../../src/content/schema.js';
import { lessonText } from './helpers.js';

const blocks = (md: string) => {
  const r = parseSnippet(md, { lang: 'id' });
  assert.deepEqual(r.problems, []);
  return r.blocks;
};

describe('parser', () => {
  it('reads frontmatter and splits steps at ## headings, with ids from {#id} or by position', () => {
    const { lesson, problems } = parseLesson(lessonText('pelajaran', '\n## Tiga {#akhir}\n\nSelesai.\n'), { lang: 'en', module: 'm' });
    assert.deepEqual(problems, []);
    assert.equal(lesson!.lang, 'en');
    assert.equal(lesson!.module, 'm');
    assert.deepEqual(lesson!.steps.map((s) => [s.id, s.title]), [['s1', 'Langkah satu'], ['s2', 'Latihan'], ['akhir', 'Tiga']]);
    assert.equal(lesson!.checked, '2026-11');
    assert.match(lesson!.version, /^[0-9a-z]+$/);
  });

  it('changes the version when the content changes, and only then', () => {
    const v = (t: string) => parseLesson(t, { lang: 'id' }).lesson!.version;
    assert.equal(v(lessonText()), v(lessonText()));
    assert.notEqual(v(lessonText()), v(lessonText().replace('Teks langkah satu.', 'Teks lain.')));
  });

  it('builds rich text: emphasis, code, links and line breaks, with entities decoded', () => {
    assert.deepEqual(blocks('**Tebal** dan *miring*, `kode`, [tautan](https://a.id/) &amp; ~~coret~~'), [
      {
        t: 'p',
        c: [
          { t: 'strong', c: ['Tebal'] },
          ' dan ',
          { t: 'em', c: ['miring'] },
          ', ',
          { t: 'code', v: 'kode' },
          ', ',
          { t: 'link', href: 'https://a.id/', c: ['tautan'] },
          ' & ',
          { t: 'del', c: ['coret'] },
        ],
      },
    ]);
  });

  it('reads lists, quotes, small headings, code, callouts and images', () => {
    assert.deepEqual(blocks('### Kecil\n\n1. satu\n2. dua\n\n> kata pembeli\n\n:::warning\nAwas.\n:::\n\n![Menu Setelan](https://x.id/a.png "Keterangan")'), [
      { t: 'h', c: ['Kecil'] },
      { t: 'list', ordered: true, items: [[{ t: 'p', c: ['satu'] }], [{ t: 'p', c: ['dua'] }]] },
      { t: 'quote', c: [{ t: 'p', c: ['kata pembeli'] }] },
      { t: 'callout', kind: 'warning', c: [{ t: 'p', c: ['Awas.'] }] },
      { t: 'image', src: 'https://x.id/a.png', alt: 'Menu Setelan', title: 'Keterangan' },
    ]);
  });

  it('reads all five question kinds with feedback, explanations, messages and replies', () => {
    const [quiz] = blocks(`:::quiz{pass=80}
? Satu? {#pertama}
- [ ] a
  > salah
- [x] b
  > benar
> penjelasan

?[multiple] Banyak?
- [x] a
- [x] b
- [ ] c

?[true-false] Betul?
= false
> Salah.

?[order] Urutkan
1. pertama
2. kedua

?[chat] Balas?
< Bu Rina: Kak, dingin.
- [x] Maaf, Bu.
  > Bagus.
  < Bu Rina: Terima kasih.
- [ ] Salah kurir.
:::`);
    assert.equal(quiz?.t, 'quiz');
    if (quiz?.t !== 'quiz') return;
    assert.equal(quiz.pass, 80);
    assert.deepEqual(quiz.questions.map((q) => [q.kind, q.id]), [
      ['single', 'pertama'],
      ['multiple', 'q2'],
      ['true-false', 'q3'],
      ['order', 'q4'],
      ['chat', 'q5'],
    ], 'ids by position, so naming one question does not renumber the others');
    assert.deepEqual(quiz.questions[0], {
      kind: 'single',
      id: 'pertama',
      prompt: ['Satu?'],
      explain: ['penjelasan'],
      options: [
        { text: ['a'], correct: false, feedback: ['salah'] },
        { text: ['b'], correct: true, feedback: ['benar'] },
      ],
    });
    assert.deepEqual(quiz.questions[2], { kind: 'true-false', id: 'q3', prompt: ['Betul?'], explain: ['Salah.'], answer: false });
    assert.deepEqual(quiz.questions[3], { kind: 'order', id: 'q4', prompt: ['Urutkan'], items: [['pertama'], ['kedua']] });
    assert.deepEqual(quiz.questions[4], {
      kind: 'chat',
      id: 'q5',
      prompt: ['Balas?'],
      messages: [{ from: 'Bu Rina', text: ['Kak, dingin.'] }],
      options: [
        { text: ['Maaf, Bu.'], correct: true, feedback: ['Bagus.'], reply: { from: 'Bu Rina', text: ['Terima kasih.'] } },
        { text: ['Salah kurir.'], correct: false },
      ],
    });
  });

  it('reads checklists with help text and item ids', () => {
    assert.deepEqual(blocks(':::checklist{title="Aman" #cek}\n- [ ] Satu {#satu}\n  > Buka **Setelan**.\n- [ ] Dua\n:::'), [
      {
        t: 'checklist',
        id: 'cek',
        title: 'Aman',
        items: [
          { id: 'satu', text: ['Satu'], help: ['Buka ', { t: 'strong', c: ['Setelan'] }, '.'] },
          { id: 'c2', text: ['Dua'] },
        ],
      },
    ]);
  });

  it('attaches ::audio to its step', () => {
    const { lesson } = parseLesson(lessonText().replace('Teks langkah satu.', 'Teks.\n\n::audio[Dengar]{src="audio/a.mp3"}'), { lang: 'id' });
    assert.deepEqual(lesson!.steps[0]!.audio, { src: 'audio/a.mp3', label: 'Dengar' });
  });

  it('has no lesson-wide `audio` in the frontmatter: nothing played it and nothing checked its address (review 10b, F2); sound is ::audio, per step', () => {
    const { lesson, problems } = parseLesson(lessonText().replace(/^---\n/, '---\naudio: javascript:alert(1)\n'), { lang: 'id', file: 'a.md' });
    assert.equal(lesson, undefined);
    assert.deepEqual(problems.map((p) => [p.code, p.line]), [['field-unknown', 2]]);
  });

  it('keeps raw HTML as text', () => {
    assert.deepEqual(blocks('<b onclick="x()">hai</b> <i>x</i>'), [{ t: 'p', c: ['<b onclick="x()">hai</b> <i>x</i>'] }]);
  });
});

describe('URL rules', () => {
  it('allows http, https, mailto, tel and relative links only', () => {
    for (const ok of ['https://a.id', 'http://a.id', 'mailto:a@b.id', 'tel:14017', 'page.html', '../a/b', '#top', '?q=1']) assert.ok(isSafeLink(ok), ok);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:x', 'java\nscript:x', ' javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc', '', '\\\\evil']) {
      assert.ok(!isSafeLink(bad), bad);
    }
  });
  it('allows http, https and relative image sources only', () => {
    assert.ok(isSafeImage('images/a.svg') && isSafeImage('https://a.id/a.png'));
    for (const bad of ['data:image/png;base64,AA', 'mailto:a@b.id', 'tel:1', 'javascript:x', 'blob:https://a']) assert.ok(!isSafeImage(bad), bad);
  });
});

describe('schemas', () => {
  it('reject a built lesson with an unsafe link, even if it never passed the parser', () => {
    const { lesson } = parseLesson(lessonText(), { lang: 'id' });
    const bad = structuredClone(lesson!);
    (bad.steps[0]!.blocks[0] as { c: unknown[] }).c = [{ t: 'link', href: 'javascript:alert(1)', c: ['x'] }];
    const r = LessonSchema.safeParse(bad);
    assert.ok(!r.success);
    assert.equal(r.error.issues[0]!.message, 'url-unsafe');
  });
  it('carry a version: a lesson of another format, or a progress record of another version, is refused', () => {
    const { lesson } = parseLesson(lessonText(), { lang: 'id' });
    assert.ok(!LessonSchema.safeParse({ ...lesson, format: 2 }).success);
    const record = { v: 1, key: 'lesson:m/x', content: 'abc', step: 0, seen: [], answers: {}, checks: {}, started: 1, updated: 1 };
    assert.ok(ProgressSchema.safeParse(record).success);
    assert.ok(!ProgressSchema.safeParse({ ...record, v: 2 }).success);
  });
});

describe('helpers', () => {
  it('fingerprint is stable and differs for different values', () => {
    assert.equal(fingerprint({ a: 1 }), fingerprint({ a: 1 }));
    assert.notEqual(fingerprint({ a: 1 }), fingerprint({ a: 2 }));
  });
  it('imageSize reads SVG, PNG and GIF headers', () => {
    assert.deepEqual(imageSize(Buffer.from('<svg width="320" height="400" viewBox="0 0 320 400"></svg>')), { width: 320, height: 400 });
    assert.deepEqual(imageSize(Buffer.from('<svg viewBox="0 0 160 90"></svg>')), { width: 160, height: 90 });
    const png = Buffer.alloc(24);
    png.write('\x89PNG', 0, 'latin1');
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    assert.deepEqual(imageSize(png), { width: 640, height: 480 });
    const gif = Buffer.from('GIF89a\x0a\x00\x14\x00', 'latin1');
    assert.deepEqual(imageSize(gif), { width: 10, height: 20 });
  });
});
