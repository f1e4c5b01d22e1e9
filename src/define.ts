/**
 * Registers every Langkah element. The only module with a side effect.
 *
 * A page may load Langkah twice (a CMS plugin and a theme, or two versions):
 * a tag that is already defined is left alone, the page keeps working with the
 * first copy, and a console warning says so once when the versions differ.
 */
import { LangkahChecklist } from './elements/checklist/checklist.js';
import { LangkahLesson } from './elements/lesson/lesson.js';
import { LangkahQuiz } from './elements/quiz/quiz.js';
import { VERSION } from './internal/version.js';

const elements: [string, CustomElementConstructor][] = [
  ['langkah-quiz', LangkahQuiz],
  ['langkah-checklist', LangkahChecklist],
  ['langkah-lesson', LangkahLesson],
];

const mark = '__langkahVersion';
const registry = window.customElements;
let warned = false;
for (const [tag, element] of elements) {
  const existing = registry.get(tag) as (CustomElementConstructor & { [mark]?: string }) | undefined;
  if (!existing) {
    try {
      registry.define(tag, element);
      (element as { [mark]?: string })[mark] = VERSION;
    } catch {
      // Defined by someone else between the check and here: keep theirs.
    }
  } else if (existing[mark] !== VERSION && !warned) {
    warned = true;
    console.warn(`langkah ${VERSION}: <${tag}> is already defined by ${existing[mark] ? `langkah ${existing[mark]}` : 'another script'}; keeping that one.`);
  }
}
