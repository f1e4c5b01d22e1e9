import { html, nothing } from 'lit';
import type { Checklist } from '../../content/schema.js';
import { LangkahCompleteEvent } from '../../events/complete.js';
import { LangkahProgressEvent } from '../../events/progress.js';
import { ready } from '../../i18n/localize.js';
import { BlockElement } from '../shared/block-element.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import { inline } from '../shared/rich-text.js';
import { styles } from './checklist.styles.js';

/**
 * Content comes from `src` (a lesson file; the checklist named by `#id`, or
 * its first checklist), from child Markdown in a `<template>` or
 * `<script type="text/markdown">` (the `- [ ]` lines alone are enough), or
 * from the `data` property.
 *
 * @tagname langkah-checklist
 * @summary A checklist of things to do on one's own phone, with optional help
 * per item; ticks are saved on the device, and it prints well.
 *
 * @csspart base - The checklist box.
 * @csspart item - One item: its checkbox, text and help.
 * @csspart help - The "how to" help of an item.
 * @csspart count - The "n of m done" line.
 * @csspart status - The loading or error message.
 * @csspart note - A notice about saved progress (on its own only).
 *
 * @slot - Not shown: child Markdown in a `<template>` or `<script type="text/markdown">`, read as the checklist when there is no `src` or `data`.
 *
 * @event langkah-progress - An item was ticked or unticked and saved.
 * @event langkah-complete - Every item of a checklist on its own is ticked.
 * @event langkah-error - The checklist could not be loaded, or progress cannot be saved.
 */
export class LangkahChecklist extends BlockElement<Checklist> {
  static override styles = [base, styles];
  protected readonly kind = 'checklist';

  override render() {
    const list = this.data;
    const record = this.track.record;
    if (!ready(this)) return nothing;
    if (!list || !record) return html`<div part="base" class="base">${this.loader.view(this.t)}</div>`;
    const t = this.t;
    const done = list.items.filter((i) => record.checks[i.id]).length;
    this.toggleAttribute('complete', done == list.items.length);
    return html`<fieldset part="base" class="base ${this.progress ? 'in' : ''}">
      <legend>${list.title ?? t.checklist}</legend>
      ${this.progress ? nothing : notices(t, this.own)}
      <ul>
        ${list.items.map(
          (item) => html`<li part="item">
            <label class="opt">
              <input type="checkbox" .checked=${!!record.checks[item.id]} @change=${(e: Event) => this.tick(item.id, (e.target as HTMLInputElement).checked)} />
              <span>${inline(item.text)}</span>
            </label>
            ${item.help
              ? html`<details part="help"><summary>${t.help}</summary><p>${inline(item.help)}</p></details>
                  <p class="print">${inline(item.help)}</p>`
              : nothing}
          </li>`,
        )}
      </ul>
      <p part="count" class="count" aria-live="polite">${t.ticked(done, list.items.length)}</p>
    </fieldset>`;
  }

  private tick(id: string, on: boolean) {
    const list = this.data!;
    const r = this.track.update((d) => {
      d.checks[id] = on;
    });
    const ticked = list.items.filter((i) => r.checks[i.id]).length;
    const ids = this.ids();
    const at = Date.now();
    this.dispatchEvent(new LangkahProgressEvent({ ...ids, ticked, items: list.items.length, at }));
    if (!this.progress && on && ticked === list.items.length) {
      this.dispatchEvent(new LangkahCompleteEvent({ ...ids, score: { correct: 0, answered: 0, total: 0, percent: 100 }, at }));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-checklist': LangkahChecklist;
  }
}
