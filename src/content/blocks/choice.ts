/**
 * Single and multiple choice questions: their options, `- [x] right` and
 * `- [ ] wrong`. Chat questions take their replies the same way.
 */
import type { ChatMessage, Inline } from '../schema.js';
import type { BlockContext, Line } from './context.js';

/** A question while its lines are read. */
export interface Draft {
  kind: string;
  multiple?: boolean;
  id: string;
  at: number;
  prompt: Inline[];
  explain: Inline[];
  options: { text: Inline[]; correct: boolean; feedback: Inline[]; reply?: ChatMessage; at: number }[];
  messages: ChatMessage[];
  items: Inline[][];
  answer?: boolean;
}

/**
 * Reads an option line (`- [x] text`) into `q`; true when `line` was one.
 * An option without its box is reported and skipped.
 */
export function optionLine(ctx: BlockContext, q: Draft, line: Line, text: string, col: number): boolean {
  const option = /^[-*+]\s+(?:\[([ xX])\]\s*)?(.*)$/.exec(text);
  if (!option || line.indent !== 0) return false;
  if (option[1] === undefined) ctx.report('option-no-box', col);
  else q.options.push({ text: ctx.inline(option[2]!, col + text.indexOf(option[2]!)), correct: option[1] !== ' ', feedback: [], at: col });
  return true;
}

