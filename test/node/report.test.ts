import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  canonicalCode,
  cleanName,
  courseFingerprint,
  decodeReport,
  encodeReport,
  findCodes,
  fromTheFuture,
  nameKey,
  type CodeCourse,
  type LessonState,
  type Report,
} from '../../src/report/code.js';
import { loadProject } from '../../src/cli/project.js';
import { countQuestions } from '../../src/content/markdown.js';

const course = courseFingerprint('kelas-digital-umkm', 1, ['a/b', 'a/c', 'd/e']);
const questions = [4, 3, 0];
const shape: CodeCourse = { course, questions };
const sample: Report = {
  course,
  name: '',
  last: Date.UTC(2026, 10, 28, 7, 40),
  lessons: [{ status: 'done', score: 75 }, { status: 'started' }, { status: 'none' }],
};
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Codes made by the LK1 encoder, before LK2 (test/fixtures/report-codes-lk1.json). */
const lk1 = JSON.parse(readFileSync(new URL('../fixtures/report-codes-lk1.json', import.meta.url), 'utf8')) as { codes: { code: string; report: Report }[] };
/** The default course's lessons, in order, with their numbers of questions (as `langkah build` counts them). */
function defaultCourse() {
  const project = loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
  const { curriculum } = project.curricula[0]!;
  const modules = new Map(project.modules.map((m) => [m.module.id, m]));
  const lessons = curriculum.modules.flatMap((e) => (e.lessons ?? modules.get(e.module)!.module.lessons).map((l) => ({ ref: `${e.module}/${l}`, lesson: modules.get(e.module)!.lessons.id.get(l)!.lesson })));
  return { fingerprint: courseFingerprint(curriculum.id, curriculum.version, lessons.map((l) => l.ref)), questions: lessons.map((l) => countQuestions(l.lesson)) };
}
const chars = (code: string) => code.replace(/-/g, '').length;

