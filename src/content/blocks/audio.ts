/** The `::audio[label]{src="file.mp3"}` leaf: a recording that reads the step aloud. */
import type { Step } from '../schema.js';
import { parseAttrs } from './directive.js';
import type { TextContext } from './text.js';

// A type alias, not an interface: marked takes it as one of its generic tokens.
export type LeafToken = {
  type: 'leaf';
  raw: string;
  name: string;
  label: string;
  attrs: string;
};

/** The leaf directive (`::audio[label]{src="…"}`) at the start of `src`. */
export function readLeaf(src: string): LeafToken | undefined {
  const m = /^::([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(\{[^\n]*\})?[ \t]*(?:\n|$)/.exec(src);
  return m ? { type: 'leaf', raw: m[0], name: m[1]!, label: m[2] ?? '', attrs: m[3] ?? '' } : undefined;
}

/** Adds the recording of `token` to `step`, or reports why it cannot. */
export function audio(ctx: TextContext, token: LeafToken, offset: number, step: Step): void {
  if (token.name !== 'audio') return ctx.report('directive-unknown', offset, { name: token.name });
  const src = parseAttrs(token.attrs).attrs.get('src');
  if (!src) return ctx.report('audio-no-src', offset);
  if (step.audio) return ctx.report('audio-duplicate', offset);
  ctx.checkAsset(src, offset, 'audio');
  step.audio = ctx.mark({ src, ...(token.label ? { label: token.label } : {}) }, offset);
}
