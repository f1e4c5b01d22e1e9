/**
 * The progress store: one record per lesson, quiz or checklist, written
 * through to `localStorage` on every change and validated on every read.
 *
 * Faults never cost the learner anything but the fault itself, and every
 * reader hears of them (`onProblem`) while the page is open (or until a
 * script calls `remove`):
 * - storage missing, blocked (`SecurityError`) or full (`QuotaExceededError`):
 *   the record lives in memory for this page (`storage`);
 * - a record that is not JSON, fails `ProgressSchema`, or belongs to another
 *   key: it alone is moved to `<key>:corrupt:<time>`, a key of its own that a
 *   later fault never overwrites (`corrupt`);
 * - a record of a newer Langkah (`v` above 1): it is left exactly as it is,
 *   and this page keeps its own record in memory (`newer`).
 * Other records are never touched.
 */
import type { Progress } from '../content/schema.js';
import { mismatch } from '../content/shape.js';
import { PROGRESS } from '../content/progress-shape.js';

/**
 * What went wrong with storage; see the module comment. `cleared` is the
 * controller's: the record was removed elsewhere while a lesson was open.
 */
export type StoreProblem = 'storage' | 'corrupt' | 'newer' | 'cleared';

type Listener = (record: Progress | undefined) => void;

/** Prefix of every storage key Langkah writes. */
export const PREFIX = 'langkah:';

const storage = (): Storage => window.localStorage;

/** Learners' saved progress in `localStorage`: versioned records that are checked when read and never lost (`progressStore` is the page's one instance). */
export class ProgressStore {
  /** Records whose last write did not reach storage: they are newer than what storage holds. */
  private readonly memory = new Map<string, Progress | undefined>();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Keys whose record was set aside, or is a newer version's, on this page: every reader hears of it. */
  private readonly problems = new Map<string, StoreProblem>();
  private listening = false;

  /**
   * The stored record for `key`, validated; `undefined` when there is none.
   * @example store.read('lesson:kunci-akun/kode-otp@id')?.step
   */
  read(key: string, onProblem?: (p: StoreProblem) => void): Progress | undefined {
    let record = this.memory.get(key);
    if (!this.memory.has(key)) {
      let raw: string | null;
      try {
        raw = storage().getItem(PREFIX + key);
      } catch {
        onProblem?.('storage');
        return undefined;
      }
      if (raw !== null) {
        const found = parse(raw, key);
        if (typeof found == 'object') record = found;
        else {
          if (!found) {
            try {
              // Unique even for two faults within one millisecond.
              let at = Date.now();
              while (storage().getItem(`${PREFIX}${key}:corrupt:${at}`) !== null) at++;
              storage().setItem(`${PREFIX}${key}:corrupt:${at}`, raw);
              storage().removeItem(PREFIX + key);
            } catch {
              // Cannot move it aside: leave it; it will be overwritten by the next write.
            }
          }
          this.problems.set(key, found ?? 'corrupt');
        }
      }
    }
    const problem = this.problems.get(key);
    if (problem) onProblem?.(problem);
    return record;
  }

  /** Saves `record` under its key at once; returns false when it is kept in memory only (storage failed, or holds a newer version's record). */
  write(record: Progress, from?: Listener): boolean {
    return this.put(record.key, record, from);
  }

  /** Forgets the record for `key`, and what went wrong with it: a script's explicit wish, obeyed even for a newer version's record. */
  remove(key: string, from?: Listener): boolean {
    this.problems.delete(key);
    return this.put(key, undefined, from);
  }

  /** Keys of all stored records (without the prefix), for reports and resets. */
  keys(): string[] {
    const out = new Set<string>();
    try {
      for (const k of Object.keys(storage())) if (k.startsWith(PREFIX) && !k.includes(':corrupt')) out.add(k.slice(PREFIX.length));
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

  private put(key: string, record: Progress | undefined, from?: Listener): boolean {
    let saved = true;
    try {
      // A newer version's record is never overwritten: this page keeps its own in memory.
      if (this.problems.get(key) == 'newer') throw 0;
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
    // Read (and checked) again only for another listener than the writer: not on every write of a lesson.
    const others = [...(this.listeners.get(key) ?? [])].filter((f) => f !== except);
    const record = others[0] && this.read(key);
    others.forEach((f) => f(record));
  }
}

/** The record in `raw`; `newer` for a newer version's, whatever its shape; undefined when damaged. */
function parse(raw: string, key: string): Progress | 'newer' | undefined {
  try {
    const record = JSON.parse(raw) as Progress;
    // Only a number: a damaged `"v":"2"` or `[2]` is damage, set aside, not a newer record that would stop every save.
    return typeof record?.v == 'number' && record.v > 1 ? 'newer' : !mismatch(PROGRESS, record) && record.key === key ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The store every element of this copy of the library uses. */
export const progressStore = new ProgressStore();
