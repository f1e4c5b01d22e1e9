/**
 * The learner's progress in a course, packed small enough for SCORM 1.2's
 * 4,096 characters of `cmi.suspend_data`, so that the LMS can resume it on
 * another phone or after the browser's storage was cleared.
 *
 *   S2|<record>|<record>…
 *   record = lesson·lang·step·seen·version·answers·checks·updated·started·completed
 *
 * fields separated by `.`; numbers in base 36; `lesson` is the lesson's place
 * in the course; `seen` and `checks` are bit masks over the lesson's steps and
 * checklist items in order; `version` two characters of the lesson's content
 * fingerprint; `answers` one entry per question in order (`,`-separated):
 * empty when unanswered, else the stored value's numbers in base 36 followed
 * by one letter `A`–`P` (see `flag`): right now, right on a first try (what
 * scores count), checked more than once in its round (the quiz then shows the
 * right answer), and given before the lesson was last finished (the next
 * check starts a new round); then, only when there is something to say, one
 * letter `Q`–`S` (see `EXTRAS`): given in a round after the first (its right
 * answer counts "after retrying"), and first checked at the same time as the
 * same question in the other language's record (a copy: the course counts the
 * two as one first try); `updated` in minutes since 2020, `started` and
 * `completed` in minutes before `updated` (empty: not completed).
 * Ids become places, so the lesson itself (same package) is needed to read a
 * record back; answers are restored only when the lesson's content version is
 * still the one they were given to.
 *
 * `S1`, written before first tries travelled (`y` right, `n` not), is still
 * read, but its answers earn no first-try score: whether a right answer was
 * right at once is not known, and a score must never be inflated by a round
 * trip through the LMS. They count as given in an earlier round, so a learner
 * can earn the score again by redoing the lesson.
 */
import { fingerprint } from '../../content/hash.js';
import type { Lesson, Progress, Question } from '../../content/schema.js';
import { firstRight } from '../../internal/content.js';

const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const LANGS = ['id', 'en'] as const;

export interface PackedRecord {
  /** The lesson's place in the course. */
  index: number;
  record: Progress;
}

const questionsOf = (l: Lesson): Question[] => l.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'quiz' ? b.questions : []));
const itemsOf = (l: Lesson): string[] => l.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'checklist' ? b.items.map((i) => i.id) : []));
const minutes = (ms: number) => Math.max(0, Math.round((ms - EPOCH) / MINUTE));
/** Two characters of a content fingerprint: enough to tell a changed lesson apart in one package. */
const short = (version: string) => (parseInt(fingerprint(version), 36) % 1296).toString(36);
const mask = (flags: boolean[]) => flags.reduceRight((n, on) => n * 2n + (on ? 1n : 0n), 0n).toString(36);
const unmask = (s: string, n: number) => {
  let v = s ? [...s].reduce((acc, c) => acc * 36n + BigInt(parseInt(c, 36)), 0n) : 0n;
  return Array.from({ length: n }, () => {
    const on = (v & 1n) === 1n;
    v >>= 1n;
    return on;
  });
};

/**
 * One letter for what an answer carries besides its value: bit 1 right now,
 * 2 right on a first try, 4 checked more than once (`tries` is kept as 1 or 2:
 * all the quiz needs, and no longer than before), 8 given before the lesson
 * was last finished. Letters, because the value before them is digits and
 * lower case.
 */
const FLAGS = 'ABCDEFGHIJKLMNOP';

/**
 * The letter after the flag, when one is needed: bit 1 a round after the
 * first (read back as round 2: the label "after retrying" travels; the order
 * of a third round's options may not), bit 2 the first check shared with the
 * other language's answer (read back as `firstAt` 0 on both, so the two stay
 * one first try). Without it, `firstAt` is not known after a round trip, and
 * a question answered in both languages counts only when right on a first
 * try in each: never more than on the phone. Older readers skip an answer
 * with it (its letter is no flag): never a higher score either.
 */
const EXTRAS = 'QRS';

