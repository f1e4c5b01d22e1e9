import type { LangkahIds } from './detail.js';

/** The `detail` of `langkah-progress`: the step reached, or the items ticked. */
export interface LangkahProgressDetail extends LangkahIds {
  /** Index of the step now shown (0-based); equals `total` on the summary screen. Absent for a checklist on its own. */
  index?: number;
  /** Steps in the lesson. */
  total?: number;
  /** Steps seen so far. */
  seen?: number;
  /** Checklist items ticked (for a tick). */
  ticked?: number;
  /** Checklist items in all (for a tick). */
  items?: number;
  /** `true` on the one event a lesson sends when it is shown (loaded, or reloaded where the learner left); not set when the learner moved. */
  opened?: true;
  /** When it happened (ms since 1970). */
  at: number;
}

/**
 * A lesson was shown (`detail.opened`), the learner moved to another step, or
 * ticked a checklist item; the change is already saved.
 */
export class LangkahProgressEvent extends Event {
  constructor(readonly detail: LangkahProgressDetail) {
    super('langkah-progress', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'langkah-progress': LangkahProgressEvent;
  }
}
