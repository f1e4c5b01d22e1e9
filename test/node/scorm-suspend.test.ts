/**
 * SCORM suspend data: the whole default course's progress, in the worst case
 * (every lesson done in both languages, every question answered, every item
 * ticked), fits SCORM 1.2's 4,096 characters, and reads back to the same
 * records, first tries included: a learner who retried until right does not
 * get the first-try score back from the LMS (issue 12).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../src/content/hash.js';
import type { Lesson, Progress } from '../../src/content/schema.js';
import { loadProject } from '../../src/cli/project.js';
import { SUSPEND_LIMIT } from '../../src/report/scorm/api.js';
import { isLegacy, packAll, packRecord, peekRecord, unpackAll, unpackRecord } from '../../src/report/scorm/suspend.js';
import { answerAfter, questionsIn } from '../../src/internal/content.js';
import { counted } from '../../src/report/course-progress.js';

const project = loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
const curriculum = project.curricula[0]!.curriculum;
const byId = new Map(project.modules.map((m) => [m.module.id, m]));
// loadProject of a curriculum loads the modules it names beside it.
const all = loadProject(['modules']).modules;
for (const m of all) if (!byId.has(m.module.id)) byId.set(m.module.id, m);
const lessons: Lesson[] = curriculum.modules.flatMap((entry) => {
  const mod = byId.get(entry.module)!;
  return (entry.lessons ?? mod.module.lessons).map((id) => ({ ...mod.lessons.id.get(id)!.lesson, module: mod.module.id, version: `v${id.length}` }));
});

const T0 = Date.UTC(2026, 10, 3, 7, 0);

/** A record with everything done: the longest a lesson's record can be. */
function full(lesson: Lesson, lang: 'id' | 'en', i: number): Progress {
  const questions = lesson.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'quiz' ? b.questions : []));
  const items = lesson.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'checklist' ? b.items : []));
  return {
    v: 1,
    key: `lesson:${lesson.module}/${lesson.id}@${lang}`,
    content: lesson.version,
    lang,
    step: lesson.steps.length,
    seen: lesson.steps.map((s) => s.id),
    answers: Object.fromEntries(
      questions.map((q) => [
        q.id,
        {
          value: q.kind === 'order' ? q.items.map((_, k) => k) : q.kind === 'true-false' ? [1] : 'options' in q ? q.options.map((_, k) => k) : [0],
          correct: true,
          fp: fingerprint(q),
          at: T0 + i * 60_000,
          first: true,
          tries: 1,
        },
      ]),
    ),
    checks: Object.fromEntries(items.map((it) => [it.id, true])),
    started: T0 + i * 60_000,
    updated: T0 + i * 60_000,
    completed: T0 + i * 60_000,
  };
}

/** The course's view of lesson `l` (what `langkah build` writes to curriculum.json), for `counted`. */
const courseLesson = (l: Lesson) => {
  const fp = Object.fromEntries(questionsIn(l.steps.flatMap((s) => s.blocks)).map((q) => [q.id, fingerprint(q)]));
  return { id: l.id, questions: Object.keys(fp).length, version: { id: l.version, en: l.version }, fp: { id: fp, en: fp } } as unknown as Parameters<typeof counted>[1];
};

/**
 * `full`, but answered as the review's "cheat" did on every other question:
 * wrong first, then right on a second check (right now, not on a first try).
 */
function retried(lesson: Lesson, i: number): Progress {
  const r = full(lesson, 'id', i);
  Object.values(r.answers).forEach((a, k) => k % 2 === 0 && Object.assign(a, { first: false, tries: 2 }));
  return r;
}

/** An S2 record as `S1` wrote it: the same, with `y` or `n` (right now) for each answer's letter. */
const asS1 = (text: string) => {
  const parts = text.split('.');
  parts[5] = parts[5]!.replace(/[A-P](?=,|$)/g, (f) => ('BDFHJLNP'.includes(f) ? 'y' : 'n'));
  return parts.join('.');
};

