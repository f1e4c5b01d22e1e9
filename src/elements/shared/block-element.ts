import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { fingerprint } from '../../content/hash.js';
import { chunk, loadLesson } from '../../content/load.js';
import type { Checklist, Lang, Quiz } from '../../content/schema.js';
import type { LangkahIds } from '../../events/detail.js';
import { langOf, tagOf, translation } from '../../i18n/localize.js';
import type { Translation } from '../../i18n/translation.js';
import { ProgressController } from '../../progress/controller.js';
import { LoadController } from '../../internal/loader.js';

/** The code that picks a quiz or checklist out of a lesson or child Markdown. */
const standalone = chunk(() => import('./standalone.js'));
const children = chunk(() => import('./children.js'));

interface Loaded<B> {
  block: B;
  /** Absent for content a script set: its key comes from `key` or the page. */
  key?: string | undefined;
  lang?: Lang;
  ids: LangkahIds;
}

/**
 * What `<langkah-quiz>` and `<langkah-checklist>` share: content from `data`
 * (inside a lesson, or set by a script), from `src` (a lesson file, the block
 * named by the URL's `#id` or the first one), or from child Markdown; and a
 * progress record of their own unless a lesson lends them its own.
 */
export abstract class BlockElement<B extends Quiz | Checklist> extends LitElement {
  // Declared without decorators: their helper module would add 0.4 KiB to the bundle.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: {},
    data: { attribute: false },
    progress: { attribute: false },
    step: { attribute: false },
  };

  /** Interface language, `id` or `en`; without it, the closest ancestor's `lang`, then `<html lang>`. */
  declare lang: string;
  /** URL of a lesson (built `.json` or `.md`); shows its first block of this kind, or the one whose id follows `#`. */
  declare src?: string;
  /** The content itself, as data. `<langkah-lesson>` sets it for the blocks of a step. */
  declare data?: B;
  /** @internal The progress of the lesson this block is part of. */
  declare progress?: ProgressController;
  /** @internal The id of the lesson step this block is part of. */
  declare step?: string;

  protected abstract readonly kind: B['t'];
  protected readonly own = new ProgressController(this);
  protected readonly loader = new LoadController<Loaded<B>>(
    this,
    () => this.ids(),
    (loaded) => {
      this.key = loaded.key;
      this.own.ids = loaded.ids;
      this.data = loaded.block;
    },
  );
  private key?: string;
  private observer?: MutationObserver;

  /** The progress this block reads and writes. */
  protected get track(): ProgressController {
    return this.progress ?? this.own;
  }

  protected get t(): Translation {
    return translation(tagOf(this));
  }

  protected ids(): LangkahIds {
    return { ...this.track.ids, ...(this.step ? { step: this.step } : {}), ...(this.data ? { [this.kind]: this.data.id } : {}) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src || this.data) return;
    // Child Markdown may still be arriving (or be edited later by a script).
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.readChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.progress?.detach(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the loading placeholder; the browser loads the content.
    if (isServer) return;
    if (changed.has('progress')) {
      changed.get('progress')?.detach(this);
      this.progress?.attach(this);
    }
    if (changed.has('src') && this.src) {
      const src = this.src;
      const lang = this.lang ? langOf(this) : undefined;
      // The code that picks the block loads while the lesson downloads.
      this.loader.run(async (signal) => {
        const [{ fromLesson }, lesson] = await Promise.all([standalone(), loadLesson(src, { signal, ...(lang ? { lang } : {}) })]);
        return fromLesson<B>(lesson, src, this.kind);
      });
    }
    // Content a script set is checked (a lesson's blocks were checked with it), and comes back once it passed.
    const data = this.data;
    if (changed.has('data') && data && !this.progress && !this.loader.accepts(() => children().then((m) => m[this.kind === 'quiz' ? 'QUIZ' : 'CHECKLIST']), data, this.kind, () => ({ block: data, key: this.key, ids: this.own.ids }))) {
      this.data = undefined;
    }
    if (changed.has('data') && this.data && !this.progress) {
      const lang = langOf(this);
      const key = this.key ?? `${this.kind}:${location.pathname}#${this.id || fingerprint(this.data)}@${lang}`;
      this.own.ids = { ...this.own.ids, key };
      this.own.open(key, fingerprint(this.data), lang, [this.data]);
    }
  }

  private readChildren() {
    const source = this.querySelector(':scope > template, :scope > script[type="text/markdown"]');
    const raw = source instanceof HTMLTemplateElement ? source.content.textContent : (source ?? this).textContent;
    if (!raw?.trim() || this.src) return;
    const lang = langOf(this);
    this.loader.run(async () => (await children()).fromChildren<B>(raw, this.kind, lang, this.id));
  }
}
