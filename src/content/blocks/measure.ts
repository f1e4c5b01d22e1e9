/** How deep content nests and how much one step draws: bounds on what a phone and the parser do at once. */
import type { Block } from '../schema.js';

/**
 * The first line (offset) whose lists and quotes nest more than `max` deep,
 * and how deep. marked nests by recursion: 10 KB of `>` overflowed the stack,
 * and a deep list was re-read once per level. Fenced code is skipped.
 */
export function tooDeep(src: string, from: number, max: number): { at: number; depth: number } | undefined {
  let fence = false;
  for (let at = from; at < src.length; ) {
    const next = src.indexOf('\n', at);
    const end = next < 0 ? src.length : next;
    const line = src.slice(at, end);
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    else if (!fence) {
      const m = /^((?:[ \t]{0,3}>)*)([ \t]*)(?:([-*+]|\d{1,9}[.)])(?:[ \t]|$))?/.exec(line)!;
      const quotes = m[1]!.split('>').length - 1;
      const indent = m[2]!.replace(/\t/g, '    ').length;
      const depth = quotes + (m[3] ? Math.floor(indent / 2) + 1 : 0);
      if (depth > max) return { at, depth };
    }
    at = end + 1;
  }
  return undefined;
}

/** What a part of a step costs beyond its own node: a quiz or checklist is an element of its own, a question draws a form. */
export const PART_WEIGHT = { element: 10, question: 10, picture: 2, caption: 1 } as const;

/**
 * How many parts a step draws: every node of its tree counts one (a
 * paragraph, heading, list item, quote, tip, picture, bold, italic or code
 * word, link, line break, option, checklist item, chat message), a quiz or
 * checklist 10 more (an element with a shadow root), a question 10 more (its
 * form, buttons and feedback), a picture 2 more and its caption 1 more (a
 * frame, a picture to decode and lay out: 150 captioned pictures took twice
 * as long to draw as 150 emphasised words, review 10 F2); a registered step
 * type one. A phone lays a step out at once, so this bounds the longest task
 * of drawing it.
 */
export function stepParts(blocks: readonly Block[]): number {
  let n = 0;
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x && typeof x === 'object') {
      n++;
      const o = x as { t?: string; questions?: unknown[]; title?: string };
      if (o.t === 'custom') return;
      if (o.t === 'image') n += PART_WEIGHT.picture + (o.title ? PART_WEIGHT.caption : 0);
      if (o.t === 'quiz' || o.t === 'checklist') n += PART_WEIGHT.element;
      if (o.t === 'quiz') n += PART_WEIGHT.question * (o.questions?.length ?? 0);
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(blocks);
  return n;
}
