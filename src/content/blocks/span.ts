/**
 * A tiny reader of one line of inline Markdown (a quiz option, a checklist
 * item), for inline quizzes that must not download marked. It knows a
 * subset, and knows it exactly: plain text with character references
 * (`J&amp;T`), `**bold**`, `*italic*`, `` `code` ``, `[links](https://…)`
 * (which may hold bold, italic and code), and `\*` escapes. On anything
 * else, or on any doubt about what marked would make of it (underscores,
 * `~`, `<`, a bare web or e-mail address, nested or unmatched `*`), it gives
 * up and returns undefined: the caller then uses the full parser, so the
 * two never read the same text differently. A property test holds it to
 * marked's reading on generated text.
 */
import type { Inline } from '../schema.js';
import { decode } from './decode.js';

const SPACE = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;
// Where marked might see an e-mail or web address, HTML, strikethrough or underscore emphasis.
const DOUBT = /[_~<@]|www\.|:\/\/|!\[/i;

type Char = string | undefined;
const isSpace = (c: Char) => c === undefined || SPACE.test(c);
const isPunct = (c: Char) => c !== undefined && PUNCT.test(c);
/** CommonMark's flanking rules for a `*` run between `before` and `after`. */
const opens = (before: Char, after: Char) => !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
const closes = (before: Char, after: Char) => !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));

/** Thrown inside `spans` when the text is beyond the subset. */
const BEYOND = {};

/** Rich text of `text`, or undefined when it is beyond the subset above. */
export function spans(text: string): Inline[] | undefined {
  // A link's address may hold anything an address holds; the rest may not hold what marked reads as an address.
  if (DOUBT.test(text.replace(/\]\([^()\s]*\)/g, ']()'))) return undefined;
  try {
    return read(text, 0, text.length);
  } catch (e) {
    if (e === BEYOND) return undefined;
    throw e;
  }
}

const runAt = (s: string, i: number, c: string) => {
  let j = i;
  while (s[j] === c) j++;
  return j - i;
};

/** Reads `src[from, to)`; flanking looks at the whole line. */
function read(src: string, from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  // Neighbouring strings merge, as the lesson parser merges them.
  const add = (node: Inline) => {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  };
  const flush = () => {
    if (plain) add(decode(plain));
    plain = '';
  };
  for (let i = from; i < to; ) {
    const c = src[i]!;
    if (c === '\\') {
      // An escaped ASCII punctuation character is itself; anything else (a line-end backslash) is left to marked.
      if (i + 1 >= to || !/[!-/:-@[-`{-~]/.test(src[i + 1]!)) throw BEYOND;
      flush();
      add(src[i + 1]!);
      i += 2;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (runAt(src, i, '`') !== 1 || end < 0 || end >= to || src[end + 1] === '`') throw BEYOND;
      let code = src.slice(i + 1, end);
      // One space either side is padding when both are there and something else is inside.
      if (/^ .*[^ ].* $|^ [^ ] $/.test(code)) code = code.slice(1, -1);
      else if (!code || /^ | $/.test(code)) throw BEYOND;
      flush();
      add({ t: 'code', v: decode(code) });
      i = end + 1;
    } else if (c === '*') {
      const n = runAt(src, i, '*');
      const before = src[i - 1];
      const after = src[i + n];
      if (!opens(before, after)) {
        // A lone `*` between spaces is a character; one that could close is unmatched.
        if (closes(before, after) || n > 1) throw BEYOND;
        plain += c;
        i++;
        continue;
      }
      const end = src.indexOf('*', i + n);
      if (n > 2 || end < 0 || end >= to || runAt(src, end, '*') !== n || !closes(src[end - 1], src[end + n])) throw BEYOND;
      if (src.slice(i, end).includes('`')) throw BEYOND;
      flush();
      add({ t: n === 2 ? 'strong' : 'em', c: read(src, i + n, end) });
      i = end + n;
    } else if (c === '[') {
      const m = /^\[([^[\]]+)\]\(([^\s()<>"'\\]+)\)/.exec(src.slice(i, to));
      if (!m) throw BEYOND;
      const href = m[2]!;
      // marked keeps such a link, and the lesson parser reports an address no browser can open.
      if (/^https?:/i.test(href)) {
        try {
          new URL(href);
        } catch {
          throw BEYOND;
        }
      }
      flush();
      add({ t: 'link', href, c: read(src, i + 1, i + 1 + m[1]!.length) });
      i += m[0].length;
    } else if (c === ']') {
      throw BEYOND;
    } else {
      plain += c;
      i++;
    }
  }
  flush();
  return out;
}
