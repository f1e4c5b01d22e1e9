/**
 * The lines of a chat question (`?[chat]`, `?[chat multiple]`): the
 * customer's messages `< Name: text` before the replies, the replies as
 * options, and under a reply the customer's answer `  < Name: text`.
 */
import type { BlockContext, Line } from './context.js';
import { optionLine, type Draft } from './choice.js';

/** Reads one line of a chat question into `q`; true when it was a chat line. */
export function chatLine(ctx: BlockContext, q: Draft, line: Line, text: string, col: number): boolean {
  if (optionLine(ctx, q, line, text, col)) return true;
  const message = /^<\s*([^:]+?)\s*:\s*(.*)$/.exec(text);
  const lastOption = q.options[q.options.length - 1];
  if (!message) return false;
  const read = () => ctx.mark({ from: message[1]!, text: ctx.inline(message[2]!, col + text.indexOf(message[2]!)) }, col);
  if (line.indent === 0 && q.options.length === 0) q.messages.push(read());
  else if (line.indent > 0 && lastOption) lastOption.reply = read();
  else return false;
  return true;
}
