/**
 * Prerendered lessons (`langkah build --prerender`, src/cli/prerender.ts):
 * a chunk that `define.ts` loads, before it defines any element, only on a
 * page with a `<langkah-lesson prerendered>`. It installs Lit's hydration
 * (`@lit-labs/ssr-client`), so that an element takes over the declarative
 * shadow root it finds instead of drawing itself anew, and decides, per
 * lesson, when and whether to:
 *
 * - it waits, leaving the first step as the server wrote it (readable, no
 *   shift), until the lesson's JSON and the learner's record are there;
 * - a learner who never opened the lesson sees what the server drew: the
 *   element hydrates it, node for node, and the step's prose stays the
 *   server's markup (drawn as templates, prose.ts, not replaced by DOM);
 * - a returning learner (another step, answers, a notice) or a page that
 *   cannot show the same thing (pictures held back by data saver, a load that
 *   failed): the prerendered step gives way to a fresh render at once.
 *
 * The device's voice is known only in the browser: hydration assumes none, as
 * the server did (the button off, its reason for screen readers only, so that
 * a phone with a voice sees nothing move), and the render right after it shows
 * the real button. On a phone without a voice its reason stays for screen
 * readers on the step taken over, whose text must not move, and shows as a
 * line on the next step without a way to listen that the learner goes to.
 *
 * Either way the element then drops its `prerendered` attribute: what it shows
 * is its own. A page with `langkah-resume.js` (src/cli/prerender.ts) opens a
 * returning learner's prerendered lesson at their step before the script (or
 * hides it until then, when there is no such step), so step 1 never flashes.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { Block } from '../../content/schema.js';
import { LangkahLesson } from './lesson.js';

/** The fields of a lesson this module reads (some private there, but plain properties at run time). */
interface Inside {
  /** Lit's own name, shared by lit and @lit-labs/ssr-client: the element still holds server markup to hydrate. */
  _$AG?: boolean;
  render(): unknown;
  renderRoot: HTMLElement | DocumentFragment;
  getAttribute(name: string): string | null;
  lesson?: LangkahLesson['lesson'];
  progress: LangkahLesson['progress'];
  loader: { state: string };
  speech: { voice?: () => undefined };
  /** The step whose "listen" reason shows as a line: none while hydrating, as on the server. */
  noted?: string;
  drawn: WeakMap<Block, unknown>;
  drafts: LangkahLesson['drafts'];
  images: Record<string, unknown>;
  dataSaver: boolean;
  t: LangkahLesson['t'];
  go(index: number): void;
  moved: boolean | 'open' | 'stay';
}

const NOTHING = Symbol.for('lit-nothing');

hydrate(LangkahLesson);

