import { isServer, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../content/schema.js';
import { id } from './id.js';
import type { Translation } from './translation.js';

/**
 * The dictionaries loaded so far. Bahasa Indonesia is in the bundle; English
 * loads on first use (most pages never need it), and the course chunk brings
 * it along (see course.ts).
 */
export const dictionaries: Partial<Record<Lang, Translation>> = { id };
// A server (lit's `isServer`; false in the browser build, which drops this
// line) loads English at once: it renders without waiting for a dictionary.
if (isServer) void import('./en.js').then((m) => (dictionaries.en = m.en));

type Host = ReactiveControllerHost & Element;
/** Elements to render again when a dictionary arrives or `<html lang>` changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
const redraw = () => hosts.forEach((h) => (h.isConnected ? h.requestUpdate() : hosts.delete(h)));

/**
 * The interface language of `el`: its own `lang`, then the closest ancestor's
 * (across shadow roots, so an element inside another one follows it), then
 * `<html lang>`. Anything but English falls back to Bahasa Indonesia.
 * Resolved on every render: no global setup that a second copy could break.
 */
export function langOf(el: Element): Lang {
  let node: Element | null = el;
  // On a server an element knows its own attributes only.
  while (!isServer && node && !node.getAttribute('lang')) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  const tag = (isServer ? el : node ?? document.documentElement).getAttribute('lang') ?? '';
  return /^en\b/i.test(tag) ? 'en' : 'id';
}

/** The dictionary for a language (Bahasa Indonesia while another one is still loading). */
export const translation = (lang: Lang): Translation => dictionaries[lang] ?? id;

/**
 * Whether `host` can render: its language's dictionary is here. If not, it
 * starts loading and `host` renders again once it arrives (a box that stays
 * empty for a moment is better than a flash of the wrong language). Every
 * host that asks also renders again when a script changes `<html lang>`: one
 * observer for the page, started by the first element.
 */
export function ready(host: Host): boolean {
  if (isServer) return true;
  hosts.add(host);
  if (!observer) (observer = new MutationObserver(redraw)).observe(document.documentElement, { attributeFilter: ['lang'] });
  const lang = langOf(host);
  if (dictionaries[lang]) return true;
  // A chunk that fails to load (offline) leaves the interface in Bahasa Indonesia rather than blank.
  import('./en.js').then(
    (m) => (dictionaries.en = m.en),
    () => (dictionaries.en = id),
  ).then(redraw);
  return false;
}
