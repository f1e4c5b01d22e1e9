import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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

  it('never hides a control the keyboard reaches under the main button or bar stuck to the bottom, narrow or wide (WCAG 2.4.11; review 16k, K1)', async () => {
    // 200 % zoom on a 360 px phone (one button stuck), and a wide phone (the bar stuck, in two rows when Next says
    // "Periksa jawaban").
    for (const [width, height] of [[180, 320], [412, 600]] as const) {
      await setViewport({ width, height });
      try {
        clearStorage();
        const el = await lesson();
        await forward(el, 1);
        const quiz = quizzes(el)[0]! as El;
        await quiz.updateComplete;
        // Picks not checked yet: the main button says "Periksa jawaban", and the bar may take two rows.
        authored(quiz.shadowRoot!, 'input')[0]!.click();
        await quiz.updateComplete;
        await el.updateComplete;
        const navEl = $(el, 'nav');
        const stuck = getComputedStyle(navEl).display === 'contents' ? $(el, 'nav .primary') : navEl;
        ($(el, 'h3') as HTMLElement).focus();
        const hidden: string[] = [];
        let stops = 0;
        for (let i = 0; i < 30; i++) {
          await sendKeys({ press: 'Tab' });
          // The lesson scrolls the control clear in the frame after the browser's own scroll.
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          let at: Element | null = document.activeElement;
          while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
          if (!at || navEl.contains(at)) break;
          stops++;
          const r = at.getBoundingClientRect();
          const bar = stuck.getBoundingClientRect();
          const name = `${at.localName} "${(at.textContent || (at as HTMLInputElement).value || '').trim().slice(0, 20)}"`;
          if (r.bottom > bar.top + 0.5 && r.top < bar.bottom - 0.5) hidden.push(`${width} px: ${name} ${Math.round(r.top)}–${Math.round(r.bottom)} under ${Math.round(bar.top)}–${Math.round(bar.bottom)}`);
          else if (r.top < 0 || r.bottom > innerHeight) hidden.push(`${width} px: ${name} off the screen`);
        }
        expect(stops, `${width} px: Tab stops in the step`).to.be.at.least(5);
        expect(hidden).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    }
  });

  it('scrolls only when a key moved the focus: Shift, Page Up and the arrows keep the page where the browser puts it, and a check by keyboard leaves its verdict in view (review 16l, L1, L2)', async () => {
    await setViewport({ width: 180, height: 320 });
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    try {
      clearStorage();
      const el = await lesson();
      await forward(el, 1);
      const quiz = quizzes(el)[0]! as El;
      await quiz.updateComplete;
      authored(quiz.shadowRoot!, 'input')[0]!.click();
      await quiz.updateComplete;
      const check = quiz.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!;
      check.focus();
      // Scrolled by other means (a finger, the wheel) to the end: Shift alone does not move the page.
      scrollTo(0, document.documentElement.scrollHeight);
      await frames();
      const end = scrollY;
      expect(end, 'the page is long enough').to.be.above(100);
      await sendKeys({ press: 'Shift' });
      await frames();
      expect(scrollY, 'Shift moved the page').to.equal(end);
      // Page Up and an arrow scroll up, and stay there.
      await sendKeys({ press: 'PageUp' });
      await frames();
      const up = scrollY;
      expect(up, 'Page Up').to.be.below(end);
      await sendKeys({ press: 'ArrowUp' });
      await frames();
      expect(scrollY, 'the arrow was undone').to.be.at.most(up);
      // Enter on the question's own button: its verdict stays in view.
      check.scrollIntoView({ block: 'center' });
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      await frames();
      const verdict = quiz.shadowRoot!.querySelector('.verdict')!.getBoundingClientRect();
      expect(verdict.bottom, 'the verdict above the screen').to.be.above(0);
      expect(verdict.top, 'the verdict below the screen').to.be.below(innerHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
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
