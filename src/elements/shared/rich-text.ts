/**
 * The renderer of rich text in quizzes and checklists. Everything becomes Lit
 * template parts (text and attribute bindings): no content string is ever
 * parsed as HTML, so a `<script>` in a lesson is shown as characters. A
 * lesson's prose is drawn by `prose.ts`, the same way in DOM nodes.
 */
import { html } from 'lit';
import type { Inline } from '../../content/schema.js';
import { isSafeLink } from '../../content/url.js';

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
