/**
 * What a block parser needs from the parser that calls it. The lesson parser
 * (`../markdown.ts`, with marked) and the small parser of inline quizzes
 * (`../snippet.ts`, without) both provide it, so the quiz and checklist
 * grammar is one code for both.
 */
import type { Inline } from '../schema.js';
import type { Limits } from '../limits.js';

export type Vars = Record<string, string | number>;

export interface BlockContext {
  readonly limits: Limits;
  /** Numbers for blocks without an id: `quiz-1`, `q3`, `checklist-1`, `c2`, `block-1`. */
  readonly counters: { quiz: number; question: number; checklist: number; item: number; block: number };
  /** Reports a catalog problem at `offset` in the source. */
  report(code: string, offset: number, vars?: Vars): void;
  /** Remembers where `node` came from, for problems that the schema finds later. */
  mark<T extends object>(node: T, offset: number): T;
  /** One line of inline Markdown (an option, an item) at `offset`, as rich text. */
  inline(text: string, offset: number): Inline[];
}

/** Reports a list longer than `max`, at its first item past the limit. */
export function tooMany(ctx: BlockContext, code: string, count: number, max: number, at: number | undefined): void {
  if (count > max && at !== undefined) ctx.report(code, at, { count, max });
}

/** A line of a block's body: its text, its offset in the source and its indentation. */
export interface Line {
  text: string;
  at: number;
  indent: number;
}

/** The lines of a block body that starts at offset `base`. */
export function bodyLines(body: string, base: number): Line[] {
  const out: Line[] = [];
  let at = base;
  for (const text of body.split('\n')) {
    out.push({ text, at, indent: /^[ \t]*/.exec(text)![0].length });
    at += text.length + 1;
  }
  return out;
}

// Not "constructor": a record's answers and ticks are plain objects, where that name is always "set".
export const ID = /^(?!constructor$)[a-z][a-z0-9-]*$/;
export const ID_SUFFIX = /\s*\{#([^}\s]*)\}\s*$/;

/** Splits a trailing `{#id}` off `text`; an invalid id is reported at `at` and ignored. */
export function idSuffix(ctx: BlockContext, text: string, at: number): { text: string; id?: string } {
  const m = ID_SUFFIX.exec(text);
  if (!m) return { text };
  if (!ID.test(m[1]!)) ctx.report('id-invalid', at, { value: m[1]! });
  return { text: text.slice(0, m.index), ...(ID.test(m[1]!) ? { id: m[1]! } : {}) };
}

/** What the build knows about a file a lesson refers to. */
export type AssetInfo =
  | { status: 'ok'; width?: number; height?: number; bytes: number }
  | { status: 'missing' | 'outside' }
  /** Refused for a reason named by a catalog code (an unsafe or unknown type, a link out of the module). */
  | { status: 'refused'; code: string; vars: Record<string, string> };
