/**
 * The one renderer of content rich text and prose blocks. Everything becomes
 * Lit template parts (text and attribute bindings): no content string is ever
 * parsed as HTML, so a `<script>` in a lesson is shown as characters.
 */
import { html, nothing } from 'lit';
import type { Block, Inline } from '../../content/schema.js';
import { isSafeLink } from '../../content/url.js';
import type { Translation } from '../../i18n/translation.js';

/** Renders inline rich text. */
export const inline = (nodes: Inline[] = []): unknown[] =>
  nodes.map((n) => {
    if (typeof n === 'string') return n;
    switch (n.t) {
      case 'br':
        return html`<br />`;
      case 'code':
        return html`<code>${n.v}</code>`;
      case 'strong':
        return html`<strong>${inline(n.c)}</strong>`;
      case 'em':
        return html`<em>${inline(n.c)}</em>`;
      case 'del':
        return html`<del>${inline(n.c)}</del>`;
      case 'link':
        if (!isSafeLink(n.href)) return inline(n.c);
        // Web links open beside the lesson, so the learner does not lose their place.
        return /^https?:/i.test(n.href)
          ? html`<a href=${n.href} target="_blank" rel="noopener noreferrer">${inline(n.c)}</a>`
          : html`<a href=${n.href}>${inline(n.c)}</a>`;
    }
  });

/**
 * Renders prose blocks; `other` renders the rest (pictures, quizzes,
 * checklists, registered step types).
 */
export const blocks = (list: Block[], t: Translation, other: (b: Block) => unknown): unknown[] =>
  list.map((b) => {
    switch (b.t) {
      case 'p':
        return html`<p>${inline(b.c)}</p>`;
      case 'h':
        return html`<h4>${inline(b.c)}</h4>`;
      case 'list': {
        const items = b.items.map((i) => html`<li>${blocks(i, t, other)}</li>`);
        return b.ordered ? html`<ol start=${b.start ?? nothing}>${items}</ol>` : html`<ul>${items}</ul>`;
      }
      case 'quote':
        return html`<blockquote>${blocks(b.c, t, other)}</blockquote>`;
      case 'code':
        return html`<pre><code>${b.v}</code></pre>`;
      case 'callout':
        return html`<div part="callout" class="callout ${b.kind}" role="note">
          <p class="label">${t[b.kind]}</p>
          ${blocks(b.c, t, other)}
        </div>`;
      default:
        return other(b);
    }
  });
