/**
 * `connectLrs`: turns a page's Langkah events into xAPI statements for a
 * Learning Record Store. The elements need nothing for it: it listens to the
 * events they already send (`langkah-progress`, `langkah-answer`,
 * `langkah-complete`) where they reach the page, and reads the lesson and
 * quiz data from the element that sent them, for the activity definitions.
 *
 * It lives outside the script-tag bundle: a page that reports loads it.
 */
import type { Lang, Lesson, Question, Quiz } from '../../content/schema.js';
import type { LangkahAnswerEvent } from '../../events/answer.js';
import type { LangkahCompleteEvent } from '../../events/complete.js';
import type { LangkahIds } from '../../events/detail.js';
import { LangkahErrorEvent } from '../../events/error.js';
import type { LangkahProgressDetail, LangkahProgressEvent } from '../../events/progress.js';
import type { LangkahLesson } from '../../elements/lesson/lesson.js';
import { fingerprint } from '../../content/hash.js';
import type { BuiltCurriculum } from '../../content/schema.js';
import { courseProgress, readRecord } from '../course-progress.js';
import { StatementQueue, type QueueProblem } from './queue.js';
import {
  answerStatement,
  courseActivity,
  duration,
  lessonStatement,
  progressStatement,
  scoreResult,
  statement,
  type Actor,
  type Statement,
  type Where,
} from './statements.js';

/** Options of `connectLrs`: the LRS, its credentials, the learner and the base of activity ids. */
export interface LrsOptions {
  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xapi/` (or a path on the host's own server that proxies it). */
  endpoint: string;
  /**
   * Returns the `Authorization` header value for each request, e.g. a short-lived
   * `Bearer` token from the host's own server. Never put an LRS key and secret in
   * a public page: anyone can read them and write statements as any learner.
   */
  auth?: () => string | undefined | Promise<string | undefined>;
  /** The learner, as the host knows them (an `account` or `mbox`). Langkah never invents one. */
  actor: Actor;
  /** Base IRI for activity ids, e.g. `https://dinas.example.go.id/langkah`. */
  base: string;
  /**
   * A course the lessons belong to, for `context.contextActivities.grouping`.
   * With `src` (the built `curriculum.json`), the course reports its own
   * `completed` (and `passed`/`failed` against its pass mark) once every
   * lesson is done.
   */
  course?: { id: string; title?: string; src?: string };
  /** A registration (attempt) UUID, when the host has one (cmi5 does). */
  registration?: string;
  /** Where the events are heard; the document by default. */
  root?: EventTarget;
  /** Statements per request (default 25) and kept at most (default 2,000). */
  batch?: number;
  cap?: number;
  /** For tests: another fetch or storage. */
  fetch?: typeof fetch;
  storage?: Storage | null;
  spare?: Storage | null;
}

/** What `connectLrs` returns: how many statements wait on the device, and ways to send them now or stop. */
export interface LrsConnection {
  /** Statements waiting on the device. */
  readonly pending: number;
  /** Sends what is waiting; resolves when the queue is empty or has to wait. */
  flush(): Promise<void>;
  /** Stops listening and sending (what is waiting stays stored for the next page). */
  close(): void;
}

const hasIfi = (a: Actor) => ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => k in a).length === 1;

/** The element in an event's path that holds `prop`, e.g. a lesson's `lesson` or a quiz's `data`. */
function holder<T>(e: Pick<Event, 'composedPath'>, tag: string, prop: string): T | undefined {
  for (const node of e.composedPath()) {
    if ((node as Element).localName === tag) return (node as unknown as Record<string, T>)[prop];
  }
  return undefined;
}

/** The lessons under `root` that are shown, inside a `<langkah-curriculum>` too. */
function shown(root: EventTarget): LangkahLesson[] {
  const within = (node: ParentNode): LangkahLesson[] => [
    ...node.querySelectorAll('langkah-lesson'),
    ...[...node.querySelectorAll('langkah-curriculum')].flatMap((c) => (c.shadowRoot ? within(c.shadowRoot) : [])),
  ];
  return 'querySelectorAll' in root ? within(root as ParentNode) : [];
}

