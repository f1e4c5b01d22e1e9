/**
 * `<langkah-builder>`: the course builder, for trainers without a terminal
 * (`langkah-builder.js`, a file of its own: nothing of it reaches a learner's
 * page). A trainer picks lessons from the catalogue, arranges them into days
 * and sessions, and gets a link (the course inside it, after `#`), the
 * curriculum YAML for the CLI, and the offline pack as a zip: the same course
 * three ways, made by the same functions as `langkah build`. The draft is kept
 * in this browser, so a reload loses nothing.
 *
 * @attr catalogue - URL of `modules/index.json` (`langkah build modules`).
 * @attr course-page - URL of the page that opens the links (`langkah-course-link.js`); empty: no link is offered (a pack's builder page, with no such page).
 * @attr cdn - Folder of `langkah.js`, copied into the packs.
 * Registered by `page.ts` (the page's entry), never here.
 *
 * @attr lang - `id` (default) or `en`; the trainer can switch.
 * @event langkah-pack - A pack was made and offered for download; `detail.zip` holds its bytes.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ContentIndex, Curriculum, Localized } from '../content/course-schema.js';
import { checkCurriculum } from '../content/load-curriculum.js';
import { LoadError } from '../content/load.js';
import { base } from '../elements/shared/base.styles.js';
import { builderText, type BuilderText } from '../i18n/builder.js';
import type { Lang } from '../content/schema.js';
import { buildCurriculum, curriculumYaml } from './curriculum.js';
import { BUILDER_LIMITS, catalogueProblems, decodeLink, encodeLink } from './link.js';
import { packZip } from './pack-zip.js';

/** A drag in progress: what moves, its list and row, where it would land, where the pointer is. */
interface Drag {
  k: string;
  lesson?: string;
  pointer: number;
  list: HTMLElement;
  row: HTMLElement;
  to: number;
  y: number;
  frame?: ReturnType<typeof setTimeout>;
  stop: () => void;
}

/** How close to the top or bottom of the window (px) a drag scrolls the page, and how fast at most (px per step). */
const EDGE = 56;
const SPEED = 14;
/** A scroll step every 16 ms (a timer rather than animation frames, which a browser may hold back). */
const FRAME = 16;

type Item = { k: string; t: 'day' } | { k: string; t: 'session'; id: string; en: string } | { k: string; t: 'module'; module: string; lessons: string[] };

export interface Draft {
  title: Localized;
  organiser: string;
  version: string;
  pass: string;
  languages: 'id,en' | 'id' | 'en';
  /** Makes the course id its own, so that two trainers' courses on one site never share progress. */
  suffix: string;
  /** The id of a course opened from its link to be changed: it stays, so its learners keep their progress. */
  id?: string;
  items: Item[];
}

const key = () => Math.random().toString(36).slice(2, 8);
const fresh = (): Draft => ({ title: { id: '', en: '' }, organiser: '', version: '1', pass: '70', languages: 'id,en', suffix: key().slice(0, 4), id: undefined, items: [{ k: key(), t: 'day' }] });

/** Lowercase letters, digits and hyphens from a title, for the course id. */
export const slug = (title: string) => {
  const s = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return /^[a-z]/.test(s) ? s : `kursus${s ? `-${s}` : ''}`;
};

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/**
 * The forms a search word may take in a title: itself, and for a root that
 * starts with t, k, p or s the peN-/meN- forms that drop that letter
 * ("tipu" → "penipu", "menipu"; "kirim" → "pengirim"), as Indonesian
 * writes them (review 15, finding 9).
 */
const forms = (w: string): string[] => {
  const nasal = ({ t: 'n', k: 'ng', p: 'm', s: 'ny' } as Record<string, string>)[w[0]!];
  return nasal && w.length > 3 ? [w, `pe${nasal}${w.slice(1)}`, `me${nasal}${w.slice(1)}`] : [w];
};

/**
 * The curriculum a draft stands for, and what keeps it from being one: the
 * builder's own words first, then the catalogue's rules and the format's (the
 * course built from it is checked as a course page checks `curriculum.json`,
 * with the tables compiled from the zod schemas: zod itself stays out of the
 * browser). test/node/builder.test.ts holds the YAML to `langkah check`.
 */
