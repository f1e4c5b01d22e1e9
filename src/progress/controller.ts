import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Block, Lang, Progress, Step } from '../content/schema.js';
import type { LangkahIds } from '../events/detail.js';
import { LangkahErrorEvent } from '../events/error.js';
import { shapeOf } from '../internal/content.js';
import { progressStore, type ProgressStore, type StoreProblem } from './store.js';

/** What the content looks like now, to match a stored record against. */
export interface ContentShape {
  /** Fingerprint of each question, by question id. */
  questions: Record<string, string>;
  /** Checklist item ids. */
  items: string[];
  /** Step ids, in order (empty for a quiz or checklist on its own). */
  steps: string[];
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Holds one progress record for an element and keeps it in step with the
 * store: every `update` is written through at once, and changes made in
 * another tab or element re-render every attached host. An element inside
 * another one (a quiz in a lesson) attaches to its parent's controller, so
 * the whole lesson is one record.
 */
export class ProgressController implements ReactiveController {
  /** The record; set by `open`. */
  record?: Progress;
  /** Ids for event details: lesson, module, key. */
  ids: LangkahIds = {};
  /** What went wrong with the stored record since `open`, for the learner's notices. */
  readonly problems = new Set<StoreProblem>();
  /** The content changed since the record was written; how many answers no longer match. */
  dropped?: number;
  private readonly hosts = new Set<ReactiveControllerHost>();
  private unwatch?: () => void;
  private readonly onChange = (record: Progress | undefined) => {
    const r = this.record;
    if (!r || (record && record.content !== r.content)) return;
    if (record) {
      this.record = record;
      return this.render();
    }
    // Removed by another tab or a script, set aside, or replaced by a newer
    // version: the learner stays where they are, hears why, and the record is
    // saved again where that is allowed.
    let heard: StoreProblem = 'cleared';
    this.store.read(r.key, (p) => (heard = p));
    this.problem(heard);
    this.save(r);
  };

  constructor(
    private readonly host: Host,
    private readonly store: ProgressStore = progressStore,
  ) {
    host.addController(this);
    this.hosts.add(host);
  }

  hostConnected(): void {
    if (this.record && !this.unwatch) this.unwatch = this.store.watch(this.record.key, this.onChange);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Re-renders `host` too whenever the record changes. */
  attach(host: ReactiveControllerHost): void {
    this.hosts.add(host);
  }

  detach(host: ReactiveControllerHost): void {
    if (host !== this.host) this.hosts.delete(host);
  }

  /**
   * Loads the record for `key`, keeping from an older record whatever still
   * matches the content now (`blocks`, and a lesson's `steps`): answers whose
   * question fingerprint is unchanged, ticks of items that still exist, the
   * step position. Only a record of other content is matched: fingerprinting
   * every question of a lesson is work over all its steps, in the task that
   * draws the first one (issue 10, item 4).
   */
  open(key: string, content: string, lang: Lang, blocks: Block[], steps?: Step[]): Progress {
    this.hostDisconnected();
    this.problems.clear();
    this.dropped = undefined;
    const stored = this.store.read(key, (p) => this.problem(p));
    let record = stored ?? this.fresh(key, content, lang);
    if (stored && stored.content !== content) {
      const shape = shapeOf(blocks, steps);
      const answers: Progress['answers'] = {};
      let dropped = 0;
      for (const [id, a] of Object.entries(stored.answers)) {
        if (shape.questions[id] === a.fp) answers[id] = a;
        else dropped++;
      }
      const checks: Progress['checks'] = {};
      for (const id of shape.items) if (id in stored.checks) checks[id] = stored.checks[id]!;
      record = {
        ...stored,
        content,
        step: Math.min(stored.step, shape.steps.length),
        seen: stored.seen.filter((s) => shape.steps.includes(s)),
        answers,
        checks,
      };
      this.dropped = dropped;
      this.save(record);
    }
    this.record = record;
    if (this.host.isConnected) this.hostConnected();
    return record;
  }

  /** Changes the record and saves it at once. */
  update(change: (draft: Progress) => void): Progress {
    const r = this.record!;
    const draft: Progress = { ...r, seen: [...r.seen], answers: { ...r.answers }, checks: { ...r.checks } };
    change(draft);
    draft.updated = Date.now();
    this.record = draft;
    this.save(draft);
    this.render();
    return draft;
  }

  private fresh(key: string, content: string, lang?: Lang): Progress {
    const now = Date.now();
    return { v: 1, key, content, ...(lang ? { lang } : {}), step: 0, seen: [], answers: {}, checks: {}, started: now, updated: now };
  }

  private save(record: Progress) {
    // Also when a newer version's record is there: the learner must keep the page open then too.
    if (!this.store.write(record, this.onChange)) this.problem('storage');
  }

  private render() {
    this.hosts.forEach((h) => h.requestUpdate());
  }

  private problem(p: StoreProblem) {
    if (this.problems.has(p)) return;
    this.problems.add(p);
    // `<langkah-curriculum>` sends the same event (a helper for both would cost the bundle 23 bytes).
    this.host.dispatchEvent(new LangkahErrorEvent({ ...this.ids, kind: p, severity: 'warning', message: `progress ${p}`, at: Date.now() }));
    this.render();
  }
}

