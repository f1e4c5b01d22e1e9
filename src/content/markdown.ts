/**
 * The lesson parser: Markdown with YAML frontmatter → a validated `Lesson`.
 *
 * marked tokenizes the prose, with two extensions for the `:::block` and
 * `::leaf` directives; quizzes and checklists have a small line grammar of
 * their own (docs/authoring.md). The result is a typed rich-text tree: no HTML
 * string from content ever reaches the page, and raw HTML in the Markdown is
 * kept as plain text. Every node remembers where it came from, so each
 * problem points at `file:line:col`.
 *
 * The same code runs in `langkah check/build` and, lazily, in the browser.
 */
import { Marked, type Token, type Tokenizer, type Tokens, type TokenizerExtension } from 'marked';
import { problem, type Problem } from './errors.js';
import { fingerprint } from './hash.js';
import { issuesToProblems, type Path, type Pos } from './issues.js';
import { stepType, stepTypeNames } from './registry.js';
import {
  FORMAT,
  FrontmatterSchema,
  LessonSchema,
  StepsSchema,
  type Block,
  type ChatMessage,
  type Checklist,
  type Frontmatter,
  type Image,
  type Inline,
  type Lang,
  type Lesson,
  type Question,
  type Quiz,
  type Step,
} from './schema.js';
import { LIMITS, overBytes, type Limits } from './limits.js';
import { isRelative } from './url.js';
import { parseYaml } from './yaml.js';

/** What the build knows about a file a lesson refers to. */
export type AssetInfo =
  | { status: 'ok'; width?: number; height?: number; bytes: number }
  | { status: 'missing' | 'outside' }
  /** Refused for a reason named by a catalog code (an unsafe or unknown type, a link out of the module). */
  | { status: 'refused'; code: string; vars: Record<string, string> };

/** Options of `parseLesson`: where the source comes from, for problems and checks. */
export interface ParseOptions {
  /** Path shown in problems. */
  file?: string;
  lang: Lang;
  module?: string;
  /** The lesson id the file name implies; a different `id` is a problem. */
  expectedId?: string;
  /** Looks up a relative image, audio or link path (Node only); absent in the browser. */
  asset?: (src: string, use: 'image' | 'audio' | 'link') => AssetInfo | undefined;
  /** @internal Other limits than `LIMITS`, for benchmarks that parse beyond them. */
  limits?: Partial<Limits>;
}

/** What `parseLesson` found: the lesson when it has no errors, and every problem. */
export interface ParseResult {
  /** The lesson, when it has no errors. */
  lesson?: Lesson;
  problems: Problem[];
}

/** Words in a step above which the checker warns that it will not fit one screen. */
export const STEP_WORDS_MAX = 150;

/** Picture sizes above which the checker warns (KB). */
export const IMAGE_KB = { svg: 10, other: 60 };

