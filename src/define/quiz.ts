/** Registers `<langkah-quiz>` alone, for a page that shows quizzes and nothing else. */
import { LangkahQuiz } from '../elements/quiz/quiz.js';
import { definer } from '../internal/define.js';

export type { LangkahQuiz };
const define = definer();
define('langkah-quiz', LangkahQuiz);
