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

function define(tag: string, element: CustomElementConstructor) {
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

for (const [tag, element] of elements) define(tag, element);

// The course elements are not needed to show a lesson: their code loads only
// when a page uses them, so a page with lessons alone never downloads it.
const lazy: Record<string, () => Promise<CustomElementConstructor>> = {
  'langkah-curriculum': () => import('./elements/curriculum/curriculum.js').then((m) => m.LangkahCurriculum),
  'langkah-roster': () => import('./elements/roster/roster.js').then((m) => m.LangkahRoster),
};
const found = Object.keys(lazy).map((tag) => [tag, document.getElementsByTagName(tag)] as const);
const scan = () => {
  for (const [tag, live] of found) {
    if (live.length && tag in lazy) {
      const load = lazy[tag]!;
      delete lazy[tag];
      load().then((element) => define(tag, element));
    }
  }
  if (!Object.keys(lazy).length) observer.disconnect();
};
const observer = new MutationObserver(scan);
observer.observe(document.documentElement, { childList: true, subtree: true });
scan();
