/**
 * The statement queue: statements wait on the device until the Learning
 * Record Store has them, across reloads, offline hours and storage faults,
 * and leave in the order they were made.
 *
 * - Kept in `localStorage` under a key of its own per endpoint and actor
 *   (never under the progress store's `langkah:` prefix), re-read before
 *   every change so that two tabs share one queue. When `localStorage` is
 *   full or refused, the queue moves to this tab's `sessionStorage` (its own
 *   quota; it survives reloads of the tab, not its closing) and back once
 *   `localStorage` takes it again; when that fails too, it lives in memory
 *   for this page. Each move down is reported.
 *
 *   IndexedDB would survive closing the tab, but it is asynchronous: a
 *   statement added on `pagehide` could be lost before it is written, and
 *   two tabs could no longer share the queue by re-reading it. A browser that
 *   refuses `localStorage` (storage turned off) refuses IndexedDB too.
 * - Sent in batches. 2xx and 409 (the LRS has the statement already: ids are
 *   fixed when a statement is made) remove them; a 409 for a batch is sent
 *   again one by one, since the LRS stored none of it. 401/403 ask the host's auth
 *   provider once more, then stop sending and report `auth`. Other 4xx: the
 *   batch is split to find the statement the LRS refuses, which alone is
 *   dropped and reported. 5xx, 429 and network errors retry with backoff, and
 *   at once when the browser comes back online.
 * - A cap (statements kept) drops the oldest first, and only with a report.
 */
import { fingerprint } from '../../content/hash.js';
import type { Statement } from './statements.js';

/** A statement the queue could not deliver, and why. */
export type QueueProblem =
  | { kind: 'auth'; status: number }
  | { kind: 'dropped'; count: number; reason: string; status?: number }
  /** The queue cannot be kept in `localStorage`: `session` (kept for this tab) or `memory` (for this page). */
  | { kind: 'storage'; kept: 'session' | 'memory' };

/** Options of `StatementQueue`. */
export interface QueueOptions {
  /** The LRS's xAPI endpoint; statements go to `<endpoint>/statements`. */
  endpoint: string;
  /** Returns the `Authorization` header value (e.g. `Bearer …` from the host's own server). */
  auth?: () => string | undefined | Promise<string | undefined>;
  /** Names the stored queue: one per endpoint and learner. */
  scope: string;
  /** Statements sent per request. */
  batch?: number;
  /** Statements kept at most; the oldest go first, with a report. */
  cap?: number;
  storage?: Storage | null;
  /** Where the queue waits when `storage` fails (default: `sessionStorage`). */
  spare?: Storage | null;
  fetch?: typeof fetch;
  onProblem?: (p: QueueProblem) => void;
  /** Milliseconds before the first retry; doubles up to `maxDelay`. */
  delay?: number;
  maxDelay?: number;
}

/** The xAPI version sent in the `X-Experience-API-Version` header. */
export const XAPI_VERSION = '1.0.3';

/**
 * Whether a 2xx came from an LRS: a POST is answered with the statements' ids
 * (a JSON array). A captive portal's or a broken proxy's 200 page is not, and
 * counting it as delivered would lose the statements.
 */
async function accepted(res: Response): Promise<boolean> {
  if (res.status === 204) return true;
  try {
    return Array.isArray(await res.json());
  } catch {
    return false;
  }
}
const KEY_PREFIX = 'langkah-xapi:';

/** xAPI statements waiting for the LRS: kept in `localStorage` while offline and sent in order when the network is back. */
export class StatementQueue {
  readonly key: string;
  private memory: Statement[] | undefined;
  /** The fallbacks already reported (each once, however often the queue moves between stores). */
  private readonly told = new Set<'session' | 'memory'>();
  private sending = false;
  private halted = false;
  private failures = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly opts: Required<Omit<QueueOptions, 'auth' | 'storage' | 'spare' | 'onProblem'>> & Pick<QueueOptions, 'auth' | 'onProblem'> & { storage: Storage | null; spare: Storage | null };
  private idle: Promise<void> = Promise.resolve();
  private readonly online = () => {
    this.failures = 0;
    void this.send();
  };