// Not "constructor": a record's answers and ticks are plain objects, where that name is always "set".
const ID = /^(?!constructor$)[a-z][a-z0-9-]*$/;
const ID_SUFFIX = /\s*\{#([^}\s]*)\}\s*$/;

// ------------------------------------------------------------------ marked setup

interface DirectiveToken extends Tokens.Generic {
  type: 'directive';
  name: string;
  attrs: string;
  body: string;
  bodyStart: number;
  unclosed: boolean;
  nested: number[];
}
interface LeafToken extends Tokens.Generic {
  type: 'leaf';
  name: string;
  label: string;
  attrs: string;
}
interface StrayToken extends Tokens.Generic {
  type: 'stray';
}

const OPEN = /^:::([A-Za-z][\w-]*)?(\{[^\n]*\})?[ \t]*(?:\n|$)/;
const CLOSE = /^:::[ \t]*$/;

/**
 * Where an extension could interrupt the paragraph at the start of `src`.
 * A paragraph ends at the first blank line, so nothing past it matters:
 * searching the rest of the file on every paragraph made parsing quadratic.
 */
const startIn = (re: RegExp) => (src: string) => {
  const blank = src.indexOf('\n\n');
  return (blank < 0 ? src : src.slice(0, blank + 1)).match(re)?.index;
};

const directive: TokenizerExtension = {
  name: 'directive',
  level: 'block',
  start: startIn(/^:::/m),
  tokenizer(src) {
    const open = OPEN.exec(src);
    if (!open) return undefined;
    if (!open[1]) return { type: 'stray', raw: open[0] } satisfies StrayToken;
    // Line by line up to the closing ":::", never splitting the rest of the file.
    const nested: number[] = [];
    let offset = open[0].length;
    while (offset <= src.length) {
      const next = src.indexOf('\n', offset);
      const end = next < 0 ? src.length : next;
      const line = src.slice(offset, end);
      if (CLOSE.test(line)) {
        return {
          type: 'directive',
          raw: src.slice(0, next < 0 ? end : end + 1),
          name: open[1],
          attrs: open[2] ?? '',
          body: src.slice(open[0].length, offset),
          bodyStart: open[0].length,
          unclosed: false,
          nested,
        } satisfies DirectiveToken;
      }
      if (/^:::[A-Za-z]/.test(line)) nested.push(offset);
      if (next < 0) break;
      offset = next + 1;
    }
    return {
      type: 'directive',
      raw: src,
      name: open[1],
      attrs: open[2] ?? '',
      body: src.slice(open[0].length),
      bodyStart: open[0].length,
      unclosed: true,
      nested,
    } satisfies DirectiveToken;
  },
};

const leaf: TokenizerExtension = {
  name: 'leaf',
  level: 'block',
  start: startIn(/^::(?!:)/m),
  tokenizer(src) {
    const m = /^::([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(\{[^\n]*\})?[ \t]*(?:\n|$)/.exec(src);
    if (!m) return undefined;
    return { type: 'leaf', raw: m[0], name: m[1]!, label: m[2] ?? '', attrs: m[3] ?? '' } satisfies LeafToken;
  },
};

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

const md = new Marked({ gfm: true, extensions: [directive, leaf], tokenizer: { inlineText, url } });

// ------------------------------------------------------------------ helpers

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Parses `{#id key=value key="a b"}` directive attributes. */
function parseAttrs(text: string): { attrs: Map<string, string>; bad?: string } {
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

function plain(nodes: Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function blockWords(blocks: Block[]): number {
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
        // Quizzes and checklists are interactive: they do not count as reading.
        return sum;
    }
  }, 0);
}

/**
 * The first line (offset) whose lists and quotes nest more than `max` deep,
 * and how deep. marked nests by recursion: 10 KB of `>` overflowed the stack,
 * and a deep list was re-read once per level. Fenced code is skipped.
 */
function tooDeep(src: string, from: number, max: number): { at: number; depth: number } | undefined {
  let fence = false;
  for (let at = from; at < src.length; ) {
    const next = src.indexOf('\n', at);
    const end = next < 0 ? src.length : next;
    const line = src.slice(at, end);
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    else if (!fence) {
      const m = /^((?:[ \t]{0,3}>)*)([ \t]*)(?:([-*+]|\d{1,9}[.)])(?:[ \t]|$))?/.exec(line)!;
      const quotes = m[1]!.split('>').length - 1;
      const indent = m[2]!.replace(/\t/g, '    ').length;
      const depth = quotes + (m[3] ? Math.floor(indent / 2) + 1 : 0);
      if (depth > max) return { at, depth };
    }
    at = end + 1;
  }
  return undefined;
}

// ------------------------------------------------------------------ the parser

class LessonParser {
  readonly problems: Problem[] = [];
  /** Where each node of the result came from (offset in the source). */
  private readonly origin = new WeakMap<object, number>();
  private readonly lineStarts: number[] = [0];
  private counters = { quiz: 0, question: 0, checklist: 0, item: 0, block: 0 };
  /** Quizzes that had a question the parser had to reject. */
  private readonly quizzesWithRejects = new WeakSet<object>();
  private rejected = false;
  private readonly limits: Limits;

  constructor(
    private readonly src: string,
    private readonly opts: ParseOptions,
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1);
    this.limits = { ...LIMITS, ...opts.limits };
  }

  /** Reports content past the size or nesting limits, which is not parsed further. */
  private beyondLimits(from: number): boolean {
    const { lessonBytes, depth } = this.limits;
    if (overBytes(this.src, lessonBytes)) {
      this.report('lesson-too-large', 0, { max: lessonBytes / 1024 });
      return true;
    }
    const deep = tooDeep(this.src, from, depth);
    if (deep) this.report('nesting-deep', deep.at, { count: deep.depth, max: depth });
    return !!deep;
  }

  /** Reports a list longer than `max`, at its first item past the limit. */
  private tooMany(code: string, count: number, max: number, at: number | undefined) {
    if (count > max && at !== undefined) this.report(code, at, { count, max });
  }

  pos(offset: number): Pos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo]! + 1 };
  }

  report(code: string, offset: number, vars: Record<string, string | number> = {}) {
    this.problems.push(problem(code, { file: this.opts.file, ...this.pos(offset) }, vars));
  }

  mark<T extends object>(node: T, offset: number): T {
    this.origin.set(node, offset);
    return node;
  }

  /** Position of the deepest node on `path` whose origin is known. */
  locate(root: unknown, path: Path): Pos | undefined {
    let node: unknown = root;
    let best: number | undefined;
    for (const key of [undefined, ...path]) {
      if (key !== undefined) {
        if (node == null || typeof node !== 'object') break;
        node = (node as Record<PropertyKey, unknown>)[key];
      }
      if (node && typeof node === 'object' && this.origin.has(node)) best = this.origin.get(node);
    }
    return best === undefined ? undefined : this.pos(best);
  }

  parse(): ParseResult {
    const { src, opts } = this;
    if (overBytes(src, this.limits.lessonBytes)) {
      this.beyondLimits(0);
      return { problems: this.problems };
    }
    let bodyStart = 0;
    let front: Frontmatter | undefined;
    if (!/^---[ \t]*\n/.test(src)) {
      this.report('frontmatter-missing', 0);
    } else {
      const open = src.indexOf('\n') + 1;
      const close = /^---[ \t]*$/m.exec(src.slice(open));
      if (!close) {
        this.report('frontmatter-unclosed', 0);
        bodyStart = src.length;
      } else {
        const text = src.slice(open, open + close.index);
        bodyStart = open + close.index + close[0].length;
        front = this.frontmatter(text);
      }
    }
    const steps = this.beyondLimits(bodyStart) ? [] : this.body(bodyStart);
    // The body is checked even when the frontmatter failed: the author gets every problem at once.
    const body = StepsSchema.safeParse(steps);
    if (!body.success && steps.length) {
      // A quiz whose questions were all rejected already has its problems: "no question" would be noise.
      const issues = body.error.issues.filter(
        (i) => !(i.message === 'quiz-empty' && this.quizzesWithRejects.has(i.path.slice(0, -1).reduce<any>((v, k) => v?.[k], steps))),
      );
      this.problems.push(...issuesToProblems(issues, steps, (p) => this.locate(steps, p), opts.file, StepsSchema));
    }
    if (!front || this.problems.some((p) => p.severity === 'error')) return { problems: this.problems };

    const draft = {
      format: FORMAT,
      ...front,
      lang: opts.lang,
      ...(opts.module ? { module: opts.module } : {}),
      version: '',
      steps,
    } as Lesson;
    draft.version = fingerprint({ ...draft, version: undefined });
    const checked = LessonSchema.safeParse(draft);
    if (!checked.success) {
      this.problems.push(
        ...issuesToProblems(checked.error.issues, draft, (p) => this.locate(draft, p), opts.file, LessonSchema),
      );
      return { problems: this.problems };
    }
    return { lesson: checked.data, problems: this.problems };
  }

  private frontmatter(text: string): Frontmatter | undefined {
    const { file, expectedId } = this.opts;
    const yaml = parseYaml(text, file, 1);
    this.problems.push(...yaml.problems);
    if (yaml.data === undefined) return undefined;
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      this.problems.push(problem('frontmatter-missing', { file, line: 2, col: 1 }));
      return undefined;
    }
    // YAML reads `checked: 2026-11` as a string but an unquoted `2026-11-01` as a date.
    const data = { ...(yaml.data as Record<string, unknown>) };
    if (data.checked instanceof Date) data.checked = data.checked.toISOString().slice(0, 7);
    const result = FrontmatterSchema.safeParse(data);
    if (!result.success) {
      this.problems.push(...issuesToProblems(result.error.issues, data, yaml.locate, file, FrontmatterSchema));
      return undefined;
    }
    if (expectedId && result.data.id !== expectedId) {
      this.problems.push(
        problem('id-mismatch', { file, ...yaml.locate(['id']) }, { value: result.data.id, expected: expectedId, what: 'file' }),
      );
    }
    return result.data;
  }

  /** Parses a body without frontmatter as the blocks of one step (inline quizzes, checklists). */
  snippet(): { blocks: Block[]; problems: Problem[] } {
    const blocks: Block[] = [];
    if (this.beyondLimits(0)) return { blocks, problems: this.problems };
    this.forTokens(md.lexer(this.src), 0, this.src, (token, offset) => {
      if (token.type !== 'leaf') blocks.push(...this.block(token, offset, true));
    });
    const step = { id: 's1', title: 'snippet', blocks };
    const checked = StepsSchema.safeParse([step]);
    if (!checked.success) {
      this.problems.push(...issuesToProblems(checked.error.issues, [step], (p) => this.locate([step], p), this.opts.file));
    }
    // Like lessons, a snippet with errors yields nothing to render.
    return { blocks: this.problems.some((p) => p.severity === 'error') ? [] : blocks, problems: this.problems };
  }

  private body(start: number): Step[] {
    const text = this.src.slice(start);
    const steps: Step[] = [];
    let step: Step | undefined;
    let warnedBefore = false;
    this.forTokens(md.lexer(text), start, text, (token, offset) => {
      if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
        const heading = token as Tokens.Heading;
        const { id, title } = this.headingId(heading, offset, steps.length);
        step = this.mark({ id, title, blocks: [] as Block[] }, offset);
        steps.push(step);
        return;
      }
      if (token.type === 'space' || token.type === 'def') return;
      if (!step) {
        if (!warnedBefore) this.report(token.type === 'heading' ? 'heading-level' : 'content-before-step', offset);
        warnedBefore = true;
        return;
      }
      if (token.type === 'leaf') {
        this.leaf(token as LeafToken, offset, step);
        return;
      }
      step.blocks.push(...this.block(token, offset, true));
    });
    for (const s of steps) {
      const count = blockWords(s.blocks);
      if (count > STEP_WORDS_MAX) {
        this.report('step-long', this.origin.get(s) ?? 0, { value: s.title, count, max: STEP_WORDS_MAX });
      }
      if (s.blocks.length === 0) this.report('step-empty', this.origin.get(s) ?? 0, { value: s.title });
    }
    // A phone draws a whole step at once: past this size it freezes while it does.
    steps.forEach((s, i) => {
      const from = this.origin.get(s) ?? start;
      const to = (i + 1 < steps.length && this.origin.get(steps[i + 1]!)) || this.src.length;
      if (overBytes(this.src.slice(from, to), this.limits.stepBytes)) {
        this.report('step-too-large', from, { value: s.title, max: this.limits.stepBytes / 1024 });
      }
    });
    if (steps.length === 0 && !warnedBefore) this.report('lesson-no-steps', start);
    this.tooMany('lesson-too-many-steps', steps.length, this.limits.steps, this.origin.get(steps[this.limits.steps] ?? {}));
    return steps;
  }

  /** Calls `fn` with each token and its offset in the source. */
  private forTokens(tokens: Token[], base: number, raw: string, fn: (token: Token, offset: number) => void) {
    let cursor = 0;
    for (const token of tokens) {
      const at = token.raw ? raw.indexOf(token.raw, cursor) : -1;
      const local = at >= 0 ? at : cursor;
      fn(token, base + local);
      cursor = local + (token.raw?.length ?? 0);
    }
  }

  private headingId(heading: Tokens.Heading, offset: number, index: number) {
    const m = ID_SUFFIX.exec(heading.text);
    const title = decode(plain(this.inlines(heading.tokens, offset, heading.raw)).replace(ID_SUFFIX, '')).trim();
    if (m && !ID.test(m[1]!)) this.report('id-invalid', offset, { value: m[1]! });
    return { id: m && ID.test(m[1]!) ? m[1]! : `s${index + 1}`, title };
  }

  private leaf(token: LeafToken, offset: number, step: Step) {
    if (token.name !== 'audio') {
      this.report('directive-unknown', offset, { name: token.name });
      return;
    }
    const { attrs } = parseAttrs(token.attrs);
    const src = attrs.get('src');
    if (!src) return this.report('audio-no-src', offset);
    if (step.audio) return this.report('audio-duplicate', offset);
    this.checkAsset(src, offset, 'audio');
    step.audio = this.mark({ src, ...(token.label ? { label: token.label } : {}) }, offset);
  }

  private checkAsset(src: string, offset: number, use: 'image' | 'audio' | 'link'): AssetInfo | undefined {
    // `https://` or a port of 99999 would pass as "safe" and then break the pack's build and the learner's picture.
    if (/^\s*https?:/i.test(src)) {
      try {
        new URL(src);
      } catch {
        return void this.report('url-invalid', offset, { value: src });
      }
    }
    if (!this.opts.asset || !isRelative(src)) return undefined;
    const info = this.opts.asset(src, use);
    if (info?.status === 'missing') this.report('asset-missing', offset, { value: src });
    if (info?.status === 'outside') this.report('asset-outside', offset, { value: src });
    if (info?.status === 'refused') this.report(info.code, offset, { value: src, ...info.vars });
    return info;
  }

  /** Converts one block token; `top` is false inside callouts and lists, where quizzes may not go. */
  private block(token: Token, offset: number, top: boolean): Block[] {
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        return [];
      case 'heading': {
        const h = token as Tokens.Heading;
        if (h.depth <= 2) {
          this.report('heading-level', offset);
          return [];
        }
        return [this.mark({ t: 'h', c: this.inlines(h.tokens, offset, h.raw) }, offset)];
      }
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const parts = t.tokens ?? [{ type: 'text', raw: t.raw, text: t.text } as Tokens.Text];
        const solid = parts.filter((p) => !(p.type === 'text' && !p.raw.trim()) && p.type !== 'br');
        if (solid.length === 1 && solid[0]!.type === 'image') {
          const img = solid[0] as Tokens.Image;
          return [this.image(img, offset + Math.max(0, t.raw.indexOf(img.raw)))];
        }
        const c = this.inlines(parts, offset, t.raw);
        return c.length ? [this.mark({ t: 'p', c }, offset)] : [];
      }
      case 'list': {
        const list = token as Tokens.List;
        const items: Block[][] = [];
        this.forTokens(list.items, offset, list.raw, (item, at) => {
          const blocks: Block[] = [];
          this.forTokens((item as Tokens.ListItem).tokens, at, item.raw, (child, childAt) => {
            if (child.type !== 'checkbox') blocks.push(...this.block(child, childAt, false));
          });
          items.push(blocks);
        });
        const start = typeof list.start === 'number' && list.start !== 1 ? { start: list.start } : {};
        return [this.mark({ t: 'list', ...(list.ordered ? { ordered: true } : {}), ...start, items }, offset)];
      }
      case 'blockquote': {
        const quote = token as Tokens.Blockquote;
        return [this.mark({ t: 'quote', c: this.blocks(quote.tokens, offset, quote.raw) }, offset)];
      }
      case 'code':
        return [this.mark({ t: 'code', v: (token as Tokens.Code).text }, offset)];
      case 'html':
        // Raw HTML is content like any other text: shown, never interpreted.
        return token.raw.trim() ? [this.mark({ t: 'p', c: [token.raw.trim()] }, offset)] : [];
      case 'table':
        this.report('table-unsupported', offset);
        return [];
      case 'stray':
        this.report('block-stray-close', offset);
        return [];
      case 'leaf':
        this.report('directive-unknown', offset, { name: (token as LeafToken).name });
        return [];
      case 'directive':
        return this.directive(token as DirectiveToken, offset, top);
      default:
        return [this.mark({ t: 'p', c: [token.raw] }, offset)];
    }
  }

  private blocks(tokens: Token[], base: number, raw: string): Block[] {
    const out: Block[] = [];
    this.forTokens(tokens, base, raw, (token, at) => out.push(...this.block(token, at, false)));
    return out;
  }

  private image(token: Tokens.Image, offset: number): Image {
    const alt = decode(token.text ?? '');
    const img: Image = { t: 'image', src: token.href, alt };
    if (token.title) img.title = decode(token.title);
    const info = this.checkAsset(token.href, offset, 'image');
    if (info?.status === 'ok') {
      if (info.width && info.height) {
        img.width = info.width;
        img.height = info.height;
      }
      img.bytes = info.bytes;
      const max = /\.svg$/i.test(token.href) ? IMAGE_KB.svg : IMAGE_KB.other;
      if (info.bytes > max * 1024) {
        this.report('asset-large', offset, { value: token.href, size: Math.ceil(info.bytes / 1024), max });
      }
    }
    return this.mark(img, offset);
  }

  /** Converts inline tokens to rich text, merging neighbouring strings. */
  inlines(tokens: Token[] | undefined, base: number, raw: string): Inline[] {
    const out: Inline[] = [];
    const push = (node: Inline) => {
      const last = out[out.length - 1];
      if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
      else if (node !== '') out.push(node);
    };
    this.forTokens(tokens ?? [], base, raw, (token, at) => {
      switch (token.type) {
        case 'text': {
          const t = token as Tokens.Text;
          if (t.tokens?.length) this.inlines(t.tokens, at, t.raw).forEach(push);
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
          push(this.mark({ t: token.type, c: this.inlines(t.tokens, at, t.raw) }, at));
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
          const c = this.inlines(t.tokens, at, t.raw);
          this.checkAsset(t.href, at, 'link');
          push(this.mark({ t: 'link' as const, href: t.href, c: c.length ? c : [t.href] }, at));
          break;
        }
        case 'image':
          this.report('image-inline', at);
          break;
        default:
          // Inline HTML and anything unknown: the characters, as text.
          push(token.raw);
      }
    });
    return out;
  }

  /** Parses a one-line piece of Markdown (a quiz option, a checklist item) at `offset`. */
  private inlineText(text: string, offset: number): Inline[] {
    return this.inlines(md.Lexer.lexInline(text), offset, text);
  }

  private directive(token: DirectiveToken, offset: number, top: boolean): Block[] {
    const { name } = token;
    const bodyAt = offset + token.bodyStart;
    if (token.unclosed) this.report('block-unclosed', offset, { name });
    for (const at of token.nested) this.report('block-nested', offset + token.bodyStart + at - token.bodyStart, { name: /^:::([\w-]+)/.exec(token.raw.slice(at))?.[1] ?? '' });
    const { attrs, bad } = parseAttrs(token.attrs);
    const allow = (allowed: string[]) => {
      if (bad) this.report('attribute-invalid', offset, { key: bad, name: `:::${name}`, detail: 'cannot be read', allowed: allowed.join(', ') });
      for (const key of attrs.keys()) {
        if (!allowed.includes(key)) this.report('attribute-unknown', offset, { key, name, allowed: allowed.join(', ') || '(none)' });
      }
    };
    const id = (prefix: 'quiz' | 'checklist' | 'block') => {
      const given = attrs.get('id');
      if (given !== undefined && !ID.test(given)) this.report('id-invalid', offset, { value: given });
      this.counters[prefix]++;
      return given && ID.test(given) ? given : `${prefix}-${this.counters[prefix]}`;
    };
    if ((name === 'quiz' || name === 'checklist' || stepType(name)) && !top) {
      this.report('block-nested', offset, { name });
      return [];
    }
    switch (name) {
      case 'tip':
      case 'warning':
        allow([]);
        // An unclosed block runs to the end of the file; lexing that again for every unclosed block in it was quadratic.
        if (token.unclosed) return [];
        return [this.mark({ t: 'callout', kind: name, c: this.blocks(md.lexer(token.body), bodyAt, token.body) }, offset)];
      case 'quiz': {
        allow(['id', 'pass']);
        this.rejected = false;
        const quiz: Quiz = { t: 'quiz', id: id('quiz'), questions: this.questions(token.body, bodyAt) };
        if (this.rejected) this.quizzesWithRejects.add(quiz);
        const pass = attrs.get('pass');
        if (pass !== undefined) {
          const n = Number(pass);
          if (!Number.isFinite(n) || n < 0 || n > 100) {
            this.report('attribute-invalid', offset, { key: 'pass', name: ':::quiz', detail: 'must be a number from 0 to 100' });
          } else quiz.pass = n;
        }
        return [this.mark(quiz, offset)];
      }
      case 'checklist': {
        allow(['id', 'title']);
        const list: Checklist = { t: 'checklist', id: id('checklist'), items: this.checklistItems(token.body, bodyAt) };
        const title = attrs.get('title');
        if (title) list.title = title;
        return [this.mark(list, offset)];
      }
      default: {
        const type = stepType(name);
        if (!type) {
          const registered = stepTypeNames();
          this.report('block-unknown', offset, { name, registered: registered.length ? ` (or ${registered.join(', ')})` : '' });
          return [];
        }
        allow(['id']);
        const blockId = id('block');
        const yaml = parseYaml(token.body, this.opts.file, this.pos(bodyAt).line - 1);
        this.problems.push(...yaml.problems);
        if (yaml.data === undefined) return [];
        const result = type.schema.safeParse(yaml.data);
        if (!result.success) {
          this.problems.push(...issuesToProblems(result.error.issues, yaml.data, yaml.locate, this.opts.file, type.schema));
          return [];
        }
        return [this.mark({ t: 'custom', type: name, id: blockId, data: result.data }, offset)];
      }
    }
  }

  // ---------------------------------------------------------------- quizzes

  private lines(body: string, base: number) {
    const out: { text: string; at: number; indent: number }[] = [];
    let at = base;
    for (const text of body.split('\n')) {
      out.push({ text, at, indent: /^[ \t]*/.exec(text)![0].length });
      at += text.length + 1;
    }
    return out;
  }

  private questions(body: string, base: number): Question[] {
    const questions: Question[] = [];
    type Draft = {
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
    };
    let q: Draft | undefined;
    const finish = () => {
      if (!q) return;
      const base = {
        id: q.id,
        prompt: q.prompt,
        ...(q.explain.length ? { explain: q.explain } : {}),
      };
      const options = q.options.map((o) =>
        this.mark(
          {
            text: o.text,
            correct: o.correct,
            ...(o.feedback.length ? { feedback: o.feedback } : {}),
            ...(o.reply ? { reply: o.reply } : {}),
          },
          o.at,
        ),
      );
      let out: Question | undefined;
      if (q.kind === 'single' || q.kind === 'multiple') out = { kind: q.kind, ...base, options };
      else if (q.kind === 'chat') out = { kind: 'chat', ...base, ...(q.multiple ? { multiple: true } : {}), messages: q.messages, options };
      else if (q.kind === 'order') out = { kind: 'order', ...base, items: q.items };
      else if (q.kind === 'true-false') {
        if (q.answer === undefined) {
          this.report('question-no-answer', q.at);
          this.rejected = true;
        }
        else out = { kind: 'true-false', ...base, answer: q.answer };
      }
      const choices = q.kind === 'order' ? q.items.length : q.options.length;
      this.tooMany('question-too-many-options', choices, this.limits.options, q.kind === 'order' ? q.at : q.options[this.limits.options]?.at);
      if (out) questions.push(this.mark(out, q.at));
      q = undefined;
    };
    const unexpected = (line: { text: string; at: number; indent: number }, detail: string) =>
      this.report('quiz-line-unexpected', line.at + line.indent, { value: line.text.trim().slice(0, 40), detail });

    for (const line of this.lines(body, base)) {
      const text = line.text.trim();
      const col = line.at + line.indent;
      if (!text) continue;
      const head = /^\?(?:\[([^\]]*)\])?\s*(.*)$/.exec(text);
      if (head && line.indent === 0) {
        finish();
        const typeText = (head[1] ?? '').trim().toLowerCase();
        const typeWords = typeText.split(/\s+/).filter(Boolean);
        let kind = 'single';
        let multiple = false;
        if (typeWords.length === 2 && typeWords[0] === 'chat' && typeWords[1] === 'multiple') {
          kind = 'chat';
          multiple = true;
        } else if (typeWords.length === 1 && ['single', 'multiple', 'true-false', 'order', 'chat'].includes(typeWords[0]!)) {
          kind = typeWords[0]!;
        } else if (typeWords.length) {
          this.report('question-type-unknown', col + 2, { value: typeText });
          kind = 'unknown';
          this.rejected = true;
        }
        let promptText = head[2]!;
        let id = `q${++this.counters.question}`;
        const idMatch = ID_SUFFIX.exec(promptText);
        if (idMatch) {
          if (ID.test(idMatch[1]!)) id = idMatch[1]!;
          else this.report('id-invalid', col, { value: idMatch[1]! });
          promptText = promptText.slice(0, idMatch.index);
        }
        const promptAt = col + text.indexOf(head[2]!);
        q = {
          kind,
          multiple,
          id,
          at: col,
          prompt: this.inlineText(promptText, promptAt),
          explain: [],
          options: [],
          messages: [],
          items: [],
        };
        continue;
      }
      if (!q) {
        unexpected(line, 'a quiz starts with a question line beginning with "?"');
        continue;
      }
      if (q.kind === 'unknown') continue;
      const lastOption = q.options[q.options.length - 1];
      const option = /^[-*+]\s+(?:\[([ xX])\]\s*)?(.*)$/.exec(text);
      const feedback = /^>\s?(.*)$/.exec(text);
      const message = /^<\s*([^:]+?)\s*:\s*(.*)$/.exec(text);
      const ordered = /^\d+[.)]\s+(.*)$/.exec(text);
      const answer = /^=\s*(\S+)\s*$/.exec(text);
      const afterPrefix = (inner: string) => col + text.indexOf(inner);

      if (option && line.indent === 0 && ['single', 'multiple', 'chat'].includes(q.kind)) {
        if (option[1] === undefined) {
          this.report('option-no-box', col);
          continue;
        }
        q.options.push({
          text: this.inlineText(option[2]!, afterPrefix(option[2]!)),
          correct: option[1] !== ' ',
          feedback: [],
          at: col,
        });
      } else if (feedback && line.indent > 0 && lastOption) {
        const more = this.inlineText(feedback[1]!, afterPrefix(feedback[1]!));
        lastOption.feedback.push(...(lastOption.feedback.length ? [' '] : []), ...more);
      } else if (feedback && line.indent === 0) {
        const more = this.inlineText(feedback[1]!, afterPrefix(feedback[1]!));
        q.explain.push(...(q.explain.length ? [' '] : []), ...more);
      } else if (message && q.kind === 'chat' && line.indent === 0 && q.options.length === 0) {
        q.messages.push(this.mark({ from: message[1]!, text: this.inlineText(message[2]!, afterPrefix(message[2]!)) }, col));
      } else if (message && q.kind === 'chat' && line.indent > 0 && lastOption) {
        lastOption.reply = this.mark({ from: message[1]!, text: this.inlineText(message[2]!, afterPrefix(message[2]!)) }, col);
      } else if (ordered && q.kind === 'order' && line.indent === 0) {
        q.items.push(this.inlineText(ordered[1]!, afterPrefix(ordered[1]!)));
      } else if (answer && q.kind === 'true-false' && line.indent === 0) {
        const v = answer[1]!.toLowerCase();
        if (v === 'true' || v === 'false') q.answer = v === 'true';
        else unexpected(line, 'write "= true" or "= false"');
      } else {
        const expected: Record<string, string> = {
          single: 'options start with "- [ ]" or "- [x]"; feedback under an option starts with two spaces and ">"',
          multiple: 'options start with "- [ ]" or "- [x]"; feedback under an option starts with two spaces and ">"',
          chat: 'customer messages are "< Name: text" before the replies; replies start with "- [ ]" or "- [x]"; under a reply, "  > feedback" and "  < Name: answer"',
          order: 'items of an ordering question are numbered lines "1. …" in the right order',
          'true-false': 'a true-false question takes one line "= true" or "= false" and ">" lines of explanation',
        };
        unexpected(line, expected[q.kind] ?? 'see docs/authoring.md');
      }
    }
    finish();
    return questions;
  }

  private checklistItems(body: string, base: number) {
    const items: Checklist['items'] = [];
    for (const line of this.lines(body, base)) {
      const text = line.text.trim();
      const col = line.at + line.indent;
      if (!text) continue;
      const item = /^[-*+]\s+\[[ xX]\]\s*(.*)$/.exec(text);
      const help = /^>\s?(.*)$/.exec(text);
      const last = items[items.length - 1];
      if (item && line.indent === 0) {
        let itemText = item[1]!;
        let id = `c${++this.counters.item}`;
        const idMatch = ID_SUFFIX.exec(itemText);
        if (idMatch) {
          if (ID.test(idMatch[1]!)) id = idMatch[1]!;
          else this.report('id-invalid', col, { value: idMatch[1]! });
          itemText = itemText.slice(0, idMatch.index);
        }
        items.push(this.mark({ id, text: this.inlineText(itemText, col + text.indexOf(item[1]!)) }, col));
      } else if (help && line.indent > 0 && last) {
        const more = this.inlineText(help[1]!, col + text.indexOf(help[1]!));
        last.help = [...(last.help?.length ? [...last.help, ' '] : []), ...more];
      } else {
        this.report('checklist-line-unexpected', col, { value: text.slice(0, 40) });
      }
    }
    this.tooMany('checklist-too-many-items', items.length, this.limits.items, this.origin.get(items[this.limits.items] ?? {}));
    return items;
  }
}

