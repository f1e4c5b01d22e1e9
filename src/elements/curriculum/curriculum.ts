import { html, isServer, LitElement, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkCurriculum, loadCurriculum } from '../../content/load-curriculum.js';
import type { BuiltCurriculum, Lang, Progress } from '../../content/schema.js';
import { LangkahErrorEvent } from '../../events/error.js';
import { courseTranslation } from '../../i18n/course.js';
import { langOf, tagOf, translation } from '../../i18n/localize.js';
import { LoadController } from '../../internal/loader.js';
import { progressStore, type StoreProblem } from '../../progress/store.js';
import { courseFingerprint, encodeReport, verificationCode, type Report } from '../../report/code.js';
import { base } from '../shared/base.styles.js';
import { notices } from '../shared/notices.js';
import type { LangkahLesson } from '../lesson/lesson.js';
import { courseScope } from '../../progress/keys.js';
import { counted, finished, tally } from '../../report/course-progress.js';
import { styles } from './curriculum.styles.js';

type CourseModule = BuiltCurriculum['modules'][number];
type CourseLesson = CourseModule['lessons'][number];
type Status = 'done' | 'started' | 'new' | 'locked';
type Opening = 'tap' | 'history' | 'restore';

/** The history mark of the certificate (a lesson's is its ref, `module/lesson`). */
const CERTIFICATE = 'certificate';

interface LessonView {
  module: CourseModule;
  lesson: CourseLesson;
  ref: string;
  record?: Progress;
  status: Status;
  correct: number;
  /** Of `correct`, how many only after retrying (a round after the first: `tally`). */
  late: number;
}

const NAME_KEY = 'langkah.learner-name';

/** Reads a small value from localStorage; storage may be missing or blocked. */
function recall(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}
function remember(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Kept in memory for this page only: nothing a learner needs to hear about.
  }
}

/** The parts of an open lesson that the curriculum passes on, under these names (see embedding.md). */
const LESSON_PARTS =
  'base:lesson,title:lesson-title,progress,step,summary,nav:lesson-nav,listen,figure,callout,note,confirm,quiz,question,option,feedback,chat,score,checklist,item,help,count';

/**
 * The path through a course: modules and lessons marked done, in progress or
 * locked, overall progress, a button that continues where the learner left
 * off, lessons opened in place, a printable certificate, and a progress
 * report for the trainer over WhatsApp. Progress lives in the same store as
 * the lessons' own.
 *
 * @tagname langkah-curriculum
 * @summary A course: its lessons in order, progress, certificate and report.
 *
 * @csspart base - The frame around the course.
 * @csspart title - The course title.
 * @csspart title-id - The course title while the course shows in Bahasa Indonesia (a page whose own heading already shows it can hide it visually, as an offline pack does).
 * @csspart title-en - The course title while the course shows in English.
 * @csspart nav - The overall progress and the continue button.
 * @csspart day - One day or session of the path, with its heading (when the curriculum has days or sessions).
 * @csspart module - One module of the path.
 * @csspart lesson - One lesson in the path.
 * @csspart certificate - The printable certificate.
 * @csspart report - The report form.
 * @csspart status - Loading and error messages.
 *
 * @attr {string} lang - Interface language, `id` or `en`; without it, the closest ancestor's `lang`, then `<html lang>`.
 *
 * @cssproperty --langkah-accent - Colour of buttons and progress.
 *
 * @event langkah-error - The curriculum could not be loaded (and events of the lessons it shows).
 * @event langkah-progress - Bubbles from the open lesson.
 * @event langkah-complete - Bubbles from the open lesson.
 */
export class LangkahCurriculum extends LitElement {
  static override styles = [base, styles];

  /** URL of a built curriculum (`curriculum.json`, written by `langkah build <curriculum.yaml>`). */
  @property() src?: string;

  /**
   * A built curriculum given as data instead of `src` (the course builder's
   * links: src/builder/link-page.ts), its lesson addresses absolute. It is
   * checked as a file would be; its records are scoped to the course and to
   * this page's address, apart from any pack.
   */
  @property({ attribute: false }) curriculum?: BuiltCurriculum;

