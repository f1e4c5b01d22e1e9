/**
 * The schemas of modules, curricula and the content index. A module of its own,
 * apart from `schema.ts`, so that the script-tag bundle, which shows lessons,
 * does not carry them: the build checks them in Node, and the course elements
 * (loaded lazily) check `curriculum.json` with `BuiltCurriculumSchema`.
 */
import * as z from 'zod/mini';
import { FORMAT, Id, LANGS, Percent, Text } from './schema.js';

// ---------------------------------------------------------------- modules

const Localized = z.strictObject({ id: Text, en: Text });
/** A text in both languages: `{ id, en }`. */
export type Localized = z.infer<typeof Localized>;

export const CompetenceSchema = z.strictObject({
  framework: z.literal(['4-pilar', 'digcomp-2.2', 'dlgf', 'bia']),
  areas: z.array(z.string()).check(z.minLength(1)),
});

/** `module.yaml`, as the author writes it. */
export const ModuleSchema = z.strictObject({
  id: Id,
  version: z.int().check(z.gte(1)),
  level: z.literal(['basic', 'intermediate', 'advanced']),
  title: Localized,
  description: Localized,
  lessons: z.array(Id).check(z.minLength(1, 'module-no-lessons')),
  competences: z.optional(z.array(CompetenceSchema)),
});
/** A module's `module.yaml` (`ModuleSchema`). */
export type Module = z.infer<typeof ModuleSchema>;

// Objects with any keys rather than z.record: the same check, without record's code in the bundle.
const Fingerprints = z.catchall(z.object({}), z.string());

/** `dist/modules/index.json`: every built module and lesson, for menus and curricula. */
export const ContentIndexSchema = z.strictObject({
  format: z.literal(FORMAT),
  modules: z.array(
    z.strictObject({
      ...ModuleSchema.shape,
      /** The pictures and sounds its lessons use, relative to the module folder (built under `assets/<module>/`), for the course builder's packs. */
      assets: z.optional(z.array(z.string())),
      /** Its facilitator guide (`guide.yaml` as JSON), relative to the index, when it has one: loaded only to make a pack. */
      guide: z.optional(z.string()),
      lessons: z.array(
        z.strictObject({
          id: Id,
          title: Localized,
          /** What the learner can do after it (the lesson's `goal`), for catalogues. */
          goal: z.optional(Localized),
          duration: z.int(),
          steps: z.int(),
          questions: z.int(),
          /** Per language: the lesson's file, relative to the index. */
          src: z.strictObject({ id: z.string(), en: z.string() }),
          version: z.strictObject({ id: z.string(), en: z.string() }),
          /**
           * Per language: each question's fingerprint, by question id. A course
           * counts only the answers its lesson would (review 12, finding 8);
           * files built before it existed count answers of a record for the
           * lesson's current version.
           */
          fp: z.optional(z.strictObject({ id: Fingerprints, en: Fingerprints })),
        }),
      ),
    }),
  ),
});
/** `dist/modules/index.json` (`ContentIndexSchema`). */
export type ContentIndex = z.infer<typeof ContentIndexSchema>;

// ---------------------------------------------------------------- curricula

/** A reference to a lesson in a curriculum: `module/lesson`, or `module` for all of it. */
const Ref = z.string().check(z.regex(/^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/, 'ref-invalid'));

/**
 * Who the learners send their reports to: a WhatsApp number in international
 * form, digits only (62 for Indonesia, then the number without its leading 0),
 * so that the report opens a chat with the trainer (`wa.me/<number>`).
 */
const Trainer = z.strictObject({
  whatsapp: z.string().check(z.regex(/^[1-9][0-9]{7,14}$/, 'whatsapp-invalid')),
});

/** A curriculum file (YAML), as a trainer writes it. */
export const CurriculumSchema = z.strictObject({
  id: Id,
  version: z.int().check(z.gte(1)),
  title: Localized,
  organiser: Text,
  description: z.optional(Localized),
  languages: z.array(z.literal(LANGS)).check(z.minLength(1)),
  /** Overall pass mark in percent of quiz questions answered right. */
  pass: z.optional(Percent),
  modules: z
    .array(
      z.strictObject({
        module: Id,
        /** A subset of the module's lessons, in this order; all of them when absent. */
        lessons: z.optional(z.array(Id).check(z.minLength(1))),
        /** Modules or `module/lesson`s that must be done first. */
        requires: z.optional(z.array(Ref)),
        /** Starts day 1, 2, … of the course at this module; the modules after it belong to that day until the next `day`. */
        day: z.optional(z.int().check(z.gte(1))),
        /** Starts a session of the day at this module (such as "Sesi pagi"), until the next `session` or `day`. */
        session: z.optional(Localized),
      }),
    )
    .check(z.minLength(1)),
  certificate: z.optional(
    z.strictObject({
      enabled: z.optional(z.boolean()),
      signer: z.optional(z.string()),
      note: z.optional(Localized),
    }),
  ),
  trainer: z.optional(Trainer),
});
/** A curriculum file, as a trainer writes it (`CurriculumSchema`). */
export type Curriculum = z.infer<typeof CurriculumSchema>;

/** A curriculum as built for the browser (`curriculum.json`): titles and lesson files resolved. */
export const BuiltCurriculumSchema = z.strictObject({
  format: z.literal(FORMAT),
  id: Id,
  version: z.int(),
  title: Localized,
  organiser: Text,
  description: z.optional(Localized),
  languages: z.array(z.literal(LANGS)).check(z.minLength(1)),
  pass: z.optional(Percent),
  certificate: z.optional(
    z.strictObject({ enabled: z.optional(z.boolean()), signer: z.optional(z.string()), note: z.optional(Localized) }),
  ),
  trainer: z.optional(Trainer),
  modules: z.array(
    z.strictObject({
      id: Id,
      title: Localized,
      description: Localized,
      level: z.literal(['basic', 'intermediate', 'advanced']),
      /** `module` or `module/lesson` references that must be done first. */
      requires: z.array(Ref),
      /** The day of the course this module is taught on, when the curriculum has days. */
      day: z.optional(z.int()),
      /** The session of the day it belongs to, when the curriculum names sessions. */
      session: z.optional(Localized),
      lessons: z.array(
        z.strictObject({
          id: Id,
          title: Localized,
          duration: z.int(),
          questions: z.int(),
          /** Per language: the lesson's JSON file, relative to the curriculum file. */
          src: z.strictObject({ id: z.string(), en: z.string() }),
          version: z.strictObject({ id: z.string(), en: z.string() }),
          /**
           * Per language: each question's fingerprint, by question id. A course
           * counts only the answers its lesson would (review 12, finding 8);
           * files built before it existed count answers of a record for the
           * lesson's current version.
           */
          fp: z.optional(z.strictObject({ id: Fingerprints, en: Fingerprints })),
        }),
      ),
    }),
  ),
});
/** A built `curriculum.json` (`BuiltCurriculumSchema`): what `<langkah-curriculum>` shows. */
export type BuiltCurriculum = z.infer<typeof BuiltCurriculumSchema>;
