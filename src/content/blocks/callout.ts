/** The `:::tip` and `:::warning` blocks: step text in a box. */
import { md } from './marked.js';
import type { DirectiveToken, Frame } from './directive.js';
import { blocks, type TextContext } from './text.js';
import type { Block } from '../schema.js';

export function callout(ctx: TextContext, token: DirectiveToken, offset: number, { allow }: Frame): Block[] {
  allow([]);
  // An unclosed block runs to the end of the file; lexing that again for every unclosed block in it was quadratic.
  if (token.unclosed) return [];
  const kind = token.name as 'tip' | 'warning';
  return [ctx.mark({ t: 'callout', kind, c: blocks(ctx, md.lexer(token.body), offset + token.bodyStart, token.body) }, offset)];
}
