/** How long and how deep content is: words a learner reads in a step, lists and quotes nested in the source. */
import type { Block, Inline } from '../schema.js';

export function plain(nodes: Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words of reading in `blocks`; quizzes and checklists are interactive and do not count. */
export function blockWords(blocks: Block[]): number {
  return blocks.reduce((sum, b) => {
    switch (b.t) {
      case 'p':
      case 'h':
        return sum + words(plain(b.c));
      case 'list':
        return sum + b.items.reduce((s, item) => s + blockWords(item), 0);
      case 'quote':
      case 'callout':
        return sum + blockWords(b.c);
      default:
        return sum;
    }
  }, 0);
}

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
