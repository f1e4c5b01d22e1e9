/**
 * A course carried in a link: the course builder's choices (a curriculum,
 * without prerequisites or certificate settings), compressed into the part of
 * the address after `#`, which browsers never send to a server. The course
 * page (`link-page.ts`) reads it back, checks it and builds the course from
 * the site's catalogue (`modules/index.json`).
 *
 *   course.html#k=1.<base64url of the deflated JSON array below>
 *
 *   [id, version, [title id, title en], organiser, "id,en", pass or -1,
 *    [[module, "lesson lesson" or "", day or 0, [session id, session en] or 0, "requires requires" or ""], …],
 *    [description id, description en] or 0]
 *
 * Only letters, digits, `-`, `_` and `.` follow the `#`: nothing that
 * WhatsApp, a mail program or a text message would cut or change.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ContentIndex, Curriculum, Localized } from '../content/course-schema.js';
import type { Lang } from '../content/schema.js';
import { LANGS } from './curriculum.js';

/** What the builder and the course page accept, beyond the curriculum format's own rules. */
export const BUILDER_LIMITS = {
  /** Characters in a course title, organiser, description or session name. */
  text: 160,
  /** Characters in the description. */
  description: 600,
  /** Modules in one course. */
  modules: 60,
  /** Characters of a link's course part: far above a real course (the default one takes about 500). */
  link: 6000,
} as const;

const ID = /^[a-z][a-z0-9-]*$/;
export const isId = (s: unknown): s is string => typeof s === 'string' && s.length <= 64 && ID.test(s);

/** Why a link cannot be read: the course page words each kindly (src/i18n/builder.ts). */
export type LinkProblem = 'missing' | 'damaged' | 'unknown';

export class LinkError extends Error {
  constructor(
    readonly kind: LinkProblem,
    message: string,
  ) {
    super(message);
  }
}

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

const pair = (l: Localized) => [l.id, l.en];

/** The `#…` part of a link that opens `curriculum` (its certificate settings are not carried). */
export function encodeLink(curriculum: Curriculum): string {
  const c = curriculum;
  const packed = [
    c.id,
    c.version,
    pair(c.title),
    c.organiser,
    c.languages.join(','),
    c.pass ?? -1,
    c.modules.map((m) => [m.module, (m.lessons ?? []).join(' '), m.day ?? 0, m.session ? pair(m.session) : 0, (m.requires ?? []).join(' ')]),
    c.description ? pair(c.description) : 0,
  ];
  return `#k=1.${toBase64Url(deflateSync(strToU8(JSON.stringify(packed)), { level: 9 }))}`;
}

const text = (v: unknown, max: number = BUILDER_LIMITS.text): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const localized = (v: unknown, max?: number): Localized | undefined =>
  Array.isArray(v) && v.length === 2 && text(v[0], max) && text(v[1], max) ? { id: v[0], en: v[1] } : undefined;
const int = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * The curriculum in a link's `#…` part. A link that was cut short, changed by
 * hand or made by something else is a `LinkError`, never a half-read course.
 * A full stop, comma or bracket that a message put right after the link is
 * no part of it (none is a letter of the code), so it is left out.
 */