describe('progress report code', () => {
  it('round-trips a report, without the name (the message carries it)', () => {
    const code = encodeReport({ ...sample, name: 'Bu Sri Wahyuni' }, questions);
    assert.match(code, /^LK2(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    assert.equal(code, encodeReport(sample, questions), 'the name is not in the code');
    assert.deepEqual(decodeReport(code, shape), { report: sample });
  });

  it('round-trips any report: any number of lessons and questions, any right answers, any minute until 2041', () => {
    const lesson = (q: number) =>
      fc.oneof(
        fc.constant<LessonState>({ status: 'none' }),
        fc.constant<LessonState>({ status: 'started' }),
        fc.integer({ min: 0, max: q }).map<LessonState>((right) => (q ? { status: 'done', score: Math.round((100 * right) / q) } : { status: 'done' })),
      );
    const minute = fc.integer({ min: 0, max: 2 ** 23 - 1 }).map((m) => Date.UTC(2026, 0, 1) + m * 60_000);
    const course = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 70 }).chain((qs) => fc.tuple(fc.constant(qs), fc.tuple(...qs.map(lesson))));
    fc.assert(
      fc.property(course, minute, fc.integer({ min: 0, max: 2 ** 32 - 1 }), ([qs, lessons], last, c) => {
        const report: Report = { course: c, name: '', last, lessons };
        assert.deepEqual(decodeReport(encodeReport(report, qs), { course: c, questions: qs }), { report });
      }),
    );
  });

  it('catches every wrong character and every swap of two neighbours', () => {
    const codes = [
      encodeReport(sample, questions),
      encodeReport({ ...sample, lessons: [{ status: 'done', score: 0 }, { status: 'done', score: 33 }, { status: 'done' }] }, questions),
    ];
    let tried = 0;
    for (const code of codes) {
      const body = code.slice(4).replace(/-/g, '');
      const read = (b: string) => decodeReport(`LK2-${b}`, shape);
      for (let i = 0; i < body.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === body[i]) continue;
          assert.ok('fault' in read(body.slice(0, i) + ch + body.slice(i + 1)), `${code}: ${ch} at ${i} was not caught`);
          tried++;
        }
        if (i + 1 < body.length && body[i] !== body[i + 1]) {
          assert.ok('fault' in read(body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2)), `${code}: swap at ${i} was not caught`);
        }
        assert.ok('fault' in read(body.slice(0, i) + body.slice(i + 1)), `${code}: a character left out at ${i} was not caught`);
      }
    }
    assert.ok(tried > 300);
  });

  it('refuses a code of another course or another version, which it cannot tell from a typo', () => {
    const code = encodeReport(sample, questions);
    assert.deepEqual(decodeReport(code, { course: courseFingerprint('kelas-digital-umkm', 2, ['a/b', 'a/c', 'd/e']), questions }), { fault: 'mismatch' });
    assert.deepEqual(decodeReport(code, { course, questions: [4, 4, 0] }), { fault: 'mismatch' }, 'a lesson with another number of questions');
    assert.deepEqual(decodeReport(code), { fault: 'course' }, 'an LK2 code is read against its course');
    assert.deepEqual(decodeReport('LK2-000'), { fault: 'format' });
    assert.deepEqual(decodeReport('hello'), { fault: 'format' });
  });

  it('reads a code typed by hand: lowercase, spaces, O for 0 and I/L for 1', () => {
    const code = encodeReport(sample, questions);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    assert.deepEqual(decodeReport(sloppy, shape), { report: sample });
    assert.equal(canonicalCode(sloppy), code);
  });

  it('keeps the time of last activity to the minute, so the afternoon report is newer than the morning one', () => {
    const morning = { ...sample, last: Date.UTC(2026, 10, 28, 1, 5) };
    const afternoon = { ...sample, last: Date.UTC(2026, 10, 28, 7, 40) };
    const read = (r: Report) => {
      const result = decodeReport(encodeReport(r, questions), shape);
      assert.ok('report' in result);
      return result.report;
    };
    assert.deepEqual(read(morning), morning);
    assert.ok(read(afternoon).last > read(morning).last);
    // Seconds are not carried: the minute is enough to order two reports.
    assert.equal(read({ ...sample, last: Date.UTC(2026, 10, 28, 7, 40, 59, 999) }).last, afternoon.last);
  });

  it('fits the default course in at most 32 characters, in groups of four; fully done in 31 with the prefix', () => {
    const { fingerprint, questions: qs } = defaultCourse();
    assert.equal(qs.length, 43);
    const code = (lessons: LessonState[]) => encodeReport({ course: fingerprint, name: '', last: Date.UTC(2041, 11, 1), lessons }, qs);
    // Fully done, every answer wrong: the largest number a finished course can give (the same in both languages: they have the same questions).
    const done = code(qs.map(() => ({ status: 'done', score: 0 })));
    assert.ok(chars(done) <= 32, `${done}: ${chars(done)} characters`);
    assert.match(done, /^LK2(-[0-9A-HJKMNP-TV-Z]{4})+(-[0-9A-HJKMNP-TV-Z]{1,4})?$/);
    // Not finished, the worst case: every lesson done with every answer wrong but the first, only started.
    const worst = code(qs.map((_, i) => (i ? { status: 'done', score: 0 } : { status: 'started' })));
    assert.ok(chars(worst) - 3 <= 32, `${worst}: ${chars(worst) - 3} characters after LK2`);
    assert.ok(chars(code(qs.map(() => ({ status: 'done', score: 100 })))) < 16, 'all right: a short code');
  });

  it('still reads the codes made before LK2 (LK1, saved by the old encoder), and keeps them in their own spelling', () => {
    for (const { code, report } of lk1.codes) {
      assert.deepEqual(decodeReport(code), { report });
      assert.deepEqual(decodeReport(code, shape), { report }, 'the course does not matter to an LK1 code');
      assert.equal(canonicalCode(code.toLowerCase().replace(/-/g, ' ')), code);
    }
    const typo = lk1.codes[0]!.code.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    assert.deepEqual(decodeReport(typo), { fault: 'checksum' });
  });

  it('says when a report claims a time in the future', () => {
    const now = Date.UTC(2026, 11, 3, 12, 0);
    assert.equal(fromTheFuture({ ...sample, last: now - 60_000 }, now), false);
    assert.equal(fromTheFuture({ ...sample, last: now + 30 * 60_000 }, now), false, 'a phone clock a little fast');
    assert.equal(fromTheFuture({ ...sample, last: now + 2 * 3_600_000 }, now), true);
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 4) }, now), true);
    // A day-only code names the learner's calendar day: in UTC+9 it is already 4 December at 15:00 UTC.
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 4), dayOnly: true }, Date.UTC(2026, 11, 3, 15)), false);
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 5), dayOnly: true }, Date.UTC(2026, 11, 3, 15)), true);
  });

  it('finds every code in a pasted chat, old and new', () => {
    const a = encodeReport(sample, questions);
    const b = lk1.codes[2]!.code;
    const chat = `[28/11 07.10] Bu Sri: Laporan belajar\nNama: Bu Sri\nKode: ${a}\n[28/11 07.12] Pak Budi: Kode: ${b} terima kasih`;
    assert.deepEqual(findCodes(chat), [a, b]);
  });
});

