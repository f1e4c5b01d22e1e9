/**
 * marked, set up for lessons: GFM, the `:::block` and `::leaf` directives of
 * `./directive.ts` as extensions, and two of marked's rules bounded so that
 * hostile text cannot make parsing quadratic. Only the lesson parser loads
 * this (with marked); inline quizzes are read without it (`../snippet.ts`).
 */
import { Marked, type Tokenizer, type Tokens, type TokenizerExtension } from 'marked';
import { readLeaf } from './audio.js';
import { readDirective } from './directive.js';

/**
 * Where an extension could interrupt the paragraph at the start of `src`.
 * A paragraph ends at the first blank line, so nothing past it matters:
 * searching the rest of the file on every paragraph made parsing quadratic.
 */
const startIn = (re: RegExp) => (src: string) => {
  const blank = src.indexOf('\n\n');
  return (blank < 0 ? src : src.slice(0, blank + 1)).match(re)?.index;
};

const directive: TokenizerExtension = { name: 'directive', level: 'block', start: startIn(/^:::/m), tokenizer: readDirective };
const leaf: TokenizerExtension = { name: 'leaf', level: 'block', start: startIn(/^::(?!:)/m), tokenizer: readLeaf };

/**
 * marked's GFM text rule looks ahead, at every text token, over the whole run
 * of e-mail characters that follows, in case an address starts there: on
 * `*a*a*a…` that is quadratic (40 KB took seconds). The local part of an
 * address has at most 64 characters, so the look-ahead may stop there. The
 * text comes back unescaped: `decode` reads it the same either way.
 */
let boundedText: RegExp | undefined;
function inlineText(this: Tokenizer, src: string): Tokens.Text | false {
  const rule = this.rules.inline.text;
  boundedText ??= new RegExp(rule.source.split(']+@)').join(']{1,64}@)'), rule.flags);
  const cap = boundedText.exec(src);
  return cap ? { type: 'text', raw: cap[0], text: cap[0], escaped: this.lexer.state.inRawBlock } : false;
}

/**
 * The same look-ahead in the GFM autolink rule ran at every position of
 * `_a_a_a…`. With the local part bounded, nothing there means no link
 * (`undefined`); a match hands over to marked's own tokenizer (`false`).
 */
let boundedUrl: RegExp | undefined;
function url(this: Tokenizer, src: string): false | undefined {
  const rule = this.rules.inline.url;
  boundedUrl ??= new RegExp(rule.source.split('|^[A-Za-z0-9._+-]+(@)').join('|^[A-Za-z0-9._+-]{1,64}(@)'), rule.flags);
  return boundedUrl.test(src) ? false : undefined;
}

export const md = new Marked({ gfm: true, extensions: [directive, leaf], tokenizer: { inlineText, url } });
