/** Registers `<langkah-quiz>` alone, for a page that shows quizzes and nothing else. */
import { LangkahQuiz } from '../elements/quiz/quiz.js';
import { definer } from '../internal/define.js';

export type { LangkahQuiz };
// With the event classes and their entries in the DOM's event maps.
export type * from '../events/index.js';
const define = definer();
define('langkah-quiz', LangkahQuiz);
