/**
 * Step text: marked's block and inline tokens (paragraphs, headings, lists,
 * quotes, code, pictures, bold, links…) as the typed rich-text tree of
 * `../schema.ts`. No HTML string ever comes out: raw HTML in the Markdown is
 * kept as plain text.
 */
import type { Token, Tokens } from 'marked';
import type { Block, Image, Inline } from '../schema.js';
import type { AssetInfo, BlockContext } from './context.js';
import { decode } from './decode.js';
import type { LeafToken } from './audio.js';
import type { DirectiveToken } from './directive.js';

/** The text of rich text, for counting its words. */
export function plain(nodes: Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words of reading in `blocks`; quizzes and checklists are interactive and do not count. */
export function blockWords(blocks: Block[]): number {
  return blocks.reduce((sum, b) => {
    switch (b.t) {
      case 'p':
      case 'h':
        return sum + words(plain(b.c));
      case 'list':
        return sum + b.items.reduce((s, item) => s + blockWords(item), 0);
      case 'quote':
      case 'callout':
        return sum + blockWords(b.c);
      default:
        return sum;
    }
  }, 0);
}

/** Picture sizes above which the checker warns (KB). */
export const IMAGE_KB = { svg: 10, other: 60 };

/** What step text needs beyond what every block needs. */
export interface TextContext extends BlockContext {
  /** Checks a picture, sound or link URL (and, at build time, the file it names). */
  checkAsset(src: string, offset: number, use: 'image' | 'audio' | 'link'): AssetInfo | undefined;
  /** A `:::` block met in the text; `top` is false inside lists, quotes and callouts, where quizzes may not go. */
  directive(token: DirectiveToken, offset: number, top: boolean): Block[];
}

/** Calls `fn` with each token and its offset in the source. */
export function forTokens(tokens: Token[], base: number, raw: string, fn: (token: Token, offset: number) => void): void {
  let cursor = 0;
  for (const token of tokens) {
    const at = token.raw ? raw.indexOf(token.raw, cursor) : -1;
    const local = at >= 0 ? at : cursor;
    fn(token, base + local);
    cursor = local + (token.raw?.length ?? 0);
  }
}

/** Converts inline tokens to rich text, merging neighbouring strings. */
export function inlines(ctx: TextContext, tokens: Token[] | undefined, base: number, raw: string): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline) => {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  };
  forTokens(tokens ?? [], base, raw, (token, at) => {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) inlines(ctx, t.tokens, at, t.raw).forEach(push);
        else push(decode(t.text));
        break;
      }
      case 'escape':
        push((token as Tokens.Escape).text);
        break;
      case 'strong':
      case 'em':
      case 'del': {
        const t = token as Tokens.Strong;
        push(ctx.mark({ t: token.type, c: inlines(ctx, t.tokens, at, t.raw) }, at));
        break;
      }
      case 'codespan':
        push({ t: 'code', v: decode((token as Tokens.Codespan).text) });
        break;
      case 'br':
        push({ t: 'br' });
        break;
      case 'link': {
        const t = token as Tokens.Link;
        const c = inlines(ctx, t.tokens, at, t.raw);
        ctx.checkAsset(t.href, at, 'link');
        push(ctx.mark({ t: 'link' as const, href: t.href, c: c.length ? c : [t.href] }, at));
        break;
      }
      case 'image':
        ctx.report('image-inline', at);
        break;
      default:
        // Inline HTML and anything unknown: the characters, as text.
        push(token.raw);
    }
  });
  return out;
}

function image(ctx: TextContext, token: Tokens.Image, offset: number): Image {
  const img: Image = { t: 'image', src: token.href, alt: decode(token.text ?? '') };
  if (token.title) img.title = decode(token.title);
  const info = ctx.checkAsset(token.href, offset, 'image');
  if (info?.status === 'ok') {
    if (info.width && info.height) {
      img.width = info.width;
      img.height = info.height;
    }
    img.bytes = info.bytes;
    const max = /\.svg$/i.test(token.href) ? IMAGE_KB.svg : IMAGE_KB.other;
    if (info.bytes > max * 1024) {
      ctx.report('asset-large', offset, { value: token.href, size: Math.ceil(info.bytes / 1024), max });
    }
  }
  return ctx.mark(img, offset);
}

/** Converts one block token; `top` is false inside callouts and lists, where quizzes may not go. */
export function block(ctx: TextContext, token: Token, offset: number, top: boolean): Block[] {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return [];
    case 'heading': {
      const h = token as Tokens.Heading;
      if (h.depth <= 2) {
        ctx.report('heading-level', offset);
        return [];
      }
      return [ctx.mark({ t: 'h', c: inlines(ctx, h.tokens, offset, h.raw) }, offset)];
    }
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      const parts = t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text } as Tokens.Text];
      const solid = parts.filter((p) => !(p.type === 'text' && !p.raw.trim()) && p.type !== 'br');
      if (solid.length === 1 && solid[0]!.type === 'image') {
        const img = solid[0] as Tokens.Image;
        return [image(ctx, img, offset + Math.max(0, t.raw.indexOf(img.raw)))];
      }
      const c = inlines(ctx, parts, offset, t.raw);
      return c.length ? [ctx.mark({ t: 'p', c }, offset)] : [];
    }
    case 'list': {
      const list = token as Tokens.List;
      const items: Block[][] = [];
      forTokens(list.items, offset, list.raw, (item, at) => {
        const out: Block[] = [];
        forTokens((item as Tokens.ListItem).tokens, at, item.raw, (child, childAt) => {
          if (child.type !== 'checkbox') out.push(...block(ctx, child, childAt, false));
        });
        items.push(out);
      });
      const start = typeof list.start === 'number' && list.start !== 1 ? { start: list.start } : {};
      return [ctx.mark({ t: 'list', ...(list.ordered ? { ordered: true } : {}), ...start, items }, offset)];
    }
    case 'blockquote': {
      const quote = token as Tokens.Blockquote;
      return [ctx.mark({ t: 'quote', c: blocks(ctx, quote.tokens, offset, quote.raw) }, offset)];
    }
    case 'code':
      return [ctx.mark({ t: 'code', v: (token as Tokens.Code).text }, offset)];
    case 'html':
      // Raw HTML is content like any other text: shown, never interpreted.
      return token.raw.trim() ? [ctx.mark({ t: 'p', c: [token.raw.trim()] }, offset)] : [];
    case 'table':
      ctx.report('table-unsupported', offset);
      return [];
    case 'stray':
      ctx.report('block-stray-close', offset);
      return [];
    case 'leaf':
      ctx.report('directive-unknown', offset, { name: (token as LeafToken).name });
      return [];
    case 'directive':
      return ctx.directive(token as DirectiveToken, offset, top);
    default:
      return [ctx.mark({ t: 'p', c: [token.raw] }, offset)];
  }
}

/** Converts block tokens that lie inside another block (a quote, a callout). */
export function blocks(ctx: TextContext, tokens: Token[], base: number, raw: string): Block[] {
  const out: Block[] = [];
  forTokens(tokens, base, raw, (token, at) => out.push(...block(ctx, token, at, false)));
  return out;
}
