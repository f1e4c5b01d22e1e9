import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { chunk, contentShapes, loadLesson } from '../../content/load.js';
import type { Block, Image, Lesson, Progress, Step } from '../../content/schema.js';
import { LangkahCompleteEvent } from '../../events/complete.js';
import { LangkahErrorEvent } from '../../events/error.js';
import { LangkahProgressEvent } from '../../events/progress.js';
import { langOf, ready, translation } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translation.js';
import { pending, questionsIn, scoreOf, shapeOf } from '../../internal/content.js';
import { LoadController } from '../../internal/loader.js';
import { SpeechController } from '../../internal/speech.js';
import { ProgressController } from '../../progress/controller.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import { blocks } from '../shared/rich-text.js';
import { styles } from './lesson.styles.js';

/** The renderer of registered step types: loads with the first lesson that has one. */
const custom = chunk(() => import('./custom.js'));

/**
 * @tagname langkah-lesson
 * @summary One lesson, one step per screen: a progress bar, Back and Next,
 * quizzes and checklists inside their steps, a summary at the end, and the
 * learner's place and answers kept on the device.
 *
 * @csspart base - The lesson box.
 * @csspart title - The lesson title.
 * @csspart progress - The progress bar (a `<progress>` element).
 * @csspart step - The current step, or the summary.
 * @csspart summary - The summary screen (also a `step`).
 * @csspart nav - The Back / Next / Start again buttons: a bar that stays in view at the bottom of the screen.
 * @csspart listen - The "listen" button.
 * @csspart figure - A picture with its caption.
 * @csspart callout - A tip or warning.
 * @csspart note - A notice about saved progress.
 * @csspart status - The loading or error message.
 * @csspart confirm - The question before starting again.
 *
 * @slot next - Shown on the summary screen before anything else: the way on,
 *   such as a link to the next lesson (`<langkah-curriculum>` puts its button here).
 *
 *
 * @event langkah-progress - The lesson was shown (`opened`), or the learner moved to another step.
 * @event langkah-answer - A quiz answer was checked and saved.
 * @event langkah-complete - The learner reached the summary screen.
 * @event langkah-error - The lesson could not be loaded, a picture or sound failed, or progress cannot be saved.
 */
