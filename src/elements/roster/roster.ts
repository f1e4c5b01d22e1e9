import { css, html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { loadCurriculum } from '../../content/load-curriculum.js';
import type { BuiltCurriculum, Lang } from '../../content/schema.js';
import { courseTranslation } from '../../i18n/course.js';
import { langOf, translation } from '../../i18n/localize.js';
import { LoadController } from '../../internal/loader.js';
import {
  canonicalCode,
  cleanName,
  courseFingerprint,
  decodeReport,
  findCodes,
  fromTheFuture,
  nameKey,
  verificationCode,
  type CodeCourse,
  type Report,
} from '../../report/code.js';
import { base } from '../shared/base.styles.js';

interface Row {
  report: Report;
  /** The name as shown: clean (see `cleanName`). */
  name: string;
  done: number;
  percent: number;
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, semicolon, tab, quote
 * or line break, so one file reads right with either separator; a leading
 * = + - @ tab or CR is defused so a spreadsheet never runs a learner's name as
 * a formula.
 */
const csvCell = (v: string | number) => {
  const s = String(v).replace(/^[=+\-@\t\r]/, "'$&");
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Longest stretch of work between two turns of the page (ms); drawing and garbage collection come on top. */
const SLICE = 30;
/** A paste longer than this (characters; about 100 messages) is kept out of the text box: a box holding megabytes freezes the page. */
const HOLD = 20_000;
/** A paste with more codes than this shows a progress line from the start. */
const LONG = 1000;
/** Refused codes listed by name; the rest are counted (a whole chat of another course must not freeze the page). */
const SHOW_REJECTED = 100;
/** Learners shown at first, and added by each press of "show more": a table of thousands is for the CSV, not the screen. */
const PAGE = 50;

/**
 * Calls `step` for every index from `from` on, giving the page a turn (and
 * `progress` a call) whenever a slice of work has taken SLICE ms, then `done`.
 * Work that fits in one slice runs at once.
 */
function sliced(count: number, step: (i: number) => void, progress: (i: number) => void, done: () => void, from = 0): void {
  const start = performance.now();
  for (let i = from; i < count; i++) {
    if (i > from && !(i & 7) && performance.now() - start > SLICE) {
      progress(i);
      setTimeout(() => sliced(count, step, progress, done, i));
      return;
    }
    step(i);
  }
  done();
}

/** About how many report codes a text holds (each starts with LK1 or LK2). */
const codeCount = (text: string) => text.match(/lk[12]/gi)?.length ?? 0;

/** A line of a report message that gives the learner's name ("Nama: Bu Sri", "Name: Bu Sri"). */
const NAME_LINE = /^\s*(?:nama|name)\s*:\s*(.*\S)\s*$/i;

/**
 * The name in front of a code on its line, for a code sent without the
 * message around it: "Bu Sri LK2-…", "Nama: Bu Sri Kode: LK2-…", or a chat
 * line "[28/11 07.12] Bu Sri: Kode: LK2-…" (without its time, labels and
 * punctuation).
 */
const nameBefore = (text: string) =>
  text
    .replace(/^\s*\[[^\]]*\]\s*/, '')
    .replace(/^\s*\d[\d/.,:\s]*[-–]\s/, '')
    .replace(/^(?:nama|name)\s*:\s*/i, '')
    .replace(/(?:kode|code)\s*:?\s*$/i, '')
    .replace(/[\s:,;-]+$/, '')
    .trim();

/**
 * How a report is stored: its code in one spelling, then, for an LK2 code
 * (which carries no name), a space and the name the message gave.
 */
const entryOf = (code: string, name: string) => (/^LK2/.test(code) && name ? `${code} ${name}` : code);

const pad = (n: number) => String(n).padStart(2, '0');

/** When a report was last active, for the CSV: the trainer's local time to the minute, or the day of a day-only code. */
function csvTime(r: Report): string {
  if (r.dayOnly) return new Date(r.last).toISOString().slice(0, 10);
  const d = new Date(r.last);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A trainer's class table, built from the progress reports learners send over
 * WhatsApp: paste one or many messages, see learners × lessons with scores
 * and last activity, download a CSV. No server: the reports stay in this
 * browser. Reports are self-reported: the table shows what learners sent, and
 * says so.
 *
 * @tagname langkah-roster
 * @summary The class table from learners' pasted progress reports.
 *
 * @csspart base - The frame.
 * @csspart table - The class table.
 * @csspart status - Loading and error messages.
 *
 * @attr {string} lang - Interface language, `id` or `en`; without it, the closest ancestor's `lang`, then `<html lang>`.
 *
 * @event langkah-error - The curriculum could not be loaded.
 */
export class LangkahRoster extends LitElement {
  static override styles = [
    base,
    css`
      textarea {
        font: inherit;
        box-sizing: border-box;
        width: 100%;
        min-height: 6em;
        padding: 0.4em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_fg);
      }
      label {
        display: block;
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .scroll {
        overflow-x: auto;
        margin: 1em 0;
      }
      table {
        border-collapse: collapse;
        font-size: 0.9em;
      }
      th,
      td {
        border: 1px solid var(--_border);
        padding: 0.3em 0.5em;
        text-align: center;
        white-space: nowrap;
      }
      th[scope='row'],
      td.left {
        text-align: start;
      }
      th[scope='row'] {
        position: sticky;
        inset-inline-start: 0;
        background: var(--_bg);
      }
      .muted {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .rejected {
        color: var(--_wrong);
      }
      .legend {
        columns: 2 16em;
        font-size: 0.9em;
      }
    `,
  ];

  /** URL of the built curriculum the reports belong to. */
  @property() src?: string;

  @state() private course?: BuiltCurriculum;
  /** Accepted codes, in the order they were pasted (the later wins a tie); what is stored. */
  @state() private codes: string[] = [];
  @state() private rejected: { code: string; reason: string }[] = [];
  @state() private notice = '';
  /** Set when the last save failed: the new reports live only in this page. */
  @state() private full = false;
  /** How far a long paste (or the stored reports) has been read; empty when idle. */
  @state() private progress = '';
  @state() private busy = false;
  /** A long paste, held out of the text box until Add reads it, and about how many codes it has. */
  private held = '';
  private heldCount = 0;
  @state() private confirming = false;
  /** Learners shown in the table (see PAGE). */
  @state() private shown = PAGE;
  /** Every code read once, so the table never decodes a code twice. */
  private readonly reports = new Map<string, Report>();
  private rows: Row[] = [];
  private codeShape?: CodeCourse & { of: BuiltCurriculum };
  private readonly loader = new LoadController<BuiltCurriculum>(
    this,
    () => ({}),
    (course) => {
      this.course = course;
      this.restore(this.stored());
    },
  );

  private get language(): Lang {
    return langOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server renders the loading placeholder; the browser loads the content.
    if (isServer) return;
    if (changed.has('src') && this.src) {
      const src = this.src;
      this.loader.run((signal) => loadCurriculum(src, signal));
    }
  }

  private storageKey() {
    return `langkah.roster:${this.course?.id}@${this.course?.version}`;
  }

  /** The codes stored in this browser (by this page or another tab). */
  private stored(): string[] {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.storageKey()) ?? '[]');
      return Array.isArray(stored) ? stored.filter((c): c is string => typeof c === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Reads stored `codes` into the table. */
  private restore(codes: string[]) {
    this.busy = true;
    this.tabulate(codes, () => (this.busy = false));
  }

  /** Another tab added or cleared reports: show the same, keeping any this page could not save. */
  private onStorage = (e: StorageEvent) => {
    if (!this.course || e.key !== this.storageKey() || this.busy) return;
    this.restore(this.full ? [...new Set([...this.stored(), ...this.codes])] : this.stored());
  };

  /** The report of a stored entry (see `entryOf`), read once. */
  private read(entry: string): Report | undefined {
    let report = this.reports.get(entry);
    if (!report) {
      const at = entry.indexOf(' ');
      const result = decodeReport(at < 0 ? entry : entry.slice(0, at), this.shape());
      if (!('report' in result)) return undefined;
      report = at < 0 ? result.report : { ...result.report, name: entry.slice(at + 1) };
      this.reports.set(entry, report);
    }
    return report;
  }

  /** What an LK2 code is read against: this course's fingerprint and its lessons' numbers of questions. */
  private shape(): CodeCourse {
    // Once per course: a long paste reads thousands of codes.
    let shape = this.codeShape;
    if (!shape || shape.of !== this.course) {
      shape = this.codeShape = { of: this.course!, course: courseFingerprint(this.course!.id, this.course!.version, this.refs()), questions: this.questions() };
    }
    return shape;
  }

  private refs(): string[] {
    return this.course!.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
  }

  private questions(): number[] {
    return this.course!.modules.flatMap((m) => m.lessons.map((l) => l.questions));
  }

  /**
   * Makes `codes` the table, a slice at a time when there are many, then calls
   * `then`. One row per learner: the report with the latest time of each name
   * (of two with the same time, the one pasted last). Names are matched as
   * `nameKey` spells them, so spaces, case and invisible characters never split
   * a learner.
   */
  private tabulate(codes: string[], then: () => void) {
    const c = courseTranslation(this.language);
    const q = this.questions();
    const total = q.reduce((a, b) => a + b, 0);
    const byName = new Map<string, Row>();
    const step = (i: number) => {
      const code = codes[i]!;
      const report = this.read(code);
      if (!report) return;
      // A report without a name cannot be matched to another: it keeps its own row.
      const key = nameKey(report.name) || code;
      const old = byName.get(key);
      if (old && report.last < old.report.last) return;
      const done = report.lessons.filter((l) => l.status === 'done').length;
      const correct = report.lessons.reduce(
        (n, l, i) => n + (l.status === 'done' && l.score !== undefined ? Math.round(((q[i] ?? 0) * l.score) / 100) : 0),
        0,
      );
      byName.set(key, { report, name: cleanName(report.name), done, percent: total ? Math.round((100 * correct) / total) : 0 });
    };
    const done = () => {
      const order = new Intl.Collator(translation(this.language).locale);
      this.rows = [...byName.values()].sort((a, b) => order.compare(a.name, b.name));
      this.codes = codes;
      this.progress = '';
      then();
    };
    sliced(codes.length, step, (i) => (this.progress = c.reading(i, codes.length)), done);
  }

  /** The codes in one pasted line, each with the text in front of it. */
  private found(line: string): { code: string; before: string }[] {
    const codes = findCodes(line);
    // A line with a code the pattern does not find (typed by hand with spaces, or
    // mangled) is read from "LK1"/"LK2" on: it is either read, or refused with a reason.
    const at = codes.length ? -1 : line.search(/lk[12]/i);
    if (at >= 0) return [{ code: line.slice(at).trim(), before: line.slice(0, at) }];
    let from = 0;
    return codes.map((code) => {
      const start = line.indexOf(code, from);
      const before = line.slice(from, start);
      from = start + code.length;
      return { code, before };
    });
  }

  /** A long paste is held, not put into the box, and said so. */
  private onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= HOLD) return;
    e.preventDefault();
    this.held = this.held ? `${this.held}\n${text}` : text;
    this.heldCount += codeCount(text);
    this.notice = courseTranslation(this.language).held(this.heldCount);
  };

  private add = (e: Event) => {
    e.preventDefault();
    if (this.busy) return;
    const area = this.renderRoot.querySelector('textarea')!;
    const typed = area.value;
    const held = this.held;
    const pasted = held && typed ? `${held}\n${typed}` : held || typed;
    const lines = pasted.split('\n');
    // About how many codes there are, for the progress line.
    const count = this.heldCount + codeCount(typed);
    const long = count > LONG;
    const c = courseTranslation(this.language);
    const date = this.dateFormat();
    const refs = this.refs();
    const shape = this.shape();
    const fingerprint = shape.course;
    // What another tab stored meanwhile is kept: a save never drops a report.
    const known = new Set([...this.stored(), ...this.codes]);
    const before = known.size;
    const rejected: { code: string; reason: string }[] = [];
    const now = Date.now();
    let read = 0;
    /** The name the message being read gave on its own line, for the code that follows. */
    let named = '';
    this.busy = true;
    const step = (i: number) => {
      const line = lines[i]!;
      const found = this.found(line);
      const name = found.length ? null : NAME_LINE.exec(line);
      if (name) named = name[1]!;
      for (const { code, before } of found) {
        read++;
        const result = decodeReport(code, shape);
        // An LK2 code's name: the message's "Nama:" line, else what stands before it on its line.
        const learner = named || nameBefore(before);
        named = '';
        if ('fault' in result) {
          rejected.push({
            code,
            reason: { checksum: c.faultChecksum, mismatch: c.faultMismatch, format: c.faultFormat, version: c.faultVersion, course: c.faultCourse }[result.fault],
          });
        } else if (result.report.course !== fingerprint || result.report.lessons.length !== refs.length) {
          rejected.push({ code, reason: c.faultCourse });
        } else if (!result.report.name && !cleanName(learner)) {
          // An LK2 code on its own: without a name it could not be told apart from anyone's.
          rejected.push({ code, reason: c.faultNoName });
        } else if (fromTheFuture(result.report, now)) {
          // A date ahead of this computer's clock would beat every real report that follows.
          rejected.push({ code, reason: c.faultFuture(date(result.report)) });
        } else {
          // Stored in one spelling, so the same report pasted twice is kept once.
          // The name as the message spells it (the certificate's verification code is made from that); shown clean.
          const entry = entryOf(canonicalCode(code), learner.trim());
          this.reports.set(entry, entry.includes(' ') ? { ...result.report, name: learner.trim() } : result.report);
          known.add(entry);
        }
      }
    };
    const store = (json?: string) => {
      this.full = !this.save(json);
      this.busy = false;
      // The box is emptied only when everything in it is read and kept; a held paste once it is stored.
      if (!rejected.length && !this.full && area.value === typed) area.value = '';
      if (!this.full && this.held === held) [this.held, this.heldCount] = ['', 0];
    };
    const finish = () =>
      this.tabulate([...known], () => {
        this.rejected = rejected;
        this.notice = c.added(known.size - before);
        // After a long paste the table is drawn first, then stored, each in its own turn.
        if (long) setTimeout(() => setTimeout(store, 0, JSON.stringify(this.codes)));
        else store();
      });
    const run = () => sliced(lines.length, step, () => (this.progress = c.reading(read, count)), finish);
    // A long paste says at once that it is being read.
    if (!long) return run();
    this.progress = c.reading(0, count);
    setTimeout(run);
  };

  /** Stores the codes; false when the browser refuses (storage full or blocked). */
  private save(json = JSON.stringify(this.codes)): boolean {
    try {
      localStorage.setItem(this.storageKey(), json);
      return true;
    } catch {
      return false;
    }
  }

  /** How the table shows when a learner was last active: date and time, or the day of a day-only code. */
  private dateFormat(): (r: Report) => string {
    const locale = translation(this.language).locale;
    // A day-only code carries a calendar day, stored as UTC midnight.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (r) => (r.dayOnly ? day : time).format(r.last);
  }

  /** The table as CSV (RFC 4180, with a byte order mark so a spreadsheet reads UTF-8), fields separated by `sep`. */
  private csv(sep: ',' | ';'): string {
    const c = courseTranslation(this.language);
    const l = this.language;
    const head = [c.learner, c.lessons, `${c.score} %`, c.last, c.verification, ...this.course!.modules.flatMap((m) => m.lessons.map((x) => x.title[l]))];
    const lines = this.rows.map((r) => [
      r.name,
      r.done,
      r.percent,
      csvTime(r.report),
      verificationCode(r.report),
      ...r.report.lessons.map((l) => (l.status === 'done' ? (l.score ?? 'done') : l.status === 'started' ? 'started' : '')),
    ]);
    return '\uFEFF' + [head, ...lines].map((line) => line.map(csvCell).join(sep)).join('\r\n') + '\r\n';
  }

  private download(sep: ',' | ';') {
    const blob = new Blob([this.csv(sep)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.course!.id}-${new Date().toISOString().slice(0, 10)}${sep === ';' ? '-excel' : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  /** The first press asks, the second clears; one button, so the focus stays on it. */
  private clear = () => {
    if (!this.confirming) {
      this.confirming = true;
      return;
    }
    this.codes = [];
    this.rows = [];
    this.rejected = [];
    this.notice = '';
    this.shown = PAGE;
    this.confirming = false;
    this.full = !this.save();
    this.renderRoot.querySelector('textarea')?.focus();
  };

  private renderRows(rows: Row[], lessons: number) {
    const c = courseTranslation(this.language);
    const date = this.dateFormat();
    return rows.map(
      (r) => html`<tr>
        <th scope="row">${r.name}</th>
        <td>${r.done}/${lessons}</td>
        <td>${r.percent}%</td>
        <td>${date(r.report)}</td>
        <td><code>${verificationCode(r.report)}</code></td>
        ${r.report.lessons.map((s) =>
          s.status === 'done'
            ? html`<td>✓${s.score !== undefined ? html`<br />${s.score}%` : nothing}</td>`
            : s.status === 'started'
              ? html`<td><span aria-hidden="true">◐</span><span class="sr">${c.started}</span></td>`
              : html`<td></td>`,
        )}
      </tr>`,
    );
  }

  override render() {
    const l = this.language;
    const t = translation(l);
    const c = courseTranslation(l);
    if (!this.course) return html`<div part="base" class="base">${this.loader.view(t)}</div>`;
    const rows = this.rows;
    const lessons = this.course.modules.flatMap((m) => m.lessons);
    return html`<div part="base" class="base">
      <form @submit=${this.add} aria-busy=${this.busy ? 'true' : 'false'}>
        <label for="paste">${c.paste}</label>
        <p id="paste-help" class="muted">${c.pasteHelp}</p>
        <textarea id="paste" aria-describedby="paste-help" @paste=${this.onPaste}></textarea>
        <p class="actions"><button class="primary" type="submit">${c.add}</button></p>
        ${this.progress ? html`<p class="muted">${this.progress}</p>` : nothing}
      </form>
      <div role="status" aria-live="polite">
        ${this.notice ? html`<p>${this.notice}</p>` : nothing}
        ${this.full ? html`<p class="rejected">${c.storageFull}</p>` : nothing}
        ${this.rejected.length
          ? html`<p class="rejected">${c.rejected}:</p>
              <ul class="rejected">
                ${this.rejected.slice(0, SHOW_REJECTED).map((r) => html`<li><code>${r.code}</code>: ${r.reason}</li>`)}
              </ul>
              ${this.rejected.length > SHOW_REJECTED ? html`<p class="rejected">${c.moreRejected(this.rejected.length - SHOW_REJECTED)}</p>` : nothing}`
          : nothing}
      </div>
      ${rows.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-label=${this.course.title[l]}>
              <table part="table">
                <thead>
                  <tr>
                    <th scope="col">${c.learner}</th>
                    <th scope="col">${c.lessons}</th>
                    <th scope="col">${c.score}</th>
                    <th scope="col">${c.last}</th>
                    <th scope="col">${c.verification}</th>
                    ${lessons.map((lesson, i) => html`<th scope="col"><span aria-hidden="true">${i + 1}</span><span class="sr">${lesson.title[l]}</span></th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${guard([rows, this.shown, l], () => this.renderRows(rows.slice(0, this.shown), lessons.length))}
                </tbody>
              </table>
            </div>
            ${rows.length > this.shown
              ? html`<p class="actions">
                  <button @click=${() => (this.shown += PAGE)}>${c.showMore(Math.min(PAGE, rows.length - this.shown), this.shown, rows.length)}</button>
                </p>`
              : nothing}
            <ol class="legend">
              ${lessons.map((lesson) => html`<li>${lesson.title[l]}</li>`)}
            </ol>
            <p class="actions">
              <button class="primary" @click=${() => this.download(',')}>${c.csv}</button>
              <button @click=${() => this.download(';')}>${c.csvSemicolon}</button>
              <button @click=${this.clear} @blur=${() => (this.confirming = false)}>${this.confirming ? c.confirmClear : c.clear}</button>
            </p>`
        : html`<p class="muted">${c.noLearners}</p>`}
      <p class="muted">${c.selfReportedRoster}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-roster': LangkahRoster;
  }
}
