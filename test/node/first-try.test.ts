/**
 * Review 12, findings 1 and 8, on the default course's own questions: a
 * learner who retries every question until it is right (the review's "cheat"
 * phase) ends with the score of their first tries, under the pass mark; and
 * the course counts only answers that its lessons count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadProject } from '../../src/cli/project.js';
import { fingerprint } from '../../src/content/hash.js';
import type { BuiltCurriculum, Lesson, Progress, Question } from '../../src/content/schema.js';
import { answerAfter, firstRight, mixed, questionsIn, shuffled } from '../../src/internal/content.js';
import { counted, courseProgress } from '../../src/report/course-progress.js';

/** The default course as `langkah build` describes it to the browser, with its Indonesian lessons. */
function defaultCourse() {
  const project = loadProject(['modules/curricula/kelas-digital-umkm.yaml']);
  const { curriculum } = project.curricula[0]!;
  const modules = new Map(project.modules.map((m) => [m.module.id, m]));
  const lessons = new Map<string, Lesson>();
  const built = {
    ...curriculum,
    modules: curriculum.modules.map((e) => ({
      id: e.module,
      lessons: (e.lessons ?? modules.get(e.module)!.module.lessons).map((id) => {
        const [ind, en] = (['id', 'en'] as const).map((lang) => modules.get(e.module)!.lessons[lang].get(id)!.lesson);
        lessons.set(`${e.module}/${id}`, ind!);
        const fp = (l: Lesson) => Object.fromEntries(questionsIn(l.steps.flatMap((s) => s.blocks)).map((q) => [q.id, fingerprint(q)]));
        const questions = questionsIn(ind!.steps.flatMap((s) => s.blocks)).length;
        return { id, questions, version: { id: ind!.version, en: en!.version }, fp: { id: fp(ind!), en: fp(en!) } };
      }),
    })),
  } as unknown as BuiltCurriculum;
  return { built, lessons, pass: curriculum.pass ?? 70 };
}

/** Whether `value` (authors' indexes, or the item order) answers `q` right, as the quiz decides. */
function right(q: Question, value: number[]): boolean {
  if (q.kind === 'order') return value.every((v, i) => v === i);
  if (q.kind === 'true-false') return value.length === 1 && (value[0] === 1) === q.answer;
  return q.options.every((o, i) => o.correct === value.includes(i));
}

/**
 * The review's strategy (review/journey.mjs --phase cheat) against what the
 * quiz shows: the option shown first, then the next; for several answers or
 * an order, the answer the feedback prints once it prints it (from the
 * second try on). Returns the checks made, in order.
 */
function untilGreen(q: Question): number[][] {
  const tries: number[][] = [];
  for (let n = 0; n < 12; n++) {
    let value: number[];
    if (q.kind === 'order') value = n === 0 ? shuffled(q) : q.items.map((_, i) => i);
    else if (q.kind === 'true-false') value = [n % 2 === 0 ? 1 : 0];
    else {
      const shown = mixed(q.id, q.options.length);
      const several = q.kind === 'multiple' || (q.kind === 'chat' && !!q.multiple);
      value = several && n > 0 ? q.options.flatMap((o, i) => (o.correct ? [i] : [])) : [shown[n % shown.length]!];
    }
    tries.push(value);
    if (right(q, value)) return tries;
  }
  throw new Error(`${q.id} never right`);
}

describe('retrying until green, through the default course', () => {
  const { built, lessons, pass } = defaultCourse();

  it('ends with every answer green and the course score of the first tries, under the pass mark', () => {
    const records = new Map<string, Progress>();
    let clock = Date.UTC(2026, 11, 4);
    let first = 0;
    let total = 0;
    let checks = 0;
    for (const [ref, lesson] of lessons) {
      const answers: Progress['answers'] = {};
      for (const q of questionsIn(lesson.steps.flatMap((s) => s.blocks))) {
        const tries = untilGreen(q);
        for (const value of tries) answers[q.id] = answerAfter(answers[q.id], undefined, value, right(q, value), fingerprint(q), ++clock);
        total++;
        checks += tries.length;
        if (tries.length === 1) first++;
      }
      // The lesson is finished after its questions.
      const at = ++clock;
      records.set(ref, { v: 1, key: `lesson:${ref}@id`, content: lesson.version, lang: 'id', step: lesson.steps.length, seen: lesson.steps.map((s) => s.id), answers, checks: {}, started: at, updated: at, completed: at });
    }
    const all = [...records.values()].flatMap((r) => Object.values(r.answers));
    assert.ok(total > 100, `the default course has its questions (${total})`);
    assert.ok(checks > total, 'the strategy needed retries');
    assert.ok(all.every((a) => a.correct), 'every answer ends green, as in the review');
    assert.equal(all.filter(firstRight).length, first);
    const progress = courseProgress(built, (ref, lang) => (lang === 'id' ? records.get(ref) : undefined));
    assert.equal(progress.complete, true);
    assert.equal(progress.correct, first, 'the course counts first tries');
    assert.equal(progress.percent, Math.round((100 * first) / total));
    assert.ok(progress.percent < pass, `${progress.percent} % is under the pass mark ${pass} %`);
    assert.equal(progress.passed, false);
  });
});

describe('what a course counts of a lesson record (finding 8)', () => {
  const { built } = defaultCourse();
  const lesson = built.modules[0]!.lessons[0]!;
  const ids = Object.keys(lesson.fp!.id);
  const record = (answers: Progress['answers'], content = lesson.version.id): Progress => ({ v: 1, key: 'lesson:kunci-akun/kode-otp@id', content, step: 0, seen: [], answers, checks: {}, started: 1, updated: 1, completed: 1 });
  const ok = (fp: string) => ({ value: [0], correct: true, fp, at: 1 });

  it('counts nothing of the review\'s forged record: made-up ids, fingerprints that match nothing', () => {
    const forged = record(Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, ok('x')])));
    assert.equal(counted(forged, lesson), 0);
    const course = { ...built, modules: [{ ...built.modules[0]!, lessons: [lesson] }] } as BuiltCurriculum;
    assert.equal(courseProgress(course, (_, lang) => (lang === 'id' ? forged : undefined)).correct, 0);
  });

  it('counts the lesson\'s own answers that still match its questions, in either language, and no more than it has', () => {
    assert.equal(counted(record({ [ids[0]!]: ok(lesson.fp!.id[ids[0]!]!), [ids[1]!]: ok(lesson.fp!.en[ids[1]!]!) }), lesson), 2);
    // After a course update changed a question: its old answer no longer counts (the lesson drops it when opened).
    assert.equal(counted(record({ [ids[0]!]: ok('old'), [ids[1]!]: ok(lesson.fp!.id[ids[1]!]!) }, 'older'), lesson), 1);
    // One fingerprint copied under another question's id does not count twice.
    assert.equal(counted(record({ [ids[0]!]: ok(lesson.fp!.id[ids[0]!]!), [ids[1]!]: ok(lesson.fp!.id[ids[0]!]!) }), lesson), 1);
    // Right only on a later try: not counted.
    assert.equal(counted(record({ [ids[0]!]: { ...ok(lesson.fp!.id[ids[0]!]!), first: false, tries: 3 } }), lesson), 0);
  });

  it('falls back, for a curriculum built before fingerprints, to records of the lesson\'s current version', () => {
    const { fp: _, ...old } = lesson;
    const answers = { a: ok('x'), b: ok('y') };
    assert.equal(counted(record(answers), old), 2);
    assert.equal(counted(record(answers, 'older'), old), 0);
  });
});