/**
 * Parses and validates one lesson. Never throws on bad content: every problem
 * is returned, and `lesson` is set only when there is no error.
 * @example
 * const { lesson, problems } = parseLesson(text, { lang: 'id', file: 'kode-otp.md' });
 */
export function parseLesson(source: string, opts: ParseOptions): ParseResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return failSafe(opts, () => new LessonParser(text, opts).parse());
}

/**
 * The parser's promise, kept even when a library underneath fails (a stack
 * overflow the limits did not foresee): one problem, never an exception.
 */
function failSafe<T extends { problems: Problem[] }>(opts: ParseOptions, run: () => T): T | { problems: Problem[]; blocks: Block[] } {
  try {
    return run();
  } catch (e) {
    const detail = e instanceof RangeError ? 'it is nested or repeated too deeply' : String((e as Error)?.message ?? e);
    return { blocks: [], problems: [problem('parse-failed', { file: opts.file, line: 1, col: 1 }, { detail })] };
  }
}

/**
 * Parses Markdown without frontmatter — the body of an inline `<langkah-quiz>`
 * or `<langkah-checklist>` — into blocks.
 * @example parseSnippet(':::quiz\n? Q\n- [x] a\n- [ ] b\n:::', { lang: 'id' })
 */
export function parseSnippet(source: string, opts: ParseOptions): { blocks: Block[]; problems: Problem[] } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return failSafe(opts, () => new LessonParser(text, opts).snippet()) as { blocks: Block[]; problems: Problem[] };
}

/** Counts a lesson's questions (for the content index and reports). */
export function countQuestions(lesson: Lesson): number {
  return lesson.steps.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + (b.t === 'quiz' ? b.questions.length : 0), 0),
    0,
  );
}

