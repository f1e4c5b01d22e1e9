/**
 * Registers Langkah elements. A page may load Langkah twice (a CMS plugin and
 * a theme, or two versions): a tag that is already defined is left alone, the
 * page keeps working with the first copy, and a console warning says so once
 * when the versions differ.
 *
 * `customElements` is the global one: in Node, lit installs a stand-in, so
 * importing a `define` entry on a server (Next.js, Astro) does not throw.
 */
import { VERSION } from './version.js';

const mark = '__langkahVersion';

/** A `define(tag, element)` that warns once, for each entry module (so for each copy of Langkah). */
export const definer = () => {
  let warned = false;
  return (tag: string, element: CustomElementConstructor): void => {
    const existing = customElements.get(tag) as (CustomElementConstructor & { [mark]?: string }) | undefined;
    if (!existing) {
      try {
        customElements.define(tag, element);
        (element as { [mark]?: string })[mark] = VERSION;
      } catch {
        // Defined by someone else between the check and here: keep theirs.
      }
    } else if (existing[mark] !== VERSION && !warned) {
      warned = true;
      console.warn(`langkah ${VERSION}: <${tag}> is already defined by ${existing[mark] ? `langkah ${existing[mark]}` : 'another script'}; keeping that one.`);
    }
  };
};
