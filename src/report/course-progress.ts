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
 * Whether a question answered `a` (and, in the lesson's other language, `b`)
 * counts in the course, and whether only "after retrying": right on a first
 * try only in a round after the first (`late`).
 *
 * Both languages ask the same questions, so switching language is no fresh
 * first try: the question's first check over both languages counts (the
 * earlier `firstAt`; a copy from the other language has the same, and then
 * either counts, so that a later round in either language can raise it).
 * A new try in the language checked later can never lower it (review 12c,
 * finding 1). Without `firstAt` on both (records from before it), as before:
 * right on a first try in each language (review 12b, finding 4).
 */
export function verdict(a: Answer, b?: Answer): { right: boolean; late: boolean } {
  const late = (x: Answer) => (x.round ?? 1) > 1;
  if (!b) return { right: firstRight(a), late: firstRight(a) && late(a) };
  const old = a.firstAt === undefined || b.firstAt === undefined;
  const pool = old ? [a, b] : [a, b].filter((x) => x.firstAt! <= Math.min(a.firstAt!, b.firstAt!));
  const right = old ? firstRight(a) && firstRight(b) : pool.some(firstRight);
  return { right, late: right && (old ? late(a) || late(b) : pool.filter(firstRight).every(late)) };
}

/**
 * The answers of a lesson's `record` that count in the course (`verdict`):
 * right on the first try (see `current`), also over the lesson's record in
 * the other language (`other`), never more than the lesson's questions; and
 * how many of them only after retrying (`late`).
 */
export function tally(record: Progress | undefined, lesson: CourseLesson, other?: Progress): { right: number; late: number } {
  const there = Object.fromEntries(current(other, lesson));
  const all = current(record, lesson).map(([id, a]) => verdict(a, there[id]));
  const right = Math.min(all.filter((v) => v.right).length, lesson.questions);
  return { right, late: Math.min(all.filter((v) => v.late).length, right) };
}

/** How many answers of a lesson's `record` count in the course (`tally`). */
export const counted = (record: Progress | undefined, lesson: CourseLesson, other?: Progress): number => tally(record, lesson, other).right;

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