  @state() private course?: BuiltCurriculum;
  @state() private openRef?: string;
  @state() private view: 'path' | 'lesson' | 'certificate' = 'path';
  @state() private name = recall(NAME_KEY);
  @state() private notice = '';
  /** Problems met reading the lessons' records: a notice each on the path. */
  private readonly problems = new Set<StoreProblem>();
  /** Records whose problem the host page has heard of (`kind key`). */
  private readonly reported = new Set<string>();
  /** What this course's records belong to: the course and the folder it is served from. */
  private scope = '';
  /** The language the learner chose with the course's language buttons (remembered on the device). */
  @state() private chosen?: Lang;
  /** The learner just switched language: the path says that progress is kept. */
  @state() private switched = false;
  /** What the copy button last did to the report code. */
  @state() private copied: '' | 'ok' | 'failed' = '';
  private unwatch: (() => void)[] = [];
  private focusAfter?: string;
  private shown?: LangkahLesson;
  /**
   * How the open lesson was opened: by a tap (focus on its step, a finished one at what is left to redo),
   * by the browser's Back or Forward (focus on its step, where the learner was), or restored on a reload.
   */
  private how: Opening = 'restore';
  /** The course went back off its own history entry (`toPath`), and the browser has not got there yet. */
  private leaving = false;
  /**
   * The address the course's history entries have (they never change it). A `popstate` at another address is a
   * navigation of the page's own, such as another link pasted into the builder's link page (a change of `#…`,
   * which fires `popstate` too): not the learner going back from a lesson, so the open lesson stays remembered.
   */
  private at = globalThis.location?.href;
  private readonly loader = new LoadController<BuiltCurriculum>(
    this,
    () => ({}),
    (course) => {
      this.course = course;
      this.scope = courseScope(course.id, this.src ?? `${location.pathname}/`);
      this.adopt();
      const lang = recall(this.langKey()) as Lang;
      if (course.languages.includes(lang)) this.chosen = lang;
      this.watchRecords();
      // The lesson left open reopens, on its history entry: the one on top after a reload, else (a new visit)
      // an entry of its own, so that Back leads to the path. An entry that says more than the device remembers
      // (the certificate, a lesson closed in another tab) loses its mark.
      const open = recall(this.openKey());
      if (this.openable(open)) this.openLesson(open, 'restore');
      else if (this.mark() !== undefined) history.replaceState(this.unmarked(), '');
    },
  );
  private readonly refresh = () => this.requestUpdate();

  /**
   * The browser's Back or Forward (Android's Back button) between the path and
   * what the course showed above it: back on the path, the focus on the lesson
   * just left; Forward opens it again where the learner was.
   */
  private readonly onPop = () => {
    if (!this.course || location.href !== this.at) return;
    if (this.leaving) {
      // The end of the course's own way back: if the learner opened something meanwhile, it gets its entry now.
      this.leaving = false;
      const what = this.view === 'lesson' ? this.openRef : this.view === CERTIFICATE ? CERTIFICATE : undefined;
      if (what) this.enter(what);
      return;
    }
    const mark = this.mark();
    if (mark === CERTIFICATE) this.showCertificate(false);
    // Back to an entry of the lesson already open (a host page's own entry was above it): nothing to do.
    else if (mark && mark === this.openRef) return;
    else if (this.openable(mark)) this.openLesson(mark, 'history');
    else if (this.view === 'lesson') this.closeLesson(undefined, false);
    else if (this.view === 'certificate') this.fromCertificate(false);
  };

  private get language(): Lang {
    return this.chosen ?? langOf(this);
  }

  /**
   * The interface's language tag: the page's (`jv`, with what it registered)
   * while the course is shown in the language that tag falls back to, else
   * the course's language.
   */
  private get tag(): string {
    return langOf(this) == this.language ? tagOf(this) : this.language;
  }

  private langKey() {
    return `langkah.${this.scope}lang`;
  }