describe('learner names in the roster', () => {
  it('shows a name without invisible characters, in one Unicode spelling, spaces collapsed', () => {
    assert.equal(cleanName('  Bu\u00a0 Sri\t'), 'Bu Sri');
    assert.equal(cleanName('Bu\u200b Sri\u200d'), 'Bu Sri', 'zero-width space and joiner');
    assert.equal(cleanName('\u202eBu Sri\u202c\u2066'), 'Bu Sri', 'bidi overrides and isolates');
    assert.equal(cleanName('\ufeffＢｕ Ｓｒｉ'), 'Bu Sri', 'byte order mark, full-width letters');
    assert.equal(cleanName('Bu Sri\u00ad\r\nRT 3'), 'Bu Sri RT 3', 'soft hyphen, line break');
    assert.equal(cleanName('Pak Budi, RT 3'), 'Pak Budi, RT 3');
  });

  it('gives one key to every spelling of one name, and different keys to different names', () => {
    const spellings = ['Bu Sri', 'bu sri', 'BU  SRI', 'Bu\u200bSri'.replace('\u200b', '\u200b '), '\u200fBu Sri', 'Ｂｕ Ｓｒｉ', 'Bu\u00a0Sri '];
    assert.deepEqual(new Set(spellings.map(nameKey)), new Set(['bu sri']));
    assert.notEqual(nameKey('Bu Sri'), nameKey('Bu Siti'));
    assert.notEqual(nameKey('Bu Sri'), nameKey('BuSri'));
  });
});

describe('certificate verification code', () => {
  it('is the same for the same progress and differs when a score, lesson or name differs', async () => {
    const { verificationCode } = await import('../../src/report/code.js');
    const named = { ...sample, name: 'Bu Sri Wahyuni' };
    const code = verificationCode(named);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(verificationCode({ ...named, last: 0 }), code, 'the day of last activity does not matter');
    assert.equal(verificationCode({ ...named, name: ' bu sri wahyuni ' }), code, 'case and spaces of the name do not matter');
    assert.notEqual(verificationCode({ ...named, name: 'Bu Ani' }), code);
    assert.notEqual(verificationCode({ ...named, lessons: [{ status: 'done', score: 50 }, ...named.lessons.slice(1)] }), code);
    const decoded = decodeReport(encodeReport(named, questions), shape);
    assert.ok('report' in decoded);
    assert.equal(verificationCode({ ...decoded.report, name: named.name }), code, 'the roster computes it from the code and the name in the message');
  });

  it('matches an LK1 code, whose name is cut to 40 bytes, for a longer name', async () => {
    const { verificationCode } = await import('../../src/report/code.js');
    const long = { ...lk1.codes[0]!.report, name: 'Sri Wahyuni Kusumawardhani binti Abdul Rahman' };
    const cut = { ...long, name: 'Sri Wahyuni Kusumawardhani binti Abdul R' };
    assert.equal(verificationCode(cut), verificationCode(long));
  });
});
