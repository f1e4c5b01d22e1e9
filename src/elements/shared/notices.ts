import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { ProgressController } from '../../progress/controller.js';

/** What the learner should know about their saved progress, if anything. */
export const notices = (t: Translation, p: ProgressController) =>
  [p.unsaved && t.unsaved, p.corrupt && t.corrupt, p.dropped !== undefined && t.updated(p.dropped)].map((text) =>
    text ? html`<p part="note" class="note">${text}</p>` : nothing,
  );
