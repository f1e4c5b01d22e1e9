/**
 * Draws a lesson step's blocks. Prose (paragraphs, headings, lists, quotes,
 * code, tips) is built as DOM nodes directly, once per block: no content
 * string is ever parsed as HTML (strings become text nodes, attributes are
 * set one by one), so a `<script>` in a lesson is shown as characters. A long
 * step with thousands of emphasised words or nested items took hundreds of
 * milliseconds to draw as nested Lit templates on a slow phone.
 *
 * It loads with the lesson shapes (`contentShapes` in content/load.ts), which
 * every lesson waits for before it shows: not in the bundle a page needs for
 * a quiz or a checklist.
 */
import { html, isServer, nothing } from 'lit';
import type { Block, Inline } from '../../content/schema.js';
import { isSafeLink } from '../../content/url.js';
import type { Translation } from '../../i18n/translation.js';
// Inline rich text as templates, as quizzes draw it: what a server renders (langkah build --prerender), and what
// a prerendered step keeps in the browser, so that it hydrates without being drawn again (hydrate.ts).
import { inline } from './rich-text.js';

type Kid = Node | string;

/** An element holding `kids` (strings become text nodes: never parsed as HTML). */
const el = (tag: string, kids: Kid[], attrs: Record<string, string> = {}): HTMLElement => {
  const e = document.createElement(tag);
  for (const a in attrs) e.setAttribute(a, attrs[a]!);
  e.append(...kids);
  return e;
};

/** Inline rich text as DOM nodes (what `inline` renders, without a template part per node). */
const text = (nodes: Inline[]): Kid[] =>
  nodes.flatMap((n) => {
    if (typeof n === 'string') return n;
    switch (n.t) {
      case 'br':
        return el('br', []);
      case 'code':
        return el('code', [n.v]);
      case 'link':
        if (!isSafeLink(n.href)) return text(n.c);
        return el('a', text(n.c), /^https?:/i.test(n.href) ? { href: n.href, target: '_blank', rel: 'noopener noreferrer' } : { href: n.href });
      default:
        return el(n.t == 'em' || n.t == 'del' ? n.t : 'strong', text(n.c));
    }
  });

/** A prose block (with everything inside it) as DOM; `undefined` when it holds a picture, question or other block. */
const prose = (b: Block, t: Translation): HTMLElement | undefined => {
  const all = (list: Block[]) => {
    const out = list.map((x) => prose(x, t));
    return out.every(Boolean) ? (out as HTMLElement[]) : undefined;
  };
  let kids: HTMLElement[] | undefined;
  let items: (HTMLElement[] | undefined)[];
  switch (b.t) {
    case 'p':
    case 'h':
      return el(b.t == 'p' ? 'p' : 'h4', text(b.c));
    case 'code':
      return el('pre', [el('code', [b.v])]);
    case 'list':
      items = b.items.map(all);
      return items.every(Boolean) ? el(b.ordered ? 'ol' : 'ul', items.map((i) => el('li', i!)), b.ordered && b.start != null ? { start: `${b.start}` } : {}) : undefined;
    case 'quote':
      return (kids = all(b.c)) && el('blockquote', kids);
    case 'callout':
      return (kids = all(b.c)) && el('div', [el('p', [t[b.kind]], { class: 'label' }), ...kids], { part: 'callout', class: `callout ${b.kind}`, role: 'note' });
  }
};

/**
 * Each prose block's DOM, built once for its language, for one element:
 * drawn again, Lit finds the same node and leaves it. One per element,
 * because a node can be in one place only (two lessons may show the same data).
 */
export type Drawn = WeakMap<Block, [Translation, HTMLElement | undefined]>;

/**
 * Renders a step's blocks: prose as DOM (see above); a block holding a
 * picture, question or other block as a template, its prose inside built
 * the same way; `other` renders those blocks; `drawn` is the element's own.
 */
export const blocks = (list: Block[], t: Translation, other: (b: Block) => unknown, drawn: Drawn): unknown[] =>
  list.map((b) => {
    let d = drawn.get(b);
    // A server, and a prerendered step in the browser (an entry without DOM), draw templates.
    if (isServer) d = [t, undefined];
    else if (d?.[0] != t) drawn.set(b, (d = [t, prose(b, t)]));
    if (d[1]) return d[1];
    switch (b.t) {
      case 'p':
        return html`<p>${inline(b.c)}</p>`;
      case 'h':
        return html`<h4>${inline(b.c)}</h4>`;
      case 'code':
        return html`<pre><code>${b.v}</code></pre>`;
      case 'list': {
        const items = b.items.map((i) => html`<li>${blocks(i, t, other, drawn)}</li>`);
        return b.ordered ? html`<ol start=${b.start ?? nothing}>${items}</ol>` : html`<ul>${items}</ul>`;
      }
      case 'quote':
        return html`<blockquote>${blocks(b.c, t, other, drawn)}</blockquote>`;
      case 'callout':
        return html`<div part="callout" class="callout ${b.kind}" role="note">
          <p class="label">${t[b.kind]}</p>
          ${blocks(b.c, t, other, drawn)}
        </div>`;
      default:
        return other(b);
    }
  });
