// Windows' high-contrast mode (forced colours), emulated in Chromium: the
// browser paints texts, borders and backgrounds in the system's few colours,
// so what colour alone told apart must still be told apart. An earlier change
// removed two forced-colours rules to save bytes; this checks what a learner
// needs: the chosen option, right and wrong verdicts, the focus ring, the
// progress bar, and which button is the main one.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { $, $$, authored, clearStorage, forward, lesson, nav, quizzes, text } from './helpers.js';

const css = (el: Element) => getComputedStyle(el);

describe('forced colours (high contrast)', () => {
  let emulated = false;
  before(async () => {
    emulated = !!(await executeServerCommand('forced-colors', { active: true }));
  });
  after(() => executeServerCommand('forced-colors', { active: false }));
  beforeEach(clearStorage);

  it('keeps the chosen option, right and wrong verdicts, the focus ring, the progress bar and the main button distinguishable', async () => {
    const el = await lesson();
    if (!emulated) {
      // Firefox cannot emulate it: the rules are there, for the browsers that apply them.
      const rules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r.cssText.startsWith('@media (forced-colors: active)'));
      expect(rules.map((r) => r.cssText).join(' ')).to.match(/button\.primary \{[^}]*forced-color-adjust: none[^}]*background: highlight/i);
      return;
    }
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    const [wrong] = authored(quiz.shadowRoot!, 'input[name="q-tunggal"]');
    wrong!.click();
    const right = authored(quiz.shadowRoot!, 'input[name="q-banyak"]');
    right[0]!.click();
    right[1]!.click();
    await quiz.updateComplete;
    await el.updateComplete;
    // The chosen option: its own checked state, drawn by the system.
    expect(wrong!.checked && css(wrong!).display !== 'none' && css(wrong!).visibility === 'visible').to.equal(true);
    // The main button, among the others: filled, not just outlined like every other button.
    const main = $(el, 'nav .primary');
    const plain = $(el, 'nav button:not(.primary)');
    expect(css(main).backgroundColor, 'main button vs another button').to.not.equal(css(plain).backgroundColor);
    expect(css(main).color, 'main button: text on its fill').to.not.equal(css(main).backgroundColor);
    await nav(el, /Periksa jawaban/);
    await quiz.updateComplete;
    // Right and wrong: a mark and words, not a colour.
    const marks = [...quiz.shadowRoot!.querySelectorAll('.opt .mark')].map((m) => m.textContent);
    expect(marks).to.include.members(['✓', '✗']);
    const verdicts = [...quiz.shadowRoot!.querySelectorAll('.verdict')].map((v) => text(v));
    expect(new Set(verdicts).size, 'the verdicts differ in words').to.equal(2);
    // The progress bar keeps its own colours: the done part in the highlight colour, on the page's.
    const bar = $(el, '[part="progress"]');
    expect(css(bar).forcedColorAdjust).to.equal('none');
    expect(css(bar).getPropertyValue('--_accent').trim().toLowerCase()).to.equal('highlight');
    // The focus ring: a keyboard user sees where they are.
    $(el, 'h3').focus();
    await sendKeys({ press: 'Tab' });
    let focused = document.activeElement!;
    while (focused.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    expect(focused.localName, 'a control has the focus').to.match(/^(button|input)$/);
    expect(css(focused).outlineStyle).to.equal('solid');
    expect(parseFloat(css(focused).outlineWidth)).to.be.at.least(2);
    expect(css(focused).outlineColor).to.not.equal(css(document.body).backgroundColor);
    expect($$(el, 'button').length).to.be.above(1);
  });

  it('frames a chosen wrong option differently from a chosen right one, not only by its ✓ or ✗ (review 12c, finding 7)', async () => {
    // Forced colours paint both frames in the same system colour (emulated in Chromium); the style tells them apart
    // there, and for a learner who does not tell red from green.
    const el = await lesson();
    await forward(el, 1);
    const quiz = quizzes(el)[0]!;
    await quiz.updateComplete;
    authored(quiz.shadowRoot!, 'input[name="q-tunggal"]')[0]!.click();
    const right = authored(quiz.shadowRoot!, 'input[name="q-banyak"]');
    right[0]!.click();
    right[1]!.click();
    await quiz.updateComplete;
    await nav(el, /Periksa jawaban/);
    await quiz.updateComplete;
    const frame = (mark: string) => [...quiz.shadowRoot!.querySelectorAll(`.opt.${mark}`)].map((o) => css(o).borderTopStyle);
    expect(frame('wrong')).to.deep.equal(['dashed']);
    expect(frame('right')).to.deep.equal(['solid', 'solid']);
    await expect(el).to.be.accessible();
  });
});