  /**
   * Switches the course to `lang`. Each language's lessons keep their own
   * records, but the path and the report count a lesson done in either (see
   * `record`), and the learner is told so: nothing looks lost.
   */
  private choose(lang: Lang) {
    this.chosen = lang;
    remember(this.langKey(), lang);
    this.switched = true;
    // Heard as well as seen: the focus stays on the language button.
    this.notice = courseTranslation(lang == langOf(this) ? tagOf(this) : lang).languageKept;
    this.focusAfter = '.langs button';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the loading placeholder; the browser loads the content.
    if (isServer) return;
    if (changed.has('src') && this.src) {
      const src = this.src;
      this.loader.run((signal) => loadCurriculum(src, signal));
    } else if (changed.has('curriculum') && this.curriculum && !this.src) {
      const data = this.curriculum;
      this.loader.run(async () => checkCurriculum(structuredClone(data), location.href));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('langkah-complete', this.refresh);
    this.addEventListener('langkah-progress', this.refresh);
    addEventListener('popstate', this.onPop);
    if (this.course) this.watchRecords();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('langkah-complete', this.refresh);
    this.removeEventListener('langkah-progress', this.refresh);
    removeEventListener('popstate', this.onPop);
    this.unwatch.forEach((f) => f());
    this.unwatch = [];
  }

  private openKey() {
    return `langkah.${this.scope}open`;
  }

  /** The key of a lesson's record in this course: its own, so that another course or page never changes it. */
  private key(ref: string, lang = this.language) {
    return `${this.scope}lesson:${ref}@${lang}`;
  }

  /**
   * Once per course and folder: copies the records that Langkah 0.1 kept
   * without a scope (`lesson:<ref>@<lang>`, shared by every page of the site)
   * to this course's own keys, so that no learner loses progress on upgrade.
   * The old records stay for the lessons embedded on their own; the lesson
   * that was open is remembered too.
   */
  private adopt() {
    const done = `langkah.${this.scope}adopted`;
    if (recall(done)) return;
    remember(this.openKey(), recall(`langkah.course:${this.course!.id}`));
    for (const m of this.course!.modules) {
      for (const l of m.lessons) {
        for (const lang of this.course!.languages) {
          const key = this.key(`${m.id}/${l.id}`, lang);
          const legacy = key.slice(this.scope.length);
          const old = progressStore.read(legacy, this.onProblem(legacy));
          if (old && !progressStore.read(key, this.onProblem(key))) progressStore.write({ ...old, key });
        }
      }
    }
    remember(done, '1');
  }

  /** Hears a problem with the record under `key`: a notice once per kind, an event once per record. */
  private onProblem(key: string) {
    return (p: StoreProblem) => {
      if (this.reported.has(p + ' ' + key)) return;
      this.reported.add(p + ' ' + key);
      this.problems.add(p);
      // As ProgressController does for a lesson's own record.
      this.dispatchEvent(new LangkahErrorEvent({ key, kind: p, severity: 'warning', message: `progress ${p}`, at: Date.now() }));
      this.requestUpdate();
    };
  }

  /** Re-renders when any lesson's record changes, here or in another tab. */
  private watchRecords() {
    this.unwatch.forEach((f) => f());
    const course = this.course;
    this.unwatch = (course?.modules ?? []).flatMap((m) =>
      m.lessons.flatMap((l) =>
        course!.languages.map((lang) => {
          const key = this.key(`${m.id}/${l.id}`, lang);
          let had = !!progressStore.read(key);
          return progressStore.watch(key, (record) => {
            // A record removed elsewhere while the list shows it: said, as an open lesson says it (review 10b, F9).
            if (had && !record) this.onProblem(key)('cleared');
            had = !!record;
            this.refresh();
          });
        }),
      ),
    );
  }

  /**
   * The record that counts for a lesson, from either language: both have the
   * same questions, so a lesson done in Bahasa Indonesia stays done (with its
   * score) when the learner switches to English, and the other way round. A
   * finished record wins over one in progress; of two finished, the one with
   * more right answers; otherwise the one touched last (docs/trainers.md).
   * Returned first, then the other language's (its first tries count too: `counted`).
   */
  private records(ref: string, lesson: CourseLesson): Progress[] {
    const all = this.course!.languages
      .map((lang) => progressStore.read(this.key(ref, lang), this.onProblem(this.key(ref, lang))))
      .filter((r): r is Progress => !!r);
    const right = (r: Progress) => counted(r, lesson, all.find((x) => x !== r));
    const done = (r: Progress) => +finished(r, lesson);
    return all.sort((a, b) => done(b) - done(a) || (done(a) ? right(b) - right(a) : 0) || b.updated - a.updated);
  }

  /** Every lesson of the course with its record and status, in order. */
  private lessons(): LessonView[] {
    const course = this.course;
    if (!course) return [];
    const views: LessonView[] = [];
    for (const module of course.modules) {
      for (const lesson of module.lessons) {
        const ref = `${module.id}/${lesson.id}`;
        const [record, other] = this.records(ref, lesson);
        const { right: correct, late } = tally(record, lesson, other);
        // Finished with every question answered: a lesson an earlier version let the learner skip through is not done (issue 12).
        const status: Status = finished(record, lesson)
          ? 'done'
          : record && (record.completed || record.seen.length > 1 || Object.keys(record.answers).length || Object.keys(record.checks).length)
            ? 'started'
            : 'new';
        views.push({ module, lesson, ref, status, correct, late, ...(record ? { record } : {}) });
      }
    }
    // A module is locked until everything it requires is done.
    const done = (ref: string) =>
      views.filter((v) => (ref.includes('/') ? v.ref === ref : v.module.id === ref)).every((v) => v.status === 'done');
    for (const v of views) {
      const missing = v.module.requires.filter((r) => !done(r));
      if (missing.length && v.status !== 'done') v.status = 'locked';
    }
    return views;
  }

  private missingFor(module: CourseModule, views: LessonView[]): string {
    const l = this.language;
    return module.requires
      .map((ref) => {
        const [m, lesson] = ref.split('/');
        const mod = this.course!.modules.find((x) => x.id === m);
        if (!mod) return undefined;
        if (!lesson) return views.filter((v) => v.module.id === m).every((v) => v.status === 'done') ? undefined : mod.title[l];
        const view = views.find((v) => v.ref === ref);
        return view && view.status !== 'done' ? view.lesson.title[l] : undefined;
      })
      .filter(Boolean)
      .join(', ');
  }

  /** The lesson to continue: the latest one in progress, else the first not done and open. */
  private continueRef(views: LessonView[]): string | undefined {
    const started = views.filter((v) => v.status === 'started').sort((a, b) => b.record!.updated - a.record!.updated);
    return (started[0] ?? views.find((v) => v.status === 'new'))?.ref;
  }

  /** Report data for the trainer: the course fingerprint and each lesson's state. */
  private report(views: LessonView[]): Report {
    const course = this.course!;
    // The time of last activity, to the minute: the later of two reports the same day wins in the roster.
    const last = Math.max(0, ...views.map((v) => v.record?.updated ?? 0)) || Date.now();
    return {
      course: courseFingerprint(course.id, course.version, views.map((v) => v.ref)),
      name: this.name.trim(),
      last: last - (last % 60_000),
      lessons: views.map((v) =>
        v.status === 'done'
          ? v.lesson.questions
            ? { status: 'done', score: Math.round((100 * v.correct) / v.lesson.questions) }
            : { status: 'done' }
          : v.status === 'started'
            ? { status: 'started' }
            : { status: 'none' },
      ),
    };
  }

  private totals(views: LessonView[]) {
    const done = views.filter((v) => v.status === 'done').length;
    const questions = views.reduce((n, v) => n + v.lesson.questions, 0);
    // Only finished lessons count, as in the report the trainer sees.
    const correct = views.reduce((n, v) => n + (v.status === 'done' ? v.correct : 0), 0);
    // Of them, right only after retrying: said on the report and the certificate (they count: docs/trainers.md).
    const late = views.reduce((n, v) => n + (v.status === 'done' ? v.late : 0), 0);
    const percent = questions ? Math.round((100 * correct) / questions) : 100;
    // The score of the lessons finished so far: what a learner who starts well sees first (finding 13 of review 12).
    const doneQuestions = views.reduce((n, v) => n + (v.status === 'done' ? v.lesson.questions : 0), 0);
    const donePercent = doneQuestions ? Math.round((100 * correct) / doneQuestions) : 0;
    const pass = this.course!.pass;
    return { done, total: views.length, questions, percent, late, doneQuestions, donePercent, complete: done === views.length, passed: pass === undefined || percent >= pass };
  }

  private openLesson(ref: string, how: Opening = 'tap') {
    if (how !== 'history') this.enter(ref);
    this.openRef = ref;
    this.view = 'lesson';
    remember(this.openKey(), ref);
    if (how !== 'restore') {
      const v = this.lessons().find((x) => x.ref === ref);
      this.notice = v ? courseTranslation(this.tag).opened(v.lesson.title[this.language]) : '';
    }
    this.how = how;
  }

  /** Whether `ref` names a lesson of the course that the learner may open. */
  private openable(ref?: string): ref is string {
    return !!ref && this.lessons().some((l) => l.ref === ref && l.status !== 'locked');
  }

  /**
   * Back to the path, with the focus on the lesson's button, or on `focus`;
   * `leave` (the course's own buttons): also off the history entry the course
   * added for the lesson, so that the phone's Back never lands on the path twice.
   */
  private closeLesson(focus = `[data-ref="${this.openRef}"]`, leave = true) {
    this.focusAfter = focus;
    this.toPath(leave);
    this.openRef = undefined;
    // Opened again later, the lesson starts afresh (at what is left to redo), not where this element was; with its
    // unchecked ticks, which the lesson keeps on the device when it closes.
    this.shown = undefined;
    this.notice = '';
    remember(this.openKey(), '');
  }

  private toPath(leave: boolean) {
    this.view = 'path';
    // Only an entry this course added, and only while it is on top: a host page's own entries stay.
    if (leave && !this.leaving && this.mark() !== undefined) {
      this.leaving = true;
      history.back();
    }
  }

  /** From the certificate back to the path, the focus on the button that made it. */
  private fromCertificate(leave: boolean) {
    this.toPath(leave);
    this.focusAfter = '.finish [type="submit"]';
  }

  private showCertificate(enter = true) {
    if (enter) this.enter(CERTIFICATE);
    this.view = 'certificate';
    this.focusAfter = '#cert-title';
  }

  /**
   * History (docs/embedding.md, "The phone's Back button"): what the course
   * shows above its path (a lesson, the certificate) has a history entry of
   * its own, at the same address (no hash: a host's router and the course
   * link page, which reloads on `hashchange`, see nothing), marked in its
   * state as this course's (`langkah`: the course's scope and what it shows)
   * beside whatever state the host keeps there. One entry at most: going from
   * lesson to lesson replaces it, so Back always leads to the path.
   */
  private enter(what: string) {
    // Going back already (the learner was quicker than the browser): the entry comes once there (onPop).
    if (this.leaving) return;
    this.at = location.href;
    const host: unknown = history.state;
    const state = { ...(host && typeof host == 'object' ? host : {}), langkah: this.scope + what };
    if (this.mark() === undefined) history.pushState(state, '');
    else history.replaceState(state, '');
  }

  /** What this course showed on the history entry on top, by its mark: a lesson's ref or `certificate`. */
  private mark(): string | undefined {
    const m = (history.state as { langkah?: unknown } | null)?.langkah;
    return typeof m == 'string' && m.startsWith(this.scope) ? m.slice(this.scope.length) : undefined;
  }

  /** The state of the entry on top without this course's mark. */
  private unmarked() {
    const state = { ...(history.state as object) } as Record<string, unknown>;
    delete state.langkah;
    return state;
  }

  protected override updated(): void {
    // For the page around: while a lesson is open, a pack shrinks its own header (pack.css).
    this.toggleAttribute('lesson-open', this.view === 'lesson');
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      target?.focus();
    }
  }

