import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';

export const LESSON = '/test/fixtures/built/id/uji/latihan.json';
export const LESSON_EN = '/test/fixtures/built/en/uji/latihan.json';
export const KEY = 'langkah:lesson:uji/latihan@id';

/** The storage key of a lesson's record in a course: the course id and the folder it is served from come first. */
export const courseKey = (ref: string, lang = 'id', scope = 'course:kursus-uji@/test/fixtures/course/|') => `langkah:${scope}lesson:${ref}@${lang}`;

/** Forgets every Langkah record in this browser profile, and the quiz picks kept beside them. */
export function clearStorage(): void {
  // Records (`langkah:`), and what pages keep beside them (`langkah.`): drafts, a course's open lesson and language.
  // A course left with a lesson open by one test file reopened it in the next file's course (CI, 2026-12-04).
  for (const k of Object.keys(localStorage)) if (k.startsWith('langkah:') || k.startsWith('langkah.')) localStorage.removeItem(k);
}

/** An element inside `host`'s shadow root (or deeper, through `>>>`-free nesting of lesson → quiz). */
export function $(host: Element, selector: string): HTMLElement {
  const found = host.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

export const $$ = (host: Element, selector: string): HTMLElement[] => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** The visible text of an element, with whitespace collapsed. */
export const text = (el: Element): string => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/** Waits until the lesson shows a step or summary. */
export async function ready(el: LangkahLesson): Promise<LangkahLesson> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="step"]'), 'the lesson did not render a step', { timeout: 9000 });
  await el.updateComplete;
  return el;
}

/** A lesson element on the page, loaded. */
export async function lesson(src = LESSON, attrs = ''): Promise<LangkahLesson> {
  const el = await fixture<LangkahLesson>(html`<div></div>`);
  el.innerHTML = `<langkah-lesson src="${src}" ${attrs}></langkah-lesson>`;
  return ready(el.firstElementChild as LangkahLesson);
}

/** "Reloads" a lesson: removes it and creates a new one with the same attributes and the same storage. */
export async function reload(el: LangkahLesson): Promise<LangkahLesson> {
  const parent = el.parentElement!;
  const markup = el.outerHTML;
  el.remove();
  parent.innerHTML = markup;
  return ready(parent.firstElementChild as LangkahLesson);
}

/** Clicks the nav button with this label. */
export async function nav(el: LangkahLesson, label: RegExp): Promise<void> {
  const button = $$(el, 'nav button').find((b) => label.test(b.textContent ?? ''));
  if (!button) throw new Error(`no nav button ${label}`);
  button.click();
  await el.updateComplete;
}

/** The quizzes and checklists of the current step. */
export const quizzes = (el: LangkahLesson) => $$(el, 'langkah-quiz') as (HTMLElement & { updateComplete: Promise<boolean> })[];
export const checklists = (el: LangkahLesson) => $$(el, 'langkah-checklist') as (HTMLElement & { updateComplete: Promise<boolean> })[];

/** Records every event of `type` that reaches `target` (events bubble and compose out of the elements). */
export function collect<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (e) => seen.push(e as GlobalEventHandlersEventMap[K]));
  return seen;
}

/** Goes forward `n` steps with the Next button, skipping questions not answered (a second tap, after the lesson asks). */
export async function forward(el: LangkahLesson, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await nav(el, /Lanjut|Next|Selesai|Finish/);
    if (el.shadowRoot!.querySelector('nav [role="status"] .note')) await nav(el, /Lanjut|Next|Selesai|Finish/);
  }
}

/** Answers every question of the current step not answered yet with its first option as authored (an order as shown). */
export async function answerAll(el: LangkahLesson): Promise<void> {
  for (const quiz of quizzes(el)) {
    await quiz.updateComplete;
    for (const q of quiz.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      const button = q.querySelector<HTMLButtonElement>(':scope > button')!;
      if (/Coba lagi|Try again/.test(button.textContent!)) continue;
      authored(q)[0]?.click();
      await quiz.updateComplete;
      button.click();
      await quiz.updateComplete;
    }
  }
  await el.updateComplete;
}

/** The stored record of the test lesson. */
export const stored = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

/** A same-origin page in an iframe: another tab, or a page with its own headers and scripts. */
export async function frame(src: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 400px; height: 600px';
  const loaded = new Promise((resolve) => (f.onload = resolve));
  f.src = src;
  document.body.append(f);
  await loaded;
  return f;
}

/** Waits until every `<langkah-lesson>` of `root` shows a step. */
export async function lessonsReady(root: Document): Promise<LangkahLesson[]> {
  const all = () => [...root.querySelectorAll<LangkahLesson>('langkah-lesson')];
  await waitUntil(() => all().length && all().every((l) => l.shadowRoot?.querySelector('[part~="step"]')), 'lessons in the frame did not render', { timeout: 9000 });
  return all();
}

/** Waits for a condition; generous, so that a slow machine only makes tests slower, never failing. */
export const until = (condition: () => unknown, message: string): Promise<void> => waitUntil(condition, message, { timeout: 9000 });

/**
 * An element as a short string (tag, id, data-ref, text): assertions compare
 * these, because a failed comparison of two elements makes the runner
 * serialise them whole.
 */
export const named = (e: Element | null | undefined): string =>
  e ? `<${e.localName}${e.id ? `#${e.id}` : ''}${(e as HTMLElement).dataset?.ref ? ` ${(e as HTMLElement).dataset.ref}` : ''}> ${text(e)}` : 'nothing';

/** What has the focus inside `host`'s shadow root, as `named` writes it. */
export const focused = (host: Element): string => named(host.shadowRoot!.activeElement);

/**
 * The option inputs matching `selector` in the authors' order: quizzes show
 * options shuffled, and each input's value is its option's index in the lesson.
 */
export function authored(root: ParentNode, selector = 'input'): HTMLInputElement[] {
  const all = [...root.querySelectorAll<HTMLInputElement>(selector)];
  const names = [...new Set(all.map((i) => i.name))];
  return names.flatMap((n) => all.filter((i) => i.name === n).sort((a, b) => +a.value - +b.value));
}
