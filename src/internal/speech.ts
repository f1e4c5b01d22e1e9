import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../content/schema.js';

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

/**
 * Reads a step aloud: the author's recording when the step has one, else the
 * device's own voice for the lesson's language, when it has such a voice.
 * Voices arrive late on some phones, so the host re-renders when they do.
 */
export class SpeechController implements ReactiveController {
  /** Something is being read now. */
  playing = false;
  private audio?: HTMLAudioElement;
  private readonly voices = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly failed: (src: string) => void,
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

  /** Whether there is a way to read aloud. */
  can(lang: Lang, audio?: string): boolean {
    return !!audio || !!this.voice(lang);
  }

  /** Starts reading, or stops if already reading. */
  toggle(lang: Lang, texts: string[], audio?: string): void {
    if (this.playing) return this.stop();
    this.playing = true;
    const end = () => {
      this.playing = false;
      this.host.requestUpdate();
    };
    if (audio) {
      const a = (this.audio = new Audio(audio));
      a.onended = end;
      a.onerror = () => {
        end();
        this.failed(audio);
      };
      a.play().catch((e: Error) => {
        if (e.name !== 'AbortError') a.onerror?.(new Event('error'));
      });
    } else {
      const s = synth()!;
      const voiceLang = this.voice(lang)!.lang;
      s.cancel();
      // One utterance per sentence group: some engines stop long ones halfway.
      texts.forEach((text, i) => {
        const u = new SpeechSynthesisUtterance(text);
        u.lang = voiceLang;
        u.rate = 0.9;
        if (i === texts.length - 1) u.onend = u.onerror = end;
        s.speak(u);
      });
    }
    this.host.requestUpdate();
  }

  stop(): void {
    if (!this.playing) return;
    this.playing = false;
    if (this.audio) {
      this.audio.onerror = null;
      this.audio.pause();
      this.audio = undefined;
    } else synth()?.cancel();
    this.host.requestUpdate();
  }
}