  override render() {
    const t = translation(this.tag);
    if (!this.course) return html`<div part="base" class="base">${this.loader.view(t)}</div>`;
    const views = this.lessons();
    return html`<div part="base" class="base" lang=${this.tag}>
      <p class="sr" role="status" aria-live="polite">${this.notice}</p>
      ${this.view === 'lesson' && this.openRef
        ? this.renderOpen(views)
        : this.view === 'certificate'
          ? this.renderCertificate(views)
          : this.renderPath(views)}
    </div>`;
  }

  /**
   * The path, for a slow reader on a 360 × 640 phone: the title, how far they
   * are and the button to start or go on come first, on the first screen; the
   * scores, the language button and the description follow, then the lessons
   * and the report.
   */
  private renderPath(views: LessonView[]) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    const course = this.course!;
    const sum = this.totals(views);
    const next = this.continueRef(views);
    const other = course.languages.filter((x) => x !== l);
    return html`
      <h2 class="title" part=${`title title-${l}`} id="course-title" tabindex="-1">${course.title[l]}</h2>
      <div part="nav" class="overview">
        <p>${c.lessonsDone(sum.done, sum.total)}</p>
        <progress max=${sum.total} .value=${sum.done} aria-label=${c.lessonsDone(sum.done, sum.total)}></progress>
        ${next
          ? html`<button class="primary" id="continue" @click=${() => this.openLesson(next)}>
              ${sum.done || views.some((v) => v.status === 'started') ? c.continue : c.start}
            </button>`
          : nothing}
        ${sum.questions && (sum.done || course.pass !== undefined)
          ? html`<p class="muted scores">
              ${sum.doneQuestions ? html`${c.doneScore(sum.donePercent)}<br />` : nothing}
              ${sum.done ? c.overall(sum.percent, sum.late) : nothing}
              ${course.pass !== undefined ? html`${sum.done ? html`<br />` : nothing}${c.passMark(course.pass)}` : nothing}
            </p>`
          : nothing}
        <button id="to-report" @click=${() => this.renderRoot.querySelector<HTMLElement>('#report-name')?.focus()}>${c.report}</button>
      </div>
      ${notices(translation(this.tag), { problems: this.problems })}
      ${other.length
        ? html`<p class="langs">
            ${other.map((x) => html`<button lang=${x} @click=${() => this.choose(x)}>${x === 'en' ? 'English' : 'Bahasa Indonesia'}</button>`)}
          </p>`
        : nothing}
      ${this.switched ? html`<p class="kept" role="status">${c.languageKept}</p>` : nothing}
      ${course.description ? html`<p>${course.description[l]}</p>` : nothing}
      ${sum.complete ? this.renderFinish(sum, views) : nothing}
      ${course.modules.some((m) => m.day || m.session)
        ? this.parts().map((part, i) => {
            const mine = views.filter((v) => part.includes(v.module));
            const { day, session } = part[0]!;
            return html`<section part="day" class="day" aria-labelledby=${`part-${i}`}>
              <h3 id=${`part-${i}`}>${[day ? c.day(day) : '', session?.[l] ?? ''].filter(Boolean).join(' · ')}</h3>
              <p class="muted">
                ${c.lessonsDone(mine.filter((v) => v.status === 'done').length, mine.length)} ·
                ${c.minutes(mine.reduce((n, v) => n + v.lesson.duration, 0))}
              </p>
              ${this.renderModules(part, views, true)}
            </section>`;
          })
        : this.renderModules(course.modules, views, false)}
      ${this.renderReport(views)}
    `;
  }

  /** The course's modules in runs that share a day and session: one heading each on the path. */
  private parts(): CourseModule[][] {
    const parts: CourseModule[][] = [];
    let last: CourseModule | undefined;
    for (const m of this.course!.modules) {
      if (!last || m.day !== last.day || m.session?.id !== last.session?.id) parts.push([]);
      parts.at(-1)!.push((last = m));
    }
    return parts;
  }

  /** A list of modules with their lessons; under a day's heading, each module's heading is one level down. */
  private renderModules(modules: CourseModule[], views: LessonView[], nested: boolean) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    return html`<ol class="modules">
      ${modules.map((m) => {
        const mine = views.filter((v) => v.module.id === m.id);
        const locked = mine.some((v) => v.status === 'locked');
        return html`<li part="module" class="module">
          ${nested ? html`<h4>${m.title[l]}</h4>` : html`<h3>${m.title[l]}</h3>`}
          <p class="muted">
            ${c.lessonsDone(mine.filter((v) => v.status === 'done').length, mine.length)}
            ${locked ? html`<br />${c.locked(this.missingFor(m, views))}` : nothing}
          </p>
          <ol class="lessons">
            ${mine.map((v) => this.renderLessonItem(v, views))}
          </ol>
        </li>`;
      })}
    </ol>`;
  }

  private renderLessonItem(v: LessonView, views: LessonView[]) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    const locked = v.status === 'locked';
    // A locked lesson says why at the lesson itself, and has no button that looks dead (finding 15 of review 12).
    const label = locked ? c.locked(this.missingFor(v.module, views)) : { done: c.done, started: c.inProgress, new: c.notStarted }[v.status as 'done'];
    const icon = { done: '✓', started: '◐', new: '○', locked: '🔒' }[v.status];
    return html`<li part="lesson" class="lesson ${v.status}" data-ref=${locked ? v.ref : nothing}>
      <span class="icon" aria-hidden="true">${icon}</span>
      <span class="what">
        <span class="name">${v.lesson.title[l]}</span>
        <span class="muted">${label} · ${c.minutes(v.lesson.duration)}${v.lesson.questions
            ? ` · ${v.record && Object.keys(v.record.answers).length ? c.lessonScore(this.percent(v), v.late) : c.noQuiz}`
            : ''}</span>
      </span>
      ${locked
        ? nothing
        : html`<button
            data-ref=${v.ref}
            aria-label=${`${v.status === 'done' ? c.review : c.open}: ${v.lesson.title[l]}`}
            @click=${() => this.openLesson(v.ref)}
          >
            ${v.status === 'done' ? c.review : c.open}
          </button>`}
    </li>`;
  }

  private renderOpen(views: LessonView[]) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    const index = views.findIndex((v) => v.ref === this.openRef);
    const v = views[index]!;
    const open = (x: LessonView) => x.status === 'new' || x.status === 'started';
    // Once this lesson is done: the next open lesson after it, else the first one left.
    const after = views.slice(index + 1).find(open) ?? views.find(open);
    return html`
      <p class="crumbs">
        <button id="back" aria-label=${c.back} @click=${() => this.closeLesson()}><span aria-hidden="true">←</span> ${c.toList}</button>
        <span class="muted">${v.module.title[l]}</span>
      </p>
      ${this.lessonElement(
        v.lesson.src[l],
        l,
        v.status !== 'done'
          ? nothing
          : after
            ? html`<p part="nav" class="next" slot="next"><button class="primary" @click=${() => this.openLesson(after.ref)}>${c.nextLesson(after.lesson.title[l])}</button></p>`
            : html`<p part="nav" class="next" slot="next"><button class="primary" @click=${() => this.closeLesson(this.totals(views).complete ? '#finish-title' : undefined)}>${c.back}</button></p>`,
        v,
      )}
    `;
  }

  /**
   * The open lesson: a new element for each lesson, so that the one just
   * finished (with its "start again" button) never shows while the next loads.
   */
  private lessonElement(src: string, lang: Lang, next: unknown, v?: LessonView) {
    if (this.shown?.getAttribute('src') !== src) {
      if (v) this.share(v, lang);
      this.shown = document.createElement('langkah-lesson') as LangkahLesson;
      this.shown.scope = this.scope;
      this.shown.setAttribute('src', src);
      // The page's tag (`bjn`, with the strings it registered) where it falls back to the lesson's language.
      this.shown.setAttribute('lang', lang == this.language ? this.tag : lang);
      // The lesson's parts, and those of its quizzes and checklists, reach the page: `langkah-curriculum::part(option)`.
      this.shown.setAttribute('exportparts', LESSON_PARTS);
      // Opened by a tap: focus on the step's heading; a finished lesson opens at what is left to redo (#12).
      this.shown.autofocus = this.how !== 'restore';
      this.shown.redo = this.how === 'tap';
    }
    // The way on goes into the lesson's summary, above its "start again".
    render(next, this.shown);
    return this.shown;
  }

  /**
   * Before a lesson opens in `lang`: the answers given to its questions in
   * the other language, copied to this language's record where it has none
   * (same question ids; each answer with this language's fingerprint). The
   * quiz shows them answered, not blank, and a new try here is a try again,
   * not a first try: it may practise, never lower what counts (review 12c,
   * finding 1). The copy keeps the first check's time (`firstAt`), so the
   * course counts the question once (`verdict`). Needs the curriculum's
   * question fingerprints; one built before them copies nothing.
   */
  private share(v: LessonView, lang: Lang) {
    const fp = v.lesson.fp;
    const key = this.key(v.ref, lang);
    const mine = progressStore.read(key);
    const answers = { ...mine?.answers };
    let copied = 0;
    for (const x of this.course!.languages) {
      const other = x === lang || !fp ? undefined : progressStore.read(this.key(v.ref, x));
      for (const [id, a] of Object.entries(other?.answers ?? {})) {
        const want = fp![lang][id];
        if (want && fp![x][id] === a.fp && answers[id]?.fp !== want) (answers[id] = { ...a, fp: want }), copied++;
      }
    }
    const now = Date.now();
    if (copied)
      progressStore.write({ ...(mine ?? { v: 1, key, content: v.lesson.version[lang], lang, step: 0, seen: [], checks: {}, started: now }), answers, updated: now });
  }

  /** A lesson's own quiz score, in percent. */
  private percent(v: LessonView) {
    return Math.round((100 * v.correct) / v.lesson.questions);
  }

  private renderFinish(sum: ReturnType<LangkahCurriculum['totals']>, views: LessonView[]) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    const pass = this.course!.pass ?? 0;
    const certificate = this.course!.certificate?.enabled !== false;
    // Under the pass mark: the lessons whose own score is under it, to open from here.
    const redo = sum.passed ? [] : views.filter((v) => v.lesson.questions && this.percent(v) < pass);
    return html`<section class="finish" aria-labelledby="finish-title">
      <h3 id="finish-title" tabindex="-1">${sum.passed ? c.allDone : c.notPassed(sum.percent, pass)}</h3>
      ${redo.length
        ? html`<p>${c.redo}</p>
            <ul class="redo">
              ${redo.map((v) => html`<li><button @click=${() => this.openLesson(v.ref)}>${v.lesson.title[l]} (${c.lessonScore(this.percent(v), v.late)})</button></li>`)}
            </ul>`
        : nothing}
      ${sum.passed && certificate
        ? html`<form @submit=${this.makeCertificate}>
            <label for="cert-name">${c.yourName}</label>
            <input id="cert-name" name="name" autocomplete="name" required .value=${this.name} @input=${this.onName} aria-describedby="cert-help" />
            <p id="cert-help" class="muted">${c.nameHelp}</p>
            <button class="primary" type="submit">${c.makeCertificate}</button>
          </form>`
        : nothing}
    </section>`;
  }

  private onName = (e: Event) => {
    this.name = (e.target as HTMLInputElement).value;
    remember(NAME_KEY, this.name.trim());
  };

  private makeCertificate = (e: Event) => {
    e.preventDefault();
    if (this.name.trim()) this.showCertificate();
  };

  private renderCertificate(views: LessonView[]) {
    const l = this.language;
    const c = courseTranslation(this.tag);
    const course = this.course!;
    const sum = this.totals(views);
    const date = new Intl.DateTimeFormat(translation(this.tag).locale, { dateStyle: 'long' }).format(
      Math.max(...views.map((v) => v.record?.completed ?? 0)) || Date.now(),
    );
    return html`
      <article part="certificate" class="certificate" aria-labelledby="cert-title">
        <p class="muted">${course.organiser}</p>
        <h2 id="cert-title" tabindex="-1">${c.certificate}</h2>
        <p class="course">${course.title[l]}</p>
        <p>${c.awardedTo}</p>
        <p class="who">${this.name.trim()}</p>
        <p>${c.completed(sum.done)} ${c.scoreLine(sum.percent, sum.late)}</p>
        ${course.certificate?.note ? html`<p>${course.certificate.note[l]}</p>` : nothing}
        <p>${c.dateLine(date)}</p>
        ${course.certificate?.signer ? html`<p class="signer">${course.certificate.signer}</p>` : nothing}
        <p>${c.verification}: <strong class="code">${verificationCode(this.report(views))}</strong></p>
        <p class="muted">${c.selfReported}</p>
      </article>
      <p class="actions">
        <button class="primary" @click=${() => window.print()}>${c.print}</button>
        <button @click=${() => this.fromCertificate(true)}>${c.back}</button>
      </p>
    `;
  }

  private renderReport(views: LessonView[]) {
    const c = courseTranslation(this.tag);
    const name = this.name.trim();
    const report = this.report(views);
    const code = encodeReport(report, views.map((v) => v.lesson.questions));
    const sum = this.totals(views);
    const text = c.reportText(this.course!.title[this.language], name, sum.done, sum.total, sum.percent, code, sum.late);
    return html`<section part="report" class="report" aria-labelledby="report-title">
      <h3 id="report-title">${c.report}</h3>
      <p>${c.reportHelp}</p>
      <label for="report-name">${c.yourName}</label>
      <input id="report-name" autocomplete="name" .value=${this.name} @input=${this.onName} aria-describedby="report-help" />
      <p id="report-help" class="muted">${c.nameHelp}</p>
      <p class="actions">
        <a
          class="button primary"
          href=${`https://wa.me/${this.course!.trainer?.whatsapp ?? ''}?text=${encodeURIComponent(text)}`}
          target="_blank"
          rel="noopener noreferrer"
          aria-disabled=${name ? 'false' : 'true'}
          aria-describedby=${name ? nothing : 'report-why'}
          @click=${(e: Event) => {
            if (!name) {
              e.preventDefault();
              this.renderRoot.querySelector<HTMLInputElement>('#report-name')?.focus();
            }
          }}
          >${c.sendReport}</a
        >
      </p>
      ${name ? nothing : html`<p id="report-why" class="why">${c.nameFirst}</p>`}
      <p class="muted code" data-code>${code}</p>
      <p class="actions">
        <button id="copy" aria-describedby="copied" @click=${() => this.copy(code)}>${c.copy}</button>
      </p>
      <p id="copied" class=${this.copied === 'failed' ? 'why' : 'kept'} role="status">${this.copied ? (this.copied === 'ok' ? c.copied : c.copyFailed) : ''}</p>
      <p>
        <button id="to-top" @click=${this.toTop}><span aria-hidden="true">↑</span> ${c.toTop}</button>
      </p>
    </section>`;
  }

  /**
   * Copies the report code, for a learner who sends it another way than
   * WhatsApp, and says so where they look and where a screen reader listens.
   * Where the browser refuses (no clipboard on a plain http address), the code
   * is selected for a long press and the learner is told.
   */
  private async copy(code: string) {
    this.copied = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(code);
      this.copied = 'ok';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('[data-code]')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.copied = 'failed';
    }
  }

  /** From the report at the bottom back to the top of the course: the main button, or the title. */
  private toTop = () => {
    const target = this.renderRoot.querySelector<HTMLElement>('#continue') ?? this.renderRoot.querySelector<HTMLElement>('#course-title');
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-curriculum': LangkahCurriculum;
  }
}