describe('SCORM suspend data for the default course', () => {
  it('the worst case fits SCORM 1.2 (4,096 characters), with room to spare', () => {
    const records = lessons.flatMap((l, i) =>
      (['id', 'en'] as const).map((lang) => ({ index: i, text: packRecord(i, full(l, lang, i), l), updated: T0 + i * 60_000 })),
    );
    const { data, left } = packAll(records, SUSPEND_LIMIT['1.2']);
    console.log(`default course: ${lessons.length} lessons; worst case (both languages, all done) ${data.length} characters of ${SUSPEND_LIMIT['1.2']}`);
    assert.equal(left, 0, `${left} records did not fit in ${data.length} characters`);
    assert.ok(data.length <= SUSPEND_LIMIT['1.2']);
  });

  it('reads every record back as it was (ids, steps, answers, ticks, times to the minute)', () => {
    for (const [i, l] of lessons.entries()) {
      const record = full(l, 'id', i);
      const text = packRecord(i, record, l);
      assert.deepEqual(peekRecord(text), { index: i, lang: 'id' });
      assert.deepEqual(unpackRecord(text, l, record.key), record);
    }
  });

  it('drops answers given to another version of the lesson, keeps the place', () => {
    const l = lessons[0]!;
    const record = full(l, 'id', 0);
    const text = packRecord(0, record, l);
    const back = unpackRecord(text, { ...l, version: 'changed' }, record.key)!;
    assert.deepEqual(back.answers, {});
    assert.equal(back.step, record.step);
    assert.deepEqual(back.seen, record.seen);
  });

  it('when too much is stored, keeps the newest records and counts the rest', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({ index: i, text: 'x'.repeat(100), updated: i }));
    const { data, left } = packAll(records, 1000);
    assert.ok(data.length <= 1000);
    assert.equal(left, 100 - (data.split('|').length - 1));
    assert.deepEqual(unpackAll('nonsense'), []);
  });

  it('keeps first tries: a lesson retried until right scores its first tries after the LMS round trip', () => {
    const ls = lessons.filter((l) => courseLesson(l).questions >= 2);
    assert.ok(ls.length > 10);
    for (const [i, l] of ls.entries()) {
      const record = retried(l, i);
      const back = unpackRecord(packRecord(i, record, l), l, record.key)!;
      assert.deepEqual(back, record);
      const before = counted(record, courseLesson(l));
      assert.ok(before < courseLesson(l).questions, 'the retried answers do not count');
      assert.equal(counted(back, courseLesson(l)), before, `${l.id}: the same first-try score after the round trip`);
    }
  });

  it('keeps the round of each answer: one given before the lesson was last finished starts a new round when checked again', () => {
    const l = lessons[0]!;
    const record = full(l, 'id', 0);
    const [q1, q2] = Object.keys(record.answers);
    record.completed = T0 + 5 * 60_000;
    record.updated = T0 + 9 * 60_000;
    // q1 answered wrong before the finish, never right at once; q2 retried after it (three checks).
    Object.assign(record.answers[q1!]!, { correct: false, first: false, tries: 1, at: T0 });
    Object.assign(record.answers[q2!]!, { correct: true, first: false, tries: 3, at: T0 + 8 * 60_000 });
    const back = unpackRecord(packRecord(0, record, l), l, record.key)!;
    assert.ok(back.answers[q1!]!.at < back.completed!, 'q1 still belongs to the earlier round');
    assert.ok(back.answers[q2!]!.at >= back.completed!, 'q2 still belongs to this round');
    assert.equal(back.answers[q2!]!.tries, 2, 'more than one check: the quiz shows the right answer (2 is all it needs)');
    assert.equal(back.answers[q2!]!.first, false);
    // Checked again on the new phone: q1 right now is a first try of a new round; q2 right again is not.
    assert.equal(answerAfter(back.answers[q1!], back.completed, [0], true, 'fp', T0 + 10 * 60_000).first, true);
    assert.equal(answerAfter(back.answers[q2!], back.completed, [0], true, 'fp', T0 + 10 * 60_000).first, false);
  });

  it('reads data written before first tries travelled (S1) without giving first-try credit', () => {
    const l = lessons.find((x) => courseLesson(x).questions >= 2)!;
    const record = full(l, 'id', 0);
    const s1 = 'S1|' + asS1(packRecord(0, record, l));
    assert.ok(isLegacy(s1) && !isLegacy('S2|x'));
    const [text] = unpackAll(s1);
    const back = unpackRecord(text!, l, record.key, true)!;
    assert.equal(Object.keys(back.answers).length, courseLesson(l).questions, 'every answer is kept');
    assert.ok(Object.values(back.answers).every((a) => a.correct && a.first === false));
    assert.equal(counted(back, courseLesson(l)), 0, 'no first-try score from an answer that may have been retried');
    // Redone on the new phone, a right check is a first try again.
    const a = Object.values(back.answers)[0]!;
    assert.equal(answerAfter(a, back.completed, a.value, true, a.fp, back.updated + 60_000).first, true);
  });

  it('never inflates when the data does not fit: records left out are not done, and what is restored scores as before', () => {
    const records = lessons.map((l, i) => ({ l, i, record: retried(l, i) }));
    const { data, left } = packAll(
      records.map(({ l, i, record }) => ({ index: i, text: packRecord(i, record, l), updated: record.updated })),
      1_000,
    );
    assert.ok(left > 0 && data.length <= 1_000);
    const texts = unpackAll(data);
    let before = 0;
    let after = 0;
    for (const { l, i, record } of records) {
      before += counted(record, courseLesson(l));
      const text = texts.find((t) => peekRecord(t)!.index === i);
      const back = text ? unpackRecord(text, l, record.key) : undefined;
      if (back) assert.equal(counted(back, courseLesson(l)), counted(record, courseLesson(l)));
      after += counted(back, courseLesson(l));
    }
    assert.ok(after < before, `${after} first tries restored of ${before}`);
  });
});
