import type { CourseTranslation } from './course.js';
import type { RosterTranslation } from './roster.js';

/**
 * The shape of an interface dictionary. Every language implements all of it,
 * so a missing string is a type error, not a blank on a learner's screen.
 * Functions take numbers (already counted) and return whole sentences, because
 * word order differs between languages.
 */
export interface Translation {
  /** BCP 47 tag for speech and number formatting. */
  locale: string;
  loading: string;
  slow: string;
  network: string;
  http: string;
  content: string;
  retry: string;
  stepOf: (n: number, of: number) => string;
  progress: string;
  goal: string;
  back: string;
  next: string;
  finish: string;
  listen: string;
  stop: string;
  done: string;
  seen: (n: number, of: number) => string;
  score: (n: number, of: number, percent: number) => string;
  passed: string;
  failed: (pass: number) => string;
  ticked: (n: number, of: number) => string;
  restart: string;
  check: string;
  checkOrder: string;
  send: string;
  tryAgain: string;
  right: string;
  wrong: string;
  pick: string;
  yes: string;
  no: string;
  up: string;
  down: string;
  moved: (n: number, of: number) => string;
  you: string;
  checklist: string;
  help: string;
  tip: string;
  warning: string;
  loadImage: (kb: number) => string;
  imageFailed: string;
  audioFailed: string;
  // Saved progress: one notice per problem of the progress store (`StoreProblem`).
  storage: string;
  corrupt: string;
  newer: string;
  cleared: string;
  updated: (dropped: number) => string;
  unknownBlock: string;
  // Quiz feedback and the lesson's flow (learner-flow)
  truth: (yes: boolean) => string;
  missed: string;
  rightOrder: string;
  noVoice: string;
  restartAsk: string;
  restartYes: string;
  cancel: string;
  // First-try scoring (quiz12b)
  partly: string;
  hint: string;
  // Skipped questions and the way back in a lesson (lesson12b)
  skipAsk: string;
  unfinished: (unanswered: number) => string;
  answerNow: string;
  previous: string;
  /** After the main button checked several questions at once (review 12b, finding 9). */
  rightOf: (right: number, checked: number) => string;
}

/**
 * A dictionary a page registers with `registerTranslation`: a language tag
 * (`$code`, such as `bjn` or `jv`, or `id` / `en` to change built-in
 * strings), its name in that language (`$name`), and any of the strings of
 * `Translation`, and of the course elements' `CourseTranslation` and
 * `RosterTranslation`.
 */
export interface TranslationEntry extends Partial<Translation & CourseTranslation & RosterTranslation> {
  /** Language tag, as in `lang` attributes: `bjn`, `jv`, `en-GB`, `id`. */
  $code: string;
  /** The language's name in that language: `Bahasa Banjar`. */
  $name: string;
}
