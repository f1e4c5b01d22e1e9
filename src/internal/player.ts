import { fingerprint } from '../content/hash.js';
import type { Answer, Block, Inline, Question } from '../content/schema.js';
import type { Translation } from '../i18n/translation.js';
import { bare, many, plain } from './content.js';
import type { SpeechController } from './speech.js';

/** What a step says, as plain sentences for speech; with `answers`, also what the learner was told about them. */
export function spoken(blocks: Block[], answers: Record<string, Answer> = {}, t?: Translation): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.t) {
      case 'p':
      case 'h':
        return [plain(b.c)];
      case 'list':
        return b.items.flatMap((i) => spoken(i, answers, t));
      case 'quote':
      case 'callout':
        return spoken(b.c, answers, t);
      case 'image':
        return [b.alt];
      case 'quiz':
        return b.questions.flatMap((q) => [
          plain(q.prompt),
          ...(q.kind === 'chat' ? q.messages.map((m) => `${m.from}: ${plain(m.text)}`) : []),
          ...('options' in q ? q.options.map((o) => plain(o.text)) : q.kind === 'order' ? q.items.map(plain) : []),
          ...feedback(q, answers[q.id], t),
        ]);
      case 'checklist':
        return b.items.map((i) => plain(i.text));
      default:
        return [];
    }
  });
}

/**
 * The verdict and feedback of a checked answer that still belongs to `q`, for
 * speech: the same pieces, in the same order, as the screen shows
 * (LangkahQuiz.feedback), so that the voice never says "belum tepat. Benar."
 * (review 12b, finding 7).
 */
function feedback(q: Question, a: Answer | undefined, t?: Translation): string[] {
  if (!a || !t || a.fp !== fingerprint(q)) return [];
  const tf = q.kind === 'true-false';
  const options = 'options' in q ? q.options : [];
  const chosen = a.value.map((i) => options[i]!).filter((o) => o);
  // As on screen: a wrong first try hears a hint, not the explanation that gives the answer away.
  const show = a.correct || tf || (a.tries ?? 1) > 1;
  const strip = tf || !a.correct;
  const missed = show && many(q) ? options.filter((o, i) => o.correct && !a.value.includes(i)) : [];
  const say = (text?: Inline[]) => (text?.length ? [plain(bare(text, strip)!)] : []);
  return [
    a.correct ? t.right : many(q) && chosen.every((o) => o.correct) ? t.partly : t.wrong,
    ...(tf ? [t.truth(q.answer)] : []),
    ...chosen.flatMap((o) => say(o.feedback).map((f) => (chosen.length > 1 ? `${plain(o.text)}: ${f}` : f))),
    ...(missed.length ? [t.missed, ...missed.map((o) => plain(o.text))] : []),
    ...(q.kind === 'order' && show && !a.correct ? [t.rightOrder, ...q.items.map(plain)] : []),
    ...(show ? say(q.explain) : [t.hint]),
  ];
}

/** What the learner was told about the checked answers among `blocks`: read after a step's recording. */
export const told = (blocks: Block[], answers: Record<string, Answer>, t: Translation): string[] =>
  blocks.flatMap((b) => (b.t === 'quiz' ? b.questions.flatMap((q) => feedback(q, answers[q.id], t)) : []));

/**
 * Plays a step aloud: the author's recording, or the device's voice reading
 * `texts`. Loaded on the first tap of "listen" (see speech.ts), so pages
 * where nobody listens never download it.
 */
export interface Playing {
  stop(): void;
}

/**
 * Starts playing: the recording `audio` then, with a `voice`, `texts` (what
 * the learner was told about the step's answers: a recording cannot know
 * them); without a recording, `texts` with the voice. `done(ok)` is called
 * exactly once, when it ends (`true`) or fails (`false`), never after `stop()`.
 */
export function play(voice: string | undefined, texts: string[], audio: string | undefined, done: (ok: boolean) => void): Playing {
  let over = false;
  const end = (ok: boolean) => {
    if (!over) done(ok);
    over = true;
  };
  const s = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const speak = () => {
    if (!voice || !texts.length) return end(true);
    s!.cancel();
    // One utterance per sentence group: some engines stop long ones halfway.
    texts.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = voice;
      u.rate = 0.9;
      // "interrupted" and "canceled" are the learner stopping or moving on, not a failure.
      u.onerror = (e) => end(/interrupted|canceled/.test(e.error));
      if (i === texts.length - 1) u.onend = () => end(true);
      s!.speak(u);
    });
  };
  const a = audio ? new Audio(audio) : undefined;
  if (a) {
    a.onended = speak;
    // A failed recording both fires "error" and rejects play(): it is reported once.
    a.onerror = () => end(false);
    a.play().catch((e: Error) => e.name === 'AbortError' || end(false));
  } else speak();
  return {
    stop() {
      over = true;
      a?.pause();
      s?.cancel();
    },
  };
}

/** Plays a step for `speech` (its "listen" button), unless the learner stopped while this chunk loaded. */
export function start(speech: SpeechController, voice: string | undefined, title: string, blocks: Block[], answers: Record<string, Answer>, t: Translation, audio?: string): void {
  // After a recording, the voice reads the feedback.
  if (speech.playing) speech.now = play(voice, audio ? told(blocks, answers, t) : [title, ...spoken(blocks, answers, t)], audio, (ok) => speech.done(ok, audio));
}