export function draftCurriculum(d: Draft, index: ContentIndex, t: BuilderText): { curriculum?: Curriculum; problems: string[] } {
  const problems = new Set<string>();
  const trim = (s: string) => s.trim();
  const langs = d.languages.split(',') as Lang[];
  const main = trim(d.title[langs[0]!]) || trim(d.title.id) || trim(d.title.en);
  const title = { id: trim(d.title.id) || main, en: trim(d.title.en) || main };
  if (!main) problems.add(t.problem.title!);
  if (!trim(d.organiser)) problems.add(t.problem.organiser!);
  if ([title.id, title.en, d.organiser].some((s) => s.length > BUILDER_LIMITS.text)) problems.add(t.problem.long!);
  const version = Number(d.version);
  if (!Number.isInteger(version) || version < 1) problems.add(t.problem.version!);
  const pass = d.pass.trim() === '' ? undefined : Number(d.pass);
  if (pass !== undefined && !(Number.isInteger(pass) && pass >= 0 && pass <= 100)) problems.add(t.problem.pass!);
  const modules: Curriculum['modules'] = [];
  let day = 0;
  let part: { day?: number; session?: Localized } = {};
  // A day or session started and still without a module.
  let openDay = false;
  let openSession = false;
  const close = () => {
    if (openDay) problems.add(t.problem.emptyDay!);
    else if (openSession) problems.add(t.problem.emptySession!);
  };
  for (const item of d.items) {
    if (item.t === 'day') {
      close();
      day += 1;
      part = { day };
      openDay = true;
      openSession = false;
    } else if (item.t === 'session') {
      if (openSession) problems.add(t.problem.emptySession!);
      const name = { id: trim(item.id) || trim(item.en), en: trim(item.en) || trim(item.id) };
      if (!name.id) problems.add(t.problem.sessionName!);
      if (name.id.length > BUILDER_LIMITS.text || name.en.length > BUILDER_LIMITS.text) problems.add(t.problem.long!);
      part = { ...part, session: name };
      openSession = true;
    } else {
      const all = index.modules.find((m) => m.id === item.module)?.lessons.map((l) => l.id) ?? [];
      const whole = item.lessons.length === all.length && item.lessons.every((l, i) => l === all[i]);
      modules.push({ module: item.module, ...(whole ? {} : { lessons: item.lessons }), ...part });
      part = {};
      openDay = openSession = false;
    }
  }
  if (modules.length) close();
  if (!modules.length) problems.add(t.problem.empty!);
  const curriculum: Curriculum = {
    id: d.id ?? `${slug(main)}-${d.suffix}`,
    version,
    title,
    organiser: trim(d.organiser),
    languages: langs,
    ...(pass !== undefined ? { pass } : {}),
    modules,
  };
  if (problems.size) return { problems: [...problems] };
  const more = catalogueProblems(curriculum, index);
  if (!more.length) {
    try {
      checkCurriculum(buildCurriculum(curriculum, index, (path) => path), 'curriculum');
    } catch (e) {
      more.push(...(e instanceof LoadError ? e.problems.map((p) => p.message) : [String(e)]));
    }
  }
  return more.length ? { problems: more.map((p) => `${t.problem.other} ${p}`) } : { curriculum, problems: [] };
}

/**
 * The draft of a course made before (read from its link), to be changed: its
 * days and sessions become the plan's dividers, its id is kept. What the
 * builder does not set (prerequisites, description, certificate) is left out.
 */
export function draftOf(c: Curriculum, index: ContentIndex): Draft {
  const items: Item[] = [{ k: key(), t: 'day' }];
  c.modules.forEach((m, i) => {
    if (m.day && i > 0) items.push({ k: key(), t: 'day' });
    if (m.session) items.push({ k: key(), t: 'session', id: m.session.id, en: m.session.en === m.session.id ? '' : m.session.en });
    const all = index.modules.find((x) => x.id === m.module)?.lessons.map((l) => l.id) ?? [];
    items.push({ k: key(), t: 'module', module: m.module, lessons: m.lessons ?? all });
  });
  const langs = c.languages.join(',');
  return {
    title: { id: c.title.id, en: c.title.en === c.title.id ? '' : c.title.en },
    organiser: c.organiser,
    version: String(c.version),
    pass: c.pass === undefined ? '' : String(c.pass),
    languages: langs === 'id' || langs === 'en' ? langs : 'id,en',
    suffix: key().slice(0, 4),
    id: c.id,
    items,
  };
}