  constructor(options: QueueOptions) {
    // Reading `localStorage` throws where the browser refuses storage.
    const get = (given: Storage | null | undefined, name: 'localStorage' | 'sessionStorage'): Storage | null => {
      try {
        return given === undefined ? globalThis[name] ?? null : given;
      } catch {
        return null;
      }
    };
    this.opts = {
      batch: 25,
      cap: 2000,
      delay: 1000,
      maxDelay: 60_000,
      fetch: globalThis.fetch.bind(globalThis),
      ...options,
      storage: get(options.storage, 'localStorage'),
      spare: get(options.spare, 'sessionStorage'),
    };
    this.key = KEY_PREFIX + fingerprint(options.endpoint) + ':' + fingerprint(options.scope);
    globalThis.addEventListener?.('online', this.online);
  }

  /** Statements waiting to be sent. */
  get pending(): Statement[] {
    return this.read();
  }

  /** Stops retrying and listening; the queue stays stored for the next page. */
  close(): void {
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.online);
    this.halted = true;
  }

  /** Queues statements and starts sending. */
  add(statements: Statement[]): void {
    if (!statements.length) return;
    const all = [...this.read(), ...statements];
    const over = all.length - this.opts.cap;
    if (over > 0) {
      all.splice(0, over);
      this.opts.onProblem?.({ kind: 'dropped', count: over, reason: `the queue holds at most ${this.opts.cap} statements; the oldest were dropped` });
    }
    this.write(all);
    void this.send();
  }

  /** Sends what is waiting; resolves when the queue is empty or sending has to wait. */
  flush(): Promise<void> {
    void this.send();
    return this.idle;
  }

  /**
   * Sends what fits in one request with `keepalive`, for `pagehide`: the page
   * may be gone before an answer comes, so nothing is removed here; the next
   * page sends the rest, and fixed ids keep the LRS from storing twice.
   */
  async beacon(): Promise<void> {
    const all = this.read();
    if (!all.length || this.halted) return;
    let batch = all.slice(0, this.opts.batch);
    while (batch.length > 1 && JSON.stringify(batch).length > 60_000) batch = batch.slice(0, batch.length >> 1);
    try {
      await this.post(batch, true);
    } catch {
      // The next page will try again.
    }
  }

  /** The queue: what `localStorage` holds, then what this tab's spare holds (another tab may have written either). */
  private read(): Statement[] {
    if (this.memory) return [...this.memory];
    const out = new Map<string, Statement>();
    for (const store of [this.opts.storage, this.opts.spare]) {
      try {
        const raw = store?.getItem(this.key);
        const list = raw ? (JSON.parse(raw) as unknown) : [];
        if (!Array.isArray(list)) continue;
        for (const s of list as Statement[]) if (s && typeof s === 'object' && typeof s.id === 'string' && !out.has(s.id)) out.set(s.id, s);
      } catch {
        // An unreadable store holds nothing to send.
      }
    }
    return [...out.values()];
  }

  /** Writes the whole queue to `localStorage`, else to the spare, else keeps it in memory; the other store is emptied. */
  private write(list: Statement[]): void {
    if (!this.memory) {
      const { storage, spare } = this.opts;
      for (const [store, other, where] of [
        [storage, spare, 'local'],
        [spare, storage, 'session'],
      ] as const) {
        if (!store) continue;
        try {
          if (list.length) store.setItem(this.key, JSON.stringify(list));
          else store.removeItem(this.key);
        } catch {
          continue;
        }
        try {
          other?.removeItem(this.key);
        } catch {
          // Nothing stale can stay where nothing could be read either.
        }
        if (where === 'session') this.fallen('session');
        return;
      }
    }
    this.fallen('memory');
    this.memory = list;
  }

  private fallen(kept: 'session' | 'memory'): void {
    if (this.told.has(kept)) return;
    this.told.add(kept);
    this.opts.onProblem?.({ kind: 'storage', kept });
  }

  /** Removes sent statements by id (another tab may have changed the queue meanwhile). */
  private remove(ids: Set<string>): void {
    this.write(this.read().filter((s) => !ids.has(s.id)));
  }

  private async post(batch: Statement[], keepalive = false): Promise<Response> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': XAPI_VERSION,
    };
    const auth = await this.opts.auth?.();
    if (auth) headers.Authorization = auth;
    return this.opts.fetch(this.opts.endpoint.replace(/\/*$/, '/statements'), {
      method: 'POST',
      headers,
      body: JSON.stringify(batch),
      keepalive,
      credentials: 'omit',
    });
  }

  private send(): Promise<void> {
    if (this.sending || this.halted) return this.idle;
    this.sending = true;
    clearTimeout(this.timer);
    this.idle = this.loop().finally(() => {
      this.sending = false;
    });
    return this.idle;
  }

  private async loop(): Promise<void> {
    let authRetried = false;
    for (;;) {
      const batch = this.read().slice(0, this.opts.batch);
      if (!batch.length || this.halted) return;
      let res: Response;
      try {
        res = await this.post(batch);
      } catch {
        this.retryLater();
        return;
      }
      if (res.ok && !(await accepted(res))) {
        this.retryLater();
        return;
      }
      // A 409 answers for the whole request: alone, the statement is the LRS's already;
      // in a batch, the LRS stored none of it, so the others are sent one by one.
      if (res.status === 409 && batch.length > 1) {
        if (await this.isolate(batch, res.status)) continue;
        this.retryLater();
        return;
      }
      if (res.ok || res.status === 409) {
        this.failures = 0;
        authRetried = false;
        this.remove(new Set(batch.map((s) => s.id)));
        continue;
      }
      if (res.status === 401 || res.status === 403) {
        // A short-lived token may have expired: the provider gets one more chance.
        if (!authRetried) {
          authRetried = true;
          continue;
        }
        this.halted = true;
        this.opts.onProblem?.({ kind: 'auth', status: res.status });
        return;
      }
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        if (await this.isolate(batch, res.status)) continue;
        this.retryLater();
        return;
      }
      this.retryLater();
      return;
    }
  }

  /**
   * The LRS refused a batch: send its statements one by one, and drop only
   * those it refuses. Returns whether any statement left the queue.
   */
  private async isolate(batch: Statement[], status: number): Promise<boolean> {
    const drop = (s: Statement, code: number) => {
      this.remove(new Set([s.id]));
      this.opts.onProblem?.({ kind: 'dropped', count: 1, status: code, reason: `the LRS refused statement ${s.id} (HTTP ${code})` });
    };
    if (batch.length === 1) {
      drop(batch[0]!, status);
      return true;
    }
    let moved = false;
    for (const s of batch) {
      let res: Response;
      try {
        res = await this.post([s]);
      } catch {
        return moved; // Network gone: the loop retries later.
      }
      if (res.ok && !(await accepted(res))) return moved;
      if (res.ok || res.status === 409) this.remove(new Set([s.id]));
      else if (res.status >= 400 && res.status < 500 && ![401, 403, 408, 429].includes(res.status)) drop(s, res.status);
      else return moved; // Keep the order: the rest waits for the main loop.
      moved = true;
    }
    return moved;
  }

  private retryLater(): void {
    if (this.halted) return;
    this.failures++;
    const base = Math.min(this.opts.maxDelay, this.opts.delay * 2 ** (this.failures - 1));
    const wait = base * (0.8 + Math.random() * 0.4);
    this.timer = setTimeout(() => void this.send(), wait);
  }
}
