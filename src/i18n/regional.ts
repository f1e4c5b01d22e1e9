/**
 * The course elements' dictionaries with what a page registered
 * (`registerTranslation`): in their own chunks, so the lesson bundle carries
 * none of this. As for the lesson's strings, a tag's registration wins over
 * its built-in language's, which wins over the built-in dictionary.
 */
import { added } from './localize.js';

/**
 * `en` for `en` and `en-*` tags, else `id`, merged with the registrations
 * for the built-in language and for `tag` itself.
 * @example regional('jv', en, id) // Bahasa Indonesia with what was registered for `id` and `jv`
 */
export function regional<T>(tag: string, en: T, id: T): T {
  const english = /^en\b/i.test(tag);
  return { ...(english ? en : id), ...added[english ? 'en' : 'id'], ...added[tag.toLowerCase()] };
}
