import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadCurriculum } from '../../content/load-curriculum.js';
import type { BuiltCurriculum, Lang } from '../../content/schema.js';
import { courseTranslation } from '../../i18n/course.js';
import { langOf, translation } from '../../i18n/localize.js';
import { LoadController } from '../../internal/loader.js';
import { courseFingerprint, decodeReport, encodeReport, findCodes, verificationCode, type Report } from '../../report/code.js';
import { base } from '../shared/base.styles.js';

interface Row {
  code: string;
  report: Report;
  done: number;
  percent: number;
}

/** A CSV cell; a leading = + - @ is defused so a spreadsheet never runs a learner's name as a formula. */
const csvCell = (v: string | number) => {
  const s = String(v).replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A trainer's class table, built from the progress reports learners send over
 * WhatsApp: paste one or many messages, see learners × lessons with scores
 * and last activity, download a CSV. No server: the reports stay in this
 * browser.
 *
 * @tagname langkah-roster
 * @summary The class table from learners' pasted progress reports.
 *
 * @csspart base - The frame.
 * @csspart table - The class table.
 * @csspart status - Loading and error messages.
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
  @state() private codes: string[] = [];
  @state() private rejected: { code: string; reason: string }[] = [];
  @state() private notice = '';
  @state() private confirming = false;
  private readonly loader = new LoadController<BuiltCurriculum>(
    this,
    () => ({}),
    (course) => {
      this.course = course;
      try {
        const stored: unknown = JSON.parse(localStorage.getItem(this.storageKey()) ?? '[]');
        this.codes = Array.isArray(stored) ? stored.filter((c): c is string => typeof c === 'string') : [];
      } catch {
        this.codes = [];
      }
    },
  );

  private get language(): Lang {
    return langOf(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) {
      const src = this.src;
      this.loader.run((signal) => loadCurriculum(src, signal));
    }
  }

  private storageKey() {
    return `langkah.roster:${this.course?.id}@${this.course?.version}`;
  }

  private refs(): string[] {
    return this.course!.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
  }

  private questions(): number[] {
    return this.course!.modules.flatMap((m) => m.lessons.map((l) => l.questions));
  }

  /** One row per learner: the latest report of each name (of codes pasted the same day, the one pasted last). */
  private rows(): Row[] {
    const q = this.questions();
    const total = q.reduce((a, b) => a + b, 0);
    const byName = new Map<string, Row>();
    for (const code of this.codes) {
      const result = decodeReport(code);
      if (!('report' in result)) continue;
      const report = result.report;
      const done = report.lessons.filter((l) => l.status === 'done').length;
      const correct = report.lessons.reduce(
        (n, l, i) => n + (l.status === 'done' && l.score !== undefined ? Math.round(((q[i] ?? 0) * l.score) / 100) : 0),
        0,
      );
      const row = { code, report, done, percent: total ? Math.round((100 * correct) / total) : 0 };
      // A report without a name cannot be matched to another: it keeps its own row.
      const key = report.name.trim().toLowerCase() || code;
      const old = byName.get(key);
      if (!old || report.last >= old.report.last) byName.set(key, row);
    }
    return [...byName.values()].sort((a, b) => a.report.name.localeCompare(b.report.name));
  }

  private add = (e: Event) => {
    e.preventDefault();
    const area = this.renderRoot.querySelector('textarea')!;
    const c = courseTranslation(this.language);
    const fingerprint = courseFingerprint(this.course!.id, this.course!.version, this.refs());
    const accepted: string[] = [];
    const rejected: { code: string; reason: string }[] = [];
    const found: string[] = [];
    // A line with a code the pattern does not find (typed by hand with spaces, or
    // mangled) is read from "LK1" on: it is either read, or refused with a reason.
    for (const line of area.value.split('\n')) {
      const codes = findCodes(line);
      const at = line.search(/lk1/i);
      found.push(...(codes.length || at < 0 ? codes : [line.slice(at).trim()]));
    }
    for (const code of found) {
      const result = decodeReport(code);
      if ('fault' in result) {
        rejected.push({ code, reason: { checksum: c.faultChecksum, format: c.faultFormat, version: c.faultVersion }[result.fault] });
      } else if (result.report.course !== fingerprint || result.report.lessons.length !== this.refs().length) {
        rejected.push({ code, reason: c.faultCourse });
      } else {
        // Stored in one spelling, so the same report pasted twice is kept once.
        const canonical = encodeReport(result.report);
        if (!this.codes.includes(canonical) && !accepted.includes(canonical)) accepted.push(canonical);
      }
    }
    this.codes = [...this.codes, ...accepted];
    this.rejected = rejected;
    this.notice = c.added(accepted.length);
    this.save();
    if (!rejected.length) area.value = '';
  };

  private save() {
    try {
      localStorage.setItem(this.storageKey(), JSON.stringify(this.codes));
    } catch {
      // The table still works for this visit; nothing to lose beyond it.
    }
  }

  private csv(rows: Row[]): string {
    const c = courseTranslation(this.language);
    const l = this.language;
    const head = [c.learner, c.lessons, `${c.score} %`, c.last, c.verification, ...this.course!.modules.flatMap((m) => m.lessons.map((x) => x.title[l]))];
    const lines = rows.map((r) => [
      r.report.name,
      r.done,
      r.percent,
      new Date(r.report.last).toISOString().slice(0, 10),
      verificationCode(r.report),
      ...r.report.lessons.map((l) => (l.status === 'done' ? (l.score ?? 'done') : l.status === 'started' ? 'started' : '')),
    ]);
    return '\uFEFF' + [head, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  private download = () => {
    const blob = new Blob([this.csv(this.rows())], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.course!.id}-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  /** The first press asks, the second clears; one button, so the focus stays on it. */
  private clear = () => {
    if (!this.confirming) {
      this.confirming = true;
      return;
    }
    this.codes = [];
    this.rejected = [];
    this.notice = '';
    this.confirming = false;
    this.save();
    this.renderRoot.querySelector('textarea')?.focus();
  };

  override render() {
    const l = this.language;
    const t = translation(l);
    const c = courseTranslation(l);
    if (!this.course) return html`<div part="base" class="base">${this.loader.view(t)}</div>`;
    const rows = this.rows();
    const lessons = this.course.modules.flatMap((m) => m.lessons);
    // The day in a report is a calendar day, stored as UTC midnight.
    const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return html`<div part="base" class="base">
      <form @submit=${this.add}>
        <label for="paste">${c.paste}</label>
        <p id="paste-help" class="muted">${c.pasteHelp}</p>
        <textarea id="paste" aria-describedby="paste-help"></textarea>
        <p class="actions"><button class="primary" type="submit">${c.add}</button></p>
      </form>
      <div role="status" aria-live="polite">
        ${this.notice ? html`<p>${this.notice}</p>` : nothing}
        ${this.rejected.length
          ? html`<p class="rejected">${c.rejected}:</p>
              <ul class="rejected">
                ${this.rejected.map((r) => html`<li><code>${r.code}</code>: ${r.reason}</li>`)}
              </ul>`
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
                  ${rows.map(
                    (r) => html`<tr>
                      <th scope="row">${r.report.name}</th>
                      <td>${r.done}/${lessons.length}</td>
                      <td>${r.percent}%</td>
                      <td>${date.format(r.report.last)}</td>
                      <td><code>${verificationCode(r.report)}</code></td>
                      ${r.report.lessons.map((s) =>
                        s.status === 'done'
                          ? html`<td>✓${s.score !== undefined ? html`<br />${s.score}%` : nothing}</td>`
                          : s.status === 'started'
                            ? html`<td><span aria-hidden="true">◐</span><span class="sr">${c.started}</span></td>`
                            : html`<td></td>`,
                      )}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <ol class="legend">
              ${lessons.map((lesson) => html`<li>${lesson.title[l]}</li>`)}
            </ol>
            <p class="actions">
              <button class="primary" @click=${this.download}>${c.csv}</button>
              <button @click=${this.clear} @blur=${() => (this.confirming = false)}>${this.confirming ? c.confirmClear : c.clear}</button>
            </p>`
        : html`<p class="muted">${c.noLearners}</p>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-roster': LangkahRoster;
  }
}
