import { html } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { StoreProblem } from '../../progress/store.js';

/**
 * What the learner should know about their saved progress, if anything: in a
 * live region, so that a screen reader says a notice that appears later (a
 * record removed in another tab) without moving the focus.
 */
export const notices = (t: Translation, p: { problems: Set<StoreProblem>; dropped?: number | undefined }) =>
  html`<div role="status">${[...p.problems]
    .map((k) => t[k])
    .concat(p.dropped === undefined ? [] : t.updated(p.dropped))
    .map((text) => html`<p part="note" class="note">${text}</p>`)}</div>`;
