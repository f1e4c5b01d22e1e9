/**
 * xAPI 1.0.3 statements for what a learner does in Langkah: pure functions
 * from lesson data and event details to statements, so that each one can be
 * checked against an xAPI validator without a browser.
 *
 * Activity ids are IRIs under the host's base IRI, made from the content's
 * own ids (`<base>/<module>/<lesson>`, `…/<question>`), so they stay the same
 * across builds and languages: an LRS groups the Indonesian and English
 * answers to one question together, and the language travels in
 * `context.language`.
 */
import type { Inline, Lang, Lesson, Question } from '../../content/schema.js';

/** The learner, as the host identifies them: exactly one identifier. Never invented by Langkah. */
export type Actor =
  | { objectType?: 'Agent'; name?: string; mbox: string }
  | { objectType?: 'Agent'; name?: string; mbox_sha1sum: string }
  | { objectType?: 'Agent'; name?: string; openid: string }
  | { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } };

export type LanguageMap = Record<string, string>;

/** An xAPI activity: a lesson, a question or the course. */
export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice' | 'true-false' | 'sequencing';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}

/** An xAPI statement as Langkah sends it. */
export interface Statement {
  id: string;
  actor: Actor;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    score?: { scaled: number; raw: number; min: number; max: number };
    extensions?: Record<string, unknown>;
  };
  context?: {
    registration?: string;
    platform?: string;
    language?: string;
    contextActivities?: { parent?: Activity[]; grouping?: Activity[]; category?: Activity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
}

const ADL = 'http://adlnet.gov/expapi';

/** The ADL verbs Langkah uses. */
export const VERBS = {
  launched: `${ADL}/verbs/launched`,
  initialized: `${ADL}/verbs/initialized`,
  experienced: `${ADL}/verbs/experienced`,
  progressed: `${ADL}/verbs/progressed`,
  answered: `${ADL}/verbs/answered`,
  completed: `${ADL}/verbs/completed`,
  passed: `${ADL}/verbs/passed`,
  failed: `${ADL}/verbs/failed`,
  terminated: `${ADL}/verbs/terminated`,
} as const;
export type Verb = keyof typeof VERBS;

/** ADL activity types. */
export const TYPES = {
  course: `${ADL}/activities/course`,
  module: `${ADL}/activities/module`,
  lesson: `${ADL}/activities/lesson`,
  interaction: `${ADL}/activities/cmi.interaction`,
} as const;

/** cmi5's progress extension: the share of the lesson done, 0–100. */
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** A UUID (version 4), fixed when a statement is made so that a retry never duplicates it. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An ISO 8601 duration (`PT1M5.2S`), as xAPI wants it. */
export function duration(ms: number): string {
  // Rounded to hundredths first, so 59.996 s becomes 1 minute, not 60 seconds.
  const s = Math.round(Math.max(0, ms) / 10) / 100;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = +(s % 60).toFixed(2);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest}S`;
}

const plain = (nodes: Inline[] = []): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('').trim();

/** Activity ids are IRIs: each id part is a plain kebab-case id already, but the base may end with a slash. */
const join = (base: string, ...parts: string[]) => [base.replace(/\/+$/, ''), ...parts.map(encodeURIComponent)].join('/');

/** Where a statement happened: what `connectLrs` knows about the lesson and course. */
export interface Where {
  base: string;
  lang: Lang;
  lesson: Pick<Lesson, 'id' | 'title'> & { module?: string };
  course?: { id: string; title?: string };
  registration?: string;
}

export function lessonActivity(w: Where): Activity {
  return {
    objectType: 'Activity',
    id: join(w.base, ...(w.lesson.module ? [w.lesson.module] : []), w.lesson.id),
    definition: { type: TYPES.lesson, name: { [w.lang]: w.lesson.title } },
  };
}

export function courseActivity(base: string, course: { id: string; title?: string }, lang: Lang): Activity {
  return {
    objectType: 'Activity',
    id: join(base, 'course', course.id),
    definition: { type: TYPES.course, ...(course.title ? { name: { [lang]: course.title } } : {}) },
  };
}

function context(w: Where, parent?: Activity): Statement['context'] {
  const grouping: Activity[] = [];
  if (w.lesson.module) grouping.push({ objectType: 'Activity', id: join(w.base, w.lesson.module), definition: { type: TYPES.module } });
  if (w.course) grouping.push(courseActivity(w.base, w.course, w.lang));
  return {
    ...(w.registration ? { registration: w.registration } : {}),
    platform: 'Langkah',
    language: w.lang,
    contextActivities: { ...(parent ? { parent: [parent] } : {}), ...(grouping.length ? { grouping } : {}) },
  };
}

/** Builds one statement; `id` and `timestamp` are fixed here, once. */
export function statement(actor: Actor, verb: Verb, object: Activity, extra: Pick<Statement, 'result' | 'context'> = {}, at = Date.now()): Statement {
  return {
    id: uuid(),
    actor,
    verb: { id: VERBS[verb], display: { en: verb } },
    object,
    ...(extra.result ? { result: extra.result } : {}),
    ...(extra.context ? { context: extra.context } : {}),
    timestamp: new Date(at).toISOString(),
  };
}

/** A lesson (launched, initialized, terminated, completed, passed, failed). */
export function lessonStatement(actor: Actor, verb: Verb, w: Where, result?: Statement['result'], at?: number): Statement {
  return statement(actor, verb, lessonActivity(w), { ...(result ? { result } : {}), context: context(w) }, at);
}

/** The learner moved to a step; `seen` of `total` steps seen so far. */
export function progressStatement(actor: Actor, w: Where, step: string, seen: number, total: number, at?: number): Statement[] {
  const lesson = lessonActivity(w);
  const share = total ? Math.min(100, Math.round((100 * seen) / total)) : 0;
  return [
    statement(actor, 'experienced', { objectType: 'Activity', id: `${lesson.id}/step/${encodeURIComponent(step)}` }, { context: context(w, lesson) }, at),
    statement(actor, 'progressed', lesson, { result: { extensions: { [PROGRESS_EXTENSION]: share } }, context: context(w) }, at),
  ];
}

/** Choice ids are the options' positions in the author's order, so they do not move with the learner's shuffle. */
const choiceId = (i: number) => `o${i + 1}`;

/** The cmi.interaction definition of a question: its kind, choices and right answer, for item analysis in an LRS. */
export function questionActivity(w: Where, q: Question): Activity {
  const lesson = lessonActivity(w);
  const name = { [w.lang]: plain(q.prompt) };
  const base = { objectType: 'Activity' as const, id: `${lesson.id}/${encodeURIComponent(q.id)}` };
  if (q.kind === 'true-false') {
    return { ...base, definition: { type: TYPES.interaction, name, interactionType: 'true-false', correctResponsesPattern: [String(q.answer)] } };
  }
  if (q.kind === 'order') {
    return {
      ...base,
      definition: {
        type: TYPES.interaction,
        name,
        interactionType: 'sequencing',
        choices: q.items.map((item, i) => ({ id: choiceId(i), description: { [w.lang]: plain(item) } })),
        correctResponsesPattern: [q.items.map((_, i) => choiceId(i)).join('[,]')],
      },
    };
  }
  // Single, multiple and chat questions are choices; a chat's replies are its choices.
  return {
    ...base,
    definition: {
      type: TYPES.interaction,
      name,
      interactionType: 'choice',
      choices: q.options.map((o, i) => ({ id: choiceId(i), description: { [w.lang]: plain(o.text) } })),
      correctResponsesPattern: [q.options.flatMap((o, i) => (o.correct ? [choiceId(i)] : [])).join('[,]')],
    },
  };
}

/** The learner's answer in the interaction type's response format. `value` is as in `LangkahAnswerDetail`. */
export function response(q: Question, value: number[]): string {
  if (q.kind === 'true-false') return String(value[0] === 1);
  return value.map(choiceId).join('[,]');
}

/** A checked answer. */
export function answerStatement(actor: Actor, w: Where, q: Question, value: number[], correct: boolean, at?: number): Statement {
  const lesson = lessonActivity(w);
  return statement(
    actor,
    'answered',
    questionActivity(w, q),
    {
      result: { success: correct, response: response(q, value), score: { scaled: correct ? 1 : 0, raw: correct ? 1 : 0, min: 0, max: 1 } },
      context: context(w, lesson),
    },
    at,
  );
}

/** A score as an xAPI result. */
export function scoreResult(score: { correct: number; total: number; percent: number; passed?: boolean }, extra: Statement['result'] = {}): Statement['result'] {
  return {
    ...extra,
    ...(score.total ? { score: { scaled: +(score.correct / score.total).toFixed(4), raw: score.correct, min: 0, max: score.total } } : {}),
    ...(score.passed === undefined ? {} : { success: score.passed }),
  };
}
