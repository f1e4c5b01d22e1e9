/**
 * The course as one cmi5 Assignable Unit. An LMS launches `cmi5.html` with
 * the cmi5 launch parameters (endpoint, fetch, actor, registration,
 * activityId); the AU gets its one-time auth token from `fetch`, reads
 * `LMS.LaunchData` from the LRS's state API, and sends the cmi5-defined
 * statements — initialized, completed, passed/failed against the mastery
 * score, terminated — with the launch's context template, the cmi5 (and
 * moveOn) categories, the registration and the session id; answers go as
 * "cmi5 allowed" statements. All of it through the xAPI queue, so nothing is
 * lost offline or on a reload.
 *
 * Progress itself stays on the phone, as everywhere in Langkah.
 */
import type { BuiltCurriculum, Lang, Progress, Question } from '../../content/schema.js';
import type { LangkahAnswerEvent } from '../../events/answer.js';
import { courseScope, lessonKey } from '../../progress/keys.js';
import { courseProgress, readRecord } from '../course-progress.js';
import { StatementQueue, XAPI_VERSION } from '../xapi/queue.js';
import { answerStatement, duration, statement, type Activity, type Actor, type Statement, type Where } from '../xapi/statements.js';

/** The category that marks a cmi5 defined statement (initialized, completed, passed, terminated, …). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** The category of the statements that count for an LMS's moveOn rule (passed, completed). */
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
/** The context extension that carries the launch's session id. */
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const TEXT = {
  id: {
    none: 'Kursus ini tidak dibuka dari LMS: kemajuan Anda hanya tersimpan di HP ini.',
    failed: 'LMS tidak bisa dihubungi. Kemajuan Anda tetap tersimpan di HP ini.',
    ended: 'Sesi LMS ini sudah ditutup. Kemajuan Anda tersimpan di HP ini; buka kursus lagi dari LMS agar LMS menerimanya.',
  },
  en: {
    none: 'This course was not opened from an LMS: your progress is saved on this phone only.',
    failed: 'The LMS cannot be reached. Your progress is still saved on this phone.',
    ended: 'This LMS session is closed. Your progress is saved on this phone; open the course again from the LMS so it gets it.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The LMS's LaunchData document, as far as the runtime reads it. */
export interface LaunchData {
  contextTemplate: Statement['context'] & { extensions?: Record<string, unknown> };
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
}

/** Options of `startCmi5`. */
export interface Cmi5Options {
  curriculum?: string;
  status?: HTMLElement | null;
  /** The launch URL's query (default: this page's). */
  search?: string;
}

const read = readRecord;

/** The one-time token: fetched once per launch, kept for reloads of the same launch. */
async function token(fetchUrl: string, registration: string): Promise<string> {
  const key = `langkah-cmi5-token:${registration}:${fetchUrl}`;
  const kept = sessionStorage.getItem(key);
  if (kept) return kept;
  const res = await fetch(fetchUrl, { method: 'POST', credentials: 'omit' });
  const body = (await res.json()) as { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
  if (!res.ok || !body['auth-token']) throw new Error(`cmi5 fetch refused: ${body['error-code'] ?? res.status} ${body['error-text'] ?? ''}`);
  sessionStorage.setItem(key, body['auth-token']);
  return body['auth-token'];
}

/** Starts the AU when the page was launched by a cmi5 LMS; resolves before the elements load. */
export async function startCmi5(options: Cmi5Options = {}): Promise<{ launched: boolean; stop(): void }> {
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'id') as Lang;
  const say = (k: keyof (typeof TEXT)['id']) => {
    if (options.status) options.status.textContent = TEXT[lang][k];
  };
  const q = new URLSearchParams(options.search ?? location.search);
  const endpoint = q.get('endpoint');
  const fetchUrl = q.get('fetch');
  const registration = q.get('registration');
  const activityId = q.get('activityId');
  let actor: Actor | undefined;
  try {
    actor = JSON.parse(q.get('actor') ?? '') as Actor;
  } catch {
    actor = undefined;
  }
  if (!endpoint || !fetchUrl || !registration || !activityId || !actor) {
    say('none');
    return { launched: false, stop() {} };
  }
  const base = endpoint.replace(/\/*$/, '/');
  let auth: string;
  let launch: LaunchData;
  try {
    auth = `Basic ${await token(fetchUrl, registration)}`;
    const state = new URL('activities/state', base);
    state.search = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId, agent: JSON.stringify(actor), registration }).toString();
    const res = await fetch(state, { headers: { Authorization: auth, 'X-Experience-API-Version': XAPI_VERSION }, credentials: 'omit' });
    if (!res.ok) throw new Error(`LMS.LaunchData: HTTP ${res.status}`);
    launch = (await res.json()) as LaunchData;
  } catch {
    say('failed');
    return { launched: false, stop() {} };
  }

  const course = (await (await fetch(options.curriculum ?? 'curriculum.json')).json()) as BuiltCurriculum;
  const scope = courseScope(course.id, options.curriculum ?? 'curriculum.json');
  const au: Activity = { objectType: 'Activity', id: activityId };
  const session = launch.contextTemplate?.extensions?.[SESSION_EXTENSION];
  const queue = new StatementQueue({ endpoint: base, scope: `${registration}:${JSON.stringify(actor)}`, auth: () => auth });
  const started = Date.now();
  /** Which cmi5-defined statements this registration has sent (they may be sent once). */
  const doneKey = `langkah-cmi5:${registration}:${activityId}`;
  const sent = (): Record<string, boolean> => {
    try {
      return JSON.parse(localStorage.getItem(doneKey) ?? '{}') as Record<string, boolean>;
    } catch {
      return {};
    }
  };
  const mark = (verb: string) => {
    try {
      localStorage.setItem(doneKey, JSON.stringify({ ...sent(), [verb]: true }));
    } catch {
      // Without storage a later launch may repeat it; the LRS keeps both.
    }
  };

  /** The launch's context, with the cmi5 category for cmi5-defined statements (and moveOn for completed/passed/failed). */
  const context = (defined: boolean, moveOn = false): Statement['context'] => {
    const template = launch.contextTemplate ?? {};
    const categories = [...(template.contextActivities?.category ?? [])];
    if (defined) categories.push({ objectType: 'Activity', id: CMI5_CATEGORY });
    if (moveOn) categories.push({ objectType: 'Activity', id: MOVEON_CATEGORY });
    return {
      ...template,
      registration,
      contextActivities: { ...template.contextActivities, ...(categories.length ? { category: categories } : {}) },
      extensions: { ...template.extensions, ...(session ? { [SESSION_EXTENSION]: session } : {}) },
    };
  };
  const defined = (verb: 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated', result?: Statement['result']) => {
    const s = statement(actor!, verb, au, { ...(result ? { result } : {}), context: context(true, verb === 'completed' || verb === 'passed' || verb === 'failed') });
    // cmi5 9.6.3: passed and failed name the LMS's mastery score they were judged against.
    if ((verb === 'passed' || verb === 'failed') && typeof launch.masteryScore === 'number') s.context!.extensions = { ...s.context!.extensions, [MASTERY_EXTENSION]: launch.masteryScore };
    return s;
  };

  // cmi5 9.3: one initialized per session, first, and nothing after terminated.
  // A reload keeps the session (and this tab's sessionStorage): it goes on
  // without a second initialized; once terminated, it sends nothing more.
  const sessionKey = `langkah-cmi5-session:${registration}:${String(session ?? activityId)}`;
  const phase = (value?: 'open' | 'ended'): string | null => {
    try {
      if (value) sessionStorage.setItem(sessionKey, value);
      return sessionStorage.getItem(sessionKey);
    } catch {
      return null;
    }
  };
  if (phase() === 'ended') {
    queue.close();
    say('ended');
    return { launched: false, stop() {} };
  }
  if (phase() !== 'open') {
    queue.add([defined('initialized')]);
    phase('open');
  }
  const normal = launch.launchMode === 'Normal';
  // The LMS's mastery score wins over the curriculum's pass mark.
  const mastery = launch.masteryScore;

  const check = () => {
    if (!normal) return;
    const state = courseProgress(course, (ref, l) => read(lessonKey(ref, l, scope)), mastery);
    if (!state.complete) return;
    const scaled = state.questions ? +(state.correct / state.questions).toFixed(4) : 1;
    const { correct, questions: total } = state;
    const out: Statement[] = [];
    const already = sent();
    const time = duration(Date.now() - started);
    if (!already.completed) {
      out.push(defined('completed', { completion: true, duration: time }));
      mark('completed');
    }
    if (state.passed !== undefined && !already.passed) {
      const passed = state.passed;
      if (passed || !already.failed) {
        out.push(defined(passed ? 'passed' : 'failed', { success: passed, score: { scaled, raw: correct, min: 0, max: total }, duration: time }));
        mark(passed ? 'passed' : 'failed');
      }
    }
    queue.add(out);
  };

  const where: Where = { base: activityId, lang, lesson: { id: 'course', title: course.title[lang] } };
  const onAnswer = (e: Event) => {
    const d = (e as LangkahAnswerEvent).detail;
    const quiz = e.composedPath().find((x) => (x as Element).localName === 'langkah-quiz') as unknown as { data?: { questions: Question[] } } | undefined;
    const question = quiz?.data?.questions.find((x) => x.id === d.question);
    if (question && d.kind !== 'custom') {
      // A "cmi5 allowed" statement: the launch's context without the cmi5 category.
      const s = answerStatement(actor!, { ...where, lesson: { id: `${d.module ?? ''}/${d.lesson ?? ''}`, title: d.lesson ?? '' } }, question, d.value, d.correct, d.at);
      s.object = { ...s.object, id: `${activityId}/${encodeURIComponent(d.module ?? '')}/${encodeURIComponent(d.lesson ?? '')}/${encodeURIComponent(question.id)}` };
      s.context = context(false);
      queue.add([s]);
    }
    check();
  };
  const onChange = () => check();
  const onHide = () => {
    queue.add([defined('terminated', { duration: duration(Date.now() - started) })]);
    phase('ended');
    void queue.beacon();
  };
  document.addEventListener('langkah-answer', onAnswer);
  document.addEventListener('langkah-complete', onChange);
  addEventListener('pagehide', onHide, { once: true });
  check();
  return {
    launched: true,
    stop() {
      document.removeEventListener('langkah-answer', onAnswer);
      document.removeEventListener('langkah-complete', onChange);
      removeEventListener('pagehide', onHide);
      queue.close();
    },
  };
}
