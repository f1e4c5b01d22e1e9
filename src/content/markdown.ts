/**
 * The lesson parser: Markdown with YAML frontmatter → a validated `Lesson`.
 *
 * marked tokenizes the prose (`blocks/marked.ts`); each kind of block parses
 * in a module of its own under `blocks/`: step text (`text.ts`), quizzes
 * (`quiz.ts`, `choice.ts`, `chat.ts`), checklists (`checklist.ts`), tips and
 * warnings (`callout.ts`), registered step types (`custom.ts`) and
 * `::audio` (`audio.ts`). The quiz and checklist grammar does not need
 * marked, so inline quizzes are read with it by the small parser of
 * `snippet.ts`. The result is a typed rich-text tree: no HTML string from
 * content ever reaches the page. Every node remembers where it came from, so
 * each problem points at `file:line:col`.
 *
 * The same code runs in `langkah check/build` and, lazily, in the browser.
 */
import type { Tokens } from 'marked';
import { problem, type Problem } from './errors.js';
import { fingerprint } from './hash.js';
import { issuesToProblems, type Path, type Pos } from './issues.js';
import { stepType } from './registry.js';
import {
  FORMAT,
  FrontmatterSchema,
  LessonSchema,
  StepsSchema,
  type Block,
  type Frontmatter,
  type Inline,
  type Lang,
  type Lesson,
  type Step,
} from './schema.js';
import { LIMITS, overBytes, type Limits } from './limits.js';
import { isRelative } from './url.js';
import { parseYaml } from './yaml.js';
import { audio, type LeafToken } from './blocks/audio.js';
import { callout } from './blocks/callout.js';
import { checklist } from './blocks/checklist.js';
import { ID, ID_SUFFIX, tooMany, type AssetInfo, type Vars } from './blocks/context.js';
import { custom, type CustomContext } from './blocks/custom.js';
import { decode } from './blocks/decode.js';
import { expected } from './blocks/expected.js';
import { frame, type DirectiveToken } from './blocks/directive.js';
import { md } from './blocks/marked.js';
import { stepParts, tooDeep } from './blocks/measure.js';
import { quiz } from './blocks/quiz.js';
import { block, blockWords, forTokens, inlines, plain, type TextContext } from './blocks/text.js';

export type { AssetInfo } from './blocks/context.js';
export { IMAGE_KB } from './blocks/text.js';

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

// ------------------------------------------------------------------ the parser

class LessonParser implements TextContext, CustomContext {
  readonly problems: Problem[] = [];
  readonly counters = { quiz: 0, question: 0, checklist: 0, item: 0, block: 0 };
  readonly limits: Limits;
  readonly file: string | undefined;
  /** Where each node of the result came from (offset in the source). */
  private readonly origin = new WeakMap<object, number>();
  private readonly lineStarts: number[] = [0];
  /** Quizzes that had a question the parser had to reject. */
  private readonly quizzesWithRejects = new WeakSet<object>();

  constructor(
    private readonly src: string,
    private readonly opts: ParseOptions,
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1);
    this.limits = { ...LIMITS, ...opts.limits };
    this.file = opts.file;
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

  line(offset: number): number {
    return this.pos(offset).line;
  }

  report(code: string, offset: number, vars: Vars = {}) {
    if (code === 'quiz-line-unexpected') vars = { ...vars, detail: expected(vars.detail) };
    this.problems.push(problem(code, { file: this.opts.file, ...this.pos(offset) }, vars));
  }

  mark<T extends object>(node: T, offset: number): T {
    this.origin.set(node, offset);
    return node;
  }

  /** Parses a one-line piece of Markdown (a quiz option, a checklist item) at `offset`. */
  inline(text: string, offset: number): Inline[] {
    return inlines(this, md.Lexer.lexInline(text), offset, text);
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
    forTokens(md.lexer(this.src), 0, this.src, (token, offset) => {
      if (token.type !== 'leaf') blocks.push(...block(this, token, offset, true));
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
    // A line longer than a step may be makes its step too large, whatever it holds, and Markdown's block rules
    // read such a line in time that grows with its square (64 KB of ":" on one line took 12 s of CPU: review 10,
    // F8): it is reported at once, and the body is not read further.
    const long = longLine(text, this.limits.stepBytes);
    if (long !== undefined) {
      const heading = /^## +(.*)$/gm;
      let title = '';
      for (let m; (m = heading.exec(text)) && m.index < long; ) title = m[1]!.trim();
      this.report('step-too-large', start + long, { value: title, max: this.limits.stepBytes / 1024 });
      return steps;
    }
    let step: Step | undefined;
    let warnedBefore = false;
    forTokens(md.lexer(text), start, text, (token, offset) => {
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
        audio(this, token as LeafToken, offset, step);
        return;
      }
      step.blocks.push(...block(this, token, offset, true));
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
      } else {
        // Bytes do not bound what a step draws: 5 KB is 1,700 paragraphs of one letter, or 1,250 emphasised words.
        const count = stepParts(s.blocks);
        if (count > this.limits.stepParts) this.report('step-too-many-parts', from, { value: s.title, count, max: this.limits.stepParts });
      }
    });
    if (steps.length === 0 && !warnedBefore) this.report('lesson-no-steps', start);
    tooMany(this, 'lesson-too-many-steps', steps.length, this.limits.steps, this.origin.get(steps[this.limits.steps] ?? {}));
    return steps;
  }

  private headingId(heading: Tokens.Heading, offset: number, index: number) {
    const m = ID_SUFFIX.exec(heading.text);
    const title = decode(plain(inlines(this, heading.tokens, offset, heading.raw)).replace(ID_SUFFIX, '')).trim();
    if (m && !ID.test(m[1]!)) this.report('id-invalid', offset, { value: m[1]! });
    return { id: m && ID.test(m[1]!) ? m[1]! : `s${index + 1}`, title };
  }

  checkAsset(src: string, offset: number, use: 'image' | 'audio' | 'link'): AssetInfo | undefined {
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

  directive(token: DirectiveToken, offset: number, top: boolean): Block[] {
    const { name } = token;
    const attrs = frame(this, token, offset);
    if ((name === 'quiz' || name === 'checklist' || stepType(name)) && !top) {
      this.report('block-nested', offset, { name });
      return [];
    }
    switch (name) {
      case 'tip':
      case 'warning':
        return callout(this, token, offset, attrs);
      case 'quiz': {
        const read = quiz(this, token, offset, attrs);
        if (read.rejected) this.quizzesWithRejects.add(read.quiz);
        return [read.quiz];
      }
      case 'checklist':
        return [checklist(this, token, offset, attrs)];
      default:
        return custom(this, token, offset, attrs);
    }
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

/** Where the first line of `text` longer than `max` bytes starts, if any. */
function longLine(text: string, max: number): number | undefined {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const to = end < 0 ? text.length : end;
    // A character is at most 3 bytes in UTF-8 (4 for a pair of surrogates, 2 characters).
    if (to - at > max / 3 && overBytes(text.slice(at, to), max)) return at;
    at = to + 1;
  }
  return undefined;
}