/**
 * Starts reporting this page's lessons and quizzes to an LRS.
 * @example
 * connectLrs({
 *   endpoint: '/lrs/xapi/',                       // proxied by the host's own server
 *   auth: async () => (await fetch('/lrs/token')).text(),
 *   actor: { account: { homePage: 'https://dinas.example.go.id', name: 'peserta-0042' } },
 *   base: 'https://dinas.example.go.id/langkah',
 * });
 */
export function connectLrs(options: LrsOptions): LrsConnection {
  if (!options.actor || !hasIfi(options.actor)) {
    throw new TypeError('connectLrs: give an actor with exactly one of mbox, mbox_sha1sum, openid or account');
  }
  if (!/^https?:\/\//.test(options.base)) throw new TypeError('connectLrs: base must be an absolute http(s) IRI');
  const root = options.root ?? document;
  const actor: Actor = { objectType: 'Agent', ...options.actor };
  const report = (p: QueueProblem) => {
    root.dispatchEvent(
      new LangkahErrorEvent({
        kind: p.kind === 'auth' ? 'auth' : 'report',
        severity: 'warning',
        message:
          p.kind === 'auth'
            ? `the LRS refused the credentials (HTTP ${p.status}); reporting stopped, statements are kept on the device`
            : p.kind === 'storage'
              ? p.kept === 'session'
                ? 'localStorage is full or refused: statements are kept for this tab (sessionStorage); closing the tab loses those not sent yet'
                : 'statements cannot be stored on the device; they are kept in memory for this page and lost on a reload'
              : `${p.count} statement(s) dropped: ${p.reason}`,
        ...(p.kind === 'auth' || (p.kind === 'dropped' && p.status) ? { status: p.status } : {}),
        at: Date.now(),
      }),
    );
  };
  const queue = new StatementQueue({
    endpoint: options.endpoint,
    scope: JSON.stringify(actor),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.batch ? { batch: options.batch } : {}),
    ...(options.cap ? { cap: options.cap } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.storage !== undefined ? { storage: options.storage } : {}),
    ...(options.spare !== undefined ? { spare: options.spare } : {}),
    onProblem: report,
  });

  /** Lessons seen on this page: when they were initialized, for durations and `terminated`. */
  const open = new Map<string, { where: Where; since: number }>();

  const where = (e: Pick<Event, 'composedPath'>, ids: LangkahIds): Where | undefined => {
    const lesson = holder<Lesson>(e, 'langkah-lesson', 'lesson');
    const quiz = holder<Quiz>(e, 'langkah-quiz', 'data');
    const id = lesson?.id ?? ids.lesson ?? ids.quiz ?? quiz?.id;
    if (!id) return undefined;
    const lang = (lesson?.lang ?? (holder<string>(e, 'langkah-quiz', 'lang') === 'en' ? 'en' : 'id')) as Lang;
    return {
      base: options.base,
      lang,
      lesson: { id, title: lesson?.title ?? id, ...(lesson?.module ?? ids.module ? { module: (lesson?.module ?? ids.module)! } : {}) },
      ...(options.course ? { course: options.course } : {}),
      ...(options.registration ? { registration: options.registration } : {}),
    };
  };

  /** A lesson's first event on this page (its `opened` progress when it is shown) initializes it. */
  const begin = (w: Where, at: number): Statement[] => {
    const key = `${w.lesson.module ?? ''}/${w.lesson.id}@${w.lang}`;
    if (open.has(key)) return [];
    open.set(key, { where: w, since: at });
    return [lessonStatement(actor, 'initialized', w, undefined, at)];
  };
  const since = (w: Where) => open.get(`${w.lesson.module ?? ''}/${w.lesson.id}@${w.lang}`)?.since;

  const onProgress = (e: Event) => moved(e, (e as LangkahProgressEvent).detail);
  const moved = (e: Pick<Event, 'composedPath'>, d: LangkahProgressDetail) => {
    // Ticks of a checklist are progress on the device, not statements.
    if (d.index === undefined || !d.total) return;
    const w = where(e, d);
    const lesson = holder<Lesson>(e, 'langkah-lesson', 'lesson');
    if (!w || !lesson) return;
    const step = lesson.steps[d.index]?.id ?? 'summary';
    const made = progressStatement(actor, w, step, d.seen ?? d.index + 1, d.total, d.at);
    // Shown (or shown again on a reload): initialized and the step on screen; the share of steps seen has not changed.
    queue.add([...begin(w, d.at), ...(d.opened ? made.slice(0, 1) : made)]);
  };

  const onAnswer = (e: Event) => {
    const d = (e as LangkahAnswerEvent).detail;
    if (d.kind === 'custom') return;
    const w = where(e, d);
    const quiz = holder<Quiz>(e, 'langkah-quiz', 'data');
    const q: Question | undefined = quiz?.questions.find((x) => x.id === d.question);
    if (!w || !q) return;
    queue.add([...begin(w, d.at), answerStatement(actor, w, q, d.value, d.correct, d.at)]);
  };

  // The course's own completion: once per learner and course, from the records on the device.
  const curriculum = options.course?.src
    ? fetch(options.course.src).then((r) => r.json() as Promise<BuiltCurriculum>).catch(() => undefined)
    : undefined;
  const courseDone = `langkah-xapi-course:${fingerprint(JSON.stringify(actor))}:${options.course?.id}`;
  const checkCourse = async (key: string | undefined, lang: Lang, at: number) => {
    const course = await curriculum;
    if (!course || !options.course || !key?.includes('lesson:')) return;
    // Records of one course share the prefix before `lesson:` (its scope).
    const scope = key.slice(0, key.indexOf('lesson:'));
    const state = courseProgress(course, (ref, l) => readRecord(`${scope}lesson:${ref}@${l}`));
    if (!state.complete) return;
    try {
      if (localStorage.getItem(courseDone)) return;
      localStorage.setItem(courseDone, String(at));
    } catch {
      // Without storage a later page may report it again; the LRS keeps both.
    }
    const object = courseActivity(options.base, { id: options.course.id, ...(options.course.title ? { title: options.course.title } : {}) }, lang);
    const result = scoreResult({ correct: state.correct, total: state.questions, percent: state.percent, ...(state.passed === undefined ? {} : { passed: state.passed }) });
    const context = { platform: 'Langkah', language: lang, ...(options.registration ? { registration: options.registration } : {}) };
    queue.add([
      statement(actor, 'completed', object, { result: { ...result, completion: true }, context }, at),
      ...(state.passed === undefined ? [] : [statement(actor, state.passed ? 'passed' : 'failed', object, { result, context }, at)]),
    ]);
  };

  const onComplete = (e: Event) => {
    const d = (e as LangkahCompleteEvent).detail;
    // A checklist on its own completes without a score: nothing to report.
    if (!d.lesson && !d.quiz) return;
    const w = where(e, d);
    if (!w) return;
    const out = begin(w, d.at);
    const start = since(w) ?? d.at;
    out.push(lessonStatement(actor, 'completed', w, scoreResult(d.score, { completion: true, duration: duration(d.at - start) }), d.at));
    if (d.score.passed !== undefined) out.push(lessonStatement(actor, d.score.passed ? 'passed' : 'failed', w, scoreResult(d.score), d.at));
    queue.add(out);
    void checkCourse(d.key, w.lang, d.at);
  };

  const onHide = () => {
    const at = Date.now();
    queue.add([...open.values()].map(({ where: w, since: s }) => lessonStatement(actor, 'terminated', w, { duration: duration(at - s) }, at)));
    open.clear();
    void queue.beacon();
  };

  root.addEventListener('langkah-progress', onProgress);
  root.addEventListener('langkah-answer', onAnswer);
  root.addEventListener('langkah-complete', onComplete);
  addEventListener('pagehide', onHide);
  // Lessons shown before this call (a fast network, or a host that connects late) missed their
  // `opened` event: they are initialized now, as if they had just been shown.
  for (const el of shown(root)) {
    const l = el.lesson;
    const r = el.progress.record;
    if (l && r) moved({ composedPath: () => [el] }, { ...el.progress.ids, index: r.step, total: l.steps.length, seen: r.seen.length, opened: true, at: Date.now() });
  }
  void queue.flush();

  return {
    get pending() {
      return queue.pending.length;
    },
    flush: () => queue.flush(),
    close() {
      root.removeEventListener('langkah-progress', onProgress);
      root.removeEventListener('langkah-answer', onAnswer);
      root.removeEventListener('langkah-complete', onComplete);
      removeEventListener('pagehide', onHide);
      queue.close();
    },
  };
}
