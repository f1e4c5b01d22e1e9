/**
 * What every Langkah event says about where it happened. Ids are absent when
 * they do not apply (a quiz on its own has no lesson step).
 */
export interface LangkahIds {
  /** Lesson id (frontmatter `id`). */
  lesson?: string;
  /** Module id, when the lesson was built from a module. */
  module?: string;
  /** Step id within the lesson. */
  step?: string;
  /** Quiz id. */
  quiz?: string;
  /** Checklist id. */
  checklist?: string;
  /** Storage key of the progress record the event is about. */
  key?: string;
}

/** A score over quiz questions. */
export interface LangkahScore {
  /** Questions answered right. */
  correct: number;
  /** Questions answered, right or wrong. */
  answered: number;
  /** Questions in all. */
  total: number;
  /** `correct / total`, in whole percent. */
  percent: number;
  /** The author's pass mark in percent, when set. */
  pass?: number;
  /** Whether `percent` reaches `pass`; absent without a pass mark. */
  passed?: boolean;
}
