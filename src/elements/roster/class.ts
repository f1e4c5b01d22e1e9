/**
 * The class at a glance, from what report codes carry: per lesson "not
 * started", "started" or "done with k answers wrong", and the time of last
 * activity. A code never says WHICH questions were wrong, only how many per
 * lesson, so this is all a trainer can be told about mistakes. No DOM here: the
 * roster draws it, and Node tests the summary text.
 */
import type { Localized } from '../../content/course-schema.js';
import type { BuiltCurriculum, Lang } from '../../content/schema.js';
import type { LessonState, Report } from '../../report/code.js';
import type { RosterTranslation } from '../../i18n/roster.js';

/** A run of lessons that share a heading in the class grid: a day and session when the course has them, else a module. */
export interface LessonGroup {
  /** The heading, per language ("Hari 1 · Sesi pagi"). */
  label: Localized;
  /** Index of its first lesson in course order, and how many it has. */
  from: number;
  count: number;
}

/** What the class did in one lesson. */
export interface LessonTally {
  done: number;
  started: number;
  none: number;
  /** Wrong answers of everyone who finished it. */
  wrong: number;
}

/** Answers wrong in a finished lesson of `q` questions (the count an LK2 code carries). */
export const wrongIn = (s: LessonState, q: number): number =>
  s.status === 'done' && s.score !== undefined ? q - Math.round((q * s.score) / 100) : 0;

/** The first lesson not done (course order), or -1 when every lesson is. */
export const firstNotDone = (r: Report): number => r.lessons.findIndex((l) => l.status !== 'done');

/**
 * The course's lessons in the runs the course path shows: by day and session
 * when the curriculum has them, otherwise by module. `dayWord` names a day.
 */
export function lessonGroups(course: BuiltCurriculum, dayWord: (lang: Lang, n: number) => string): LessonGroup[] {
  const byDay = course.modules.some((m) => m.day || m.session);
  const groups: (LessonGroup & { key: string })[] = [];
  let from = 0;
  for (const m of course.modules) {
    const key = byDay ? `${m.day}|${m.session?.id ?? ''}` : m.id;
    if (groups.at(-1)?.key !== key) {
      const label = (lang: Lang) => (byDay ? [m.day ? dayWord(lang, m.day) : '', m.session?.[lang] ?? ''].filter(Boolean).join(' · ') : m.title[lang]);
      groups.push({ key, label: { id: label('id'), en: label('en') }, from, count: 0 });
    }
    groups.at(-1)!.count += m.lessons.length;
    from += m.lessons.length;
  }
  return groups.map(({ label, from, count }) => ({ label, from, count }));
}

/** Empty counts for a course whose lessons have `questions` questions each. */
export const emptyTally = (questions: number[]): LessonTally[] => questions.map(() => ({ done: 0, started: 0, none: 0, wrong: 0 }));

/** Adds one learner's report to the counts. */
export function count(tallies: LessonTally[], r: Report, questions: number[]): void {
  for (let i = 0; i < tallies.length; i++) {
    const s = r.lessons[i] ?? { status: 'none' };
    const t = tallies[i]!;
    if (s.status === 'done') {
      t.done++;
      t.wrong += wrongIn(s, questions[i]!);
    } else if (s.status === 'started') t.started++;
    else t.none++;
  }
}

/** Per lesson, how many learners are done, started or not started, and their wrong answers. */
export function tally(reports: Report[], questions: number[]): LessonTally[] {
  const out = emptyTally(questions);
  for (const r of reports) count(out, r, questions);
  return out;
}

/** Wrong answers per learner who finished the lesson; undefined when nobody did. */
export const wrongPerLearner = (t: LessonTally): number | undefined => (t.done ? t.wrong / t.done : undefined);

/** The lessons (indices) with the most wrong answers per learner who finished them, most first; none without a wrong answer. */
export function mostWrong(tallies: LessonTally[], limit: number): number[] {
  return tallies
    .map((t, i) => ({ i, w: wrongPerLearner(t) ?? 0 }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.i);
}

/** The lessons (indices) most learners have not finished, most first (course order among equals); none that everyone finished. */
export function mostNotDone(tallies: LessonTally[], limit: number): number[] {
  return tallies
    .map((t, i) => ({ i, n: t.started + t.none }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.i);
}

/** How long ago `last` was, in whole hours under a day and whole days after ("3 hari lalu"). */
export function ago(t: RosterTranslation, last: number, now: number, dayOnly = false): string {
  const hours = Math.floor(Math.max(0, now - last) / 3_600_000);
  if (hours >= 24 || dayOnly) return t.daysAgo(Math.floor(hours / 24));
  return t.hoursAgo(hours);
}

/**
 * The class summary a trainer shares with the learners' WhatsApp group: how
 * many learners, how many finished, the lessons most have not done, the
 * lesson with the most wrong answers. It names no learner and no learner's
 * score: a group message must not shame anyone. `tallies`, when the caller
 * has them, saves counting a large class twice.
 */
export function classSummary(
  t: RosterTranslation,
  course: BuiltCurriculum,
  lang: Lang,
  reports: Report[],
  tallies = tally(
    reports,
    course.modules.flatMap((m) => m.lessons.map((l) => l.questions)),
  ),
): string {
  const lessons = course.modules.flatMap((m) => m.lessons);
  const title = (i: number) => `${i + 1}. ${lessons[i]!.title[lang]}`;
  const finished = reports.filter((r) => firstNotDone(r) < 0).length;
  const lines = [t.summaryTitle(course.title[lang]), t.summaryCount(reports.length, finished)];
  const notDone = mostNotDone(tallies, 3);
  if (notDone.length) lines.push(t.summaryNotDone, ...notDone.map((i) => `- ${t.summaryNotDoneItem(title(i), tallies[i]!.started + tallies[i]!.none)}`));
  const [worst] = mostWrong(tallies, 1);
  if (worst !== undefined) lines.push(t.summaryWrong(title(worst), wrongPerLearner(tallies[worst]!)!));
  lines.push(t.summaryEnd);
  return lines.join('\n');
}
