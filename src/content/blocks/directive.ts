/**
 * The `:::name{attrs}` … `:::` block directives: how they are cut out of
 * the source and how attributes read. Plain functions over strings, so that the lesson parser (as marked
 * extensions, `../markdown.ts`) and the small parser of inline quizzes
 * (`../snippet.ts`) find the very same blocks.
 */
import { ID, type BlockContext } from './context.js';

// Type aliases, not interfaces: marked takes them as its generic tokens.
export type DirectiveToken = {
  type: 'directive';
  raw: string;
  name: string;
  attrs: string;
  body: string;
  bodyStart: number;
  unclosed: boolean;
  /** Offsets (in `raw`) of lines that open another block inside this one. */
  nested: number[];
};
/** A `:::` line that opens no block. */
export type StrayToken = {
  type: 'stray';
  raw: string;
};

const OPEN = /^:::([A-Za-z][\w-]*)?(\{[^\n]*\})?[ \t]*(?:\n|$)/;
const CLOSE = /^:::[ \t]*$/;

/** The block directive (or stray `:::`) at the start of `src`, read line by line up to its closing `:::`. */
export function readDirective(src: string): DirectiveToken | StrayToken | undefined {
  const open = OPEN.exec(src);
  if (!open) return undefined;
  if (!open[1]) return { type: 'stray', raw: open[0] };
  // Line by line up to the closing ":::", never splitting the rest of the file.
  const nested: number[] = [];
  const token = (raw: string, body: string, unclosed: boolean): DirectiveToken => ({
    type: 'directive',
    raw,
    name: open[1]!,
    attrs: open[2] ?? '',
    body,
    bodyStart: open[0].length,
    unclosed,
    nested,
  });
  let offset = open[0].length;
  while (offset <= src.length) {
    const next = src.indexOf('\n', offset);
    const end = next < 0 ? src.length : next;
    const line = src.slice(offset, end);
    if (CLOSE.test(line)) return token(src.slice(0, next < 0 ? end : end + 1), src.slice(open[0].length, offset), false);
    if (/^:::[A-Za-z]/.test(line)) nested.push(offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return token(src, src.slice(open[0].length), true);
}

/** Parses `{#id key=value key="a b"}` directive attributes. */
export function parseAttrs(text: string): { attrs: Map<string, string>; bad?: string } {
  const attrs = new Map<string, string>();
  const inner = text.replace(/^\{|\}$/g, '');
  const re = /\s*(?:#([^\s}]+)|([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(inner))) {
    if (m[1] !== undefined) attrs.set('id', m[1]);
    else attrs.set(m[2]!, m[3] ?? m[4] ?? m[5] ?? '');
    last = re.lastIndex;
  }
  const rest = inner.slice(last).trim();
  return rest ? { attrs, bad: rest } : { attrs };
}

/** A block's attributes, with the two checks every block runs on them. */
export interface Frame {
  attrs: Map<string, string>;
  /** Reports unreadable attributes and any not in `allowed`. */
  allow(allowed: string[]): void;
  /** The block's `#id`, or the next number for its kind. */
  id(prefix: 'quiz' | 'checklist' | 'block'): string;
}

/**
 * Reports what is wrong with a block's frame (never closed, another block
 * opened inside it), reads its attributes, and gives the two checks every
 * block runs on them.
 */
export function frame(ctx: BlockContext, token: DirectiveToken, offset: number): Frame {
  const { name } = token;
  if (token.unclosed) ctx.report('block-unclosed', offset, { name });
  for (const at of token.nested) ctx.report('block-nested', offset + at, { name: /^:::([\w-]+)/.exec(token.raw.slice(at))?.[1] ?? '' });
  const { attrs, bad } = parseAttrs(token.attrs);
  return {
    attrs,
    allow(allowed: string[]) {
      if (bad) ctx.report('attribute-invalid', offset, { key: bad, name: `:::${name}`, detail: 'cannot be read', allowed: allowed.join(', ') });
      for (const key of attrs.keys()) {
        if (!allowed.includes(key)) ctx.report('attribute-unknown', offset, { key, name, allowed: allowed.join(', ') || '(none)' });
      }
    },
    id(prefix: 'quiz' | 'checklist' | 'block') {
      const given = attrs.get('id');
      if (given !== undefined && !ID.test(given)) ctx.report('id-invalid', offset, { value: given });
      ctx.counters[prefix]++;
      return given && ID.test(given) ? given : `${prefix}-${ctx.counters[prefix]}`;
    },
  };
}
