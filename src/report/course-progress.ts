/**
 * Where a learner stands in a whole course, from the progress records on the
 * device: what the LMS and LRS reports (SCORM, cmi5, xAPI) send as the
 * course's completion and score.
 *
 * Per lesson, the language the learner used last counts. The score is
 * answers right on the first try over all questions of the course, so a
 * lesson not yet done counts as questions not yet answered right.
 */
import type { Answer, BuiltCurriculum, Lang, Progress } from '../content/schema.js';
import { firstRight } from '../internal/content.js';

type CourseLesson = BuiltCurriculum['modules'][number]['lessons'][number];

/**
 * The answers of a lesson's `record` to its questions as they are now, the
 * ones the lesson itself keeps (review 12, finding 8). Without question
 * fingerprints (a curriculum built before them) every answer of a record of
 * the lesson's current version.
 */
function current(record: Progress | undefined, lesson: CourseLesson): [string, Answer][] {
  const { fp, version } = lesson;
  return Object.entries(record?.answers ?? {}).filter(([id, a]) =>
    fp ? fp.id[id] === a.fp || fp.en[id] === a.fp : record!.content === version.id || record!.content === version.en,
  );
}

/**
 * The answers of a lesson's `record` that count in the course: right on the
 * first try (see `current`), and, when the learner answered the same question
 * in the other language (`other`, the lesson's record there), right on the
 * first try there too: both languages ask the same questions, so switching
 * language is no fresh first try (review 12b, finding 4). Never more than the
 * lesson's questions.
 */
export function counted(record: Progress | undefined, lesson: CourseLesson, other?: Progress): number {
  const there = Object.fromEntries(current(other, lesson));
  return Math.min(current(record, lesson).filter(([id, a]) => firstRight(a) && (!there[id] || firstRight(there[id]))).length, lesson.questions);
}

/**
 * Whether the lesson of `record` is done: finished, with every question
 * answered. A record that an earlier version marked finished while questions
 * were skipped (or whose questions an update changed) is not, for the path,
 * `requires`, the report code, the certificate and the LMS alike; the lesson
 * keeps everything in it and opens at the first question left (issue 12).
 */
export function finished(record: Progress | undefined, lesson: CourseLesson): boolean {
  return !!record?.completed && current(record, lesson).length >= lesson.questions;
}

export interface CourseProgress {
  lessons: number;
  /** Lessons finished with every question answered (`finished`). */
  done: number;
  questions: number;
  correct: number;
  /** `correct / questions` in whole percent (100 for a course without questions). */
  percent: number;
  complete: boolean;
  /** Against the curriculum's pass mark (or `mastery`, 0–1), once complete; undefined without one or before. */
  passed?: boolean;
}

/**
 * A progress record as stored, read without the store (the reporting files
 * do not carry its checker); anything that is not a record reads as none.
 */
export function readRecord(key: string): Progress | undefined {
  try {
    const r = JSON.parse(localStorage.getItem(`langkah:${key}`) ?? 'null') as Progress | null;
    const object = (o: unknown): o is object => !!o && typeof o === 'object';
    // What the reports use of it (src/report/scorm/suspend.ts): anything else, a newer version's included, throws there and stops every later report.
    return object(r) && r.v === 1 && typeof r.updated === 'number' && typeof r.step === 'number' && typeof r.content === 'string' && Array.isArray(r.seen) && object(r.checks) && object(r.answers) &&
      Object.values(r.answers).every((a) => object(a) && Array.isArray(a.value) && a.value.every(Number.isInteger))
      ? r
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when a record the LMS kept, last `updated` then, may replace what the
 * phone holds under `key`: nothing, or a sound record that is older. A
 * damaged record or a newer version's stays for the lesson to set aside or
 * leave alone, and to report.
 */
export function mayRestore(key: string, updated: number): boolean {
  const local = readRecord(key);
  return localStorage.getItem(`langkah:${key}`) === null || (!!local && local.updated < updated);
}

/** The language record of a lesson that the learner touched last. */
export function latest(read: (ref: string, lang: Lang) => Progress | undefined, ref: string): Progress | undefined {
  return (['id', 'en'] as const)
    .map((l) => read(ref, l))
    .filter((r): r is Progress => !!r)
    .sort((a, b) => b.updated - a.updated)[0];
}

export function courseProgress(course: BuiltCurriculum, read: (ref: string, lang: Lang) => Progress | undefined, mastery?: number): CourseProgress {
  const lessons = course.modules.flatMap((m) => m.lessons.map((l) => ({ ref: `${m.id}/${l.id}`, lesson: l })));
  let done = 0;
  let correct = 0;
  let questions = 0;
  for (const l of lessons) {
    const record = latest(read, l.ref);
    if (finished(record, l.lesson)) done++;
    questions += l.lesson.questions;
    correct += counted(record, l.lesson, (['id', 'en'] as const).map((x) => read(l.ref, x)).find((r) => r && r !== record));
  }
  const percent = questions ? Math.round((100 * correct) / questions) : 100;
  const complete = done === lessons.length;
  const bar = mastery ?? (course.pass === undefined ? undefined : course.pass / 100);
  return {
    lessons: lessons.length,
    done,
    questions,
    correct,
    percent,
    complete,
    ...(complete && bar !== undefined ? { passed: correct >= bar * questions } : {}),
  };
}
