/**
 * The `:::quiz` block: its line grammar (docs/authoring.md, "Quizzes"). A
 * question starts with `?` (or `?[kind]`); the lines under it depend on its
 * kind: options for single and multiple choice, numbered items for ordering,
 * `= true|false` for true-false, and the chat lines of `./chat.ts`. Lines
 * beginning with `>` explain the question, or, indented under an option,
 * give that option's feedback.
 */
import type { Inline, Question, Quiz } from '../schema.js';
import { bodyLines, idSuffix, tooMany, type BlockContext, type Line } from './context.js';
import { chatLine } from './chat.js';
import { optionLine, type Draft } from './choice.js';
import type { DirectiveToken, Frame } from './directive.js';

/** The lines of one kind of question, other than the question line and the `>` lines every kind has. */
const KIND_LINES: Record<string, (ctx: BlockContext, q: Draft, line: Line, text: string, col: number) => boolean> = {
  single: optionLine,
  multiple: optionLine,
  chat: chatLine,
  order(ctx, q, line, text, col) {
    const ordered = /^\d+[.)]\s+(.*)$/.exec(text);
    if (!ordered || line.indent !== 0) return false;
    q.items.push(ctx.inline(ordered[1]!, col + text.indexOf(ordered[1]!)));
    return true;
  },
  'true-false'(ctx, q, line, text, col) {
    const answer = /^=\s*(\S+)\s*$/.exec(text);
    if (!answer || line.indent !== 0) return false;
    const v = answer[1]!.toLowerCase();
    if (v === 'true' || v === 'false') q.answer = v === 'true';
    else ctx.report('quiz-line-unexpected', col, { value: text.slice(0, 40), detail: 'answer' });
    return true;
  },
};

const KINDS = ['single', 'multiple', 'true-false', 'order', 'chat'];

/** Reads a question line (`?[kind] prompt {#id}`) at `col`. */
function questionLine(ctx: BlockContext, head: RegExpExecArray, text: string, col: number): Draft {
  const typeText = (head[1] ?? '').trim().toLowerCase();
  const typeWords = typeText.split(/\s+/).filter(Boolean);
  let kind = 'single';
  let multiple = false;
  if (typeWords.length === 2 && typeWords[0] === 'chat' && typeWords[1] === 'multiple') {
    kind = 'chat';
    multiple = true;
  } else if (typeWords.length === 1 && KINDS.includes(typeWords[0]!)) {
    kind = typeWords[0]!;
  } else if (typeWords.length) {
    ctx.report('question-type-unknown', col + 2, { value: typeText });
    kind = 'unknown';
  }
  // Numbered even when it has an id of its own: the ids of the questions after it stay as they were.
  const number = `q${++ctx.counters.question}`;
  const { text: promptText, id } = idSuffix(ctx, head[2]!, col);
  return {
    kind,
    multiple,
    id: id ?? number,
    at: col,
    prompt: ctx.inline(promptText, col + text.indexOf(head[2]!)),
    explain: [],
    options: [],
    messages: [],
    items: [],
  };
}

/** The question `q` describes, or undefined (reported) when it cannot be one. */
function build(ctx: BlockContext, q: Draft): Question | undefined {
  const base = { id: q.id, prompt: q.prompt, ...(q.explain.length ? { explain: q.explain } : {}) };
  const options = q.options.map((o) =>
    ctx.mark(
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
    if (q.answer === undefined) ctx.report('question-no-answer', q.at);
    else out = { kind: 'true-false', ...base, answer: q.answer };
  }
  const choices = q.kind === 'order' ? q.items.length : q.options.length;
  tooMany(ctx, 'question-too-many-options', choices, ctx.limits.options, q.kind === 'order' ? q.at : q.options[ctx.limits.options]?.at);
  return out && ctx.mark(out, q.at);
}

/** Appends a `>` line's text to `to`, a space between lines. */
const more = (to: Inline[], text: Inline[]) => to.push(...(to.length ? [' '] : []), ...text);

/** Reads the questions of a quiz body that starts at offset `base`; `rejected` when one could not be kept. */
export function questions(ctx: BlockContext, body: string, base: number): { questions: Question[]; rejected: boolean } {
  const out: Question[] = [];
  let rejected = false;
  let q: Draft | undefined;
  const finish = () => {
    if (!q) return;
    const question = build(ctx, q);
    if (question) out.push(question);
    else rejected = true;
    q = undefined;
  };
  // The hint names what was expected by a key (`./expected.ts` words it), so the small parser carries no prose.
  const unexpected = (line: Line, detail: string) =>
    ctx.report('quiz-line-unexpected', line.at + line.indent, { value: line.text.trim().slice(0, 40), detail });

  for (const line of bodyLines(body, base)) {
    const text = line.text.trim();
    const col = line.at + line.indent;
    if (!text) continue;
    const head = /^\?(?:\[([^\]]*)\])?\s*(.*)$/.exec(text);
    if (head && line.indent === 0) {
      finish();
      q = questionLine(ctx, head, text, col);
      continue;
    }
    if (!q) {
      unexpected(line, 'start');
      continue;
    }
    if (q.kind === 'unknown') continue;
    if (KIND_LINES[q.kind]!(ctx, q, line, text, col)) continue;
    const feedback = /^>\s?(.*)$/.exec(text);
    const lastOption = q.options[q.options.length - 1];
    if (feedback && line.indent > 0 && lastOption) more(lastOption.feedback, ctx.inline(feedback[1]!, col + text.indexOf(feedback[1]!)));
    else if (feedback && line.indent === 0) more(q.explain, ctx.inline(feedback[1]!, col + text.indexOf(feedback[1]!)));
    else unexpected(line, q.kind);
  }
  finish();
  return { questions: out, rejected };
}

/** A `:::quiz{#id pass=80}` block; `rejected` when a question had to be left out (so "no question" is not reported on top). */
export function quiz(ctx: BlockContext, token: DirectiveToken, offset: number, { attrs, allow, id }: Frame): { quiz: Quiz; rejected: boolean } {
  allow(['id', 'pass']);
  const quizId = id('quiz');
  const read = questions(ctx, token.body, offset + token.bodyStart);
  const quiz: Quiz = { t: 'quiz', id: quizId, questions: read.questions };
  const pass = attrs.get('pass');
  if (pass !== undefined) {
    const n = Number(pass);
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      ctx.report('attribute-invalid', offset, { key: 'pass', name: ':::quiz', detail: 'must be a number from 0 to 100' });
    } else quiz.pass = n;
  }
  return { quiz: ctx.mark(quiz, offset), rejected: read.rejected };
}
