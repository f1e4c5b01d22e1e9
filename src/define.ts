/**
 * Registers every Langkah element. The only module with a side effect.
 *
 * A page may load Langkah twice (a CMS plugin and a theme, or two versions):
 * a tag that is already defined is left alone, the page keeps working with the
 * first copy, and a console warning says so once when the versions differ.
 */
import { render } from 'lit';
import { chunk, type LoadError } from './content/load.js';
import { LangkahChecklist } from './elements/checklist/checklist.js';
import { LangkahLesson } from './elements/lesson/lesson.js';
import { LangkahQuiz } from './elements/quiz/quiz.js';
import { langOf, translation } from './i18n/localize.js';
import { failed, status } from './internal/loader.js';
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
// Each of their modules exports its element class and nothing else.
const lazy: Record<string, () => Promise<Record<string, CustomElementConstructor>>> = {
  'langkah-curriculum': chunk(() => import('./elements/curriculum/curriculum.js')),
  'langkah-roster': chunk(() => import('./elements/roster/roster.js')),
};

/**
 * Loads the code of `tag` and defines it. Until then the element has no
 * shadow root, so when its code fails to load (the signal dropped) the kind
 * message and "Coba lagi" go into its light DOM; the shadow root it gets once
 * defined has no slot, so that message is gone then. The host page gets one
 * `langkah-error` per element and failure.
 */
const load = (tag: string, live: HTMLCollectionOf<HTMLElement>): unknown =>
  lazy[tag]!().then(
    (m) => define(tag, Object.values(m)[0]!),
    (e: LoadError) => {
      for (const el of live) {
        const t = translation(langOf(el));
        failed(el, {}, e);
        render(status(t.network, true, () => load(tag, live), t), el);
      }
    },
  );
const found = Object.keys(lazy).map((tag) => [tag, document.getElementsByTagName(tag) as HTMLCollectionOf<HTMLElement>] as const);
const waiting = new Set(Object.keys(lazy));
const scan = () => {
  for (const [tag, live] of found) if (live.length && waiting.delete(tag)) load(tag, live);
  if (!waiting.size) observer.disconnect();
};
const observer = new MutationObserver(scan);
observer.observe(document.documentElement, { childList: true, subtree: true });
scan();
