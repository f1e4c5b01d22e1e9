import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { base } from '../../src/elements/shared/base.styles.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, checklists, clearStorage, forward, lesson, nav, quizzes, text, until, authored } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<boolean> };
const canEmulate = navigator.userAgent.includes('Chrome');

/** The dark-scheme defaults, as `--langkah-*` overrides: a way to show the dark palette in any browser. */
function darkOverrides(): string {
  const dark = base.cssText.slice(base.cssText.indexOf('prefers-color-scheme: dark'));
  return [...dark.matchAll(/--_([\w-]+): var\(--langkah-([\w-]+), (#[0-9a-f]+)\)/g)].map((m) => `--langkah-${m[2]}: ${m[3]}`).join(';');
}

/** Walks a lesson through its states and runs axe in each. */
async function everyState(wrap: (markup: string) => Promise<LangkahLesson>) {
  const el = await wrap('<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson>');
  await until(() => el.shadowRoot?.querySelector('[part~="step"]'), 'no step');
  await expect(el, 'fresh').to.be.accessible();
  await forward(el, 1);
  const quiz = quizzes(el)[0]! as El;
  await quiz.updateComplete;
  authored(quiz.shadowRoot!, 'input')[0]!.click();
  authored(quiz.shadowRoot!, 'input')[4]!.click();
  await quiz.updateComplete;
  await expect(el, 'mid-quiz').to.be.accessible();
  for (const b of quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset > button')) b.click();
  await quiz.updateComplete;
  expect(quiz.shadowRoot!.querySelectorAll('.verdict').length).to.equal(2);
  await expect(el, 'feedback shown').to.be.accessible();
  await forward(el, 1);
  const order = quizzes(el)[0]! as El;
  await order.updateComplete;
  for (const b of order.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset > button')) b.click();
  await order.updateComplete;
  await expect(el, 'true/false, order and chat feedback').to.be.accessible();
  await forward(el, 1);
  checklists(el)[0]!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
  await expect(el, 'checklist ticked').to.be.accessible();
  await forward(el, 2);
  // Two questions were left without picks: the summary says so and offers the way back (#12).
  expect(text($(el, 'h3'))).to.equal('Pelajaran belum selesai: 2 pertanyaan belum dijawab.');
  await expect(el, 'summary with questions left').to.be.accessible();
  return el;
}

const inPage = async (markup: string, style = '') => {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.setAttribute('style', style);
  host.innerHTML = markup;
  return host.firstElementChild as LangkahLesson;
};

describe('accessibility in every state', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('passes axe fresh, mid-quiz, with feedback, and completed (light)', async () => {
    await everyState((m) => inPage(m));
  });

  it('passes axe in every state with the dark palette, on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    if (canEmulate) await emulateMedia({ colorScheme: 'dark' });
    const el = await everyState((m) => inPage(m, canEmulate ? 'background: #000' : `background: #000; ${darkOverrides()}`));
    expect(getComputedStyle($(el, '[part="base"]')).backgroundColor).to.equal('rgb(22, 22, 22)');
  });

  it('never animates: nothing moves on a step change or after an answer', async () => {
    if (canEmulate) await emulateMedia({ reducedMotion: 'reduce' });
    const el = await lesson();
    await nav(el, /Lanjut/);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
    await quiz.updateComplete;
    const running = [...el.shadowRoot!.getAnimations(), ...quiz.shadowRoot!.getAnimations(), ...document.getAnimations()];
    expect(running).to.deep.equal([]);
  });

  it('shows a visible focus ring on every control', async () => {
    const el = await lesson();
    const button = $(el, 'nav button');
    button.focus();
    // :focus-visible follows keyboard use; check the rule the ring comes from.
    const rule = [...el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])].find((r) => r.cssText.startsWith(':focus-visible'));
    expect(rule!.cssText).to.match(/outline: 3px solid/);
  });
});