export class LangkahLesson extends LitElement {
  static override styles = [base, styles];
  // Declared without decorators: their helper module would add 0.4 KiB to the bundle.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: {},
    lesson: { attribute: false },
    dataSaver: { type: Boolean, attribute: 'data-saver' },
    images: { state: true },
    asking: { state: true },
  };

  /** Interface language, `id` or `en`; without it, the closest ancestor's `lang`, then `<html lang>`. */
  declare lang: string;
  /** URL of a built lesson (`.json`) or a lesson in Markdown (`.md`), relative to the page. */
  declare src?: string;
  /** The lesson as data, instead of `src`; it must satisfy `LessonSchema`. */
  declare lesson?: Lesson;
  /** Show pictures only when tapped. Also on when the browser asks to save data. */
  dataSaver = false;
  /** @internal What the progress record belongs to, before its key: set by `<langkah-curriculum>` (`course:<id>@<folder>|`). */
  declare scope?: string;

  /** @internal */
  readonly progress = new ProgressController(this);
  private readonly loader = new LoadController<Lesson>(this, () => this.progress.ids, (lesson) => (this.lesson = lesson));
  private readonly speech = new SpeechController(this, (src) => this.mediaFailed(src));
  /** Pictures the learner asked for (data saver), or that failed to load. */
  private images: Record<string, 'on' | 'failed'> = {};
  /** @internal Elements of registered step types, kept across renders. */
  readonly elements = new Map<string, HTMLElement>();
  /** The renderer of registered step types, once loaded (custom.ts). */
  private customs?: typeof import('./custom.js').custom;
  /** The learner changed the step: move focus to its heading once rendered. */
  private moved = false;
  /** Quiz picks not yet checked, by question, kept while the page is open (see LangkahQuiz.drafts). */
  private readonly drafts: Record<string, number[]> = {};
  /** "Start again?" is being asked. */
  private asking = false;
  private readonly redraw = () => this.requestUpdate();

  /** @internal */
  get t(): Translation {
    return translation(langOf(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the loading placeholder; the browser loads the content.
    if (isServer) return;
    if (changed.has('src') && this.src) {
      const src = this.src;
      this.loader.run((signal) => loadLesson(src, { signal, ...(this.lang ? { lang: langOf(this) } : {}) }));
    }
    let l = this.lesson;
    const set = l;
    // A lesson set by a script is checked like a fetched one, and comes back once it passed.
    if (changed.has('lesson') && set && !this.loader.accepts(() => contentShapes().then((s) => s.LESSON), set, 'lesson', () => set)) this.lesson = l = undefined;
    if (changed.has('lesson') && l) {
      const key = `${this.scope ?? ''}lesson:${l.module ? l.module + '/' : ''}${l.id}@${l.lang}`;
      this.progress.ids = { lesson: l.id, ...(l.module ? { module: l.module } : {}), key };
      this.elements.clear();
      const r = this.progress.open(key, l.version, l.lang, shapeOf(l.steps.flatMap((s) => s.blocks), l.steps));
      const step = l.steps[r.step];
      if (step && !r.seen.includes(step.id)) this.progress.update((d) => void d.seen.push(step.id));
      // The host hears that the lesson is shown, so a learner who only opens it is counted (e.g. xAPI initialized).
      this.tell(r.step, Date.now(), true);
    }
  }

  protected override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.renderRoot.querySelector<HTMLElement>(this.asking ? '#ask' : 'h3')?.focus();
  }

  override render() {
    const l = this.lesson;
    const r = this.progress.record;
    const t = this.t;
    if (!ready(this)) return nothing;
    if (!l || !r) return html`<div part="base" class="base">${this.loader.view(t)}</div>`;
    const total = l.steps.length;
    const index = Math.min(r.step, total);
    const step = l.steps[index];
    // Picks on this step not checked yet: the main button checks them instead of leaving them behind.
    const waiting = step && questionsIn(step.blocks).some((q) => pending(q, this.drafts[q.id], r.answers[q.id]));
    // Inside another element (a course): no frame of its own.
    return html`<article part="base" class="base ${this.getRootNode() === document ? '' : 'in'}" lang=${langOf(this)}>
      <header>
        <h2 part="title">${l.title}</h2>
        <p id="counter" class="counter" aria-live="polite">${step ? t.stepOf(index + 1, total) : t.finish}</p>
        <progress part="progress" max=${total} .value=${step ? index + 1 : total} aria-labelledby="counter"></progress>
      </header>
      ${notices(t, this.progress)}
      ${step ? this.step(l, step, index) : this.summary(l)}
      ${this.asking
        ? html`<div part="confirm" class="note confirm">
            <p id="ask" tabindex="-1">${t.restartAsk}</p>
            <button class="primary" @click=${this.restart}>${t.restartYes}</button>
            <button @click=${() => this.ask(false)}>${t.cancel}</button>
          </div>`
        : html`<nav part="nav">
            ${index > 0 ? html`<button @click=${() => this.go(index - 1)}><span aria-hidden="true">←</span> ${t.back}</button>` : nothing}
            ${step
              ? html`<button class="primary" @click=${() => this.forward(index)}>
                  ${waiting ? t.check : html`${index + 1 < total ? t.next : t.finish} <span aria-hidden="true">→</span>`}
                </button>`
              : html`<button @click=${() => this.ask(true)}>${t.restart}</button>`}
          </nav>`}
    </article>`;
  }

  private step(l: Lesson, step: Step, index: number) {
    const t = this.t;
    const audio = step.audio?.src;
    const { playing, failed } = this.speech;
    // Without a recording or a voice the button stays, disabled, with the reason: the learner knows it is not them.
    const can = this.speech.can(l.lang, audio);
    return html`<section part="step" class="step" lang=${l.lang}>
      <div class="head">
        <h3 tabindex="-1">${step.title}</h3>
        <button
          part="listen"
          class="listen"
          ?disabled=${!can}
          aria-describedby=${can ? nothing : 'no-voice'}
          @click=${() => this.speech.toggle(l.lang, step.title, step.blocks, this.progress.record!.answers, t, audio)}
        >
          <span aria-hidden="true">${playing ? '■' : '▶'}</span> ${playing ? t.stop : step.audio?.label ?? t.listen}
        </button>
        ${can ? nothing : html`<span id="no-voice" class="why">${t.noVoice}</span>`}
      </div>
      ${failed ? html`<p part="note" class="note" role="alert">${t.audioFailed}</p>` : nothing}
      ${blocks(step.blocks, t, (b) => this.block(b, step))}
    </section>`;
  }

  private block(b: Block, step: Step): unknown {
    const lang = langOf(this);
    switch (b.t) {
      case 'image':
        return this.image(b);
      case 'quiz':
        return html`<langkah-quiz lang=${lang} .data=${b} .progress=${this.progress} .step=${step.id} .drafts=${this.drafts} .changed=${this.redraw}></langkah-quiz>`;
      case 'checklist':
        return html`<langkah-checklist lang=${lang} .data=${b} .progress=${this.progress} .step=${step.id}></langkah-checklist>`;
      case 'custom':
        if (this.customs) return this.customs(this, b, step, lang);
        // Failed (offline): the next render, on the learner's next tap, tries again.
        custom().then((m) => ((this.customs = m.custom), this.requestUpdate()), () => undefined);
        return nothing;
      default:
        return nothing;
    }
  }

  private image(img: Image) {
    const t = this.t;
    const shown = this.images[img.src];
    const saver = this.dataSaver || !!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    const show = () => (this.images = { ...this.images, [img.src]: 'on' });
    let body;
    if (shown === 'failed') {
      body = html`<div class="ph" role="alert"><p>${img.alt}</p><p>${t.imageFailed}</p><button @click=${show}>${t.retry}</button></div>`;
    } else if (saver && !shown) {
      body = html`<button class="ph" @click=${show}><span>${img.alt}</span><span>${t.loadImage(img.bytes ? Math.ceil(img.bytes / 1024) : 0)}</span></button>`;
    } else {
      body = html`<img
        src=${img.src}
        alt=${img.alt}
        width=${img.width ?? nothing}
        height=${img.height ?? nothing}
        loading="lazy"
        decoding="async"
        @error=${() => {
          this.images = { ...this.images, [img.src]: 'failed' };
          this.mediaFailed(img.src);
        }}
      />`;
    }
    return html`<figure part="figure">${body}${img.title ? html`<figcaption>${img.title}</figcaption>` : nothing}</figure>`;
  }

  private summary(l: Lesson) {
    const t = this.t;
    const r = this.progress.record!;
    const all = l.steps.flatMap((s) => s.blocks);
    const score = this.score(r);
    const items = all.flatMap((b) => (b.t === 'checklist' ? b.items : []));
    return html`<section part="step summary" class="step summary">
      <h3 tabindex="-1">${t.done}</h3>
      <slot name="next"></slot>
      <p>${t.seen(r.seen.length, l.steps.length)}</p>
      ${score.total ? html`<p>${t.score(score.correct, score.total, score.percent)}</p>` : nothing}
      ${score.total && score.pass !== undefined
        ? html`<p class="verdict ${score.passed ? 'right' : 'wrong'}">${score.passed ? t.passed : t.failed(score.pass)}</p>`
        : nothing}
      ${items.length ? html`<p>${t.checklist}: ${t.ticked(items.filter((i) => r.checks[i.id]).length, items.length)}</p>` : nothing}
    </section>`;
  }

  /** Shows step `index` (the summary when it equals the number of steps), saves, and tells the host. */
  private go(index: number) {
    const l = this.lesson!;
    const total = l.steps.length;
    const step = l.steps[index];
    const at = Date.now();
    this.speech.stop();
    this.progress.dropped = undefined;
    const r = this.progress.update((d) => {
      d.step = index;
      if (step && !d.seen.includes(step.id)) d.seen.push(step.id);
      if (!step) d.completed = at;
    });
    this.moved = true;
    const ids = this.tell(index, at);
    if (!step) this.dispatchEvent(new LangkahCompleteEvent({ ...ids, score: this.score(r), steps: total, at }));
  }

  /** Tells the host which step is shown: `opened` when the lesson has just been shown, else the learner moved. */
  private tell(index: number, at: number, opened?: true) {
    const l = this.lesson!;
    const step = l.steps[index];
    const ids = { ...this.progress.ids, ...(step ? { step: step.id } : {}) };
    this.dispatchEvent(new LangkahProgressEvent({ ...ids, index, total: l.steps.length, seen: this.progress.record!.seen.length, opened, at }));
    return ids;
  }

  /** @internal The lesson's score over all its quiz questions. */
  score(r: Progress) {
    const l = this.lesson!;
    return scoreOf(questionsIn(l.steps.flatMap((s) => s.blocks)), r.answers, l.pass);
  }

  /** Next: checks the picks of this step first, if there are any; else moves on. */
  private forward(index: number) {
    let checked = false;
    this.renderRoot.querySelectorAll('langkah-quiz').forEach((q) => (checked = q.checkPending() || checked));
    if (!checked) this.go(index + 1);
  }

  private async ask(on: boolean) {
    this.asking = this.moved = on;
    // Cancelled: back on the button that asked.
    if (!on && (await this.updateComplete)) this.renderRoot.querySelector<HTMLElement>('nav button:last-child')?.focus();
  }

  /**
   * Starts again at step 1, keeping answers, ticks and the completion date:
   * a score that a report or certificate already counts never drops because
   * the learner wanted to read the lesson again. A question answered again
   * ("Try again") counts with its latest answer, the one the learner sees.
   */
  private restart() {
    this.asking = false;
    this.go(0);
  }

  /** A picture or recording that failed (`url`), or the device's voice. */
  private mediaFailed(url?: string) {
    this.dispatchEvent(
      new LangkahErrorEvent({
        ...this.progress.ids,
        kind: 'media',
        severity: 'warning',
        message: url ? `could not load ${url}` : 'the device voice failed',
        ...(url ? { url } : {}),
        at: Date.now(),
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-lesson': LangkahLesson;
  }
}