function download(name: string, data: BlobPart, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export class LangkahBuilder extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: block; container-type: inline-size; }
      .base { max-width: 48em; }
      /* On a laptop (the element 900 px wide or more): the catalogue beside the plan and results, which stay in view while the trainer scrolls the catalogue. */
      @container (min-width: 900px) {
        .base { max-width: 90em; }
        .base > section { max-width: 48em; }
        .work { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 2em; align-items: start; }
        .side { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding-inline: 4px; }
      }
      section { margin: 1.5em 0; }
      h2 { font-size: 1.25em; margin: 0 0 0.5em; }
      h3 { font-size: 1.1em; margin: 0.25em 0; }
      label.field { display: block; margin: 0.75em 0 0.25em; font-weight: 600; }
      input[type='text'], input[type='number'], input[type='search'], select, textarea {
        box-sizing: border-box; width: 100%; min-height: 44px; font: inherit; padding: 0.4em 0.6em;
        border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg);
      }
      textarea { min-height: 10em; font-family: ui-monospace, monospace; font-size: 0.85em; }
      .help { margin: 0.2em 0; color: var(--_muted); font-size: 0.9em; }
      button, a.button {
        min-height: 44px; min-width: 44px; padding: 0.4em 0.9em; font: inherit; border-radius: var(--_radius);
        border: 2px solid var(--_accent); background: var(--_bg); color: var(--_fg); cursor: pointer; display: inline-flex; align-items: center; text-decoration: none;
      }
      button.primary { background: var(--_accent); color: var(--_on-accent); }
      button:disabled { opacity: 0.45; cursor: not-allowed; }
      button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
      .row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0.5em 0; }
      .edit { border: 1px dashed var(--_border); border-radius: var(--_radius); padding: 0.25em 0.75em; margin: 0.75em 0; }
      .module { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em; margin: 0.75em 0; }
      summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; font-weight: 600; }
      ul, ol { list-style: none; margin: 0; padding: 0; }
      .lesson { display: flex; gap: 0.6em; align-items: flex-start; padding: 0.35em 0; border-top: 1px solid var(--_border); }
      .lesson input { width: 44px; height: 44px; margin: 0; flex: none; }
      .lesson div { flex: 1; }
      .lesson label { display: block; min-height: 44px; }
      .goal, .meta { display: block; color: var(--_muted); font-size: 0.9em; }
      .plan > li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em; margin: 0.5em 0; background: var(--_bg); }
      .plan > li.day { border: 2px solid var(--_accent); }
      .plan > li.session { border-style: dashed; }
      .plan li { position: relative; }
      .plan li.dragging { opacity: 0.5; }
      /* Where a dragged item lands: a thick line above (or below) its new neighbour. */
      .plan li.drop-before::before, .plan li.drop-after::after {
        content: ''; position: absolute; inset-inline: 0; border-top: 4px solid var(--_accent); border-radius: 2px; pointer-events: none;
      }
      .plan li.drop-before::before { top: -6px; }
      .plan li.drop-after::after { bottom: -6px; }
      .head { display: flex; align-items: center; gap: 0.4em; }
      /* Only the handle takes a finger for dragging: elsewhere a finger scrolls the page. */
      .grip {
        flex: none; display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px;
        touch-action: none; user-select: none; -webkit-user-select: none; cursor: grab; font-size: 1.3em; color: var(--_muted);
        border: 1px dashed var(--_border); border-radius: var(--_radius);
      }
      .plan ol li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; padding: 0.3em 0; border-top: 1px solid var(--_border); }
      .plan ol li span.name { flex: 1 1 12em; }
      .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .problems { border-left: 4px solid var(--_wrong); padding-left: 0.75em; }
      .note { font-weight: 600; }
      @media (prefers-reduced-motion: reduce) { * { transition: none !important; scroll-behavior: auto !important; } }
    `,
  ];

  @property() catalogue = 'modules/index.json';
  @property({ attribute: 'course-page' }) coursePage = 'course.html';
  @property() cdn = 'langkah/';
  /** The interface language the trainer chose (kept in this browser); otherwise the page's. */
  @state() private chosen?: Lang;

  @state() private index?: ContentIndex;
  @state() private failed = false;
  @state() private draft: Draft = fresh();
  @state() private query = '';
  @state() private announce = '';
  @state() private packState = '';
  @state() private copiedWhat = '';
  @state() private confirmReset = false;
  @state() private editLink = '';
  @state() private editState: { said: string; replace?: boolean } = { said: '' };
  @state() private storageProblem = false;
  private focusAfter?: string;
  /** A plan item, or a lesson of a module, being dragged by its ⠿ handle (finger or mouse). */
  private drag?: Drag;

  private get ui(): Lang {
    return this.chosen ?? ((this.closest('[lang]')?.getAttribute('lang') ?? 'id').startsWith('en') ? 'en' : 'id');
  }
  private get t() {
    return builderText(this.ui);
  }
  private get storageKey() {
    return `langkah.builder@${location.pathname}|draft`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey) ?? 'null') as Draft | null;
      if (saved && Array.isArray(saved.items) && saved.title) this.draft = { ...fresh(), ...saved };
      const ui = localStorage.getItem(`${this.storageKey}:lang`);
      if (ui === 'id' || ui === 'en') this.chosen = ui;
    } catch {
      // A damaged or unreadable draft: start afresh (nothing else is stored here).
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogue')) void this.load();
  }

  private async load() {
    this.index = undefined;
    this.failed = false;
    try {
      const response = await fetch(new URL(this.catalogue, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      const index = (await response.json()) as ContentIndex;
      if (!Array.isArray(index.modules)) throw new Error('not a catalogue');
      this.index = index;
      // Lessons the catalogue no longer has leave the draft.
      this.change((d) => {
        d.items = d.items.flatMap((i): Item[] => {
          if (i.t !== 'module') return [i];
          const mod = index.modules.find((m) => m.id === i.module);
          const lessons = i.lessons.filter((l) => mod?.lessons.some((x) => x.id === l));
          return lessons.length ? [{ ...i, lessons }] : [];
        });
      });
    } catch {
      this.failed = true;
    }
  }

  /** Changes the draft and keeps it in this browser. */
  private change(edit: (d: Draft) => void) {
    const d = structuredClone(this.draft);
    edit(d);
    if (d.items[0]?.t !== 'day') d.items.unshift({ k: key(), t: 'day' });
    this.draft = d;
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(d));
      this.storageProblem = false;
    } catch {
      this.storageProblem = true;
    }
  }

  private switchLang() {
    this.chosen = this.ui === 'en' ? 'id' : 'en';
    this.focusAfter = '.switch';
    try {
      localStorage.setItem(`${this.storageKey}:lang`, this.chosen);
    } catch {
      // Only the interface language: nothing to lose.
    }
  }

  private moduleOf(id: string) {
    return this.index?.modules.find((m) => m.id === id);
  }
  private lessonOf(module: string, id: string) {
    return this.moduleOf(module)?.lessons.find((l) => l.id === id);
  }
  private itemName(item: Item, at = this.draft.items.indexOf(item)): string {
    if (item.t === 'module') return this.moduleOf(item.module)?.title[this.ui] ?? item.module;
    if (item.t === 'session') return `${this.t.session} ${(this.ui === 'en' ? item.en : item.id) || item.id || item.en}`.trim();
    return `${this.t.newDay} ${this.draft.items.slice(0, at + 1).filter((i) => i.t === 'day').length}`;
  }

  private toggleLesson(module: string, lesson: string, on: boolean) {
    const title = this.lessonOf(module, lesson)?.title[this.ui] ?? lesson;
    this.change((d) => {
      const item = d.items.find((i): i is Extract<Item, { t: 'module' }> => i.t === 'module' && i.module === module);
      if (on && item && !item.lessons.includes(lesson)) item.lessons.push(lesson);
      else if (on && !item) d.items.push({ k: key(), t: 'module', module, lessons: [lesson] });
      else if (!on && item) {
        item.lessons = item.lessons.filter((l) => l !== lesson);
        if (!item.lessons.length) d.items.splice(d.items.indexOf(item), 1);
      }
    });
    this.announce = on ? this.t.added(title) : this.t.removed(title);
  }

  private addModule(module: string) {
    const all = this.moduleOf(module)!.lessons.map((l) => l.id);
    this.change((d) => {
      const item = d.items.find((i): i is Extract<Item, { t: 'module' }> => i.t === 'module' && i.module === module);
      if (item) item.lessons = [...item.lessons, ...all.filter((l) => !item.lessons.includes(l))];
      else d.items.push({ k: key(), t: 'module', module, lessons: all });
    });
    this.announce = this.t.added(this.moduleOf(module)!.title[this.ui]);
  }

  /** Moves the plan's item `k` to `to` (an index); the first day stays first. */
  private moveItem(k: string, to: number, focus?: string) {
    const from = this.draft.items.findIndex((i) => i.k === k);
    if (from < 1 || to < 1 || to >= this.draft.items.length || to === from) return;
    this.change((d) => d.items.splice(to, 0, ...d.items.splice(from, 1)));
    const item = this.draft.items[to]!;
    this.announce = this.t.moved(this.itemName(item, to), to, this.draft.items.length - 1);
    if (focus) this.focusAfter = `[data-k="${k}"] > .row .${focus}`;
  }

  private moveLesson(k: string, lesson: string, by: number, focus = true) {
    const item = this.draft.items.find((i) => i.k === k);
    if (item?.t !== 'module') return;
    const from = item.lessons.indexOf(lesson);
    const to = from + by;
    if (!by || to < 0 || to >= item.lessons.length) return;
    this.change((d) => {
      const it = d.items.find((i) => i.k === k) as Extract<Item, { t: 'module' }>;
      it.lessons.splice(to, 0, ...it.lessons.splice(from, 1));
    });
    this.announce = this.t.moved(this.lessonOf(item.module, lesson)?.title[this.ui] ?? lesson, to + 1, item.lessons.length);
    if (focus) this.focusAfter = `[data-k="${k}"] li[data-lesson="${lesson}"] .${by < 0 ? 'up' : 'down'}`;
  }

  /**
   * Starts dragging a plan item (or, with `lesson`, a lesson inside module
   * item `k`) by its handle. Only the handle takes the finger (touch-action:
   * none): anywhere else a finger scrolls the page as usual. While dragging, a
   * line shows where the item will land, and the page scrolls near the top or
   * bottom of the window; lifting the finger moves it (announced like a move by
   * the buttons), a cancelled pointer moves nothing.
   */
  private grab(e: PointerEvent, k: string, lesson?: string) {
    if (this.drag || e.button > 0) return;
    e.preventDefault();
    const handle = e.currentTarget as HTMLElement;
    const row = handle.closest('li')!;
    try {
      handle.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser does not know (synthetic input): the window's listeners follow it anyway.
    }
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== drag.pointer) return;
      ev.preventDefault();
      drag.y = ev.clientY;
      this.aim();
    };
    const up = (ev: PointerEvent) => ev.pointerId === drag.pointer && this.release(ev.type === 'pointerup');
    const drag: Drag = {
      k,
      lesson,
      pointer: e.pointerId,
      list: row.parentElement!,
      row,
      to: -1,
      y: e.clientY,
      stop: () => {
        removeEventListener('pointermove', move);
        removeEventListener('pointerup', up);
        removeEventListener('pointercancel', up);
      },
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', up);
    this.drag = drag;
    row.classList.add('dragging');
    this.aim();
    const scroll = () => {
      const y = drag.y;
      const by = y < EDGE ? -Math.ceil(((EDGE - y) / EDGE) * SPEED) : y > innerHeight - EDGE ? Math.ceil(((y - innerHeight + EDGE) / EDGE) * SPEED) : 0;
      if (by) {
        // Beside the catalogue (a laptop), the plan scrolls in its own column while it is taller than the window.
        const side = this.renderRoot.querySelector<HTMLElement>('.side');
        (side && side.scrollHeight > side.clientHeight && getComputedStyle(side).overflowY === 'auto' ? side : window).scrollBy(0, by);
        this.aim();
      }
      drag.frame = setTimeout(scroll, FRAME);
    };
    drag.frame = setTimeout(scroll, FRAME);
  }

  /** Where the dragged row lands for the pointer's height: its index once moved, shown by a line. */
  private aim() {
    const d = this.drag!;
    const others = ([...d.list.children] as HTMLElement[]).filter((r) => r !== d.row);
    let to = others.filter((r) => {
      const b = r.getBoundingClientRect();
      return d.y > b.top + b.height / 2;
    }).length;
    // Nothing goes above the first day.
    if (!d.lesson) to = Math.max(1, to);
    if (to === d.to) return;
    d.to = to;
    for (const r of others) r.classList.remove('drop-before', 'drop-after');
    const from = [...d.list.children].indexOf(d.row);
    if (to !== from) (others[to] ?? others.at(-1))?.classList.add(others[to] ? 'drop-before' : 'drop-after');
  }

  private release(drop: boolean) {
    const d = this.drag!;
    this.drag = undefined;
    d.stop();
    clearTimeout(d.frame);
    for (const r of d.list.children) r.classList.remove('drop-before', 'drop-after', 'dragging');
    if (!drop) return;
    if (d.lesson) {
      const item = this.draft.items.find((i) => i.k === d.k);
      if (item?.t === 'module') this.moveLesson(d.k, d.lesson, d.to - item.lessons.indexOf(d.lesson), false);
    } else this.moveItem(d.k, d.to);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.drag) this.release(false);
  }

  private removeItem(k: string) {
    const at = this.draft.items.findIndex((i) => i.k === k);
    const name = this.itemName(this.draft.items[at]!, at);
    this.change((d) => d.items.splice(at, 1));
    this.announce = this.t.removed(name);
    this.focusAfter = '.add-day';
  }

  private addDivider(t: 'day' | 'session') {
    const item: Item = t === 'day' ? { k: key(), t } : { k: key(), t, id: '', en: '' };
    this.change((d) => d.items.push(item));
    this.announce = this.t.added(t === 'day' ? this.t.newDay : this.t.newSession);
    this.focusAfter = t === 'session' ? `[data-k="${item.k}"] input` : `[data-k="${item.k}"] .up`;
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = undefined;
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else target?.parentElement?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  }

  private async copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copiedWhat = `${what}:ok`;
    } catch {
      this.copiedWhat = `${what}:failed`;
    }
  }

  private async downloadPack(curriculum: Curriculum) {
    const t = this.t;
    this.packState = t.packing(0);
    try {
      const zip = await packZip(curriculum, {
        index: this.index!,
        indexUrl: new URL(this.catalogue, document.baseURI).href,
        cdnUrl: new URL(this.cdn, document.baseURI).href,
        progress: (n) => (this.packState = t.packing(n)),
      });
      download(`${curriculum.id}.zip`, zip as Uint8Array<ArrayBuffer>, 'application/zip');
      this.packState = t.packed(Math.round(zip.length / 1024));
      this.dispatchEvent(new CustomEvent('langkah-pack', { detail: { zip }, bubbles: true, composed: true }));
    } catch {
      this.packState = t.packFailed;
    }
  }

  override render() {
    const t = this.t;
    return html`<div class="base" lang=${this.ui}>
      <div class="row">
        <button type="button" class="switch" lang=${this.ui === 'en' ? 'id' : 'en'} @click=${this.switchLang}>${t.other}</button>
      </div>
      <p class="vh" role="status" aria-live="polite">${this.announce}</p>
      ${this.storageProblem ? html`<p class="note" role="alert">${t.storageFull}</p>` : nothing}
      ${this.index ? this.renderEdit() : nothing}
      ${this.renderDetails()}
      ${this.failed ? html`<p role="alert">${t.loadFailed}</p>` : !this.index ? html`<p role="status">${t.loading}</p>` : html`<div class="work">${this.renderCatalogue()}<div class="side">${this.renderPlan()}${this.renderResults()}</div></div>`}
    </div>`;
  }

  /** Opens a course made before, from its link; a draft with work in it is replaced only on a second press. */
  private openForEdit() {
    const t = this.t;
    let course: Curriculum;
    try {
      course = decodeLink(this.editLink.trim().replace(/^[^#]*/, ''));
    } catch {
      return void (this.editState = { said: t.editBad });
    }
    if (catalogueProblems(course, this.index!).length) return void (this.editState = { said: t.editUnknown });
    const busy = this.draft.items.length > 1 || this.draft.title.id.trim() || this.draft.title.en.trim();
    if (busy && !this.editState.replace) return void (this.editState = { said: t.editReplace, replace: true });
    this.change((d) => Object.assign(d, draftOf(course, this.index!)));
    this.editLink = '';
    this.editState = { said: t.editDone(course.title[this.ui]) };
    this.focusAfter = '#title-id';
  }

  private renderEdit() {
    const t = this.t;
    return html`<details class="edit"><summary>${t.edit}</summary>
      <p class="help" id="edit-help">${t.editHelp}</p>
      <label class="vh" for="edit-link">${t.link}</label>
      <input id="edit-link" type="text" .value=${this.editLink} aria-describedby="edit-help"
        @input=${(e: Event) => ((this.editLink = (e.target as HTMLInputElement).value), (this.editState = { said: '' }))}>
      <div class="row"><button type="button" class="open-edit" @click=${this.openForEdit}>${t.editOpen}</button>
        <span role="status" class="edit-state">${this.editState.said}</span></div>
    </details>`;
  }

  private renderDetails() {
    const t = this.t;
    const d = this.draft;
    const text = (id: string, label: string, value: string, set: (d: Draft, v: string) => void, help?: string, type = 'text') =>
      html`<label class="field" for=${id}>${label}</label>
        ${help ? html`<p class="help" id=${`${id}-help`}>${help}</p>` : nothing}
        <input id=${id} type=${type} .value=${value} maxlength=${type === 'text' ? BUILDER_LIMITS.text : nothing} aria-describedby=${help ? `${id}-help` : nothing}
          @input=${(e: Event) => this.change((x) => set(x, (e.target as HTMLInputElement).value))}>`;
    return html`<section aria-labelledby="details"><h2 id="details">${t.details}</h2>
      ${text('title-id', t.titleId, d.title.id, (x, v) => (x.title.id = v))}
      ${text('title-en', t.titleEn, d.title.en, (x, v) => (x.title.en = v), t.titleEnHelp)}
      ${text('organiser', t.organiser, d.organiser, (x, v) => (x.organiser = v))}
      <label class="field" for="languages">${t.languages}</label>
      <select id="languages" @change=${(e: Event) => this.change((x) => (x.languages = (e.target as HTMLSelectElement).value as Draft['languages']))}>
        ${(['id,en', 'id', 'en'] as const).map((v) => html`<option value=${v} ?selected=${d.languages === v}>${{ 'id,en': t.langBoth, id: t.langId, en: t.langEn }[v]}</option>`)}
      </select>
      ${text('pass', t.pass, d.pass, (x, v) => (x.pass = v), t.passHelp, 'number')}
      ${text('version', t.version, d.version, (x, v) => (x.version = v), t.versionHelp, 'number')}
    </section>`;
  }

  private renderCatalogue() {
    const t = this.t;
    const l = this.ui;
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    // Titles and goals in both languages ("scam" finds the Indonesian lessons too), ids and the module's description.
    const has = (texts: string, w: string) => forms(w).some((f) => texts.includes(f));
    const find = (every: boolean) =>
      this.index!.modules.map((m) => ({
        m,
        lessons: m.lessons.filter((x) => {
          const texts = fold([m.title.id, m.title.en, m.description.id, m.description.en, x.title.id, x.title.en, x.goal?.id, x.goal?.en, x.id, m.id].join(' '));
          return !words.length || (every ? words.every((w) => has(texts, w)) : words.some((w) => has(texts, w)));
        }),
      })).filter((x) => x.lessons.length);
    const planned = new Set(this.draft.items.flatMap((i) => (i.t === 'module' ? i.lessons.map((x) => `${i.module}/${x}`) : [])));
    // Lessons with every word; else those with any of them, said so.
    let modules = find(true);
    const some = words.length > 1 && !modules.length && (modules = find(false)).length > 0;
    return html`<section aria-labelledby="catalogue"><h2 id="catalogue">${t.catalogue}</h2>
      <label class="field" for="search">${t.search}</label>
      <p class="help" id="search-help">${t.searchHelp}</p>
      <input id="search" type="search" .value=${this.query} aria-describedby="search-help" @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}>
      <p class="vh" role="status">${words.length ? (modules.length ? t.lessonsCount(modules.reduce((n, x) => n + x.lessons.length, 0)) : t.noMatch) : ''}</p>
      ${words.length && !modules.length ? html`<p>${t.noMatch}</p>` : some ? html`<p>${t.someMatch}</p>` : nothing}
      ${modules.map(
        ({ m, lessons }) => html`<details class="module" ?open=${words.length > 0}>
          <summary>${m.title[l]} · ${t.lessonsCount(m.lessons.length)} · ${t.minutes(m.lessons.reduce((n, x) => n + x.duration, 0))}</summary>
          <p class="help">${m.description[l]} (${t.level[m.level]})</p>
          <div class="row"><button type="button" class="add-module" @click=${() => this.addModule(m.id)}>${t.addModule}<span class="vh">: ${m.title[l]}</span></button></div>
          <ul>
            ${lessons.map((x) => {
              const id = `pick-${m.id}--${x.id}`;
              return html`<li class="lesson">
                <input type="checkbox" id=${id} .checked=${planned.has(`${m.id}/${x.id}`)} aria-describedby=${`${id}-goal`}
                  @change=${(e: Event) => this.toggleLesson(m.id, x.id, (e.target as HTMLInputElement).checked)}>
                <div><label for=${id}>${x.title[l]}<span class="meta">${t.minutes(x.duration)} · ${t.level[m.level]}</span></label>
                <span class="goal" id=${`${id}-goal`}>${x.goal?.[l] ?? ''}</span></div>
              </li>`;
            })}
          </ul>
        </details>`,
      )}
    </section>`;
  }

  private renderPlan() {
    const t = this.t;
    const items = this.draft.items;
    // Minutes per day, for each day's heading and the total.
    const minutes: number[] = [];
    for (const i of items) {
      if (i.t === 'day') minutes.push(0);
      else if (i.t === 'module') minutes[minutes.length - 1]! += i.lessons.reduce((n, x) => n + (this.lessonOf(i.module, x)?.duration ?? 0), 0);
    }
    let day = 0;
    const grip = (k: string, lesson?: string) =>
      html`<span class="grip" aria-hidden="true" title=${t.grip} @pointerdown=${(e: PointerEvent) => this.grab(e, k, lesson)}>⠿</span>`;
    const controls = (i: Item, at: number) =>
      html`<div class="row">
        <button type="button" class="up" ?disabled=${at <= 1} @click=${() => this.moveItem(i.k, at - 1, 'up')}>${t.up}<span class="vh">: ${this.itemName(i, at)}</span></button>
        <button type="button" class="down" ?disabled=${at === items.length - 1} @click=${() => this.moveItem(i.k, at + 1, 'down')}>${t.down}<span class="vh">: ${this.itemName(i, at)}</span></button>
        <button type="button" class="remove" @click=${() => this.removeItem(i.k)}>${t.remove}<span class="vh">: ${this.itemName(i, at)}</span></button>
      </div>`;
    return html`<section aria-labelledby="plan"><h2 id="plan">${t.plan}</h2>
      <p class="help">${t.moveHelp}</p>
      ${items.length === 1 ? html`<p>${t.planEmpty}</p>` : nothing}
      <ol class="plan">
        ${repeat(
          items,
          (i) => i.k,
          (i, at) => {
            if (i.t === 'day') {
              day += 1;
              return html`<li class="day" data-k=${i.k}>
                <div class="head">${at ? grip(i.k) : nothing}<h3>${t.day(day, minutes[day - 1] ?? 0)}</h3></div>${at ? controls(i, at) : nothing}</li>`;
            }
            if (i.t === 'session') {
              const set = (lang: Lang) => (e: Event) => this.change((x) => ((x.items[at] as Extract<Item, { t: 'session' }>)[lang] = (e.target as HTMLInputElement).value));
              return html`<li class="session" data-k=${i.k}>
                <div class="head">${grip(i.k)}<h3>${t.session}</h3></div>
                <label class="field" for=${`s-${i.k}-id`}>${t.sessionId}</label>
                <input id=${`s-${i.k}-id`} type="text" maxlength=${BUILDER_LIMITS.text} .value=${i.id} @input=${set('id')}>
                <label class="field" for=${`s-${i.k}-en`}>${t.sessionEn}</label>
                <input id=${`s-${i.k}-en`} type="text" maxlength=${BUILDER_LIMITS.text} .value=${i.en} @input=${set('en')}>
                ${controls(i, at)}</li>`;
            }
            const mod = this.moduleOf(i.module);
            return html`<li class="planned-module" data-k=${i.k}>
              <div class="head">${grip(i.k)}<h3>${mod?.title[this.ui] ?? i.module}</h3></div>
              ${controls(i, at)}
              <ol>
                ${i.lessons.map((x, j) => {
                  const lesson = this.lessonOf(i.module, x);
                  const name = lesson?.title[this.ui] ?? x;
                  return html`<li data-lesson=${x}>
                    ${i.lessons.length > 1 ? grip(i.k, x) : nothing}<span class="name">${name} <span class="meta">${t.minutes(lesson?.duration ?? 0)}</span></span>
                    <button type="button" class="up" ?disabled=${j === 0} @click=${() => this.moveLesson(i.k, x, -1)}>${t.up}<span class="vh">: ${name}</span></button>
                    <button type="button" class="down" ?disabled=${j === i.lessons.length - 1} @click=${() => this.moveLesson(i.k, x, 1)}>${t.down}<span class="vh">: ${name}</span></button>
                    <button type="button" class="remove" @click=${() => this.toggleLesson(i.module, x, false)}>${t.remove}<span class="vh">: ${name}</span></button>
                  </li>`;
                })}
              </ol>
            </li>`;
          },
        )}
      </ol>
      <div class="row">
        <button type="button" class="add-day" @click=${() => this.addDivider('day')}>${t.addDay}</button>
        <button type="button" class="add-session" @click=${() => this.addDivider('session')}>${t.addSession}</button>
      </div>
      <p class="total">${t.total(minutes.reduce((a, b) => a + b, 0))}</p>
    </section>`;
  }

  private renderResults() {
    const t = this.t;
    const { curriculum, problems } = draftCurriculum(this.draft, this.index!, t);
    const reset = html`<div class="row"><button type="button" class="reset" @click=${() => {
      if (!this.confirmReset) return void (this.confirmReset = true);
      this.confirmReset = false;
      this.change((d) => Object.assign(d, fresh()));
      this.focusAfter = '#title-id';
    }}>${this.confirmReset ? t.resetConfirm : t.reset}</button></div>`;
    if (!curriculum) {
      return html`<section aria-labelledby="results"><h2 id="results">${t.results}</h2>
        <div class="problems"><p class="note">${t.problems}</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>${reset}</section>`;
    }
    const link = this.coursePage ? new URL(this.coursePage, document.baseURI).href.replace(/#.*$/, '') + encodeLink(curriculum) : '';
    const yaml = curriculumYaml(curriculum, `${curriculum.title.id} — Langkah course builder`);
    const said = (what: string) =>
      this.copiedWhat.startsWith(`${what}:`) ? html`<span role="status">${this.copiedWhat.endsWith(':ok') ? t.copied : t.copyFailed}</span>` : nothing;
    return html`<section aria-labelledby="results"><h2 id="results">${t.results}</h2>
      <p>${t.courseId(curriculum.id)}</p>
      ${link ? html`<h3>${t.link}</h3>
      <p class="help" id="link-help">${t.linkHelp(link.length)}</p>
      <label class="vh" for="link">${t.link}</label>
      <input id="link" type="text" readonly .value=${link} aria-describedby="link-help">
      <div class="row">
        <button type="button" class="copy-link primary" @click=${() => this.copy(link, 'link')}>${t.copyLink}</button>
        <a class="button open-link" href=${link} target="_blank" rel="noopener">${t.openLink}</a>
        ${said('link')}
      </div>` : nothing}
      <h3>${t.yaml}</h3>
      <p class="help" id="yaml-help">${t.yamlHelp}</p>
      <label class="vh" for="yaml">${t.yaml}</label>
      <textarea id="yaml" readonly .value=${yaml} aria-describedby="yaml-help"></textarea>
      <div class="row">
        <button type="button" class="copy-yaml" @click=${() => this.copy(yaml, 'yaml')}>${t.copyYaml}</button>
        <button type="button" class="download-yaml" @click=${() => download(`${curriculum.id}.yaml`, yaml, 'text/yaml')}>${t.downloadYaml}</button>
        ${said('yaml')}
      </div>
      <h3>${t.pack}</h3>
      <p class="help">${t.packHelp}</p>
      <div class="row">
        <button type="button" class="download-pack primary" @click=${() => this.downloadPack(curriculum)}>${t.downloadPack}</button>
        <span role="status" class="pack-state">${this.packState}</span>
      </div>
      ${reset}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'langkah-builder': LangkahBuilder;
  }
}
