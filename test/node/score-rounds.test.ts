/**
 * Review 12c, findings 1 and 3 (issue 12, items 2, 3 and 11): a course score
 * that a second language or a second round cannot bend.
 * - A question's counted result is its first check over both languages (the
 *   earlier `firstAt`); a try in the language checked later never lowers it.
 * - Records saved before `firstAt` and `round` existed load and score as before.
 * - A question asked again in a new round is shown in another order, and a
 *   right answer earned only then is counted as "after retrying".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProgressSchema, type Answer, type BuiltCurriculum, type Lesson, type Progress } from '../../src/content/schema.js';
import { mismatch } from '../../src/content/shape.js';
import { PROGRESS } from '../../src/content/progress-shape.js';
import { fingerprint } from '../../src/content/hash.js';
import { answerAfter, mixed, questionsIn, roundOf, shown, shuffled } from '../../src/internal/content.js';
import { counted, courseProgress, tally, verdict } from '../../src/report/course-progress.js';
import { packRecord, unpackRecord } from '../../src/report/scorm/suspend.js';
import { loadProject } from '../../src/cli/project.js';

type CourseLesson = BuiltCurriculum['modules'][number]['lessons'][number];

/** A lesson of four questions as a built curriculum describes it, both languages. */
const ids = ['a', 'b', 'c', 'd'];
const lesson: CourseLesson = {
  id: 'l',
  questions: 4,
  version: { id: 'vid', en: 'ven' },
  fp: { id: Object.fromEntries(ids.map((q) => [q, `id-${q}`])), en: Object.fromEntries(ids.map((q) => [q, `en-${q}`])) },
} as unknown as CourseLesson;
const record = (lang: 'id' | 'en', answers: Record<string, Answer>, completed?: number): Progress => ({
  v: 1,
  key: `lesson:m/l@${lang}`,
  content: lesson.version[lang],
  lang,
  step: 0,
  seen: [],
  answers,
  checks: {},
  started: 1,
  updated: 100,
  ...(completed ? { completed } : {}),
});

describe('a question answered in both languages counts its first check over both (finding 1)', () => {
  // Indonesian: all four right on the first try, at 10–13, the lesson finished at 20.
  const ind: Record<string, Answer> = {};
  ids.forEach((q, i) => (ind[q] = answerAfter(undefined, 0, [0], true, `id-${q}`, 10 + i)));
  const idRecord = record('id', ind, 20);

  it('a wrong try in English, on the copy the course gave it, lowers nothing', () => {
    // The course copies the Indonesian answers to the English record (curriculum.ts `share`): same firstAt.
    const en: Record<string, Answer> = Object.fromEntries(ids.map((q) => [q, { ...ind[q]!, fp: `en-${q}` }]));
    en.a = answerAfter(en.a, 0, [1], false, 'en-a', 30);
    assert.equal(en.a.first, true, 'a try again is no new first try');
    assert.equal(en.a.firstAt, 10, 'the copy keeps the first check\'s time');
    const enRecord = record('en', en);
    enRecord.updated = 200;
    assert.equal(counted(idRecord, lesson, enRecord), 4);
    assert.equal(counted(enRecord, lesson, idRecord), 4);
    const read = (_: string, lang: 'id' | 'en') => (lang === 'id' ? idRecord : enRecord);
    const course = { modules: [{ id: 'm', lessons: [lesson] }] } as unknown as BuiltCurriculum;
    assert.equal(courseProgress(course, read).percent, 100);
  });

  it('without a copy, the earlier first check wins, whichever language it was in', () => {
    // English first checked later (at 50), wrong: the Indonesian right first try counts.
    const wrongLater = record('en', { a: answerAfter(undefined, 0, [1], false, 'en-a', 50) });
    assert.equal(counted(idRecord, lesson, wrongLater), 4);
    assert.equal(counted(wrongLater, lesson, idRecord), 1, 'the earlier check counts, read from either record');
    // English first checked earlier (at 5), wrong: a later right try in Indonesian is no fresh first try.
    const wrongEarlier = record('en', { a: answerAfter(undefined, 0, [1], false, 'en-a', 5) });
    assert.equal(counted(idRecord, lesson, wrongEarlier), 3);
    assert.deepEqual(verdict(ind.a!, wrongEarlier.answers.a), { right: false, late: false });
  });

  it('reads records saved before firstAt (a saved record of that version) as they were scored then', () => {
    // As the previous version stored it: answers without `firstAt` or `round`.
    const saved =
      '{"v":1,"key":"lesson:m/l@en","content":"ven","lang":"en","step":2,"seen":["x"],"answers":{"a":{"value":[1],"correct":false,"fp":"en-a","at":30,"first":false,"tries":1},"b":{"value":[0],"correct":true,"fp":"en-b","at":31,"first":true,"tries":1}},"checks":{},"started":1,"updated":31}';
    const old = JSON.parse(saved) as Progress;
    assert.equal(ProgressSchema.safeParse(old).success, true, 'zod reads it');
    assert.equal(mismatch(PROGRESS, old), undefined, 'the browser\'s checker reads it');
    const oldId = JSON.parse(saved.replaceAll('en-', 'id-').replace('@en', '@id').replace('"ven"', '"vid"')) as Progress;
    oldId.answers.a!.correct = oldId.answers.a!.first = true;
    // Then: right on a first try in each language (review 12b, finding 4): a counts in neither, b in both.
    assert.equal(counted(oldId, lesson, old), 1);
    assert.equal(counted(old, lesson, oldId), 1);
    // Checked again, an old answer keeps an unknown first check (never a made-up early one) and its round.
    const next = answerAfter(old.answers.a, 0, [0], true, 'en-a', 40);
    assert.equal(next.firstAt, undefined);
    assert.equal(next.round, 1);
    assert.equal(next.first, false);
  });

  it('the new fields pass both checkers', () => {
    const r = record('id', { a: { ...ind.a!, round: 2 } });
    assert.equal(ProgressSchema.safeParse(r).success, true);
    assert.equal(mismatch(PROGRESS, r), undefined);
    assert.notEqual(mismatch(PROGRESS, record('id', { a: { ...ind.a!, round: 1.5 } })), undefined, 'a round is a whole number');
  });
});

