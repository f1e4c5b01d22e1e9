import { isServer, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../content/schema.js';
import { id } from './id.js';
import type { Translation, TranslationEntry } from './translation.js';

/**
 * The dictionaries loaded so far. Bahasa Indonesia is in the bundle; English
 * loads on first use (most pages never need it), and the course chunk brings
 * it along (see course.ts).
 */
export const dictionaries: Partial<Record<Lang, Translation>> = { id };
// A server (lit's `isServer`; false in the browser build, which drops this
// line) loads English at once: it renders without waiting for a dictionary.
if (isServer) void import('./en.js').then((m) => (dictionaries.en = m.en));

/** What pages registered (`registerTranslation`), by lowercase language tag; the course elements read it too (`regional.ts`). */
export const added: Record<string, Partial<Translation>> = {};
/** The merged dictionaries made so far, by tag (emptied by `registerTranslation`). */
let made: Record<string, Translation> = {};

type Host = ReactiveControllerHost & Element;
/** Elements to render again when a dictionary arrives or a `lang` changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
const redraw = () => hosts.forEach((h) => (h.isConnected ? h.requestUpdate() : hosts.delete(h)));

/**
 * The language tag that applies to `el`, lowercase: its own `lang`, then the
 * closest ancestor's (across shadow roots, so an element inside another one
 * follows it), then `<html lang>`; `''` when none says.
 * Resolved on every render: no global setup that a second copy could break.
 */
export function tagOf(el: Element): string {
  let node: Element | null = el;
  // On a server an element knows its own attributes only.
  while (!isServer && node && !node.getAttribute('lang')) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return ((isServer ? el : node ?? document.documentElement).getAttribute('lang') ?? '').toLowerCase();
}

/** The built-in language of a tag: English for `en` and `en-*`, else Bahasa Indonesia. */
const builtIn = (tag: string): Lang => (/^en\b/.test(tag) ? 'en' : 'id');

/** The content language of `el` (see `tagOf`). */
export const langOf = (el: Element): Lang => builtIn(tagOf(el));

/**
 * The interface dictionary for the language tag `tag`: what was registered
 * for the tag, over what was registered for its built-in language, over the
 * built-in English for `en`, `en-*`, else Bahasa Indonesia (which stands in
 * while English is still loading).
 */
export function translation(tag: string): Translation {
  const lang = builtIn(tag);
  const base = dictionaries[lang];
  // The same object for a tag until a page registers more: a lesson keeps what it drew per dictionary (prose.ts).
  return base ? (made[tag] ??= { ...base, ...added[lang], ...added[tag] }) : translation('id');
}


/**
 * Adds a language, or replaces interface strings of one (also of the
 * built-in `id` and `en`). A partial dictionary is enough: what it lacks
 * comes from the built-in language (`en` for `en-GB`), else from Bahasa
 * Indonesia. Registering the same `$code` again adds to it. Elements already
 * on the page render again. Only the interface changes: lesson text stays in
 * its own language.
 * @example registerTranslation({ $code: 'bjn', $name: 'Bahasa Banjar', next: 'Lanjutakan' })
 */
export function registerTranslation(...entries: TranslationEntry[]): void {
  // `$code` and `$name` ride along in the dictionary: no string is called that.
  for (const entry of entries) {
    const code = entry.$code.toLowerCase();
    added[code] = { ...added[code], ...entry };
  }
  made = {};
  redraw();
}

/**
 * Whether `host` can render: its language's dictionary is here. If not, it
 * starts loading and `host` renders again once it arrives (a box that stays
 * empty for a moment is better than a flash of the wrong language). Every
 * host that asks also renders again when a script changes `lang` on
 * `<html>` or any element in the page: one observer for the page, started
 * by the first element.
 */
export function ready(host: Host): boolean {
  if (isServer) return true;
  hosts.add(host);
  if (!observer) (observer = new MutationObserver(redraw)).observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  const lang = langOf(host);
  if (dictionaries[lang]) return true;
  // A chunk that fails to load (offline) leaves the interface in Bahasa Indonesia rather than blank.
  import('./en.js').then(
    (m) => (dictionaries.en = m.en),
    () => (dictionaries.en = id),
  ).then(redraw);
  return false;
}
