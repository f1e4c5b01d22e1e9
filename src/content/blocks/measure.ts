/** How deep content nests: lists and quotes in the source, which marked reads by recursion. */
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
