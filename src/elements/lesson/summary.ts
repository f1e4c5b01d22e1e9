import { html, nothing } from 'lit';
import type { Lesson } from '../../content/schema.js';
import { tagOf } from '../../i18n/localize.js';
import { regional } from '../../i18n/regional.js';
import { firstRight, questionsIn } from '../../internal/content.js';
import type { LangkahLesson } from './lesson.js';

/**
 * The score line when some of its right answers came only in a round after
 * the first ("Ulangi"): they count, and the learner is told which kind of
 * score it is, in the words the course's report and certificate use; it is
 * then not called a first-try score (review 12d, finding 1: a slow reader
 * remembers getting them wrong the first time). Here, not in the lesson's
 * dictionary: only a summary needs it (a page can still register `retried`
 * for its language).
 */
const retried = {
  id: (n: number, of: number, p: number, late: number) =>
    `Skor: ${n} dari ${of} benar (${p}%). ${late} di antaranya benar setelah mengulang pelajaran.`,
  en: (n: number, of: number, p: number, late: number) =>
    `Score: ${n} of ${of} right (${p}%). ${late} of them right only after retrying the lesson.`,
};

/**
 * The body of a lesson's summary, under its heading: the way on (or back to
 * the `left` questions not answered yet), steps read (with questions left, the
 * line under the title says it), score, pass mark and
 * ticks. Shown once per lesson, so it loads with the lesson, after its first step.
 */
export function summary(lesson: LangkahLesson, l: Lesson, left: number): unknown {
  const t = lesson.t;
  const r = lesson.progress.record!;
  const score = lesson.score(r);
  const late = questionsIn(l.steps.flatMap((s) => s.blocks)).filter((q) => {
    const a = r.answers[q.id];
    return a && firstRight(a) && (a.round ?? 1) > 1;
  }).length;
  const items = l.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'checklist' ? b.items : []));
  // Skipped questions: not done; the way back to them comes first.
  return html`${left
      ? html`<p><button class="primary" @click=${() => lesson.go(l.steps.findIndex((s) => lesson.left(s.blocks).length))}>${t.answerNow}</button></p>`
      : html`<slot name="next"></slot>`}
    ${left ? nothing : html`<p>${t.seen(r.seen.length, l.steps.length)}</p>`}
    ${score.total
      ? html`<p>${late
          ? regional(tagOf(lesson), { retried: retried.en }, { retried: retried.id }).retried(score.correct, score.total, score.percent, late)
          : t.score(score.correct, score.total, score.percent)}</p>`
      : nothing}
    ${score.total && score.pass !== undefined
      ? html`<p class="verdict ${score.passed ? 'right' : 'wrong'}">${score.passed ? t.passed : t.failed(score.pass)}</p>`
      : nothing}
    ${items.length ? html`<p>${t.checklist}: ${t.ticked(items.filter((i) => r.checks[i.id]).length, items.length)}</p>` : nothing}`;
}

/**
 * "Start again?": starting again goes to step 1 and keeps answers, ticks and
 * the completion date, so a score that a report or certificate already counts
 * never drops because the learner wanted to read the lesson again. A question
 * answered again ("Try again") counts with its latest answer, the one the
 * learner sees.
 */
export const confirm = (lesson: LangkahLesson) =>
  html`<div part="confirm" class="note confirm">
    <p id="ask" tabindex="-1">${lesson.t.restartAsk}</p>
    <button class="primary" @click=${() => ((lesson.asking = false), lesson.go(0))}>${lesson.t.restartYes}</button>
    <button @click=${() => lesson.ask(false)}>${lesson.t.cancel}</button>
  </div>`;
