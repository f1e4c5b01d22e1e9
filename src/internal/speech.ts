import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chunk } from '../content/load.js';
import type { Answer, Block, Lang } from '../content/schema.js';
import type { Translation } from '../i18n/translation.js';
import type { Playing } from './player.js';

/** The player: loads on the first tap on "Dengarkan"; a later tap tries again after a failure. */
const player = chunk(() => import('./player.js'));

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/**
 * Reads a step aloud: the author's recording when the step has one (then,
 * with a voice, what the learner was told about its answers), else the
 * device's own voice for the lesson's language, when it has such a voice.
 * Voices arrive late on some phones, so the host re-renders when they do.
 * The player itself loads on the first tap.
 */
export class SpeechController implements ReactiveController {
  /** Something is being read now. */
  playing = false;
  /** The last attempt could not be played: the learner is told so. */
  failed = false;
  /** @internal What is playing now. */
  now?: Playing;
  private readonly voices = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFail: (src?: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    synth()?.addEventListener?.('voiceschanged', this.voices);
  }

  hostDisconnected(): void {
    this.stop();
    synth()?.removeEventListener?.('voiceschanged', this.voices);
  }

  /** A device voice for `lang` (Android names Indonesian `in` as well as `id`). */
  voice(lang: Lang): SpeechSynthesisVoice | undefined {
    const re = lang === 'id' ? /^(id|in)\b/i : /^en\b/i;
    return synth()?.getVoices().find((v) => re.test(v.lang));
  }

  /** Starts reading `title` and `blocks` (with what the learner was told about `answers`), or stops if already reading. */
  toggle(lang: Lang, title: string, blocks: Block[], answers: Record<string, Answer>, t: Translation, audio?: string): unknown {
    if (this.playing) return this.stop();
    this.playing = true;
    this.failed = false;
    this.host.requestUpdate();
    // The player says when it ends; a player that could not load (offline) is a failure too.
    return player().then(
      (m) => m.start(this, this.voice(lang)?.lang, title, blocks, answers, t, audio),
      () => this.done(false, audio),
    );
  }

  /** @internal Reading ended (`ok`) or failed. */
  done(ok: boolean, audio?: string): void {
    this.now = undefined;
    this.playing = false;
    this.failed = !ok;
    if (!ok) this.onFail(audio);
    this.host.requestUpdate();
  }

  /** Stops reading; also forgets a failure (the learner moved on). */
  stop(): void {
    this.failed = false;
    if (!this.playing) return;
    this.playing = false;
    this.now?.stop();
    this.now = undefined;
    this.host.requestUpdate();
  }
}
