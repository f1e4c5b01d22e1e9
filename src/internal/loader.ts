import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { checked, wasChecked, type LoadError } from '../content/load.js';
import type { Shape } from '../content/shape.js';
import type { LangkahIds } from '../events/detail.js';
import { LangkahErrorEvent } from '../events/error.js';
import type { Translation } from '../i18n/translation.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Tells the host page that loading failed: a `langkah-error` from `target`. */
export const failed = (target: EventTarget, ids: LangkahIds, e: LoadError): unknown =>
  target.dispatchEvent(
    new LangkahErrorEvent({
      ...ids,
      kind: e.kind ?? 'content',
      severity: 'error',
      message: e.message,
      ...(e.url ? { url: e.url } : {}),
      ...(e.status ? { status: e.status } : {}),
      ...(e.problems?.length ? { problems: e.problems } : {}),
      at: Date.now(),
    }),
  );

/** What the learner sees while something loads (`failed` false) or after it failed; "Coba lagi" runs `retry`. */
export const status = (message: string, failed: boolean, retry: false | (() => unknown), t: Translation): TemplateResult =>
  html`<div part="status" class="status" role=${failed ? 'alert' : 'status'}>
    <p>${message}</p>
    ${retry ? html`<button class="primary" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;

/**
 * Loads an element's content and owns what the learner sees meanwhile: a
 * loading line at once (never a blank box), a "still loading" line with a
 * retry button when the network is slow, and a kind message with a retry
 * button when loading fails. Failures and slowness are also reported as
 * `langkah-error`.
 */
export class LoadController<T> implements ReactiveController {
  /** Milliseconds after which loading counts as slow. */
  static slowAfter = 8000;
  state: 'idle' | 'loading' | 'slow' | 'error' | 'done' = 'idle';
  error?: LoadError;
  private task?: (signal: AbortSignal) => Promise<T>;
  /** The attempts running now: "Try again" on a slow load adds one beside the first. */
  private aborts: AbortController[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly ids: () => LangkahIds,
    private readonly done: (value: T) => void,
  ) {
    host.addController(this);
    // A placeholder rendered on a server (a declarative shadow root) goes:
    // the element renders afresh, without Lit's hydration.
    host.shadowRoot?.replaceChildren();
  }

  /**
   * Starts (or restarts) loading with `task`. With `beside`, the attempts
   * already running go on: on a slow network, "Try again" must not throw
   * away a download that is nearly there. The first to finish wins.
   */
  run(task: ((signal: AbortSignal) => Promise<T>) | undefined = this.task, beside = false): void {
    if (!beside) this.stop();
    this.task = task;
    if (!task) return;
    const abort = new AbortController();
    this.aborts.push(abort);
    this.state = 'loading';
    this.error = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.state = 'slow';
      this.report({ kind: 'slow', severity: 'warning', message: 'loading is slow' });
    }, LoadController.slowAfter);
    this.host.requestUpdate();
    task(abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.stop('done');
        this.done(value);
      },
      (e: LoadError) => {
        // A failed attempt counts only when no other one is still running.
        if (abort.signal.aborted || this.aborts.length > 1) return void this.aborts.splice(this.aborts.indexOf(abort), 1);
        this.stop('error');
        this.error = e;
        failed(this.host, this.ids(), e);
      },
    );
  }

  /**
   * Whether content a script set is known to fit its shape. When not yet,
   * the caller sets it aside and this checks it once `shape` has loaded (the
   * compiled shapes are lazy chunks): content that fits comes back through
   * `done` as `value()`; content that does not shows the learner the "broken
   * content" message (as for a broken file) and gives the host page a
   * `langkah-error` naming the first problem.
   */
  accepts(shape: () => Promise<Shape>, data: object, what: string, value: () => T): boolean {
    if (wasChecked(data)) return true;
    this.run(async () => (checked(await shape(), data, what, location.href), value()));
    return false;
  }

  hostConnected(): void {
    // An object that reached an attribute as "[object Object]" is lost: React
    // does that with `lesson` or `data` when the tag is not defined yet. The
    // learner sees the broken-content message (a rejection without `kind`).
    for (const a of this.host.attributes) {
      if (a.value == '[object Object]') return this.run(() => Promise.reject({ message: `${a.name}="[object Object]": set it as a property` }));
    }
    if (this.state === 'idle' && this.task) this.run();
  }

  hostDisconnected(): void {
    if (this.state === 'loading' || this.state === 'slow') this.stop();
  }

  /** The loading, slow or failure view; `nothing` once loaded. */
  view(t: Translation): TemplateResult | typeof nothing {
    // A server loads nothing: it renders "loading" for the browser to replace.
    const state = isServer ? 'loading' : this.state;
    if (state === 'done' || state === 'idle') return nothing;
    const failed = state === 'error';
    const message = failed ? t[this.error?.kind ?? 'content'] ?? t.content : state === 'slow' ? t.slow : t.loading;
    return status(message, failed, (failed || state === 'slow') && (() => this.run(undefined, !failed)), t);
  }

  private stop(state: this['state'] = 'idle') {
    clearTimeout(this.timer);
    this.aborts.forEach((a) => a.abort());
    this.aborts = [];
    this.state = state;
    this.host.requestUpdate();
  }

  private report(d: Omit<ConstructorParameters<typeof LangkahErrorEvent>[0], 'at'>) {
    this.host.dispatchEvent(new LangkahErrorEvent({ ...this.ids(), ...d, at: Date.now() }));
    this.host.requestUpdate();
  }
}
