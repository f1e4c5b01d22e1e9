/**
 * Registers every Langkah element. With `langkah/define/*.js`, the only
 * modules with a side effect.
 *
 * Importing it also brings the types: `document.querySelector('langkah-lesson')`
 * is a `LangkahLesson`, and `addEventListener('langkah-answer', …)` gets a
 * `LangkahAnswerEvent`.
 */
import { isServer, render } from 'lit';
import { chunk, type LoadError } from './content/load.js';
import { LangkahChecklist } from './elements/checklist/checklist.js';
import { LangkahLesson } from './elements/lesson/lesson.js';
import { LangkahQuiz } from './elements/quiz/quiz.js';
import { tagOf, translation } from './i18n/localize.js';
import { definer } from './internal/define.js';
import { failed, status } from './internal/loader.js';

// Type-only: they carry the `HTMLElementTagNameMap` and event-map entries of
// every element and event (the course elements load lazily, below).
export type { LangkahChecklist, LangkahLesson, LangkahQuiz };
export type { LangkahCurriculum } from './elements/curriculum/curriculum.js';
export type { LangkahRoster } from './elements/roster/roster.js';
export type * from './events/index.js';
// What a page that loads only `cdn/langkah.js` can call: its own step types and interface strings.
export { registerStepType, type StepType } from './content/registry.js';
export { registerTranslation } from './i18n/localize.js';
export type { Translation, TranslationEntry } from './i18n/translation.js';

const define = definer();
const all = () => {
  define('langkah-quiz', LangkahQuiz);
  define('langkah-checklist', LangkahChecklist);
  define('langkah-lesson', LangkahLesson);
};
// A prerendered lesson (langkah build --prerender) is taken over as it is: Lit's hydration loads first, only on
// such a page, before any element is defined (elements/lesson/hydrate.ts); without it (offline) they draw anew,
// no longer `prerendered`, so that langkah-resume.js stops hiding a returning learner's lesson (review 16, finding 2).
if (!isServer && document.querySelector('[prerendered]'))
  import('./elements/lesson/hydrate.js').then(all, () => {
    document.querySelectorAll('[prerendered]').forEach((el) => el.removeAttribute('prerendered'));
    all();
  });
else all();

// The course elements are not needed to show a lesson: their code loads only
// when a page uses them, so a page with lessons alone never downloads it.
// A server has no page to watch (`isServer` is false in the browser build, so
// this check costs the bundle nothing).
if (!isServer) {
  // The tag, the code that defines it, and the name of its class there.
  const lazy: Record<string, [() => Promise<Record<string, CustomElementConstructor>>, string]> = {
    'langkah-curriculum': [chunk(() => import('./elements/curriculum/curriculum.js')), 'LangkahCurriculum'],
    'langkah-roster': [chunk(() => import('./elements/roster/roster.js')), 'LangkahRoster'],
  };

  /**
   * Loads the code of `tag` and defines it. Until then the element has no
   * shadow root, so when its code fails to load (the signal dropped) the kind
   * message and "Coba lagi" go into its light DOM; the shadow root it gets once
   * defined has no slot, so that message is gone then. The host page gets one
   * `langkah-error` per element and failure.
   */
  const load = (tag: string, live: HTMLCollectionOf<HTMLElement>): unknown =>
    lazy[tag]![0]().then(
      (m) => define(tag, m[lazy[tag]![1]]!),
      (e: LoadError) => {
        for (const el of live) {
          const t = translation(tagOf(el));
          failed(el, {}, e);
          render(status(t.network, true, () => load(tag, live), t), el);
        }
      },
    );
  // The browser keeps one live list per tag name: asking again on each change is cheap.
  const found = Object.keys(lazy).map((tag) => [tag, document.getElementsByTagName(tag) as HTMLCollectionOf<HTMLElement>] as const);
  const waiting = new Set(Object.keys(lazy));
  const scan = () => {
    for (const [tag, live] of found) if (live.length && waiting.delete(tag)) load(tag, live);
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
