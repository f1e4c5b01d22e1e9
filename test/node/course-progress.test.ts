/**
 * The LMS and LRS runtimes read progress records without the store's checker
 * (src/report/course-progress.ts). A damaged record, or a newer Langkah's,
 * must read as none: one bad record must not stop every later report to the LMS.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseProgress, mayRestore, readRecord } from '../../src/report/course-progress.js';

const items = new Map<string, string>();
Object.assign(globalThis, { localStorage: { getItem: (k: string) => items.get(k) ?? null } });

const good = { v: 1, key: 'lesson:m/a@id', content: 'x', step: 1, seen: ['s1'], answers: { q1: { value: [0], correct: true, fp: 'f', at: 1 } }, checks: {}, started: 1, updated: 2 };

describe('reading a record without the store', () => {
  it('reads a sound record', () => {
    items.set('langkah:lesson:m/a@id', JSON.stringify(good));
    assert.deepEqual(readRecord('lesson:m/a@id'), good);
  });

  it('reads damaged or newer records as none, so reporting goes on', () => {
    const bad = [
      { ...good, answers: { q1: null } },
      { ...good, answers: { q1: { value: 'x', correct: true } } },
      { ...good, step: undefined },
      { ...good, seen: 'abc' },
      { ...good, checks: null },
      { ...good, content: 7 },
      { ...good, v: 2 },
    ];
    const course = { modules: [{ id: 'm', lessons: [{ id: 'a', questions: 1 }] }] } as never;
    for (const record of bad) {
      items.set('langkah:lesson:m/a@id', JSON.stringify(record));
      assert.equal(readRecord('lesson:m/a@id'), undefined, JSON.stringify(record));
      assert.doesNotThrow(() => courseProgress(course, (ref, l) => readRecord(`lesson:${ref}@${l}`)));
    }
  });
});

describe('restoring what the LMS kept', () => {
  it('replaces nothing or an older sound record, never a damaged one or a newer version\'s', () => {
    items.clear();
    assert.equal(mayRestore('lesson:m/a@id', 5), true, 'nothing on the phone');
    items.set('langkah:lesson:m/a@id', JSON.stringify(good));
    assert.equal(mayRestore('lesson:m/a@id', 5), true, 'older on the phone');
    assert.equal(mayRestore('lesson:m/a@id', 1), false, 'newer on the phone');
    for (const kept of ['{"v":1,"key":', JSON.stringify({ v: 2, key: 'lesson:m/a@id', place: { step: 4 } }), JSON.stringify({ ...good, v: 2, updated: 1 })]) {
      items.set('langkah:lesson:m/a@id', kept);
      assert.equal(mayRestore('lesson:m/a@id', 5), false, kept);
    }
  });
});

describe('what the LMS and LRS hear of a lesson finished with questions skipped (issue 12)', () => {
  it('an old record marked finished with a question never answered is not done, and the course is not complete', () => {
    const fp = { id: { q1: 'f', q2: 'g' }, en: {} };
    const course = { modules: [{ id: 'm', lessons: [{ id: 'a', questions: 2, fp, version: { id: 'x', en: 'y' } }] }] } as never;
    const read = () => readRecord('lesson:m/a@id');
    items.clear();
    // Saved by an earlier version: finished (completed) with q2 skipped.
    items.set('langkah:lesson:m/a@id', JSON.stringify({ ...good, completed: 2 }));
    assert.deepEqual({ ...courseProgress(course, read), percent: 0 }, { lessons: 1, done: 0, questions: 2, correct: 1, percent: 0, complete: false });
    // q2 answered since: done.
    const answers = { ...good.answers, q2: { value: [1], correct: false, fp: 'g', at: 2 } };
    items.set('langkah:lesson:m/a@id', JSON.stringify({ ...good, answers, completed: 2 }));
    assert.equal(courseProgress(course, read).done, 1);
    assert.equal(courseProgress(course, read).complete, true);
  });
});
