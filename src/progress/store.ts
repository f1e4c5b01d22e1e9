/**
 * The progress store: one record per lesson, quiz or checklist, written
 * through to `localStorage` on every change and validated on every read.
 *
 * Faults never cost the learner anything but the fault itself:
 * - storage missing, blocked (`SecurityError`) or full (`QuotaExceededError`):
 *   the record lives in memory for this page, and the caller hears `storage`;
 * - a record that is not JSON, fails `ProgressSchema`, or belongs to another
 *   key: it alone is moved to `<key>:corrupt` for inspection, and the caller
 *   hears `corrupt`. Other records are never touched.
 */
import type { Progress } from '../content/schema.js';
import { mismatch } from '../content/shape.js';
import { PROGRESS } from '../content/shapes.js';

/** What went wrong with storage; see the module comment. */
export type StoreProblem = 'storage' | 'corrupt';

type Listener = (record: Progress | undefined) => void;

/** Prefix of every storage key Langkah writes. */
export const PREFIX = 'langkah:';

const storage = (): Storage => window.localStorage;

export class ProgressStore {
  /** Records whose last write did not reach storage: they are newer than what storage holds. */
  private readonly memory = new Map<string, Progress | null>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private listening = false;

  /**
   * The stored record for `key`, validated; `undefined` when there is none.
   * @example store.read('lesson:kunci-akun/kode-otp@id')?.step
   */
  read(key: string, onProblem?: (p: StoreProblem) => void): Progress | undefined {
    if (this.memory.has(key)) return this.memory.get(key) ?? undefined;
    let raw: string | null;
    try {
      raw = storage().getItem(PREFIX + key);
    } catch {
      onProblem?.('storage');
      return undefined;
    }
    if (raw === null) return undefined;
    const record = parse(raw, key);
    if (!record) {
      try {
        storage().setItem(PREFIX + key + ':corrupt', raw);
        storage().removeItem(PREFIX + key);
      } catch {
        // Cannot move it aside: leave it; it will be overwritten by the next write.
      }
      onProblem?.('corrupt');
    }
    return record;
  }

  /** Saves `record` under its key at once; returns false when it is kept in memory only. */
  write(record: Progress, from?: Listener): boolean {
    return this.put(record.key, record, from);
  }

  /** Forgets the record for `key`. */
  remove(key: string, from?: Listener): boolean {
    return this.put(key, null, from);
  }

  /** Keys of all stored records (without the prefix), for reports and resets. */
  keys(): string[] {
    const out = new Set<string>();
    try {
      const s = storage();
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k?.startsWith(PREFIX) && !k.endsWith(':corrupt')) out.add(k.slice(PREFIX.length));
      }
    } catch {
      // Storage unavailable: only memory is left.
    }
    for (const [k, v] of this.memory) if (v) out.add(k);
    return [...out];
  }

  /**
   * Calls `fn` when the record for `key` changes elsewhere: in another tab
   * (the `storage` event) or in another element on this page.
   * @returns a function that stops the calls
   */
  watch(key: string, fn: Listener): () => void {
    if (!this.listening) {
      this.listening = true;
      window.addEventListener('storage', (e) => {
        if (e.key === null) this.listeners.forEach((set, k) => set.forEach((f) => f(this.read(k))));
        else if (e.key.startsWith(PREFIX)) this.emit(e.key.slice(PREFIX.length));
      });
    }
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  private put(key: string, record: Progress | null, from?: Listener): boolean {
    let saved = true;
    try {
      if (record) storage().setItem(PREFIX + key, JSON.stringify(record));
      else storage().removeItem(PREFIX + key);
      this.memory.delete(key);
    } catch {
      this.memory.set(key, record);
      saved = false;
    }
    this.emit(key, from);
    return saved;
  }

  private emit(key: string, except?: Listener) {
    const set = this.listeners.get(key);
    if (!set?.size) return;
    const record = this.read(key);
    set.forEach((f) => f !== except && f(record));
  }
}

function parse(raw: string, key: string): Progress | undefined {
  try {
    const record = JSON.parse(raw) as Progress;
    return !mismatch(PROGRESS, record) && record.key === key ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The store every element of this copy of the library uses. */
export const progressStore = new ProgressStore();
