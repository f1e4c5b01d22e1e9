import { html, nothing, type PropertyDeclarations } from 'lit';
import { fingerprint } from '../../content/hash.js';
import type { Answer, Choice, ChatMessage, Question, Quiz } from '../../content/schema.js';
import { LangkahAnswerEvent } from '../../events/answer.js';
import { LangkahCompleteEvent } from '../../events/complete.js';
import { ready } from '../../i18n/localize.js';
import { BlockElement } from '../shared/block-element.js';
import { answerAfter, bare, many, mixed, pending, plain, roundOf, scoreOf, shown, shuffled } from '../../internal/content.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import { inline } from '../shared/rich-text.js';
import { styles } from './quiz.styles.js';

type Option = Pick<Choice, 'text' | 'correct' | 'feedback'> & { reply?: ChatMessage };

/**
 * Content comes from `src` (a lesson file; the quiz named by `#id`, or its
 * first quiz), from child Markdown in a `<template>` or
 * `<script type="text/markdown">` (the question lines alone are enough), or
 * from the `data` property. Answers are saved on the device.
 *
 * @tagname langkah-quiz
 * @summary A quiz: single and multiple choice, true/false, ordering and chat
 * scenario questions, with feedback at once, retries and a score.
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
 * @slot - Not shown: child Markdown in a `<template>` or `<script type="text/markdown">`, read as the quiz when there is no `src` or `data`.
 *
 * @event langkah-answer - An answer was checked and saved.
 * @event langkah-complete - Every question of a quiz on its own has an answer.
 * @event langkah-error - The quiz could not be loaded, or progress cannot be saved.
 */
export class LangkahQuiz extends BlockElement<Quiz> {
  static override styles = [base, styles];
  // Lit adds these to the properties BlockElement declares. `drafts` and `changed`, which a lesson
  // sets (always the same object and function), are plain properties: nothing to react to; so is
  // `open`, which changes only with a pick or a saved answer, both of which render.
  static override properties: PropertyDeclarations = {
    note: { state: true },
  };
  protected readonly kind = 'quiz';
  /**
   * @internal Picks not yet checked, by question: option indexes in the
   * authors' order, or the item order. A lesson lends its own, so picks
   * survive moving between steps and its Next button can check them.
   */
  declare drafts: Record<string, number[]>;
  /** @internal Called when a pick changes, for the lesson's buttons. */
  declare changed?: () => void;
  /** Questions the learner chose to try again. */
  private open: Record<string, boolean> = {};
  /** A short message per question (a hint, or where a moved item went). */
  private note: Record<string, string> = {};

  constructor() {
    super();
    this.drafts = {};
  }

  /** @internal Checks every question with picks not yet checked; returns them. */
  checkPending(): Question[] {
    const answers = this.answers();
    const todo = this.data?.questions.filter((q) => pending(q, this.drafts[q.id], shown(answers[q.id], this.track.record?.completed))) ?? [];
    todo.forEach((q) => this.check(q));
    return todo;
  }

  private draft(q: Question, next: number[]) {
    this.drafts[q.id] = next;
    this.requestUpdate();
    this.changed?.();
  }

