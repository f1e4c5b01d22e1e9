/**
 * What a lesson needs before it shows, beside its data: the compiled lesson
 * shape (to check built JSON) and the drawing of its steps. One lazy chunk,
 * fetched while the lesson downloads (`contentShapes` in content/load.ts).
 * A step's blocks are drawn only once it is loaded, so whatever only they
 * need (pictures, quizzes and checklists, registered step types) lives here,
 * out of the first download.
 */
import { html, isServer, nothing } from 'lit';
import { chunk } from '../../content/load.js';
import type { Block, Image, Step } from '../../content/schema.js';
import { langOf, tagOf } from '../../i18n/localize.js';
import type { LangkahLesson } from './lesson.js';

export { LESSON } from '../../content/shapes.js';
export { blocks } from '../shared/prose.js';

// Begun when this chunk runs, while the lesson downloads, and not in the task that draws the lesson (issue 10,
// item 4): opening the page's storage (its first use blocks the thread for 10–40 ms on a slow phone), and
// fetching the summary's body (lesson.ts asks for it when the lesson opens; asking costs less once it is here).
try {
  localStorage.getItem('');
} catch {
  // Blocked: records live in memory (progress/store.ts).
}
import('./summary.js').catch(() => {});

/** The renderer of registered step types: loads with the first lesson that has one. */
const custom = chunk(() => import('./custom.js'));

/** The control with the focus, inside the shadow roots it is in. */
const focused = () => {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
};
let before: Element | null = null;
/**
 * A control the keyboard moved the focus to in a lesson (Tab, Shift+Tab, an arrow in a group of answers) is scrolled
 * clear of what the lesson keeps stuck to the bottom of the screen (the nav, or where it is display: contents its
 * main button): the browser's own scroll does not count it, so a control could be wholly under it (WCAG 2.4.11; review
 * 16k, K1). Only when the key moved the focus: arrows, Page Up, Home or Shift that scroll the page, and Enter on a
 * quiz's button that shows its verdict, leave the page where the browser put it (review 16l, L1, L2). On the page,
 * once: focus events do not leave a shadow root when the focus moves inside it. In the next frame, after the browser's
 * own scroll.
 */
if (!isServer) {
  addEventListener('keydown', () => (before = focused()), true);
  addEventListener(
    'keyup',
    () => {
      const at = focused();
      if (!at || at === before) return;
      before = at;
      let lesson: Node = at;
      while (lesson.nodeName != 'LANGKAH-LESSON' && lesson.getRootNode() instanceof ShadowRoot) lesson = (lesson.getRootNode() as ShadowRoot).host;
      const nav = lesson.nodeName == 'LANGKAH-LESSON' && (lesson as Element).shadowRoot!.querySelector('nav');
      requestAnimationFrame(() => {
        const bar = nav && !nav.contains(at) && (getComputedStyle(nav).display == 'contents' ? nav.querySelector('.primary') : nav);
        const below = bar ? at.getBoundingClientRect().bottom - bar.getBoundingClientRect().top : 0;
        if (below > 0) scrollBy(0, below + 12);
      });
    },
    true,
  );
}

/** A block of `step` that prose does not draw itself. */
export function block(lesson: LangkahLesson, b: Block, step: Step): unknown {
  // Quizzes and checklists speak the lesson's interface language (a registered one too; the step around them
  // says the content's), and their parts reach the page: `langkah-lesson::part(option)`, `::part(quiz)` for the box.
  // Looked up (a walk up the page) only by the blocks that need it: not once per picture (issue 10, item 4).
  switch (b.t) {
    case 'image':
      return image(lesson, b);
    case 'quiz':
      return html`<langkah-quiz exportparts="base:quiz,question,option,feedback,chat,score" lang=${tagOf(lesson)} .data=${b} .progress=${lesson.progress} .step=${step.id} .drafts=${lesson.drafts} .changed=${lesson.redraw}></langkah-quiz>`;
    case 'checklist':
      return html`<langkah-checklist exportparts="base:checklist,item,help,count" lang=${tagOf(lesson)} .data=${b} .progress=${lesson.progress} .step=${step.id}></langkah-checklist>`;
    case 'custom':
      if (lesson.customs) return lesson.customs(lesson, b, step, langOf(lesson));
      // Failed (offline): the next render, on the learner's next tap, tries again.
      custom().then((m) => ((lesson.customs = m.custom), lesson.redraw()), () => undefined);
      return nothing;
    default:
      return nothing;
  }
}

/** Pictures of a lesson that failed to load and are not drawn as such yet. */
const failing = new WeakMap<LangkahLesson, string[]>();

/**
 * A picture that failed to load: its placeholder, and the host page told.
 * Pictures failing one after another (offline, a folder missing on the
 * server) are drawn in one go a moment later, not the whole step once per
 * picture (review 10, F1: 150 missing pictures blocked a phone for 0.3–0.8 s).
 */
function failed(lesson: LangkahLesson, src: string) {
  const list = failing.get(lesson);
  if (list) return void list.push(src);
  failing.set(lesson, [src]);
  setTimeout(() => {
    const srcs = failing.get(lesson)!;
    failing.delete(lesson);
    lesson.images = { ...lesson.images, ...Object.fromEntries(srcs.map((s) => [s, 'failed' as const])) };
    srcs.forEach((s) => lesson.mediaFailed(s));
  }, 100);
}

function image(lesson: LangkahLesson, img: Image) {
  const shown = lesson.images[img.src];
  const saver = lesson.dataSaver || (!isServer && !!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData);
  const show = () => (lesson.images = { ...lesson.images, [img.src]: 'on' });
  let body;
  // The interface's words (a walk up the page) only for a placeholder, not for every picture drawn.
  if (shown === 'failed') {
    const t = lesson.t;
    body = html`<div class="ph" role="alert"><p>${img.alt}</p><p>${t.imageFailed}</p><button @click=${show}>${t.retry}</button></div>`;
  } else if (saver && !shown) {
    body = html`<button class="ph" @click=${show}><span>${img.alt}</span><span>${lesson.t.loadImage(img.bytes ? Math.ceil(img.bytes / 1024) : 0)}</span></button>`;
  } else {
    body = html`<img
      src=${img.src}
      alt=${img.alt}
      width=${img.width ?? nothing}
      height=${img.height ?? nothing}
      loading="lazy"
      decoding="async"
      @error=${() => failed(lesson, img.src)}
    />`;
  }
  return html`<figure part="figure">${body}${img.title ? html`<figcaption>${img.title}</figcaption>` : nothing}</figure>`;
}
