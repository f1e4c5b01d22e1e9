/**
 * The course inside an LMS (SCORM 1.2 or 2004): one SCO for the whole course.
 *
 * Why one SCO, not one per lesson: on a phone, Moodle's player shows each SCO
 * behind its own table of contents and page load, and learners lose their way
 * between them; Langkah's own course page already lists the lessons at phone
 * size. The LMS gets what it needs from the one SCO: completion (every lesson
 * done), the course score and pass/fail against the curriculum's pass mark,
 * each answer as an interaction, the session time, and the progress itself in
 * `cmi.suspend_data` to resume on another launch.
 *
 * Progress stays on the phone first (as everywhere in Langkah) and goes to
 * the LMS after each change. Without an LMS, or when it fails, the course
 * works as before and says once that the LMS does not have the progress.
 */
import type { BuiltCurriculum, Lang, Lesson, Progress, Question } from '../../content/schema.js';
import type { LangkahAnswerEvent } from '../../events/answer.js';
import { findApi, ScormAdapter, sessionTime, SUSPEND_LIMIT } from './api.js';
import { courseScope, lessonKey } from '../../progress/keys.js';
import { courseProgress, mayRestore, readRecord } from '../course-progress.js';
import { isLegacy, packAll, packRecord, peekRecord, unpackAll, unpackRecord } from './suspend.js';


const TEXT = {
  id: {
    none: 'Kursus ini tidak terhubung ke LMS: kemajuan Anda hanya tersimpan di HP ini.',
    failed: 'LMS tidak menerima kemajuan Anda. Kemajuan tetap tersimpan di HP ini; coba buka lagi nanti.',
    full: 'Sebagian kemajuan lama tidak muat di LMS; yang terbaru tersimpan.',
  },
  en: {
    none: 'This course is not connected to an LMS: your progress is saved on this phone only.',
    failed: 'The LMS did not accept your progress. It is still saved on this phone; try again later.',
    full: 'Some older progress did not fit in the LMS; the newest is saved.',
  },
} satisfies Record<Lang, Record<string, string>>;

/** Options of `startScorm`. */
export interface ScormOptions {
  /** The built curriculum, relative to the page. */
  curriculum?: string;
  /** Where to tell the learner about the LMS (an element with role=status). */
  status?: HTMLElement | null;
  /** The window the API search starts from. */
  win?: Window;
}


const read = readRecord;

/**
 * Connects the course on this page to the LMS, restores progress the LMS kept
 * from an earlier launch, and keeps the LMS up to date. Resolves once the
 * restored progress is in place: load the elements after it.
 */
