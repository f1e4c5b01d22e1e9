/** Small functions over the content model that several elements share. */
import { fingerprint } from '../content/hash.js';
import type { Answer, Block, Inline, Question, Quiz, Step } from '../content/schema.js';
import type { LangkahScore } from '../events/detail.js';
import type { ContentShape } from '../progress/controller.js';

/** The shape of content that progress is matched against. */
export function shapeOf(blocks: Block[], steps: Step[] = []): ContentShape {
  const shape: ContentShape = { questions: {}, items: [], steps: steps.map((s) => s.id) };
  for (const b of blocks) {
    if (b.t === 'quiz') for (const q of b.questions) shape.questions[q.id] = fingerprint(q);
    if (b.t === 'checklist') shape.items.push(...b.items.map((i) => i.id));
    if (b.t === 'custom') shape.questions[b.id] = fingerprint(b);
  }
  return shape;
}

/**
 * Whether an answer counts as right in a score: right on a first try (#12
 * review, finding 1). Retrying until green must not earn the score; records
 * written before `first` existed are read as they were scored then.
 */
export const firstRight = (a: Answer): boolean => a.first ?? a.correct;

/**
 * The answer to store when the learner checks `value` (right or not), after
 * `prev`, in a lesson last finished at `finished`. A round of tries ends when
 * the lesson is finished: the next check is a first try again, so a learner
 * who redoes a lesson after reading it again can still raise the score, and
 * a question once right on a first try stays right (a later round never
 * lowers what a report already counts). `tries` counts the checks of the
 * round: the quiz shows the right answer from the second on.
 */
export function answerAfter(prev: Answer | undefined, finished = 0, value: number[], correct: boolean, fp: string, at: number): Answer {
  const again = !!prev && prev.at >= finished;
  // `firstAt` stays the first check's (unknown, as before, for an answer saved without it).
  return { value, correct, fp, at, first: (!!prev && firstRight(prev)) || (!again && correct), tries: again ? (prev.tries ?? 1) + 1 : 1, firstAt: prev ? prev.firstAt : at, round: roundOf(prev, finished) };
}

/**
 * The round a question is asked in: its answer's, or one more when a new
 * round asks it again (`shown` gives no answer). Its options are shuffled
 * with it (`mixed`), so that the places that turned green last round say
 * nothing (review 12c, finding 3).
 */
export const roundOf = (a: Answer | undefined, finished = 0): number => (a ? (a.round ?? 1) + +!shown(a, finished) : 1);

/**
 * The answer a quiz shows: none for one given before the lesson was last
 * finished (`finished`) that was not right on a first try. A new round asks
 * it again, blank, so that going round again is a real try and not a tap on
 * the right answer still on screen; the stored answer stays until then
 * (review 12b, findings 1 and 2).
 */
export const shown = (a: Answer | undefined, finished = 0): Answer | undefined => (a && (a.at >= finished || firstRight(a)) ? a : undefined);

/** A first-try score over `questions`; `pass` adds `passed` once every question is answered. */
export function scoreOf(questions: Question[], answers: Record<string, Answer>, pass?: number): LangkahScore {
  const given = questions.map((q) => answers[q.id]).filter((a) => a);
  const correct = given.filter((a) => firstRight(a!)).length;
  const total = questions.length;
  const percent = total ? Math.round((correct * 100) / total) : 100;
  return {
    correct,
    answered: given.length,
    total,
    percent,
    ...(pass === undefined ? {} : { pass, passed: percent >= pass }),
  };
}

/** All questions of the quizzes among `blocks`. */
export const questionsIn = (blocks: Block[]): Question[] =>
  blocks.flatMap((b) => (b.t === 'quiz' ? (b as Quiz).questions : []));

/** The text of rich text, for speech and labels. */
export const plain = (nodes: Inline[]): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');

/**
 * A shuffle of `0…n-1`, the same on every visit (seeded by `id`): the order a
 * learner sees the options of a question in. In a later `round` (`roundOf`)
 * it is turned by one place per round, so that every option moves each round:
 * the place that turned green last round never holds the same option (a new
 * seeded shuffle leaves it there one time in n; review 12c, finding 3).
 * Answers keep the authors' option indexes, so a stored answer means the same
 * options however they are shown.
 */
export function mixed(id: string, n: number, round = 1): number[] {
  let seed = parseInt(fingerprint(id), 36);
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return turn(order, round - 1);
}

/** `order` turned by `by` places. */
const turn = (order: number[], by: number): number[] => order.map((_, i) => order[(i + by) % order.length]!);

/** Whether the learner picked something on `q` that is not checked (or differs from the checked answer). */
export function pending(q: Question, draft: number[] | undefined, answer?: Answer): boolean {
  if (!draft?.length) return false;
  // True/false is shown as [true, false] and stored as [1] for "true".
  const value = q.kind === 'true-false' ? draft.map((i) => 1 - i) : draft;
  return !answer || answer.fp !== fingerprint(q) || value.join() !== answer.value.join();
}

/**
 * The order a learner first sees ordering items in: shuffled, the same on
 * every visit (seeded by the question and its `round`), and never already right.
 */
export function shuffled(q: { id: string; items: unknown[] }, round = 1): number[] {
  const right = (o: number[]) => o.every((v, i) => v === i);
  const first = mixed(q.id, q.items.length);
  // Turned by one place per round from the first round's order; already right: reversed (no turn then).
  const order = turn(right(first) ? turn(first, 1) : first, round - 1);
  return right(order) ? order.reverse() : order;
}

/** Whether a question takes several options. */
export const many = (q: Question): boolean => q.kind === 'multiple' || (q.kind === 'chat' && !!q.multiple);

/**
 * A feedback text without its leading "Benar." or "Salah." (`strip`: a wrong
 * answer, or any true/false one): the verdict line already says it, and the
 * two clash ("belum tepat. Benar."). The screen and the voice both use it.
 */
export const bare = (text: Inline[] | undefined, strip: boolean): Inline[] | undefined =>
  strip && typeof text?.[0] === 'string' ? [text[0].replace(/^(Benar|Betul|Tepat|Salah|Right|True|False)[.!] */, ''), ...text.slice(1)] : text;
