/** The `::audio[label]{src="file.mp3"}` leaf: a recording that reads the step aloud. */
import type { Step } from '../schema.js';
import { parseAttrs, type LeafToken } from './directive.js';
import type { TextContext } from './text.js';

export function audio(ctx: TextContext, token: LeafToken, offset: number, step: Step): void {
  if (token.name !== 'audio') return ctx.report('directive-unknown', offset, { name: token.name });
  const src = parseAttrs(token.attrs).attrs.get('src');
  if (!src) return ctx.report('audio-no-src', offset);
  if (step.audio) return ctx.report('audio-duplicate', offset);
  ctx.checkAsset(src, offset, 'audio');
  step.audio = ctx.mark({ src, ...(token.label ? { label: token.label } : {}) }, offset);
}