export async function startScorm(options: ScormOptions = {}): Promise<{ version?: string; stop(): void }> {
  const win = options.win ?? window;
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'id') as Lang;
  const say = (key: keyof (typeof TEXT)['id']) => {
    if (options.status) options.status.textContent = TEXT[lang][key];
  };
  const found = findApi(win);
  if (!found) {
    say('none');
    return { stop() {} };
  }
  const lms = new ScormAdapter(found.version, found.api);
  if (!lms.initialize()) {
    say('failed');
    return { version: found.version, stop() {} };
  }
  const started = Date.now();
  const course = (await (await fetch(options.curriculum ?? 'curriculum.json')).json()) as BuiltCurriculum;
  const scope = courseScope(course.id, options.curriculum ?? 'curriculum.json');
  const key = (ref: string, l: Lang) => lessonKey(ref, l, scope);
  const refs = course.modules.flatMap((m) => m.lessons.map((l) => ({ ref: `${m.id}/${l.id}`, src: l.src })));
  const lessons = new Map<string, Promise<Lesson>>();
  const lesson = (i: number, l: Lang) => {
    const key = `${i}@${l}`;
    if (!lessons.has(key)) lessons.set(key, fetch(refs[i]!.src[l]).then((r) => r.json() as Promise<Lesson>));
    return lessons.get(key)!;
  };

  // Resume: what the LMS kept goes back on the phone, unless the phone has newer.
  const kept = lms.get('suspend');
  for (const text of unpackAll(kept)) {
    const at = peekRecord(text);
    if (!at || !refs[at.index]) continue;
    try {
      const k = key(refs[at.index]!.ref, at.lang);
      const record = unpackRecord(text, await lesson(at.index, at.lang), k, isLegacy(kept));
      if (record && mayRestore(k, record.updated)) localStorage.setItem(`langkah:${k}`, JSON.stringify(record));
    } catch {
      // A lesson that cannot be fetched or stored is not restored; the rest is.
    }
  }
  if (found.version === '1.2' && lms.get('status') === 'not attempted') lms.set('status', 'incomplete');
  if (found.version === '2004' && lms.get('status') === 'unknown') lms.set('status', 'incomplete');
  // An LMS that refuses to store is told at once, not at the learner's first change.
  let failing = !lms.commit();
  if (failing) say('failed');
  const sync = async () => {
    const records: { index: number; text: string; updated: number }[] = [];
    for (const [i, r] of refs.entries()) {
      for (const l of ['id', 'en'] as const) {
        const rec = read(key(r.ref, l));
        if (rec) records.push({ index: i, text: packRecord(i, rec, await lesson(i, l), read(key(r.ref, l === 'id' ? 'en' : 'id'))), updated: rec.updated });
      }
    }
    const { percent, complete: completed, passed } = courseProgress(course, (ref, l) => read(key(ref, l)));
    const { data, left } = packAll(records, SUSPEND_LIMIT[found.version]);
    if (left) say('full');
    const ok = [lms.set('suspend', data), lms.status(completed, passed), lms.score(percent), lms.commit()].every(Boolean);
    if (!ok && !failing) say('failed');
    failing = !ok;
  };

  let n = Number(lms.getRaw('cmi.interactions._count')) || 0;
  const onAnswer = async (e: Event) => {
    const d = (e as LangkahAnswerEvent).detail;
    const path = e.composedPath();
    const quiz = path.find((x) => (x as Element).localName === 'langkah-quiz') as unknown as { data?: { questions: Question[] } } | undefined;
    const q = quiz?.data?.questions.find((x) => x.id === d.question);
    if (q && d.kind !== 'custom') interaction(lms, n++, `${d.module ?? ''}/${d.lesson ?? ''}/${q.id}`, q, d.value, d.correct, d.at);
    await sync();
  };
  const onChange = () => void sync();
  const onHide = () => {
    lms.set('sessionTime', sessionTime(Date.now() - started, found.version));
    lms.set('exit', 'suspend');
    lms.commit();
    lms.finish();
  };
  document.addEventListener('langkah-answer', onAnswer);
  document.addEventListener('langkah-progress', onChange);
  document.addEventListener('langkah-complete', onChange);
  win.addEventListener('pagehide', onHide, { once: true });
  return {
    version: found.version,
    stop() {
      document.removeEventListener('langkah-answer', onAnswer);
      document.removeEventListener('langkah-progress', onChange);
      document.removeEventListener('langkah-complete', onChange);
      win.removeEventListener('pagehide', onHide);
    },
  };
}

/**
 * One answer as `cmi.interactions.n`: SCORM 1.2 wants single-character choice
 * ids (`a`, `b`, …) and `,`; 2004 takes the xAPI-style `[,]`. Interactions are
 * journaled: each answer is a new entry.
 */
function interaction(lms: ScormAdapter, n: number, id: string, q: Question, value: number[], correct: boolean, at: number): void {
  const v12 = lms.version === '1.2';
  const choice = (i: number) => (v12 ? 'abcdefghijklmnopqrstuvwxyz0123456789'[i] ?? 'z' : `o${i + 1}`);
  const sep = v12 ? ',' : '[,]';
  const type = q.kind === 'true-false' ? 'true-false' : q.kind === 'order' ? 'sequencing' : 'choice';
  const response = q.kind === 'true-false' ? (value[0] === 1 ? (v12 ? 't' : 'true') : v12 ? 'f' : 'false') : value.map(choice).join(sep);
  const right =
    q.kind === 'true-false'
      ? q.answer ? (v12 ? 't' : 'true') : v12 ? 'f' : 'false'
      : q.kind === 'order'
        ? q.items.map((_, i) => choice(i)).join(sep)
        : q.options.flatMap((o, i) => (o.correct ? [choice(i)] : [])).join(sep);
  const p = `cmi.interactions.${n}.`;
  // SCORM 1.2 ids are CMIIdentifiers (no slashes); 2004 allows URIs.
  lms.setRaw(`${p}id`, v12 ? id.replace(/[^\w-]/g, '_').slice(0, 255) : `urn:langkah:${id.replace(/\//g, ':')}`);
  lms.setRaw(`${p}type`, type);
  lms.setRaw(`${p}correct_responses.0.pattern`, right);
  lms.setRaw(`${p}${v12 ? 'student_response' : 'learner_response'}`, response);
  lms.setRaw(`${p}result`, correct ? 'correct' : v12 ? 'wrong' : 'incorrect');
  if (v12) lms.setRaw(`${p}time`, new Date(at).toTimeString().slice(0, 8));
  else lms.setRaw(`${p}timestamp`, `${new Date(at).toISOString().slice(0, 22)}Z`); // UTC, said so (without Z it reads as local time; SCORM puts the zone after hundredths)
}
