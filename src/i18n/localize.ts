import type { Lang } from '../content/schema.js';
import { en } from './en.js';
import { id } from './id.js';
import type { Translation } from './translation.js';

const dictionaries: Record<Lang, Translation> = { id, en };

/**
 * The interface language of `el`: its own `lang`, then the closest ancestor's
 * (across shadow roots, so an element inside another one follows it), then
 * `<html lang>`. Anything but English falls back to Bahasa Indonesia.
 * Resolved on every render: no global setup that a second copy could break.
 */
export function langOf(el: Element): Lang {
  let node: Element | null = el;
  while (node && !node.getAttribute('lang')) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  const tag = (node ?? document.documentElement).getAttribute('lang') ?? '';
  return /^en\b/i.test(tag) ? 'en' : 'id';
}

/** The dictionary for a language. */
export const translation = (lang: Lang): Translation => dictionaries[lang];