/** One record, given the lesson it belongs to (and the same lesson's record in the other language, `other`). */
export function packRecord(index: number, record: Progress, lesson: Lesson, other?: Progress): string {
  const steps = lesson.steps.map((s) => s.id);
  const answers = questionsOf(lesson)
    .map((q) => {
      const a = record.answers[q.id];
      if (!a) return '';
      const earlier = record.completed !== undefined && a.at < record.completed;
      const there = other?.answers[q.id];
      const extra = +((a.round ?? 1) > 1) + 2 * +(a.firstAt !== undefined && a.firstAt === there?.firstAt);
      return (
        a.value.map((v) => v.toString(36)).join('') +
        FLAGS[+a.correct + 2 * +firstRight(a) + 4 * +((a.tries ?? 1) > 1) + 8 * +earlier] +
        (extra ? EXTRAS[extra - 1] : '')
      );
    })
    .join(',');
  return [
    index.toString(36),
    LANGS.indexOf(record.lang ?? lesson.lang),
    record.step.toString(36),
    mask(steps.map((id) => record.seen.includes(id))),
    short(record.content),
    answers,
    mask(itemsOf(lesson).map((id) => !!record.checks[id])),
    minutes(record.updated).toString(36),
    Math.max(0, minutes(record.updated) - minutes(record.started)).toString(36),
    record.completed === undefined ? '' : Math.max(0, minutes(record.updated) - minutes(record.completed)).toString(36),
  ].join('.');
}

/** The lesson place and language of a packed record, to fetch the right lesson before reading it. */
export function peekRecord(text: string): { index: number; lang: 'id' | 'en' } | undefined {
  const [i, l] = text.split('.');
  const index = parseInt(i ?? '', 36);
  const lang = LANGS[Number(l)];
  return Number.isInteger(index) && lang ? { index, lang } : undefined;
}

/** Reads one record back, as the elements store it under `key`; `legacy` for a record of `S1` data. */
export function unpackRecord(text: string, lesson: Lesson, key: string, legacy = false): Progress | undefined {
  const parts = text.split('.');
  if (parts.length !== 10) return undefined;
  const [, l, step, seen, content, answers, checks, updatedAt, startedBefore, completedBefore] = parts as [string, ...string[]];
  const updated = EPOCH + (parseInt(updatedAt!, 36) || 0) * MINUTE;
  const before = (s: string) => updated - (parseInt(s, 36) || 0) * MINUTE;
  const lang = LANGS[Number(l)];
  const steps = lesson.steps.map((s) => s.id);
  const record: Progress = {
    v: 1,
    key,
    content: lesson.version,
    ...(lang ? { lang } : {}),
    step: Math.min(parseInt(step!, 36) || 0, steps.length),
    seen: steps.filter((_, i) => unmask(seen!, steps.length)[i]),
    answers: {},
    checks: {},
    started: before(startedBefore!),
    updated,
    ...(completedBefore ? { completed: before(completedBefore) } : {}),
  };
  // Answers belong to the content they answered: restore them only for the same version.
  if (content === short(lesson.version)) {
    const list = answers!.split(',');
    questionsOf(lesson).forEach((q, i) => {
      let a = list[i];
      if (!a) return;
      const extra = EXTRAS.indexOf(a.slice(-1)) + 1;
      if (extra) a = a.slice(0, -1);
      // S1: `y` or `n`, right now; never right on a first try, given in an earlier round when the lesson was finished.
      const flag = legacy ? +a.endsWith('y') + (record.completed === undefined ? 0 : 8) : FLAGS.indexOf(a.slice(-1));
      if (flag < 0) return;
      const earlier = flag & 8 && record.completed !== undefined;
      record.answers[q.id] = {
        value: [...a.slice(0, -1)].map((c) => parseInt(c, 36)),
        correct: !!(flag & 1),
        fp: fingerprint(q),
        // Only its round matters (before or after the lesson was finished), not the time itself.
        at: earlier ? record.completed! - MINUTE : record.updated,
        first: !!(flag & 2),
        tries: flag & 4 ? 2 : 1,
        ...(extra & 1 ? { round: 2 } : {}),
        ...(extra & 2 ? { firstAt: 0 } : {}),
      };
    });
    const items = itemsOf(lesson);
    unmask(checks!, items.length).forEach((on, i) => on && (record.checks[items[i]!] = true));
  }
  return record;
}

/**
 * Packs records (newest first wins) into at most `limit` characters; records
 * that do not fit are left out, oldest first, and counted.
 */
export function packAll(records: { index: number; text: string; updated: number }[], limit: number): { data: string; left: number } {
  const sorted = [...records].sort((a, b) => b.updated - a.updated);
  let data = 'S2';
  let left = 0;
  for (const r of sorted) {
    if (data.length + 1 + r.text.length <= limit) data += '|' + r.text;
    else left++;
  }
  return { data, left };
}

/** The packed records of suspend data (`S2`, or `S1`: see `isLegacy`); empty for anything else. */
export function unpackAll(data: string): string[] {
  const [head, ...records] = data.split('|');
  return head === 'S1' || head === 'S2' ? records.filter(Boolean) : [];
}

/** True for suspend data written before first tries travelled (`S1`): its records are read with `legacy`. */
export const isLegacy = (data: string): boolean => data.startsWith('S1|');
