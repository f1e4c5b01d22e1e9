/**
 * Registers `<langkah-lesson>` and the two elements its steps render,
 * `<langkah-quiz>` and `<langkah-checklist>`: a lesson's template names those
 * tags, so it needs them under these names.
 */
import { LangkahChecklist } from '../elements/checklist/checklist.js';
import { LangkahLesson } from '../elements/lesson/lesson.js';
import { LangkahQuiz } from '../elements/quiz/quiz.js';
import { definer } from '../internal/define.js';

export type { LangkahChecklist, LangkahLesson, LangkahQuiz };
// With the event classes and their entries in the DOM's event maps.
export type * from '../events/index.js';
const define = definer();
define('langkah-quiz', LangkahQuiz);
define('langkah-checklist', LangkahChecklist);
define('langkah-lesson', LangkahLesson);
