import { css, html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { loadCurriculum } from '../../content/load-curriculum.js';
import type { BuiltCurriculum, Lang } from '../../content/schema.js';
import { courseTranslation } from '../../i18n/course.js';
import { langOf, tagOf, translation } from '../../i18n/localize.js';
import { rosterTranslation } from '../../i18n/roster.js';
import { LoadController } from '../../internal/loader.js';
import { courseScope } from '../../progress/keys.js';
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
import { ago, classSummary, count, emptyTally, firstNotDone, lessonGroups, mostWrong, wrongPerLearner, type LessonGroup, type LessonTally } from './class.js';

interface Row {
  report: Report;
  /** The name as shown: clean (see `cleanName`). */
  name: string;
  done: number;
  percent: number;
  /** The first lesson not done, or -1. */
  next: number;
}

/** How the trainer has the table: sorted, which learners, which lessons (a group's index, or -1 for all). Kept per course. */
interface View {
  sort: 'name' | 'progress' | 'last';
  show: 'all' | 'unfinished' | 'below';
  part: number;
}
const VIEW: View = { sort: 'name', show: 'all', part: -1 };

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
/**
 * Of two spellings of one learner's name, the one written with more care:
 * more words written as names are ("Bu Sri" over "bu sri"), and small letters
 * over all capitals ("bu sri" over "BU SRI": all capitals is the least
 * friendly form on a printed roster or a WhatsApp summary); `b` on a tie.
 */
const tidier = (a: string | undefined, b: string): string => {
  const care = (s: string) =>
    s.split(' ').reduce((n, w) => n + (/^\p{Lu}\p{Ll}/u.test(w) ? 2 : /\p{Ll}/u.test(w) || w.length < 2 ? 0 : -1), 0);
  return a !== undefined && care(a) > care(b) ? a : b;
};

/** Refused codes listed by name; the rest are counted (a whole chat of another course must not freeze the page). */
const SHOW_REJECTED = 100;

/** A code that was not read: why, and whose it was when the message says. */
interface Rejected {
  code: string;
  who: string;
  reason: string;
}
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
 * and last activity, grouped by day and session, with who is stuck where and
 * the class's counts per lesson; sort and filter it (kept per course), print
 * it on one A4 landscape page, share a summary without names or scores with
 * the WhatsApp group, download a CSV. No server: the reports stay in this
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
      /* Its own headings are h2 (a page's h1 above them); the size of an h3, as before. */
      h2 {
        font-size: 1.17em;
      }
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
      textarea[readonly] {
        min-height: 0;
      }
      select {
        font: inherit;
        min-height: 44px;
        max-width: 100%;
        margin-inline-start: 0.5em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_fg);
      }
      /* A long session name in the lesson filter wraps and shortens its select, never the page (a fieldset is as wide as its content by default). */
      .view {
        display: flex;
        flex-wrap: wrap;
        column-gap: 1.5em;
        min-inline-size: 0;
      }
      .view p {
        margin: 0.25em 0;
        min-inline-size: 0;
        max-inline-size: 100%;
      }
      .view label {
        display: inline;
      }
      .col-title {
        min-height: 1.5em;
        font-weight: 600;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.3em;
      }
      th.group {
        border-bottom-width: 2px;
      }
      th.lesson {
        padding: 0;
      }
      button.col {
        padding: 0;
        border: 0;
        width: 100%;
      }
      td.none {
        color: var(--_muted);
      }
      tfoot th,
      tfoot td {
        font-weight: 400;
        font-size: 0.9em;
      }
      tfoot tr:first-child > * {
        border-top-width: 3px;
      }
      a.button {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0.4em 1em;
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        font-weight: 600;
        text-decoration: none;
        background: var(--_accent);
        color: var(--_on-accent);
      }
      /* One A4 landscape page for a class of 25 and 43 lessons: the grid and what it needs to be read, nothing to press. A done lesson shows its score alone. */
      @media print {
        form,
        .view,
        .share,
        .actions,
        .col-title,
        [role='status'],
        .verify,
        .tick,
        .screen,
        td .muted {
          display: none;
        }
        .base {
          max-width: none;
          margin: 0;
          padding: 0;
          font-size: 6.5pt;
          line-height: 1.2;
        }
        .base p {
          margin: 0.2em 0;
        }
        .scroll {
          overflow: visible;
          margin: 0;
        }
        table {
          font-size: 1em;
        }
        th,
        td {
          padding: 0.1em 0.15em;
          border-color: #000;
          white-space: normal;
          overflow-wrap: normal;
        }
        th.lesson,
        tbody td:nth-child(n + 7) {
          padding: 0.1em 0.05em;
        }
        tbody th[scope='row'],
        td.left {
          position: static;
          white-space: nowrap;
        }
        th.lesson button.col {
          display: inline;
          min-height: 0;
          min-width: 0;
          color: #000;
          background: none;
        }
        .legend {
          columns: 5;
          margin: 0.3em 0;
          padding: 0;
        }
        .legend li {
          list-style-position: inside;
          white-space: nowrap;
          overflow: hidden;
          text-overflow: ellipsis;
        }
        .mistakes h2 {
          font-size: 1em;
          margin: 0.3em 0 0;
        }
        .mistakes ol {
          margin: 0;
        }
      }
    `,
  ];

  /** URL of the built curriculum the reports belong to. */
  @property() src?: string;

  @state() private course?: BuiltCurriculum;
  /** Accepted codes, in the order they were pasted (the later wins a tie); what is stored. */
  @state() private codes: string[] = [];
  @state() private rejected: Rejected[] = [];
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
  /** Sorting and filters, as the trainer left them (kept per course, see `viewKey`). */
  @state() private view: View = VIEW;
  /** The lesson whose full title shows above the grid (its column heading has the focus or was tapped), or -1. */
  @state() private column = -1;
  /** Whether the class summary was copied, or why not. */
  @state() private copyNote = '';
  /** The course's lessons as the grid groups them: by day and session, else by module. */
  private groups: LessonGroup[] = [];
  /** Per lesson, what the whole class did. */
  private tallies: LessonTally[] = [];
  /** The rows as the view lists them, kept until the rows or the view change. */
  private listed?: { rows: Row[]; view: View; out: Row[] };
  /** The class summary, kept until the rows or the language change. */
  private summary?: { rows: Row[]; lang: Lang; text: string };
  /** Every code read once, so the table never decodes a code twice. */
  private readonly reports = new Map<string, Report>();
  private rows: Row[] = [];
  private codeShape?: CodeCourse & { of: BuiltCurriculum };
  private readonly loader = new LoadController<BuiltCurriculum>(
    this,
    () => ({}),
    (course) => {
      this.course = course;
      this.groups = lessonGroups(course, (lang, n) => courseTranslation(lang).day(n));
      this.view = this.storedView();
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

  /** Where the view is kept: beside the course's progress records (see `progress/keys.ts`), by course and folder. */
  private viewKey() {
    return `langkah:${courseScope(this.course!.id, this.src ?? '')}roster-view`;
  }

  /** The view the trainer left, or the default; a stored value that makes no sense is ignored. */
  private storedView(): View {
    try {
      const v = JSON.parse(localStorage.getItem(this.viewKey()) ?? '{}') as Partial<View>;
      return {
        sort: v.sort === 'progress' || v.sort === 'last' ? v.sort : 'name',
        show: v.show === 'unfinished' || v.show === 'below' ? v.show : 'all',
        part: Number.isInteger(v.part) && v.part! >= 0 && v.part! < this.groups.length ? v.part! : -1,
      };
    } catch {
      return VIEW;
    }
  }

  /** Changes the view and keeps it for the next visit (a browser that refuses still shows it). */
  private setView(change: Partial<View>) {
    this.view = { ...this.view, ...change };
    this.shown = PAGE;
    try {
      localStorage.setItem(this.viewKey(), JSON.stringify(this.view));
    } catch {
      // Storage full or blocked: the view lasts until the page closes.
    }
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
    const c = courseTranslation(tagOf(this));
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
      const name = cleanName(report.name);
      // The newest report counts; the name is shown in its tidiest spelling seen.
      if (old && report.last < old.report.last) return void (old.name = tidier(name, old.name));
      const done = report.lessons.filter((l) => l.status === 'done').length;
      const correct = report.lessons.reduce(
        (n, l, i) => n + (l.status === 'done' && l.score !== undefined ? Math.round(((q[i] ?? 0) * l.score) / 100) : 0),
        0,
      );
      byName.set(key, { report, name: tidier(old?.name, name), done, percent: total ? Math.round((100 * correct) / total) : 0, next: firstNotDone(report) });
    };
    const done = () => {
      const order = new Intl.Collator(translation(tagOf(this)).locale);
      const rows = [...byName.values()].sort((a, b) => order.compare(a.name, b.name));
      // The class's counts per lesson, a slice at a time too: thousands of learners × dozens of lessons.
      const tallies = emptyTally(q);
      const shown = () => {
        [this.rows, this.tallies, this.codes, this.progress] = [rows, tallies, codes, ''];
        then();
      };
      sliced(rows.length, (i) => count(tallies, rows[i]!.report, q), () => undefined, shown);
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
    this.notice = courseTranslation(tagOf(this)).held(this.heldCount);
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
    const c = courseTranslation(tagOf(this));
    const date = this.dateFormat();
    const refs = this.refs();
    const shape = this.shape();
    const fingerprint = shape.course;
    // What another tab stored meanwhile is kept: a save never drops a report.
    const known = new Set([...this.stored(), ...this.codes]);
    const before = known.size;
    const rejected: Rejected[] = [];
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
        // A refused code names whom to ask (review 15, finding 7): the message's name, else the one inside an LK1 code.
        const who = cleanName(learner) || ('report' in result ? cleanName(result.report.name) : '');
        if ('fault' in result) {
          rejected.push({
            code,
            who,
            reason: { checksum: c.faultChecksum, mismatch: c.faultMismatch, format: c.faultFormat, version: c.faultVersion, course: c.faultCourse }[result.fault],
          });
        } else if (result.report.course !== fingerprint || result.report.lessons.length !== refs.length) {
          rejected.push({ code, who, reason: c.faultCourse });
        } else if (!result.report.name && !who) {
          // An LK2 code on its own: without a name it could not be told apart from anyone's.
          rejected.push({ code, who, reason: c.faultNoName });
        } else if (fromTheFuture(result.report, now)) {
          // A date ahead of this computer's clock would beat every real report that follows.
          rejected.push({ code, who, reason: c.faultFuture(date(result.report)) });
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
    const locale = translation(tagOf(this)).locale;
    // A day-only code carries a calendar day, stored as UTC midnight.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (r) => (r.dayOnly ? day : time).format(r.last);
  }

  /** The table as CSV (RFC 4180, with a byte order mark so a spreadsheet reads UTF-8), fields separated by `sep`. */
  private csv(sep: ',' | ';'): string {
    const c = courseTranslation(tagOf(this));
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
    this.tallies = [];
    this.confirming = false;
    this.full = !this.save();
    this.renderRoot.querySelector('textarea')?.focus();
  };

  /** The lessons (indices, in course order) the view shows: one group's, or all. */
  private columns(): number[] {
    const g = this.groups[this.view.part];
    const all = this.questions().length;
    return Array.from({ length: g ? g.count : all }, (_, i) => (g ? g.from : 0) + i);
  }

  /** The learners the view lists, in its order; rows of equal rank stay in name order. */
  private list(): Row[] {
    const { rows, view } = this;
    if (this.listed?.rows === rows && this.listed.view === view) return this.listed.out;
    const cols = this.columns();
    const pass = this.course!.pass ?? 0;
    const out = rows.filter((r) =>
      view.show === 'unfinished' ? cols.some((i) => r.report.lessons[i]?.status !== 'done') : view.show === 'below' ? r.percent < pass : true,
    );
    if (view.sort === 'progress') out.sort((a, b) => a.done - b.done || a.percent - b.percent);
    else if (view.sort === 'last') out.sort((a, b) => a.report.last - b.report.last);
    this.listed = { rows, view, out };
    return out;
  }

  /** Copies the class summary; says whether it worked. */
  private async copy(text: string) {
    const r = rosterTranslation(tagOf(this));
    try {
      await navigator.clipboard.writeText(text);
      this.copyNote = r.copied;
    } catch {
      // No clipboard (an http page, or permission refused): the text is there to select.
      this.copyNote = r.copyFailed;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#summary')?.select();
    }
  }

  private renderRows(rows: Row[], cols: number[]) {
    const l = this.language;
    const c = courseTranslation(tagOf(this));
    const r = rosterTranslation(tagOf(this));
    const date = this.dateFormat();
    const titles = this.course!.modules.flatMap((m) => m.lessons.map((x) => x.title[l]));
    const now = Date.now();
    return rows.map(
      (row) => html`<tr>
        <th scope="row">${row.name}</th>
        <td>${row.done}/${titles.length}</td>
        <td>${row.percent}%</td>
        <td class="left">${ago(r, row.report.last, now, row.report.dayOnly)}<br /><span class="muted">${date(row.report)}</span></td>
        <td>
          ${row.next < 0
            ? html`✓<span class="screen"> ${r.allDone}</span>`
            : html`<span aria-hidden="true" title=${titles[row.next]!}>${row.next + 1}</span><span class="sr">${titles[row.next]}</span>`}
        </td>
        <td class="verify"><code>${verificationCode(row.report)}</code></td>
        ${cols.map((i) => {
          const s = row.report.lessons[i];
          return s?.status === 'done'
            ? html`<td>${s.score !== undefined ? html`<span class="tick">✓<br /></span>${s.score}<span class="screen">%</span>` : '✓'}</td>`
            : s?.status === 'started'
              ? html`<td><span aria-hidden="true">◐</span><span class="sr">${c.started}</span></td>`
              : html`<td class="none"><span aria-hidden="true">–</span><span class="sr">${r.notStartedShort}</span></td>`;
        })}
      </tr>`,
    );
  }

  /** The grid's head: fixed columns, then a heading per group of lessons over a short heading per lesson. */
  private renderHead(cols: number[]) {
    const l = this.language;
    const c = courseTranslation(tagOf(this));
    const r = rosterTranslation(tagOf(this));
    const titles = this.course!.modules.flatMap((m) => m.lessons.map((x) => x.title[l]));
    const groups = this.view.part < 0 ? this.groups : [this.groups[this.view.part]!];
    return html`<colgroup span="6"></colgroup>
      ${groups.map((g) => html`<colgroup span=${g.count}></colgroup>`)}
      <thead>
        <tr>
          <th scope="col" rowspan="2">${c.learner}</th>
          <th scope="col" rowspan="2">${c.lessons}</th>
          <th scope="col" rowspan="2">${c.score}</th>
          <th scope="col" rowspan="2">${c.last}</th>
          <th scope="col" rowspan="2">${r.next}</th>
          <th scope="col" rowspan="2" class="verify">${c.verification}</th>
          ${groups.map((g) => html`<th scope="colgroup" colspan=${g.count} class="group">${g.label[l]}</th>`)}
        </tr>
        <tr>
          ${cols.map(
            (i) => html`<th scope="col" class="lesson">
              <button
                type="button"
                class="col"
                title=${titles[i]!}
                @focus=${() => (this.column = i)}
                @click=${() => (this.column = i)}
              ><span aria-hidden="true">${i + 1}</span><span class="sr">${titles[i]}</span></button>
            </th>`,
          )}
        </tr>
      </thead>`;
  }

  /** Per lesson, the whole class: done, started, not started, and wrong answers per learner who finished. */
  private renderFoot(cols: number[]) {
    const r = rosterTranslation(tagOf(this));
    const locale = translation(tagOf(this)).locale;
    const questions = this.questions();
    const row = (label: string, cell: (t: LessonTally, i: number) => string | number) =>
      html`<tr>
        <th scope="row" colspan="6">${label}</th>
        ${cols.map((i) => html`<td>${cell(this.tallies[i]!, i)}</td>`)}
      </tr>`;
    return html`<tfoot>
      ${row(r.footDone, (t) => t.done)} ${row(r.footStarted, (t) => t.started)} ${row(r.footNone, (t) => t.none)}
      ${row(r.footWrong, (t, i) => {
        const w = wrongPerLearner(t);
        // A lesson without questions has no wrong answers to count.
        return w === undefined || !questions[i] ? '–' : w.toLocaleString(locale, { maximumFractionDigits: 1 });
      })}
    </tfoot>`;
  }

  /** The view's controls: sort, which learners, which lessons; native selects, so keyboard and screen readers know them. */
  private renderView() {
    const l = this.language;
    const r = rosterTranslation(tagOf(this));
    const v = this.view;
    const select = (key: keyof View, label: string, options: [string, string][]) =>
      html`<p>
        <label for=${key}>${label}</label>
        <select
          id=${key}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.setView({ [key]: key === 'part' ? Number(value) : value });
          }}
        >
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === String(v[key])}>${text}</option>`)}
        </select>
      </p>`;
    const sorts: [View['sort'], string][] = [['name', r.sortName], ['progress', r.sortProgress], ['last', r.sortLast]];
    const shows: [View['show'], string][] = [['all', r.showAll], ['unfinished', r.showUnfinished], ['below', r.showBelowPass(this.course!.pass ?? 0)]];
    return html`<fieldset class="view">
      <legend>${r.view}</legend>
      ${select('sort', r.sort, sorts)} ${select('show', r.show, shows)}
      ${select('part', r.part, [['-1', r.allParts], ...this.groups.map((g, i): [string, string] => [String(i), g.label[l]])])}
    </fieldset>`;
  }

  /** Who is stuck where, in words: the lessons with the most wrong answers, and what a code cannot tell. */
  private renderMistakes() {
    const l = this.language;
    const r = rosterTranslation(tagOf(this));
    const locale = translation(tagOf(this)).locale;
    const titles = this.course!.modules.flatMap((m) => m.lessons.map((x) => x.title[l]));
    const worst = mostWrong(this.tallies, 3);
    return html`<section class="mistakes" aria-labelledby="mistakes">
      <h2 id="mistakes">${r.mostWrongTitle}</h2>
      ${worst.length
        ? html`<ol>
            ${worst.map(
              (i) =>
                html`<li value=${i + 1}>${r.mostWrongItem(titles[i]!, wrongPerLearner(this.tallies[i]!)!.toLocaleString(locale, { maximumFractionDigits: 1 }))}</li>`,
            )}
          </ol>`
        : html`<p>${r.noneWrong}</p>`}
      <p class="muted">${r.whichNot}</p>
    </section>`;
  }

  /** The class summary for the learners' WhatsApp group: no names, no scores. */
  private renderShare() {
    const l = this.language;
    const r = rosterTranslation(tagOf(this));
    // Once per table and language: a class of thousands is counted again only when it changes.
    if (this.summary?.rows !== this.rows || this.summary.lang !== l) {
      const reports = this.rows.map((row) => row.report);
      this.summary = { rows: this.rows, lang: l, text: classSummary(r, this.course!, l, reports, this.tallies) };
    }
    const text = this.summary.text;
    return html`<section class="share" aria-labelledby="share">
      <h2 id="share">${r.share}</h2>
      <p id="share-help" class="muted">${r.shareHelp}</p>
      <textarea id="summary" readonly aria-labelledby="share" aria-describedby="share-help" rows="8" .value=${text}></textarea>
      <p class="actions">
        <a class="button primary" href=${`https://wa.me/?text=${encodeURIComponent(text)}`} target="_blank" rel="noopener noreferrer">${r.shareWhatsApp}</a>
        <button @click=${() => this.copy(text)}>${r.copy}</button>
      </p>
      <p role="status">${this.copyNote}</p>
    </section>`;
  }

  override render() {
    const l = this.language;
    const t = translation(tagOf(this));
    const c = courseTranslation(tagOf(this));
    const r = rosterTranslation(tagOf(this));
    if (!this.course) return html`<div part="base" class="base">${this.loader.view(t)}</div>`;
    const rows = this.rows;
    const lessons = this.course.modules.flatMap((m) => m.lessons);
    const cols = this.columns();
    const listed = rows.length ? this.list() : rows;
    const column = lessons[this.column];
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
                ${this.rejected.slice(0, SHOW_REJECTED).map((r) => html`<li>${r.who ? `${r.who} — ` : nothing}<code>${r.code}</code>: ${r.reason}</li>`)}
              </ul>
              ${this.rejected.length > SHOW_REJECTED ? html`<p class="rejected">${c.moreRejected(this.rejected.length - SHOW_REJECTED)}</p>` : nothing}`
          : nothing}
      </div>
      ${rows.length
        ? html`${this.renderView()}
            <p class="key">${r.key}</p>
            <p class="col-title" aria-hidden="true">${column ? `${this.column + 1}. ${column.title[l]}` : nothing}</p>
            ${listed.length
              ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
                  <table part="table">
                    <caption id="caption">${r.caption(this.course.title[l])}</caption>
                    ${this.renderHead(cols)}
                    <tbody>
                      ${guard([listed, this.shown, l, cols.length, cols[0]], () => this.renderRows(listed.slice(0, this.shown), cols))}
                    </tbody>
                    ${this.renderFoot(cols)}
                  </table>
                </div>`
              : html`<p class="muted">${r.noMatch}</p>`}
            ${listed.length > this.shown
              ? html`<p class="actions">
                  <button @click=${() => (this.shown += PAGE)}>${c.showMore(Math.min(PAGE, listed.length - this.shown), this.shown, listed.length)}</button>
                </p>`
              : nothing}
            <ol class="legend">
              ${cols.map((i) => html`<li value=${i + 1}>${lessons[i]!.title[l]}</li>`)}
            </ol>
            ${this.renderMistakes()} ${this.renderShare()}
            <p class="actions">
              <button class="primary" @click=${() => this.download(',')}>${c.csv}</button>
              <button @click=${() => this.download(';')}>${c.csvSemicolon}</button>
              <button @click=${() => print()}>${r.print}</button>
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
