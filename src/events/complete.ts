import type { LangkahIds, LangkahScore } from './detail.js';

/** The `detail` of `langkah-complete`: the score and, for a lesson, the steps. */
export interface LangkahCompleteDetail extends LangkahIds {
  /** Score over the questions; `total` is 0 when there are none. */
  score: LangkahScore;
  /** Steps in the lesson (lessons only). */
  steps?: number;
  at: number;
}

/**
 * A lesson reached its summary screen, or every question of a quiz on its own
 * was answered, or every item of a checklist on its own was ticked.
 */
export class LangkahCompleteEvent extends Event {
  constructor(readonly detail: LangkahCompleteDetail) {
    super('langkah-complete', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'langkah-complete': LangkahCompleteEvent;
  }
}
