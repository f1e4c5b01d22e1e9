import type { QuestionKind } from '../content/schema.js';
import type { LangkahIds, LangkahScore } from './detail.js';

/** The `detail` of `langkah-answer`: the question, the answer, and whether it is right. */
export interface LangkahAnswerDetail extends LangkahIds {
  /** Question id (for a registered step type: its block id). */
  question: string;
  /** Question kind; `custom` for a registered step type. */
  kind: QuestionKind | 'custom';
  /** Chosen option indexes, the learner's item order, or `[1]`/`[0]` for true/false. */
  value: number[];
  correct: boolean;
  /** The quiz's score after this answer (for a registered step type: the lesson's). */
  score: LangkahScore;
  at: number;
}

/** The learner checked an answer; it is already saved. */
export class LangkahAnswerEvent extends Event {
  constructor(readonly detail: LangkahAnswerDetail) {
    super('langkah-answer', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'langkah-answer': LangkahAnswerEvent;
  }
}
