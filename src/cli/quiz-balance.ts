/**
 * Quiz balance: whether a module's quizzes can be passed by a guessing
 * pattern instead of by knowing the lesson. Reviewers found that always
 * picking the longest option and always answering "false" passed the old
 * quizzes; these figures catch such patterns before learners do.
 *
 * Checked per module, in Bahasa Indonesia (the English version has the same
 * answers, see the parity test), and reported by `langkah check` as warnings
 * and by `npm run report:content` as figures.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { problem, type Problem } from '../content/errors.js';
import type { Inline, Lesson, Question } from '../content/schema.js';
import type { LoadedModule } from './project.js';

/** Above this share of single/chat questions whose right option is the longest (or the shortest), guessing by length pays. */
export const LONGEST_RIGHT_MAX = 0.4;
/** Above this share of true/false answers one way, guessing that way pays. */
export const TRUE_FALSE_SKEW_MAX = 0.65;
/** A wrong option shorter than this share of the right one's length gives the answer away. */
export const SHORT_WRONG_RATIO = 0.5;

export interface QuizBalance {
  /** Single-choice and single-answer chat questions. */
  singles: number;
  /** Of those, how many have the longest option as the right one (ties count as longest). */
  longestRight: number;
  /** Of those, how many have the shortest option as the right one (ties count as shortest). */
  shortestRight: number;
  trueFalse: number;
  trueAnswers: number;
  /** Multiple-choice questions with exactly one wrong option, as `lesson#question`. */
  oneWrongOption: string[];
  /** Questions with a wrong option much shorter than the right one, as `lesson#question`. */
  shortWrong: string[];
}

const plain = (nodes: Inline[] = []): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');

const questionsOf = (lesson: Lesson): Question[] =>
  lesson.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'quiz' ? b.questions : []));

/** Figures for one module's Indonesian lessons. */
export function quizBalance(mod: LoadedModule): QuizBalance {
  const out: QuizBalance = { singles: 0, longestRight: 0, shortestRight: 0, trueFalse: 0, trueAnswers: 0, oneWrongOption: [], shortWrong: [] };
  for (const [id, { lesson }] of mod.lessons.id) {
    for (const q of questionsOf(lesson)) {
      const where = `${id}#${q.id}`;
      if (q.kind === 'true-false') {
        out.trueFalse++;
        if (q.answer) out.trueAnswers++;
        continue;
      }
      if (q.kind === 'order') continue;
      const lengths = q.options.map((o) => plain(o.text).trim().length);
      const right = q.options.flatMap((o, i) => (o.correct ? [lengths[i]!] : []));
      const wrong = q.options.flatMap((o, i) => (o.correct ? [] : [lengths[i]!]));
      const multi = q.kind === 'multiple' || (q.kind === 'chat' && !!q.multiple);
      if (!multi) {
        out.singles++;
        if (right[0]! >= Math.max(...wrong)) out.longestRight++;
        if (right[0]! <= Math.min(...wrong)) out.shortestRight++;
      } else if (wrong.length === 1) {
        out.oneWrongOption.push(where);
      }
      const shortestRight = Math.min(...right);
      if (wrong.some((w) => w < shortestRight * SHORT_WRONG_RATIO)) out.shortWrong.push(where);
    }
  }
  return out;
}

/** Finds the line of a question in its source file, for a warning a writer can jump to. */
function locate(file: string, questionId: string, lesson: Lesson): { line: number; col: number } {
  const q = questionsOf(lesson).find((x) => x.id === questionId);
  const prompt = q ? plain(q.prompt).trim().slice(0, 30) : '';
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('?') && prompt && l.replace(/[*_`]/g, '').includes(prompt.replace(/[*_`]/g, '')));
    if (at >= 0) return { line: at + 1, col: 1 };
  } catch {
    // Fall back to the top of the file.
  }
  return { line: 1, col: 1 };
}

/** The balance figures as warnings for `langkah check`. */
export function quizBalanceProblems(mod: LoadedModule): Problem[] {
  const b = quizBalance(mod);
  const problems: Problem[] = [];
  const moduleFile = relative(process.cwd(), `${mod.dir}/module.yaml`) || 'module.yaml';
  const pct = (n: number, d: number) => Math.round((100 * n) / d);
  // Guessing by length, either way.
  for (const [code, count] of [['quiz-longest-right', b.longestRight], ['quiz-shortest-right', b.shortestRight]] as const) {
    if (b.singles >= 3 && count / b.singles > LONGEST_RIGHT_MAX) {
      problems.push(
        problem(code, { file: moduleFile, line: 1, col: 1 }, { count, total: b.singles, percent: pct(count, b.singles), max: LONGEST_RIGHT_MAX * 100 }),
      );
    }
  }
  if (b.trueFalse >= 3) {
    const most = Math.max(b.trueAnswers, b.trueFalse - b.trueAnswers);
    if (most / b.trueFalse > TRUE_FALSE_SKEW_MAX) {
      problems.push(
        problem('quiz-true-false-skew', { file: moduleFile, line: 1, col: 1 }, {
          count: most,
          total: b.trueFalse,
          value: most === b.trueAnswers ? 'true' : 'false',
          max: TRUE_FALSE_SKEW_MAX * 100,
        }),
      );
    }
  }
  const at = (where: string) => {
    const [lessonId, questionId] = where.split('#') as [string, string];
    const found = mod.lessons.id.get(lessonId)!;
    return { file: relative(process.cwd(), found.file) || found.file, ...locate(found.file, questionId, found.lesson) };
  };
  for (const where of b.oneWrongOption) problems.push(problem('quiz-one-wrong-option', at(where), { value: where }));
  for (const where of b.shortWrong) problems.push(problem('quiz-short-wrong', at(where), { value: where }));
  return problems;
}
