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

/** A score over `questions`; `pass` adds `passed` once every question is answered. */
export function scoreOf(questions: Question[], answers: Record<string, Answer>, pass?: number): LangkahScore {
  const given = questions.map((q) => answers[q.id]).filter((a) => a);
  const correct = given.filter((a) => a!.correct).length;
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
 * learner sees the options of a question in. Answers keep the authors' option
 * indexes, so a stored answer means the same options however they are shown.
 */
export function mixed(id: string, n: number): number[] {
  let seed = parseInt(fingerprint(id), 36);
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Whether the learner picked something on `q` that is not checked (or differs from the checked answer). */
export function pending(q: Question, draft: number[] | undefined, answer?: Answer): boolean {
  if (!draft?.length) return false;
  // True/false is shown as [true, false] and stored as [1] for "true".
  const value = q.kind === 'true-false' ? draft.map((i) => 1 - i) : draft;
  return !answer || answer.fp !== fingerprint(q) || value.join() !== answer.value.join();
}

/**
 * The order a learner first sees ordering items in: shuffled, the same on
 * every visit (seeded by the question), and never already right.
 */
export function shuffled(q: { id: string; items: unknown[] }): number[] {
  const order = mixed(q.id, q.items.length);
  return order.every((v, i) => v === i) ? [...order.slice(1), order[0]!] : order;
}