function hydrate(Lesson: typeof LangkahLesson): void {
  // The loader clears a server's placeholder when the element is built (internal/loader.ts): not this markup, the
  // lesson's nor that of a quiz or checklist in its first step (their own shadow roots inside its own; review 16b, F0).
  // The elements are defined (and these built) in a microtask after this one: a task later, all is as before.
  const roots = (el: Element): ShadowRoot[] => (el.shadowRoot ? [el.shadowRoot, ...[...el.shadowRoot.querySelectorAll('*')].flatMap(roots)] : []);
  const kept = [...document.querySelectorAll('langkah-lesson[prerendered]')].flatMap(roots);
  for (const root of kept) root.replaceChildren = () => {};
  setTimeout(() => kept.forEach((root) => Reflect.deleteProperty(root, 'replaceChildren')));
  const LitElement = Object.getPrototypeOf(Lesson) as { prototype: object };
  (globalThis as { litElementHydrateSupport?: (l: { LitElement: unknown }) => void }).litElementHydrateSupport!({ LitElement });
  type Update = (this: LangkahLesson, changed: Map<PropertyKey, unknown>) => void;
  /** ReactiveElement's update: attributes only, no render. */
  const quiet = (Object.getPrototypeOf(LitElement.prototype) as { update: Update }).update;
  /** LitElement's, as hydration support left it: hydrates once, then renders. */
  const update = (LitElement.prototype as { update: Update }).update;
  // A quiz or checklist inside the lesson's first step: Lit hydrates it once the lesson has taken its own markup over and
  // given it its data (its `defer-hydration` goes then); what the server wrote `disabled` for before the script
  // (prerender.ts, `waiting`) works from there. Markup that does not match is drawn afresh, as the lesson's is.
  (LitElement.prototype as { update: Update }).update = function (changed) {
    const el = this as unknown as Inside;
    if (!el._$AG) return update.call(this, changed);
    const root = el.renderRoot;
    try {
      update.call(this, changed);
    } catch (e) {
      console.warn(`langkah: the prerendered <${this.localName}> is drawn anew: ${(e as Error).message}`);
      delete (root as { _$litPart$?: unknown })._$litPart$;
      for (const n of [...root.childNodes]) if (!/^(style|link)$/.test((n as Element).localName)) n.remove();
      update.call(this, changed);
    }
    for (const n of root.querySelectorAll('[data-wait]')) for (const a of ['disabled', 'data-wait', 'title']) n.removeAttribute(a);
  };
  (Lesson.prototype as unknown as { update: Update }).update = function (changed) {
    const el = this as unknown as Inside;
    if (!el._$AG) return update.call(this, changed);
    const r = el.progress.record;
    const l = el.lesson;
    const failed = el.loader.state === 'error';
    // Not there yet: the server's step stays as it is. Asking render() picks the step that shows "listen"'s reason as a
    // line (`noted`): not yet decided here, or step 1 drawn afresh below showed it and its text moved down 65-93 px.
    const noted = el.noted;
    const none = !failed && (!r || !l || el.render() === NOTHING);
    el.noted = noted;
    if (none) return quiet.call(this, changed);
    const root = el.renderRoot;
    if (!failed) stepsTaken(el, root);
    const now = el.progress.record!;
    const same =
      !failed &&
      !now.step &&
      !Object.keys(now.answers).length &&
      !Object.keys(now.checks).length &&
      !el.progress.problems.size &&
      // Picks not checked yet (kept on the device): Next reads "Periksa jawaban" then, not the server's "Lanjut".
      !Object.keys(el.drafts).length &&
      el.progress.dropped === undefined &&
      !(l!.steps[0]!.blocks.some((b: Block) => b.t === 'image') && (el.dataSaver || (navigator as { connection?: { saveData?: boolean } }).connection?.saveData));
    if (same) {
      // The step's prose as the server drew it: templates, not DOM (prose.ts).
      const t = el.t;
      const keep = (list: Block[]): void =>
        list.forEach((b) => {
          el.drawn.set(b, [t, undefined]);
          if (b.t === 'list') b.items.forEach(keep);
          if (b.t === 'quote' || b.t === 'callout') keep(b.c);
        });
      keep(l!.steps[0]!.blocks);
      el.speech.voice = () => undefined;
      el.noted = '';
      try {
        update.call(this, changed);
        // "Listen"'s reason: the server's says the page is loading (prerender.ts, `unvoiced`); the element's, as Lit
        // thinks it is (a phone with a voice loses it in the render right after).
        const why = root.querySelector('#no-voice')?.lastChild?.previousSibling;
        if (why instanceof Text) why.data = el.t.noVoice;
        return this.removeAttribute('prerendered');
      } catch (e) {
        // The markup does not match (built by another version of Langkah?): drawn afresh below.
        console.warn(`langkah: the prerendered lesson ${el.getAttribute('src')} is drawn anew: ${(e as Error).message}`);
        delete (root as { _$litPart$?: unknown })._$litPart$;
        el.noted = undefined;
      } finally {
        // The render right after shows the device's real "listen"; its reason stays for screen readers on this
        // step (a line would push the text the learner is reading down), and shows as a line on the next step without a voice.
        delete el.speech.voice;
        this.requestUpdate();
      }
    }
    el._$AG = false;
    // Step 1 drawn afresh where the server's stood (a record with answers, a notice): "listen"'s reason not as a line.
    if (!failed && !now.step && el.noted === undefined) el.noted = '';
    // Everything but the styles the server wrote, inside and linked (hydration keeps the shadow root's own styles).
    for (const n of [...root.childNodes]) if (!/^(style|link)$/.test((n as Element).localName)) n.remove();
    update.call(this, changed);
    this.removeAttribute('prerendered');
  };
}

