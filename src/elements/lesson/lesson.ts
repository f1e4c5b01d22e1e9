import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { chunk, contentShapes, lessonParts, loadLesson } from '../../content/load.js';
import type { Block, Lesson, Progress, Question, Step } from '../../content/schema.js';
import { LangkahCompleteEvent } from '../../events/complete.js';
import { LangkahErrorEvent } from '../../events/error.js';
import { LangkahProgressEvent } from '../../events/progress.js';
import { langOf, ready, tagOf, translation } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translation.js';
import { firstRight, pending, questionsIn, scoreOf, shown } from '../../internal/content.js';
import { LoadController } from '../../internal/loader.js';
import { SpeechController } from '../../internal/speech.js';
import { ProgressController } from '../../progress/controller.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import type { Drawn } from '../shared/prose.js';
import { styles } from './lesson.styles.js';

/** Where a lesson's picks not yet checked are kept, before its record's key (not `langkah:`: they are no record). */
const DRAFTS = 'langkah.drafts:';
/** The summary's body: asked for when a lesson opens, so that it is there at the end, offline too. */
const ending = chunk(() => import('./summary.js'));

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
 * @event langkah-complete - The learner reached the summary screen with every question answered (a lesson
 *   with skipped questions is not done: its summary says how many are left).
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
    redo: { type: Boolean },
  };

  /** Interface language, `id` or `en`; without it, the closest ancestor's `lang`, then `<html lang>`. */
  declare lang: string;
  /** URL of a built lesson (`.json`) or a lesson in Markdown (`.md`), relative to the page. */
  declare src?: string;
  /** The lesson as data, instead of `src`; it must satisfy `LessonSchema`. */
  declare lesson?: Lesson;
  /** Show pictures only when tapped. Also on when the browser asks to save data. */
  dataSaver = false;
  /**
   * Open a finished lesson at its first step with a wrong or unanswered question,
   * ready for another try, instead of at its summary (the course's "redo" buttons).
   * Read when the lesson opens. Attribute `redo`.
   */
  declare redo: boolean;
  /** @internal What the progress record belongs to, before its key: set by `<langkah-curriculum>` (`course:<id>@<folder>|`). */
  declare scope?: string;

  /** @internal */
  readonly progress = new ProgressController(this);
  private readonly loader = new LoadController<Lesson>(this, () => this.progress.ids, (lesson) => (this.lesson = lesson));
  private readonly speech = new SpeechController(this, (src) => this.mediaFailed(src));
  /** @internal Pictures the learner asked for (data saver), or that failed to load. */
  images: Record<string, 'on' | 'failed'> = {};
  /** @internal Elements of registered step types, kept across renders. */
  readonly elements = new Map<string, HTMLElement>();
  /** The summary's body, once loaded (summary.ts). */
  private ends?: typeof import('./summary.js');
  /** @internal The renderer of registered step types, once loaded (custom.ts). */
  customs?: typeof import('./custom.js').custom;
  /** The learner changed the step (or, `'open'`, opened the lesson by a tap): move focus to its heading once rendered. */
  private moved: boolean | 'open' | 'stay' = false;
  /**
   * @internal Quiz picks not yet checked, by question (see LangkahQuiz.drafts). Kept on the device
   * beside the record, under its own key (`langkah.drafts:` + the record's key, so a course's lesson
   * has its own), when the page is hidden or left and when the lesson closes: a learner who switches
   * to WhatsApp (the phone may drop the tab), reloads, or goes back to a course's list finds them
   * again (review 12b, finding 3; a lesson on its own page too).
   */
  readonly drafts: Record<string, number[]> = {};
  private readonly keep = () => {
    const key = this.progress.ids?.key;
    try {
      if (key) localStorage[Object.keys(this.drafts).length ? 'setItem' : 'removeItem'](DRAFTS + key, JSON.stringify(this.drafts));
    } catch {
      // Storage blocked or full: the picks stay while the page is open, as the record does.
    }
  };
  private readonly onHide = () => document.hidden && this.keep();
  /** @internal "Start again?" is being asked (only on the summary, so its body has loaded: summary.ts). */
  asking = false;
  /** The step whose unanswered questions the learner was told about: the next Next skips them. */
  private warned?: string;
  /** After Next checked several questions at once: how many are right (review 12b, finding 9). */
  private tally?: string;
  /**
   * The step that shows why "listen" is off as a line: the first one without a way to listen, so the line is seen
   * once per lesson; on the others it is the button's description. `''`: none yet, on a step taken over from the
   * server's markup (hydrate.ts), which drew no line; the next step the learner goes to may show it.
   */
  private noted?: string;
  /** @internal Draws again; also when a quiz pick changes, which makes the line about the last checks old. */
  readonly redraw = () => ((this.tally = undefined), this.requestUpdate());
  /** The prose of steps drawn so far, as DOM (prose.ts). */
  private readonly drawn: Drawn = new WeakMap();

  /** @internal */
  get t(): Translation {
    return translation(tagOf(this));
  }

  /**
   * The first drawing (and the start of the fetch) waits for a task of its
   * own: on a slow phone, evaluating the bundle and defining the elements is
   * a long task already, and drawing in it made it longer (issue 10, item 4).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : new Promise((r) => setTimeout(r)).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the loading placeholder, or with a lesson set (langkah build --prerender) its first
    // step as a learner who never opened it sees it; the browser loads the content (hydrate.ts takes the
    // prerendered step over). Dropped from the browser build, where isServer is false.
    if (isServer) {
      const l = this.lesson;
      if (l) this.progress.record = { v: 1, key: '', content: l.version, lang: l.lang, step: 0, seen: [l.steps[0]!.id], answers: {}, checks: {}, started: 0, updated: 0 };
      // The device's voice is unknown here: "listen" is drawn off, its reason only for screen readers, not as a
      // line telling a phone that has a voice to go to its settings (review 16, finding 1; hydrate.ts likewise).
      this.noted = '';
      return;
    }
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
      this.keep();
      for (const q in this.drafts) delete this.drafts[q];
      try {
        Object.assign(this.drafts, JSON.parse(localStorage.getItem(DRAFTS + key) ?? '{}'));
      } catch {
        // None kept, or storage blocked.
      }
      this.progress.ids = { lesson: l.id, ...(l.module ? { module: l.module } : {}), key };
      this.elements.clear();
      // Work over the whole lesson (its shape, the questions left) only when the record needs it: the task that
      // draws the first step is the longest of opening a lesson on a phone (issue 10, item 4).
      let r = this.progress.open(key, l.version, l.lang, l.steps.flatMap((s) => s.blocks), l.steps);
      this.noted = this.warned = undefined;
      this.end();
      // Left on the summary with questions unanswered, or asked to redo: back at the first question left to do;
      // one never answered first (a record an earlier version let the learner skip through: issue 12), then one wrong.
      const at = (wrong?: boolean) => l.steps.findIndex((s) => this.left(s.blocks, wrong).length);
      const past = r.step >= l.steps.length;
      const todo = past || (this.redo && r.completed) ? at(this.redo && at() < 0) : -1;
      // Past the end without having finished (the lesson got shorter, or the record was edited): the last
      // step, not a summary that would claim a lesson never finished; the learner is told nothing is lost.
      const last = past && !r.completed && todo < 0;
      if (last) this.progress.dropped ??= 0;
      if (last || todo >= 0) r = this.progress.update((d) => void (d.step = last ? l.steps.length - 1 : todo));
      // Opened by a tap (autofocus): the focus goes to the step's heading, not to the way out.
      if (this.autofocus) this.moved = 'open';
      const step = l.steps[r.step];
      if (step && !r.seen.includes(step.id)) this.progress.update((d) => void d.seen.push(step.id));
      // The host hears that the lesson is shown, so a learner who only opens it is counted (e.g. xAPI initialized).
      this.tell(r.step, Date.now(), true);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.keep);
    document.addEventListener('visibilitychange', this.onHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.keep);
    document.removeEventListener('visibilitychange', this.onHide);
    this.keep();
  }

  protected override updated(): void {
    const how = this.moved;
    if (!how) return;
    this.moved = false;
    const to = this.renderRoot.querySelector<HTMLElement>(this.asking ? '#ask' : 'h3');
    if (how === 'open' || how === 'stay' || this.asking) return to?.focus({ preventScroll: how === 'stay' });
    // A new step starts at the top of the screen: its first words, not the end of the one before;
    // after its quizzes have drawn themselves (microtasks), so that the page is long enough to get there.
    to?.focus({ preventScroll: true });
    setTimeout(() => to?.scrollIntoView({ block: 'start' }));
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
    // For the page's CSS: `langkah-lesson[complete]` (see embedding.md, host states).
    this.toggleAttribute('complete', !!r.completed);
    const waiting = step && questionsIn(step.blocks).some((q) => pending(q, this.drafts[q.id], shown(r.answers[q.id], r.completed)));
    const warn = step && this.warned === step.id && this.left(step.blocks).length;
    // On a summary with questions left, the line under the title says what is true: the steps read, not "Finish" (review 12c, finding 5).
    const left = step ? 0 : this.left().length;
    const at = step ? index + 1 : left ? r.seen.length : total;
    // Inside another element (a course): no frame of its own.
    return html`<article part="base" class="base ${isServer || this.getRootNode() === document ? '' : 'in'}" lang=${langOf(this)}>
      <header>
        <h2 part="title">${l.title}</h2>
        <p id="counter" class="counter">${step ? t.stepOf(at, total) : left ? t.seen(at, total) : t.finish}</p>
        <progress part="progress" max=${total} .value=${at} aria-labelledby="counter"></progress>
      </header>
      ${notices(t, this.progress)}
      ${step ? this.step(l, step, index) : this.summary(l, left)}
      ${this.asking
        ? this.ends?.confirm(this)
        : html`<nav part="nav" aria-label=${l.title}>
            <div role="status">${warn || this.tally ? html`<p class="note">${warn ? t.skipAsk : this.tally}</p>` : nothing}</div>
            ${step
              ? html`<button class="primary" @click=${() => this.forward(index)}>
                  ${waiting ? t.check : html`${index + 1 < total ? t.next : t.finish} <span aria-hidden="true">→</span>`}
                </button>`
              : nothing}
            ${index > 0 ? html`<button @click=${() => this.go(index - 1)}><span aria-hidden="true">←</span> ${step ? t.back : t.previous}</button>` : nothing}
            ${step ? nothing : html`<button @click=${() => this.ask(true)}>${t.restart}</button>`}
          </nav>`}
    </article>`;
  }

  private step(l: Lesson, step: Step, index: number) {
    const t = this.t;
    const audio = step.audio?.src;
    const { playing, failed } = this.speech;
    // Without a recording or a voice the button stays, disabled, with the reason: the learner knows it is not them.
    // The reason is the button's description on every such step, shown as a line on the first one only; a
    // recorded step's button works, and is described by nothing untrue (review 12c, finding 6).
    const can = !!audio || !!this.speech.voice(l.lang);
    const why = !can && (this.noted ??= step.id) === step.id;
    return html`<section part="step" class="step" lang=${l.lang}>
      <div class="head">
        <h3 tabindex="-1" aria-describedby="counter">${step.title}</h3>
        <button
          part="listen"
          class="listen"
          ?disabled=${!can}
          aria-describedby=${can ? nothing : 'no-voice'}
          @click=${() => this.speech.toggle(l.lang, step.title, step.blocks, this.progress.record!.answers, t, audio)}
        >
          <span aria-hidden="true">${playing ? '■' : '▶'}</span> ${playing ? t.stop : step.audio?.label ?? t.listen}
        </button>
        ${can ? nothing : html`<span id="no-voice" class=${why ? 'why' : 'sr'}>${t.noVoice}</span>`}
      </div>
      ${failed ? html`<p part="note" class="note" role="alert">${t.audioFailed}</p>` : nothing}
      ${lessonParts ? lessonParts.blocks(step.blocks, t, (b) => lessonParts!.block(this, b, step), this.drawn) : void contentShapes().then(this.redraw, () => undefined)}
    </section>`;
  }

  private summary(l: Lesson, left: number) {
    // The body loads with the lesson (see willUpdate); offline and not loaded, the next render tries again.
    if (!this.ends) this.end();
    return html`<section part="step summary" class="step summary">
      <h3 tabindex="-1">${left ? this.t.unfinished(left) : this.t.done}</h3>
      ${this.ends?.summary(this, l, left)}
    </section>`;
  }

  /** Loads the summary's body. */
  private end() {
    ending().then((m) => ((this.ends = m), this.requestUpdate()), () => undefined);
  }

  /** @internal Shows step `index` (the summary when it equals the number of steps), saves, and tells the host. */
  go(index: number) {
    const l = this.lesson!;
    const total = l.steps.length;
    const step = l.steps[index];
    const at = Date.now();
    // Done only with every question answered: a skipped one keeps the lesson open in the course and its reports.
    const done = !step && !this.left().length;
    this.speech.stop();
    this.progress.dropped = this.warned = this.tally = undefined;
    // Taken over from the server's markup, where "listen"'s reason was not a line: it is on the next step without one.
    if (this.noted === '') this.noted = undefined;
    const r = this.progress.update((d) => {
      d.step = index;
      if (step && !d.seen.includes(step.id)) d.seen.push(step.id);
      if (done) d.completed = at;
    });
    this.moved = true;
    const ids = this.tell(index, at);
    if (done) this.dispatchEvent(new LangkahCompleteEvent({ ...ids, score: this.score(r), steps: total, at }));
  }

  /**
   * @internal The questions among `blocks` not answered (and, with `wrong`, not
   * right on a first try: what a redo can still raise); `blocks`: the whole
   * lesson's by default. Answers to questions changed by an update were
   * dropped on opening.
   */
  left(blocks: Block[] = this.lesson!.steps.flatMap((s) => s.blocks), wrong?: boolean): Question[] {
    const answers = this.progress.record!.answers;
    return questionsIn(blocks).filter((q) => !answers[q.id] || (wrong && !firstRight(answers[q.id]!)));
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

  /**
   * Next: checks the picks of this step first, if there are any. A step with
   * questions not answered is never skipped silently: the first tap shows the
   * first of them and says so; the next tap moves on.
   */
  private async forward(index: number) {
    const quizzes = [...this.renderRoot.querySelectorAll('langkah-quiz')];
    const checked = quizzes.flatMap((q) => q.checkPending());
    const step = this.lesson!.steps[index]!;
    // One checked: its verdict comes into view (LangkahQuiz.check). Several at once: the line says how many are
    // right, and the first wrong one (else the first) comes into view, not the last verdict (review 12b, finding 9).
    const wrong = checked.filter((q) => !this.progress.record!.answers[q.id]!.correct);
    this.tally = checked[1] && this.t.rightOf(checked.length - wrong.length, checked.length);
    const [first] = checked[1] ? [...wrong, ...checked] : this.left(step.blocks);
    if (checked[0] && !checked[1]) return;
    if (!checked[0]) {
      if (!first || this.warned === step.id) return this.go(index + 1);
      this.warned = step.id;
    }
    this.requestUpdate();
    await this.updateComplete;
    const show = () => quizzes.forEach((q) => q.shadowRoot?.querySelector(`[data-q="${first!.id}"]`)?.scrollIntoView({ block: 'start' }));
    // After checks, once the quizzes drew their verdicts and scrolled to them.
    if (checked[0]) setTimeout(show);
    else show();
  }

  /** @internal Asks "start again?" (`on`), or stops asking. */
  async ask(on: boolean) {
    this.asking = this.moved = on;
    // Cancelled: back on the button that asked.
    if (!on && (await this.updateComplete)) this.renderRoot.querySelector<HTMLElement>('nav button:last-child')?.focus();
  }

  /** @internal A picture or recording that failed (`url`), or the device's voice. */
  mediaFailed(url?: string) {
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
