import type { Problem } from '../content/errors.js';
import type { LangkahIds } from './detail.js';

/** The `detail` of `langkah-error`: what kind of trouble, how bad, and where. */
export interface LangkahErrorDetail extends LangkahIds {
  /**
   * `network`, `http`, `content`: the content could not be loaded (the
   * learner sees a message and a retry button). `slow`: loading takes long.
   * `storage`: progress cannot be saved and lives in memory for now.
   * `corrupt`: a stored record was unreadable and set aside. `newer`: the
   * stored record is a newer Langkah's, left alone; progress lives in memory.
   * `cleared`: an open lesson's record was removed elsewhere; it is saved
   * again from memory. `media`: a picture or sound failed. `auth`: the
   * Learning Record Store refused the credentials and reporting stopped
   * (statements stay on the device). `report`: statements were dropped (the
   * LRS refused one, or the queue was full) or cannot be stored on the device.
   */
  kind: 'network' | 'http' | 'content' | 'slow' | 'storage' | 'corrupt' | 'newer' | 'cleared' | 'media' | 'auth' | 'report';
  /** `error` when the learner cannot go on; `warning` when they can. */
  severity: 'error' | 'warning';
  /** For developers, in English. */
  message: string;
  /** The URL that failed, for load and media errors. */
  url?: string;
  /** HTTP status, for `http` and the reporting kinds. */
  status?: number;
  /** What is wrong with the content, for `content`. */
  problems?: Problem[];
  at: number;
}

/** Something went wrong; the element shows the learner what to do. */
export class LangkahErrorEvent extends Event {
  constructor(readonly detail: LangkahErrorDetail) {
    super('langkah-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'langkah-error': LangkahErrorEvent;
  }
}
