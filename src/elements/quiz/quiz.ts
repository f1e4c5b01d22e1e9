import { html, nothing, type PropertyDeclarations } from 'lit';
import { fingerprint } from '../../content/hash.js';
import type { Answer, Choice, ChatMessage, Question, Quiz } from '../../content/schema.js';
import { LangkahAnswerEvent } from '../../events/answer.js';
import { LangkahCompleteEvent } from '../../events/complete.js';
import { BlockElement } from '../shared/block-element.js';
import { plain, scoreOf, shuffled } from '../../internal/content.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import { inline } from '../shared/rich-text.js';
import { styles } from './quiz.styles.js';

type Option = Pick<Choice, 'text' | 'correct' | 'feedback'> & { reply?: ChatMessage };

/**
 * @tagname langkah-quiz
 * @summary A quiz: single and multiple choice, true/false, ordering and chat
 * scenario questions, with feedback at once, retries and a score.
 *
 * Content comes from `src` (a lesson file; the quiz named by `#id`, or its
 * first quiz), from child Markdown in a `<template>` or
 * `<script type="text/markdown">` (the question lines alone are enough), or
 * from the `data` property. Answers are saved on the device.
 *
 * @csspart base - The quiz box.
 * @csspart question - One question (a fieldset).
 * @csspart option - An answer option, ordering item or reply choice.
 * @csspart feedback - What the learner hears back after checking an answer.
 * @csspart chat - The chat of a chat scenario question.
 * @csspart score - The score line, once every question is answered.
 * @csspart status - The loading or error message.
 * @csspart note - A notice about saved progress (on its own only).
 *
 * @cssproperty --langkah-accent - Buttons, selected options. Also every other `--langkah-*` property of docs/embedding.md.
 *
 * @event langkah-answer - An answer was checked and saved.
 * @event langkah-complete - Every question of a quiz on its own has an answer.
 * @event langkah-error - The quiz could not be loaded, or progress cannot be saved.
 */
export class LangkahQuiz extends BlockElement<Quiz> {
  static override styles = [base, styles];
  // Lit adds these to the properties BlockElement declares.
  static override properties: PropertyDeclarations = {
    draft: { state: true },
    open: { state: true },
    note: { state: true },
  };
  protected readonly kind = 'quiz';
  /** Picks not yet checked: option indexes, or the item order. */
  private draft: Record<string, number[]> = {};
  /** Questions the learner chose to try again. */
  private open: Record<string, boolean> = {};
  /** A short message per question (a hint, or where a moved item went). */
  private note: Record<string, string> = {};

  override render() {
    const quiz = this.data;
    const record = this.track.record;
    if (!quiz || !record) return html`<div part="base" class="base">${this.loader.view(this.t)}</div>`;
    const answers = this.answers();
    const score = scoreOf(quiz.questions, answers, quiz.pass);
    const t = this.t;
    return html`<div part="base" class="base ${this.progress ? 'in' : ''}">
      ${this.progress ? nothing : notices(t, this.own)}
      ${quiz.questions.map((q) => this.question(q, answers[q.id]))}
      <p part="score" class="score" aria-live="polite">${score.answered === score.total
        ? html`${t.score(score.correct, score.total, score.percent)} ${score.pass === undefined ? '' : score.passed ? t.passed : t.failed(score.pass)}`
        : nothing}</p>
    </div>`;
  }

  /** Stored answers that still belong to their question. */
  private answers(): Record<string, Answer> {
    const all = this.track.record?.answers ?? {};
    const out: Record<string, Answer> = {};
    for (const q of this.data!.questions) if (all[q.id]?.fp === fingerprint(q)) out[q.id] = all[q.id]!;
    return out;
  }

  private options(q: Question): Option[] {
    const t = this.t;
    if (q.kind === 'true-false') return [{ text: [t.yes], correct: q.answer }, { text: [t.no], correct: !q.answer }];
    return q.kind === 'order' ? [] : q.options;
  }

  private question(q: Question, answer?: Answer) {
    const t = this.t;
    const stored = this.open[q.id] ? undefined : answer;
    // True/false is stored as [1] for "true"; its options are [true, false].
    const picks = stored ? (q.kind === 'true-false' ? stored.value.map((v) => 1 - v) : stored.value) : this.draft[q.id];
    const label = q.kind === 'order' ? t.checkOrder : q.kind === 'chat' ? t.send : t.check;
    return html`<fieldset part="question" class="q" data-q=${q.id}>
      <legend>${inline(q.prompt)}</legend>
      ${q.kind === 'chat'
        ? html`<ol part="chat" class="chat">${q.messages.map((m) => bubble(m))}</ol>`
        : nothing}
      ${q.kind === 'order' ? this.order(q, picks ?? shuffled(q), stored) : this.choices(q, picks ?? [], stored)}
      <div part="feedback" class="feedback ${stored ? (stored.correct ? 'right' : 'wrong') : ''}" aria-live="polite">${stored
        ? this.feedback(q, stored, picks!)
        : this.note[q.id] ?? nothing}</div>
      <button class="primary" @click=${() => (stored ? this.retry(q, stored) : this.check(q))}>
        ${stored ? t.tryAgain : label}
      </button>
    </fieldset>`;
  }

