/**
 * Registers every Langkah element. With `langkah/define/*.js`, the only
 * modules with a side effect.
 *
 * Importing it also brings the types: `document.querySelector('langkah-lesson')`
 * is a `LangkahLesson`, and `addEventListener('langkah-answer', …)` gets a
 * `LangkahAnswerEvent`.
 */
import { isServer } from 'lit';
import { LangkahChecklist } from './elements/checklist/checklist.js';
import { LangkahLesson } from './elements/lesson/lesson.js';
import { LangkahQuiz } from './elements/quiz/quiz.js';
import { definer } from './internal/define.js';

// Type-only: they carry the `HTMLElementTagNameMap` and event-map entries of
// every element and event (the course elements load lazily, below).
export type { LangkahChecklist, LangkahLesson, LangkahQuiz };
export type { LangkahCurriculum } from './elements/curriculum/curriculum.js';
export type { LangkahRoster } from './elements/roster/roster.js';
export type * from './events/index.js';

const define = definer();
define('langkah-quiz', LangkahQuiz);
define('langkah-checklist', LangkahChecklist);
define('langkah-lesson', LangkahLesson);

// The course elements are not needed to show a lesson: their code loads only
// when a page uses them, so a page with lessons alone never downloads it.
// A server has no page to watch (`isServer` is false in the browser build, so
// this check costs the bundle nothing).
if (!isServer) {
  const lazy: Record<string, () => Promise<CustomElementConstructor>> = {
    'langkah-curriculum': () => import('./elements/curriculum/curriculum.js').then((m) => m.LangkahCurriculum),
    'langkah-roster': () => import('./elements/roster/roster.js').then((m) => m.LangkahRoster),
  };
  // The browser keeps one live list per tag name: asking again on each change is cheap.
  const scan = () => {
    for (const tag in lazy) {
      if (document.getElementsByTagName(tag).length) {
        lazy[tag]!().then((element) => define(tag, element));
        delete lazy[tag];
      }
    }
    if (!Object.keys(lazy).length) observer.disconnect();
  };
  const observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
