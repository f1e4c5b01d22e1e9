import { fingerprint } from '../content/hash.js';
import type { Answer, Block, Inline, Question } from '../content/schema.js';
import type { Translation } from '../i18n/translation.js';
import { plain } from './content.js';
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

/** The verdict and feedback of a checked answer that still belongs to `q`, for speech. */
function feedback(q: Question, a: Answer | undefined, t?: Translation): string[] {
  if (!a || !t || a.fp !== fingerprint(q)) return [];
  const chosen = 'options' in q ? a.value.map((i) => q.options[i]?.feedback) : [];
  // As on screen: a wrong first try hears a hint, not the explanation that gives the answer away.
  const show = a.correct || q.kind === 'true-false' || (a.tries ?? 1) > 1;
  return [a.correct ? t.right : t.wrong, ...[...chosen, show && q.explain].filter((x) => x).map((x) => plain(x as Inline[])), ...(show ? [] : [t.hint])];
}

/**
 * Plays a step aloud: the author's recording, or the device's voice reading
 * `texts`. Loaded on the first tap of "listen" (see speech.ts), so pages
 * where nobody listens never download it.
 */
export interface Playing {
  stop(): void;
}

/**
 * Starts playing; `done(ok)` is called exactly once, when it ends (`true`) or
 * fails (`false`), never after `stop()`.
 */
export function play(voice: string | undefined, texts: string[], audio: string | undefined, done: (ok: boolean) => void): Playing {
  let over = false;
  const end = (ok: boolean) => {
    if (!over) done(ok);
    over = true;
  };
  if (audio) {
    const a = new Audio(audio);
    a.onended = () => end(true);
    // A failed recording both fires "error" and rejects play(): it is reported once.
    a.onerror = () => end(false);
    a.play().catch((e: Error) => e.name === 'AbortError' || end(false));
    return {
      stop() {
        over = true;
        a.pause();
      },
    };
  }
  const s = speechSynthesis;
  s.cancel();
  // One utterance per sentence group: some engines stop long ones halfway.
  texts.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = voice!;
    u.rate = 0.9;
    // "interrupted" and "canceled" are the learner stopping or moving on, not a failure.
    u.onerror = (e) => end(/interrupted|canceled/.test(e.error));
    if (i === texts.length - 1) u.onend = () => end(true);
    s.speak(u);
  });
  return {
    stop() {
      over = true;
      s.cancel();
    },
  };
}

/** Plays a step for `speech` (its "listen" button), unless the learner stopped while this chunk loaded. */
export function start(speech: SpeechController, voice: string | undefined, title: string, blocks: Block[], answers: Record<string, Answer>, t: Translation, audio?: string): void {
  if (speech.playing) speech.now = play(voice, [title, ...spoken(blocks, answers, t)], audio, (ok) => speech.done(ok, audio));
}
