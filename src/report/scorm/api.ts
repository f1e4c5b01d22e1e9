/**
 * The LMS side of SCORM, seen from the course: finding the API object the LMS
 * puts in a parent or opener window, and one adapter over the SCORM 1.2
 * (`API`, `LMS…` calls, `cmi.core.*`) and SCORM 2004 (`API_1484_11`,
 * `cmi.completion_status` + `cmi.success_status`) names, so the runtime
 * speaks one language.
 */

/** The calls a SCORM 1.2 LMS offers. */
export interface Api12 {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(k: string): string;
  LMSSetValue(k: string, v: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

/** The calls a SCORM 2004 LMS offers. */
export interface Api2004 {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(p: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

/** The SCORM version of a package: `1.2` or `2004`. */
export type ScormVersion = '1.2' | '2004';

type Win = Window & { API?: Api12; API_1484_11?: Api2004 };

/**
 * The standard search (ADL's): this window, then up through its parents, then
 * the opener and its parents; at most `limit` steps each way. A window of
 * another origin cannot be read and ends that branch.
 */
export function findApi(win: Window, limit = 500): { version: ScormVersion; api: Api12 | Api2004 } | undefined {
  const look = (start: Window | null): { version: ScormVersion; api: Api12 | Api2004 } | undefined => {
    let w = start as Win | null;
    for (let i = 0; w && i < limit; i++) {
      try {
        if (w.API_1484_11) return { version: '2004', api: w.API_1484_11 };
        if (w.API) return { version: '1.2', api: w.API };
      } catch {
        return undefined;
      }
      if (w.parent === w) break;
      w = w.parent as Win;
    }
    return undefined;
  };
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return look(win) ?? look(opener) ?? look(win.top?.opener ?? null);
}

/** One field in both versions' names. */
const FIELDS = {
  status: { '1.2': 'cmi.core.lesson_status', '2004': 'cmi.completion_status' },
  entry: { '1.2': 'cmi.core.entry', '2004': 'cmi.entry' },
  exit: { '1.2': 'cmi.core.exit', '2004': 'cmi.exit' },
  location: { '1.2': 'cmi.core.lesson_location', '2004': 'cmi.location' },
  raw: { '1.2': 'cmi.core.score.raw', '2004': 'cmi.score.raw' },
  min: { '1.2': 'cmi.core.score.min', '2004': 'cmi.score.min' },
  max: { '1.2': 'cmi.core.score.max', '2004': 'cmi.score.max' },
  sessionTime: { '1.2': 'cmi.core.session_time', '2004': 'cmi.session_time' },
  suspend: { '1.2': 'cmi.suspend_data', '2004': 'cmi.suspend_data' },
  name: { '1.2': 'cmi.core.student_name', '2004': 'cmi.learner_name' },
} as const;
export type Field = keyof typeof FIELDS;

/** SCORM 1.2 allows 4,096 characters of suspend data; 2004 (3rd ed. and later) 64,000. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** `HHHH:MM:SS.SS` (1.2) or an ISO 8601 duration (2004). */
export function sessionTime(ms: number, version: ScormVersion): string {
  // Rounded to hundredths first, so 59.996 s becomes 1 minute, not "60.00" seconds.
  const total = Math.round(Math.max(0, ms) / 10) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (version === '1.2') return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
  return `PT${h}H${m}M${s.toFixed(2)}S`;
}

/** The LMS behind one interface; every call reports failure instead of throwing. */
export class ScormAdapter {
  /** The last error the LMS reported, for the learner's notice and for developers. */
  lastError = '';

  constructor(
    readonly version: ScormVersion,
    private readonly api: Api12 | Api2004,
  ) {}

  private call(name12: keyof Api12, name2004: keyof Api2004, ...args: string[]): string {
    try {
      const fn = this.version === '1.2' ? (this.api as Api12)[name12] : (this.api as Api2004)[name2004];
      const out = String((fn as (...a: string[]) => unknown).apply(this.api, args) ?? '');
      const code = String(this.version === '1.2' ? (this.api as Api12).LMSGetLastError() : (this.api as Api2004).GetLastError());
      if (code && code !== '0') {
        const text = this.version === '1.2' ? (this.api as Api12).LMSGetErrorString(code) : (this.api as Api2004).GetErrorString(code);
        this.lastError = `${code} ${text}`;
      }
      return out;
    } catch (e) {
      this.lastError = String((e as Error)?.message ?? e);
      return 'false';
    }
  }

  initialize(): boolean {
    return this.call('LMSInitialize', 'Initialize', '') === 'true';
  }
  finish(): boolean {
    return this.call('LMSFinish', 'Terminate', '') === 'true';
  }
  commit(): boolean {
    return this.call('LMSCommit', 'Commit', '') === 'true';
  }
  get(field: Field): string {
    return this.call('LMSGetValue', 'GetValue', FIELDS[field][this.version]);
  }
  getRaw(key: string): string {
    return this.call('LMSGetValue', 'GetValue', key);
  }
  set(field: Field, value: string | number): boolean {
    return this.setRaw(FIELDS[field][this.version], String(value));
  }
  setRaw(key: string, value: string | number): boolean {
    return this.call('LMSSetValue', 'SetValue', key, String(value)) === 'true';
  }

  /**
   * Completion and success in the version's own words: 1.2 has one status
   * (`passed`/`failed` win over `completed`); 2004 keeps them apart.
   */
  status(completed: boolean, passed: boolean | undefined): boolean {
    if (this.version === '1.2') {
      const s = passed === true ? 'passed' : passed === false && completed ? 'failed' : completed ? 'completed' : 'incomplete';
      return this.set('status', s);
    }
    const a = this.set('status', completed ? 'completed' : 'incomplete');
    const b = this.setRaw('cmi.success_status', passed === undefined ? 'unknown' : passed ? 'passed' : 'failed');
    return a && b;
  }

  /** The score in percent (0–100): LMSs such as Moodle read `raw` against min 0 and max 100. */
  score(percent: number): boolean {
    const ok = [this.set('min', 0), this.set('max', 100), this.set('raw', percent)];
    if (this.version === '2004') ok.push(this.setRaw('cmi.score.scaled', +(percent / 100).toFixed(4)));
    return ok.every(Boolean);
  }
}