describe('a second round (finding 3)', () => {
  it('asks a question not right on a first try in a new round, with another order, the same across reloads', () => {
    const wrong = answerAfter(undefined, 0, [0], false, 'id-a', 10);
    assert.equal(wrong.round, 1);
    assert.equal(roundOf(wrong, 0), 1, 'same round while the lesson is not finished');
    // The lesson finished at 20: a new round asks it again.
    assert.equal(shown(wrong, 20), undefined);
    assert.equal(roundOf(wrong, 20), 2);
    const again = answerAfter(wrong, 20, [1], true, 'id-a', 30);
    assert.deepEqual([again.round, again.first, again.tries, again.firstAt], [2, true, 1, 10]);
    assert.equal(roundOf(again, 20), 2, 'answered, it stays in the order it was answered in');
    // Right on the first try of round 1: never asked again, never "late".
    const right = answerAfter(undefined, 0, [1], true, 'id-b', 11);
    assert.equal(roundOf(right, 20), 1);
    assert.equal(answerAfter(right, 20, [0], false, 'id-b', 31).round, 1);
    assert.deepEqual(tally(record('id', { a: again, b: right }, 40), lesson), { right: 2, late: 1 });
  });

  it('never shows a question\'s options in the order of the round before, for every question of the default course', () => {
    const project = loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
    const lessons = project.modules.flatMap((m) => [...m.lessons.id.values()].map((x) => x.lesson as Lesson));
    let n = 0;
    for (const l of lessons) {
      for (const q of questionsIn(l.steps.flatMap((s) => s.blocks))) {
        if (q.kind === 'true-false') continue;
        const count = q.kind === 'order' ? q.items.length : q.options.length;
        const order = (r: number) => (q.kind === 'order' ? shuffled(q, r) : mixed(q.id, count, r)).join();
        // Round 1 is the order learners have seen all along.
        assert.equal(order(1), (q.kind === 'order' ? shuffled(q) : mixed(q.id, count)).join());
        for (let r = 2; r <= 4; r++) if (count > 1) assert.notEqual(order(r), order(r - 1), `${q.id}, round ${r}`);
        n++;
      }
    }
    assert.ok(n > 100, `${n} questions`);
    assert.ok(fingerprint('x'));
  });
});

describe('SCORM suspend data carries rounds and shared first checks', () => {
  const project = loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
  const l = [...project.modules[0]!.lessons.id.values()][0]!.lesson as Lesson;
  const qs = questionsIn(l.steps.flatMap((s) => s.blocks));
  const key = `lesson:${l.id}@id`;

  it('packs a later round\'s right answer and a first check shared with the other language, and reads them back', () => {
    const at = Date.UTC(2026, 11, 4, 8);
    const a0 = { ...answerAfter(answerAfter(undefined, 0, [0], false, fingerprint(qs[0]!), at), at + 60_000, [0], true, fingerprint(qs[0]!), at + 120_000) };
    const a1 = answerAfter(undefined, 0, [0], true, fingerprint(qs[1]!), at);
    const mine: Progress = { v: 1, key, content: l.version, lang: 'id', step: 0, seen: [], answers: { [qs[0]!.id]: a0, [qs[1]!.id]: a1 }, checks: {}, started: at, updated: at + 180_000, completed: at + 60_000 };
    const other: Progress = { ...mine, key: key.replace('@id', '@en'), lang: 'en', answers: { [qs[1]!.id]: { ...a1 } } };
    const text = packRecord(0, mine, l, other);
    const back = unpackRecord(text, l, key)!;
    assert.equal(back.answers[qs[0]!.id]!.round, 2, 'the later round travels');
    assert.equal(back.answers[qs[0]!.id]!.first, true);
    assert.equal(back.answers[qs[0]!.id]!.firstAt, undefined, 'a first check not shared is not known after the trip');
    assert.equal(back.answers[qs[1]!.id]!.firstAt, 0, 'a shared first check stays shared');
    assert.equal(back.answers[qs[1]!.id]!.round, undefined);
    // Without anything to add, an answer packs as before (no extra letter).
    assert.doesNotMatch(packRecord(0, { ...mine, answers: { [qs[1]!.id]: a1 } }, l), /[Q-S](,|\.)/);
  });
});
