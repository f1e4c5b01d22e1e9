/**
 * A curriculum (as a trainer writes it) turned into what the browser loads,
 * `curriculum.json`, and into the YAML text `langkah check` reads. Pure
 * functions, no file system: `langkah build` and the course builder page both
 * call them, so the two make the same course from the same choices.
 */
import type { ContentIndex, Curriculum, Localized } from '../content/course-schema.js';
import type * as schema from '../content/schema.js';
import type { BuiltCurriculum } from '../content/schema.js';

/**
 * `FORMAT` and `LANGS` of schema.ts, whose types hold them to the same values:
 * importing the values would bring zod into the course link page.
 */
export const FORMAT: typeof schema.FORMAT = 1;
export const LANGS: typeof schema.LANGS = ['id', 'en'];

/**
 * The built curriculum for `curriculum`, its modules and lessons taken from
 * `index` (the built modules). `src` turns a lesson file's path, relative to
 * the index, into the address the course loads it from (in a pack:
 * `modules/<path>`). Every module and lesson named must be in the index
 * (`langkah check`, or the builder's own check, makes sure first).
 */
export function buildCurriculum(curriculum: Curriculum, index: ContentIndex, src: (path: string) => string): BuiltCurriculum {
  let part: { day?: number; session?: Localized } = {};
  return {
    format: FORMAT,
    id: curriculum.id,
    version: curriculum.version,
    title: curriculum.title,
    organiser: curriculum.organiser,
    ...(curriculum.description ? { description: curriculum.description } : {}),
    languages: curriculum.languages,
    ...(curriculum.pass !== undefined ? { pass: curriculum.pass } : {}),
    ...(curriculum.certificate ? { certificate: curriculum.certificate } : {}),
    ...(curriculum.trainer ? { trainer: curriculum.trainer } : {}),
    modules: curriculum.modules.map((entry) => {
      const mod = index.modules.find((m) => m.id === entry.module)!;
      // Each module carries its day and session, so the course page starts a heading where they change.
      if (entry.day !== undefined && entry.day !== part.day) part = { day: entry.day };
      if (entry.session) part = { ...part, session: entry.session };
      const lessons = (entry.lessons ?? mod.lessons.map((l) => l.id)).map((id) => mod.lessons.find((l) => l.id === id)!);
      return {
        id: mod.id,
        title: mod.title,
        description: mod.description,
        level: mod.level,
        requires: entry.requires ?? [],
        ...part,
        lessons: lessons.map(({ id, title, duration, questions, src: file, version, fp }) => ({
          id,
          title,
          duration,
          questions,
          src: { id: src(file.id), en: src(file.en) },
          version,
          ...(fp ? { fp } : {}),
        })),
      };
    }),
  };
}

/**
 * A YAML scalar: every string double-quoted as JSON writes it (valid YAML),
 * so that no title, however it is typed, becomes a number, a boolean, a
 * comment or a line break; the line separators JSON leaves alone are escaped.
 */
const q = (s: string) => JSON.stringify(s).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const list = (items: string[]) => `[${items.map(q).join(', ')}]`;
const localized = (l: Localized) => `{ id: ${q(l.id)}, en: ${q(l.en)} }`;

/** The curriculum file for `curriculum`: what `langkah check` and `langkah build` read, the same course. */
export function curriculumYaml(curriculum: Curriculum, comment = ''): string {
  const c = curriculum;
  const lines = [
    ...(comment ? comment.split('\n').map((l) => `# ${l}`.trimEnd()) : []),
    `id: ${q(c.id)}`,
    `version: ${c.version}`,
    `title: ${localized(c.title)}`,
    `organiser: ${q(c.organiser)}`,
    ...(c.description ? [`description: ${localized(c.description)}`] : []),
    `languages: ${list(c.languages)}`,
    ...(c.pass !== undefined ? [`pass: ${c.pass}`] : []),
    'modules:',
    ...c.modules.flatMap((m) => [
      `  - module: ${q(m.module)}`,
      ...(m.day !== undefined ? [`    day: ${m.day}`] : []),
      ...(m.session ? [`    session: ${localized(m.session)}`] : []),
      ...(m.lessons ? [`    lessons: ${list(m.lessons)}`] : []),
      ...(m.requires ? [`    requires: ${list(m.requires)}`] : []),
    ]),
  ];
  if (c.certificate) {
    const { enabled, signer, note } = c.certificate;
    lines.push(
      enabled === undefined && signer === undefined && !note ? 'certificate: {}' : 'certificate:',
      ...(enabled !== undefined ? [`  enabled: ${enabled}`] : []),
      ...(signer !== undefined ? [`  signer: ${q(signer)}`] : []),
      ...(note ? [`  note: ${localized(note)}`] : []),
    );
  }
  return `${lines.join('\n')}\n`;
}