export function decodeLink(hash: string): Curriculum {
  const m = /^#?k=1\.([\w-]+)$/.exec(hash.trim().replace(/[.,;:!?)\]}'"”’]+$/, ''));
  if (!hash.replace(/^#/, '')) throw new LinkError('missing', 'the link carries no course');
  if (!m || m[1]!.length > BUILDER_LIMITS.link) throw new LinkError('damaged', 'the course part of the link is not one the course builder makes');
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(inflateSync(fromBase64Url(m[1]!))));
  } catch {
    throw new LinkError('damaged', 'the course part of the link cannot be read: it was cut short or changed');
  }
  const bad = (what: string) => new LinkError('damaged', `the course in the link has ${what}`);
  if (!Array.isArray(data) || data.length !== 8) throw bad('the wrong form');
  const [id, version, title, organiser, langs, pass, modules, description] = data as unknown[];
  if (!isId(id)) throw bad('an id that is not lowercase letters, digits and hyphens');
  if (!int(version, 1, 1e6)) throw bad('no version');
  const t = localized(title);
  if (!t) throw bad('no title, or one too long');
  if (!text(organiser)) throw bad('no organiser, or one too long');
  const languages = typeof langs === 'string' ? (langs.split(',') as Lang[]) : [];
  if (!languages.length || languages.some((l, i) => !LANGS.includes(l) || languages.indexOf(l) !== i)) throw bad('no languages');
  if (pass !== -1 && !int(pass, 0, 100)) throw bad('a pass mark that is not 0 to 100');
  if (!Array.isArray(modules) || !modules.length || modules.length > BUILDER_LIMITS.modules) throw bad('no modules');
  const d = description === 0 ? undefined : localized(description, BUILDER_LIMITS.description);
  if (description !== 0 && !d) throw bad('a description too long');
  return {
    id,
    version,
    title: t,
    organiser,
    ...(d ? { description: d } : {}),
    languages,
    ...(pass !== -1 ? { pass: pass as number } : {}),
    modules: modules.map((entry: unknown) => {
      if (!Array.isArray(entry) || entry.length !== 5) throw bad('a module of the wrong form');
      const [module, lessons, day, session, requires] = entry as unknown[];
      const words = (v: unknown) => (typeof v === 'string' && v ? v.split(' ') : []);
      const ids = words(lessons);
      const refs = words(requires);
      const isRef = (r: string) => r.split('/').length <= 2 && r.split('/').every(isId);
      if (!isId(module) || typeof lessons !== 'string' || typeof requires !== 'string' || !ids.every(isId) || !refs.every(isRef) || !int(day, 0, 99)) {
        throw bad('a module that is not written right');
      }
      const s = session === 0 ? undefined : localized(session);
      if (session !== 0 && !s) throw bad('a session without a name');
      return { module, ...(ids.length ? { lessons: ids } : {}), ...(refs.length ? { requires: refs } : {}), ...(day ? { day } : {}), ...(s ? { session: s } : {}) };
    }),
  };
}

/**
 * What keeps `curriculum` from being built from `index`, in the words of
 * `langkah check` (the same rules, for what the builder can make): modules and
 * lessons that the catalogue has, none twice, days numbered 1, 2, 3 from the
 * first module, a session's name once a day. Empty when it can be built.
 */
export function catalogueProblems(curriculum: Curriculum, index: ContentIndex): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let day = 0;
  const sessions = new Set<string>();
  const parts = curriculum.modules.some((m) => m.day !== undefined || m.session);
  curriculum.modules.forEach((entry, i) => {
    const mod = index.modules.find((m) => m.id === entry.module);
    if (seen.has(entry.module)) problems.push(`the module "${entry.module}" comes twice`);
    seen.add(entry.module);
    if (!mod) problems.push(`unknown module "${entry.module}"`);
    const lessons = entry.lessons ?? [];
    lessons.forEach((l, j) => {
      if (mod && !mod.lessons.some((x) => x.id === l)) problems.push(`unknown lesson "${entry.module}/${l}"`);
      if (lessons.indexOf(l) !== j) problems.push(`the lesson "${entry.module}/${l}" comes twice`);
    });
    if (i === 0 && parts && entry.day === undefined) problems.push(`the module "${entry.module}" is in no day`);
    if (entry.day !== undefined) {
      if (entry.day !== day && entry.day !== day + 1) problems.push(`day ${entry.day} comes after day ${day}`);
      if (entry.day !== day) sessions.clear();
      day = entry.day;
    }
    if (entry.session) {
      if (sessions.has(entry.session.id)) problems.push(`the session "${entry.session.id}" comes twice on day ${day}`);
      sessions.add(entry.session.id);
    }
  });
  const included = new Set(curriculum.modules.flatMap((e) => [e.module, ...(e.lessons ?? index.modules.find((m) => m.id === e.module)?.lessons.map((l) => l.id) ?? []).map((l) => `${e.module}/${l}`)]));
  for (const e of curriculum.modules) for (const r of e.requires ?? []) if (!included.has(r)) problems.push(`"${e.module}" requires "${r}", which is not in the course`);
  return problems;
}
