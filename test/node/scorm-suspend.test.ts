/**
 * SCORM suspend data: the whole default course's progress, in the worst case
 * (every lesson done in both languages, every question answered, every item
 * ticked), fits SCORM 1.2's 4,096 characters, and reads back to the same
 * records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../src/content/hash.js';
import type { Lesson, Progress } from '../../src/content/schema.js';
import { loadProject } from '../../src/cli/project.js';
import { SUSPEND_LIMIT } from '../../src/report/scorm/api.js';
import { packAll, packRecord, peekRecord, unpackAll, unpackRecord } from '../../src/report/scorm/suspend.js';

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
        },
      ]),
    ),
    checks: Object.fromEntries(items.map((it) => [it.id, true])),
    started: T0 + i * 60_000,
    updated: T0 + i * 60_000,
    completed: T0 + i * 60_000,
  };
}

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
});
