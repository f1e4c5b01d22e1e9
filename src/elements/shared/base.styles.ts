import { css } from 'lit';

/**
 * The theme and the parts every Langkah element shares. Public custom
 * properties (`--langkah-*`) feed private ones (`--_*`) whose defaults change
 * with the colour scheme. `.base` resets everything a host page could make
 * its children inherit (fonts, line height, letter spacing…), and its font
 * size follows the reader's browser setting but ignores a page that sets the
 * root size tiny or huge.
 *
 * The theme, listed for every element in custom-elements.json (custom
 * properties inherit, so each one reaches every element and the elements
 * inside it):
 *
 * @cssproperty --langkah-font - Font family.
 * @cssproperty --langkah-font-size - Base font size (default: the browser's, at least 18px and at most 36px).
 * @cssproperty --langkah-max-width - Widest the lesson grows (default 40em).
 * @cssproperty --langkah-radius - Corner radius.
 * @cssproperty --langkah-bg - Background.
 * @cssproperty --langkah-fg - Text.
 * @cssproperty --langkah-muted - Secondary text (step counter).
 * @cssproperty --langkah-border - Borders of boxes and options.
 * @cssproperty --langkah-accent - Main buttons, progress bar, checkboxes, selected options.
 * @cssproperty --langkah-on-accent - Text on the accent colour.
 * @cssproperty --langkah-focus - Focus ring and links.
 * @cssproperty --langkah-right - Marks a right answer.
 * @cssproperty --langkah-wrong - Marks a wrong answer.
 * @cssproperty --langkah-tip - Background of tips.
 * @cssproperty --langkah-warning - Background of warnings.
 * @cssproperty --langkah-bubble - Customer chat bubbles.
 * @cssproperty --langkah-bubble-you - The learner's chat bubbles.
 */
export const base = css`
  :host {
    --_font: var(--langkah-font, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_size: var(--langkah-font-size, clamp(18px, 1.125rem, 36px));
    --_radius: var(--langkah-radius, 0.5em);
    --_max: var(--langkah-max-width, 40em);
    --_bg: var(--langkah-bg, #fff);
    --_fg: var(--langkah-fg, #1a1a1a);
    --_muted: var(--langkah-muted, #595959);
    --_border: var(--langkah-border, #767676);
    --_accent: var(--langkah-accent, #0b6e4f);
    --_on-accent: var(--langkah-on-accent, #fff);
    --_focus: var(--langkah-focus, #1a5fb4);
    --_right: var(--langkah-right, #0b6e4f);
    --_wrong: var(--langkah-wrong, #b3261e);
    --_tip: var(--langkah-tip, #e8f1fb);
    --_warning: var(--langkah-warning, #fff1d6);
    --_bubble: var(--langkah-bubble, #ececec);
    --_bubble-you: var(--langkah-bubble-you, #d9f5c8);
    display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--langkah-bg, #161616);
      --_fg: var(--langkah-fg, #ededed);
      --_muted: var(--langkah-muted, #b5b5b5);
      --_border: var(--langkah-border, #8c8c8c);
      --_accent: var(--langkah-accent, #62d3a6);
      --_on-accent: var(--langkah-on-accent, #0a2419);
      --_focus: var(--langkah-focus, #8ab4f8);
      --_right: var(--langkah-right, #6fdcae);
      --_wrong: var(--langkah-wrong, #ff9b91);
      --_tip: var(--langkah-tip, #15263a);
      --_warning: var(--langkah-warning, #35270b);
      --_bubble: var(--langkah-bubble, #2b2b2b);
      --_bubble-you: var(--langkah-bubble-you, #1d3a2b);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: var(--_max);
    margin: 0 auto;
    padding: 0.75em;
    font: 400 var(--_size) / 1.55 var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* A box inside another Langkah box (a quiz in a lesson, a lesson in a course)
     draws no second frame: the learner's words get the width (#12). */
  .in {
    padding: 0;
    border: 0;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  blockquote,
  pre,
  fieldset,
  figure {
    margin: 0.75em 0;
  }
  /* A word too long for the line breaks where the language allows, with a hyphen, where the browser
     knows the element's language (lang is set on every box), rather than anywhere (review 12c, finding 4). */
  h2,
  h3,
  h4,
  button {
    hyphens: auto;
  }
  h2,
  h3,
  h4 {
    margin: 0.5em 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.15em;
  }
  /* Smaller on a narrow screen with big text, so that a long word ("pertanyaan") stays whole (review 12b,
     finding 5): no bigger than the text on a 360 px phone at a 32 px setting, in a page's margins too (12c, 4). */
  h3 {
    font-size: clamp(1em, 10vw, 1.3em);
  }
  h4,
  legend {
    font-size: 1.05em;
    font-weight: 700;
  }
  a {
    color: var(--_focus);
  }
  code,
  pre {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  pre {
    white-space: pre-wrap;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_border);
    font-style: italic;
  }
  button {
    font: inherit;
    /* A little smaller than the text at big text on a phone, so that a long word of a label ("sebelumnya",
       "sekarang") stays whole in a page's margins; never under 16 px, unless the text around is smaller
       (the roster's printed class grid): min() keeps 1em there, where clamp() would force 16 px. */
    font-size: min(1em, max(16px, 7.5vw));
    font-weight: 600;
    min-height: 44px;
    min-width: 44px;
    max-width: 100%;
    padding: 0.4em 1em;
    /* Words in a label wrap whole ("pelajaran", not "pelajara / n": 'anywhere' from the box shrinks a
       button to its letters); a word wider than the whole line still breaks rather than overflow. */
    overflow-wrap: break-word;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* At the top left of its box: inside a scroll box it cannot push the page sideways. */
  .sr {
    position: absolute;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .note,
  .status,
  .feedback:not(:empty) {
    padding: 0.25em 0.75em;
    border-inline-start: 4px solid var(--_mark, var(--_border));
    margin: 0.75em 0;
  }
  .status {
    border: 0;
    text-align: center;
  }
  .right {
    --_mark: var(--_right);
  }
  .wrong {
    --_mark: var(--_wrong);
  }
  .verdict {
    color: var(--_mark);
    font-weight: 700;
  }
  .opt {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    margin: 0.5em 0;
    padding: 0.35em 0.75em;
    border: 2px solid var(--_mark, var(--_border));
    border-radius: var(--_radius);
  }
  /* A wrong choice differs from a right one by its frame too, not by colour alone (forced colours: review 12c, finding 7). */
  .opt.wrong {
    border-style: dashed;
  }
  label.opt {
    cursor: pointer;
  }
  .opt input {
    flex: none;
    width: 1.35em;
    height: 1.35em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .mark {
    margin-inline-start: auto;
    color: var(--_mark);
    font-weight: 700;
  }
  /* Very narrow: a small phone, or text zoomed to 200 %. Every pixel goes to words. */
  @media (max-width: 22em) {
    .base:not(.in) {
      padding: 0.5em;
    }
    .opt {
      padding: 0.25em 0.4em;
      gap: 0.4em;
    }
  }
  /* In forced colours the browser gives texts and borders the system's colours itself, and every button the
     same outline: the main one keeps a fill, in the system's highlight colours, so it is still the one to press. */
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
      outline-color: CanvasText;
    }
  }
  @media print {
    .base {
      border: 0;
      color: #000;
      background: #fff;
    }
    button {
      display: none;
    }
  }
`;