  override render() {
    const quiz = this.data;
    const record = this.track.record;
    if (!ready(this)) return nothing;
    if (!quiz || !record) return html`<div part="base" class="base">${this.loader.view(this.t)}</div>`;
    const answers = this.answers();
    const score = scoreOf(quiz.questions, answers, quiz.pass);
    const t = this.t;
    // Every question answered: a state the page can style (`langkah-quiz[complete]`), as the lesson has.
    this.toggleAttribute('complete', score.answered == score.total);
    return html`<div part="base" class="base ${this.progress ? 'in' : ''}">
      ${this.progress ? nothing : notices(t, this.own)}
      ${quiz.questions.map((q) => this.question(q, shown(answers[q.id], record.completed), roundOf(answers[q.id], record.completed)))}
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

  /** `round`: the round the question is asked in (`roundOf`), which shuffles its options. */
  private question(q: Question, answer: Answer | undefined, round: number) {
    const t = this.t;
    const stored = this.open[q.id] ? undefined : answer;
    // True/false is stored as [1] for "true"; its options are [true, false].
    const draft = this.drafts[q.id];
    const picks = stored ? (q.kind === 'true-false' ? stored.value.map((v) => 1 - v) : stored.value) : draft;
    const label = q.kind === 'order' ? t.checkOrder : q.kind === 'chat' ? t.send : t.check;
    return html`<fieldset part="question" class="q" data-q=${q.id}>
      <legend>${inline(q.prompt)}</legend>
      ${q.kind === 'chat'
        ? html`<ol part="chat" class="chat">${q.messages.map((m) => bubble(m))}</ol>`
        : nothing}
      ${q.kind === 'order' ? this.order(q, picks ?? shuffled(q, round), stored) : this.choices(q, picks ?? [], round, stored)}
      <div part="feedback" class="feedback ${stored ? (stored.correct ? 'right' : 'wrong') : ''}" aria-live="polite">${stored
        ? this.feedback(q, stored, picks!)
        : this.note[q.id] ?? nothing}</div>
      <button class=${!this.progress && pending(q, draft, stored) ? 'primary' : ''} @click=${() => (stored ? this.retry(q, stored) : this.check(q))}>
        ${stored ? t.tryAgain : label}
      </button>
    </fieldset>`;
  }

  private choices(q: Question, picks: number[], round: number, stored?: Answer) {
    const multi = many(q);
    const options = this.options(q);
    // True/false keeps its order; other options are shown shuffled (#11).
    return (q.kind === 'true-false' ? [0, 1] : mixed(q.id, options.length, round)).map((i) => {
      const o = options[i]!;
      const on = picks.includes(i);
      const mark = stored && on ? (o.correct ? 'right' : 'wrong') : '';
      return html`<label part="option" class="opt ${mark}">
        <input
          type=${multi ? 'checkbox' : 'radio'}
          name=${q.id}
          value=${i}
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

  /**
   * What the learner hears back. A wrong first try gets a hint, not the
   * answer: naming the missed options or the right order at once made
   * "Coba lagi" a way to copy it (review 12, finding 1). From the second try
   * of a round, it is all shown, to learn from.
   */
  private feedback(q: Question, answer: Answer, picks: number[]) {
    const t = this.t;
    const tf = q.kind === 'true-false';
    const options = this.options(q);
    const chosen = picks.map((i) => options[i]).filter((o): o is Option => !!o);
    const several = chosen.length > 1;
    // `tries` missing (a record from before) reads as 1: `undefined > 1` is false.
    const show = answer.correct || tf || answer.tries! > 1;
    // Right picks, but not all of them: "Sebagian benar", not a bare "belum tepat" (finding 9).
    const part = !answer.correct && many(q) && chosen.every((o) => o.correct);
    const missed = show && many(q) ? options.filter((o, i) => o.correct && !picks.includes(i)) : [];
    const strip = tf || !answer.correct;
    // The verdict first, then the replay of a chat: it is what the learner looks for (finding 10).
    return html`<p class="verdict"><span aria-hidden="true">${answer.correct ? '✓' : '✗'}</span> ${answer.correct ? t.right : part ? t.partly : t.wrong}</p>
      ${q.kind === 'chat'
        ? html`<ol part="chat" class="chat">
            ${chosen.map((o) => html`${bubble({ from: t.you, text: o.text }, true)}${o.reply ? bubble(o.reply) : nothing}`)}
          </ol>`
        : nothing}
      ${tf ? html`<p>${t.truth(q.answer)}</p>` : nothing}
      ${chosen.map((o) => (o.feedback ? html`<p>${several ? html`<b>${inline(o.text)}</b>: ` : nothing}${inline(bare(o.feedback, strip))}</p>` : nothing))}
      ${missed.length ? html`<p>${t.missed}</p><ul>${missed.map((o) => html`<li>${inline(o.text)}</li>`)}</ul>` : nothing}
      ${q.kind === 'order' && show && !answer.correct ? html`<p>${t.rightOrder}</p><ol>${q.items.map((i) => html`<li>${inline(i)}</li>`)}</ol>` : nothing}
      ${show && q.explain?.length ? html`<p>${inline(bare(q.explain, strip))}</p>` : nothing}
      ${show ? nothing : html`<p>${t.hint}</p>`}`;
  }

  private pick(q: Question, i: number, multi: boolean, on: boolean) {
    const now = this.drafts[q.id] ?? [];
    this.note = { ...this.note, [q.id]: '' };
    this.draft(q, multi ? (on ? [...now, i] : now.filter((x) => x !== i)).sort((a, b) => a - b) : [i]);
  }

  private async move(q: Extract<Question, { kind: 'order' }>, order: number[], pos: number, by: -1 | 1) {
    const next = [...order];
    const to = pos + by;
    [next[pos], next[to]] = [next[to]!, next[pos]!];
    this.note = { ...this.note, [q.id]: this.t.moved(to + 1, next.length) };
    this.draft(q, next);
    await this.updateComplete;
    // Keep the keyboard on the item that moved; at an end, its other button.
    const li = this.renderRoot.querySelectorAll(`[data-q="${q.id}"] li`)[to];
    const buttons = li?.querySelectorAll('button') ?? [];
    const want = buttons[by < 0 ? 0 : 1];
    (want && !want.disabled ? want : buttons[by < 0 ? 1 : 0])?.focus();
  }

  private check(q: Question) {
    const t = this.t;
    const prev = this.answers()[q.id];
    const finished = this.track.record!.completed;
    const picks = q.kind === 'order' ? this.drafts[q.id] ?? shuffled(q, roundOf(prev, finished)) : this.drafts[q.id];
    if (!picks?.length) {
      this.note = { ...this.note, [q.id]: t.pick };
      return;
    }
    const options = this.options(q);
    const correct = q.kind === 'order' ? picks.every((v, i) => v === i) : options.every((o, i) => o.correct === picks.includes(i));
    const value = q.kind === 'true-false' ? picks.map((i) => 1 - i) : picks;
    const at = Date.now();
    const answer = answerAfter(prev, finished, value, correct, fingerprint(q), at);
    this.open[q.id] = false;
    this.note = { ...this.note, [q.id]: '' };
    // Checked, the picks are the answer: none left to show when a new round asks the question again blank.
    delete this.drafts[q.id];
    this.track.update((r) => {
      r.answers[q.id] = answer;
    });
    const quiz = this.data!;
    const score = scoreOf(quiz.questions, this.answers(), quiz.pass);
    const ids = this.ids();
    this.dispatchEvent(new LangkahAnswerEvent({ ...ids, question: q.id, kind: q.kind, value, correct, score, at }));
    if (!this.progress && score.answered === score.total) this.dispatchEvent(new LangkahCompleteEvent({ ...ids, score, at }));
    // The verdict in view, above a lesson's bottom bar (finding 10): its scroll margin keeps it in the upper part of the screen.
    void this.updateComplete.then(() => this.renderRoot.querySelector(`[data-q="${q.id}"] .verdict`)?.scrollIntoView({ block: 'nearest' }));
  }

  private retry(q: Question, stored: Answer) {
    this.open[q.id] = true;
    this.draft(q, q.kind === 'order' ? stored.value : []);
  }
}

const bubble = (m: ChatMessage, you = false) =>
  html`<li class=${you ? 'you' : 'them'}><b>${m.from}</b> ${inline(m.text)}</li>`;

declare global {
  interface HTMLElementTagNameMap {
    'langkah-quiz': LangkahQuiz;
  }
}
