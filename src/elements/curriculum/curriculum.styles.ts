import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.35em;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .overview {
    display: grid;
    gap: 0.5em;
    margin: 1em 0;
  }
  .overview p {
    margin: 0;
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_accent);
  }
  ol.modules,
  ol.lessons {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .module {
    margin: 1.25em 0;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .module h3,
  .module h4 {
    margin-bottom: 0.1em;
  }
  .day {
    margin: 1.5em 0;
  }
  .day > h3 {
    margin-bottom: 0;
    padding: 0.3em 0.5em;
    border-inline-start: 0.3em solid var(--_accent);
  }
  .day > p {
    margin: 0.2em 0 0;
  }
  .module > p {
    margin-top: 0;
  }
  .lesson {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.4em 0;
  }
  .lesson .what {
    flex: 1;
    display: grid;
  }
  .lesson .icon {
    width: 1.4em;
    text-align: center;
    font-weight: 700;
  }
  .lesson.done .icon {
    color: var(--_right);
  }
  .lesson.locked {
    color: var(--_muted);
  }
  .why {
    font-weight: 600;
  }
  .redo {
    padding: 0;
    list-style: none;
  }
  .redo li {
    margin: 0.5em 0;
  }
  .crumbs {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* Above a lesson, the way back is one short line: the step's text gets the first screen. */
  .crumbs {
    margin: 0 0 0.5em;
  }
  .crumbs button {
    overflow-wrap: normal;
    padding: 0.2em 0.75em;
  }
  .finish,
  .report {
    margin: 1.5em 0 0.5em;
    padding: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.5em;
  }
  input {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
  }
  a.button[aria-disabled='true'] {
    opacity: 0.6;
  }
  .code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
    user-select: all;
  }
  /* Said back to the learner: the language switched with progress kept, the code copied. */
  .kept {
    font-weight: 600;
  }
  /* An empty live region stays in the page (so that what comes into it is heard) but takes no room. */
  .kept:empty,
  .why:empty {
    margin: 0;
  }
  /* A verification code is read and typed as one piece: never split across lines. */
  .certificate .code {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .certificate {
    text-align: center;
    padding: 1.5em 1em;
    border: 6px double var(--_accent);
    border-radius: var(--_radius);
  }
  .certificate h2 {
    font-size: 1.6em;
    margin: 0.25em 0;
  }
  .certificate .course {
    font-size: 1.2em;
    font-weight: 700;
  }
  .certificate .who {
    font-size: 1.5em;
    font-weight: 700;
    border-bottom: 1px solid var(--_border);
    display: inline-block;
    min-width: 60%;
  }
  .certificate .signer {
    margin-top: 2.5em;
    border-top: 1px solid var(--_border);
    display: inline-block;
    min-width: 40%;
    padding-top: 0.25em;
  }
  @media print {
    .actions,
    .crumbs {
      display: none;
    }
    .certificate {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