  private choices(q: Question, picks: number[], stored?: Answer) {
    const multi = q.kind === 'multiple' || (q.kind === 'chat' && !!q.multiple);
    return this.options(q).map((o, i) => {
      const on = picks.includes(i);
      const mark = stored && on ? (o.correct ? 'right' : 'wrong') : '';
      return html`<label part="option" class="opt ${mark}">
        <input
          type=${multi ? 'checkbox' : 'radio'}
          name=${q.id}
          .checked=${on}
          ?disabled=${!!stored}
          @change=${(e: Event) => this.pick(q, i, multi, (e.target as HTMLInputElement).checked)}
        />
        <span>${inline(o.text)}</span>
        ${mark ? html`<span class="mark" aria-hidden="true">${mark === 'right' ? '✓' : '✗'}</span>` : nothing}
      </label>`;
    });
  }

  private order(q: Extract<Question, { kind: 'order' }>, order: number[], stored?: Answer) {
    const t = this.t;
    const last = order.length - 1;
    return html`<ol class="order">
      ${order.map((item, pos) => {
        const mark = stored ? (item === pos ? 'right' : 'wrong') : '';
        const name = plain(q.items[item]!);
        return html`<li part="option" class="opt ${mark}">
          <span class="text">${inline(q.items[item])}</span>
          ${mark ? html`<span class="mark" aria-hidden="true">${mark === 'right' ? '✓' : '✗'}</span>` : nothing}
          <button class="up" aria-label="${t.up}: ${name}" ?disabled=${!!stored || pos === 0} @click=${() => this.move(q, order, pos, -1)}>↑</button>
          <button class="down" aria-label="${t.down}: ${name}" ?disabled=${!!stored || pos === last} @click=${() => this.move(q, order, pos, 1)}>↓</button>
        </li>`;
      })}
    </ol>`;
  }

  private feedback(q: Question, answer: Answer, picks: number[]) {
    const t = this.t;
    const options = this.options(q);
    const chosen = picks.map((i) => options[i]).filter((o): o is Option => !!o);
    const many = chosen.length > 1;
    return html`${q.kind === 'chat'
        ? html`<ol part="chat" class="chat">
            ${chosen.map((o) => html`${bubble({ from: t.you, text: o.text }, true)}${o.reply ? bubble(o.reply) : nothing}`)}
          </ol>`
        : nothing}
      <p class="verdict"><span aria-hidden="true">${answer.correct ? '✓' : '✗'}</span> ${answer.correct ? t.right : t.wrong}</p>
      ${chosen.map((o) => (o.feedback ? html`<p>${many ? html`<b>${inline(o.text)}</b>: ` : nothing}${inline(o.feedback)}</p>` : nothing))}
      ${q.explain ? html`<p>${inline(q.explain)}</p>` : nothing}`;
  }

  private pick(q: Question, i: number, multi: boolean, on: boolean) {
    const now = this.draft[q.id] ?? [];
    const next = multi ? (on ? [...now, i] : now.filter((x) => x !== i)).sort((a, b) => a - b) : [i];
    this.draft = { ...this.draft, [q.id]: next };
    this.note = { ...this.note, [q.id]: '' };
  }

  private async move(q: Extract<Question, { kind: 'order' }>, order: number[], pos: number, by: -1 | 1) {
    const next = [...order];
    const to = pos + by;
    [next[pos], next[to]] = [next[to]!, next[pos]!];
    this.draft = { ...this.draft, [q.id]: next };
    this.note = { ...this.note, [q.id]: this.t.moved(to + 1, next.length) };
    await this.updateComplete;
    // Keep the keyboard on the item that moved; at an end, its other button.
    const li = this.renderRoot.querySelectorAll(`[data-q="${q.id}"] li`)[to];
    const buttons = li?.querySelectorAll('button') ?? [];
    const want = buttons[by < 0 ? 0 : 1];
    (want && !want.disabled ? want : buttons[by < 0 ? 1 : 0])?.focus();
  }

  private check(q: Question) {
    const t = this.t;
    const picks = q.kind === 'order' ? this.draft[q.id] ?? shuffled(q) : this.draft[q.id];
    if (!picks?.length) {
      this.note = { ...this.note, [q.id]: t.pick };
      return;
    }
    const options = this.options(q);
    const correct = q.kind === 'order' ? picks.every((v, i) => v === i) : options.every((o, i) => o.correct === picks.includes(i));
    const value = q.kind === 'true-false' ? picks.map((i) => 1 - i) : picks;
    const at = Date.now();
    const answer: Answer = { value, correct, fp: fingerprint(q), at };
    this.open = { ...this.open, [q.id]: false };
    this.note = { ...this.note, [q.id]: '' };
    this.track.update((r) => {
      r.answers[q.id] = answer;
    });
    const quiz = this.data!;
    const score = scoreOf(quiz.questions, this.answers(), quiz.pass);
    const ids = this.ids();
    this.dispatchEvent(new LangkahAnswerEvent({ ...ids, question: q.id, kind: q.kind, value, correct, score, at }));
    if (!this.progress && score.answered === score.total) this.dispatchEvent(new LangkahCompleteEvent({ ...ids, score, at }));
  }

  private retry(q: Question, stored: Answer) {
    this.open = { ...this.open, [q.id]: true };
    this.draft = { ...this.draft, [q.id]: q.kind === 'order' ? stored.value : [] };
  }
}

const bubble = (m: ChatMessage, you = false) =>
  html`<li class=${you ? 'you' : 'them'}><b>${m.from}</b> ${inline(m.text)}</li>`;

declare global {
  interface HTMLElementTagNameMap {
    'langkah-quiz': LangkahQuiz;
  }
}