/**
 * The steps the server wrote for before the script (src/cli/prerender-steps.ts):
 * the learner who moved there opens the lesson at the step they are on (saved,
 * the focus on its heading, as after Next); then they are removed, before the
 * element takes over its own markup. Several open (a browser without
 * `details[name]`): the last. A step langkah-resume.js opened for a returning
 * learner is where the element opens anyway.
 */
function stepsTaken(el: Inside, root: HTMLElement | DocumentFragment): void {
  const pe = root.querySelector('.pe');
  if (!pe) return;
  const open = [...pe.querySelectorAll<HTMLElement>('details[open]')].pop();
  const at = open ? Number(open.dataset.step) : -1;
  const focused = pe.contains((root as ShadowRoot).activeElement);
  // The lesson keeps its height until the elements of the step it draws have drawn themselves (their own updates,
  // after its): collapsed meanwhile, a layout (the focus on the heading) put a reader scrolled into a quiz step back at
  // the top of the page (review 16e, E1). Nothing is painted in between. A step type of the page's own may be defined
  // by a script that comes later, or never (review 16f, F2): 3 s at most. The page's own min-height is put back (F5).
  const host = el as unknown as HTMLElement & LangkahLesson;
  const own = host.style.minHeight;
  host.style.minHeight = `${host.getBoundingClientRect().height}px`;
  const until = Date.now() + 3000;
  const drawn = async () => {
    await host.updateComplete;
    // Such a step's blocks come with a chunk of their own, then a second update (parts.ts, `customs`).
    const has = (bs: unknown): boolean =>
      Array.isArray(bs) && bs.some((b: { t?: string; items?: unknown[]; c?: unknown }) => b.t === 'custom' || !!b.items?.some(has) || has(b.c));
    if (has(el.lesson!.steps[el.progress.record!.step]?.blocks ?? [])) {
      while (!host.customs && Date.now() < until) await new Promise((r) => requestAnimationFrame(r));
      await host.updateComplete;
    }
    await Promise.all(
      [...root.querySelectorAll('article [part="step"] *')]
        .filter((n) => n.localName.includes('-'))
        .map((n) => customElements.whenDefined(n.localName).then(() => (n as Partial<LangkahLesson>).updateComplete)),
    );
  };
  void Promise.race([drawn(), new Promise((r) => setTimeout(r, until - Date.now()))]).finally(() => {
    host.style.minHeight = own;
    if (!host.getAttribute('style')) host.removeAttribute('style');
  });
  pe.remove();
  const steps = el.lesson!.steps;
  if (open?.hasAttribute('data-resumed') && !focused) {
    // Opened by langkah-resume.js, not by the learner: the element opens where the record says, which is that step
    // unless another tab (or another copy of the lesson) moved on since. Nothing is saved or told, and the focus
    // stays where the page has it (review 16c, C1); on the same step the text stays put (F2).
    if (at === el.progress.record!.step) el.noted = '';
    return;
  }
  if (at > 0 && at < steps.length) {
    // Moved there step by step: the ones before were seen too.
    el.progress.update((d) => steps.slice(0, at).forEach((s) => d.seen.includes(s.id) || d.seen.push(s.id)));
    el.go(at);
    // The learner is reading this step already: the focus to its heading, the page not scrolled, and nothing
    // above its text that the server did not draw: "listen"'s reason not as a line here (review 16b, F2).
    el.moved = 'stay';
    el.noted = '';
  }
  // Back on step 1: the focus on its heading; on step 2's summary standing for Next: on Next.
  else if (at === 0 && focused) el.moved = true;
  else if (focused) void (el as unknown as LangkahLesson).updateComplete.then(() => root.querySelector<HTMLElement>('nav .primary')?.focus());
}
