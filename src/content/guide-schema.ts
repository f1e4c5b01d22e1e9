/**
 * The facilitator guide of a module (`modules/<id>/guide.yaml`): per lesson, a
 * question to discuss, a task on the learner's own phone, what the trainer
 * checks before class, and the mistakes learners make. A module of its own:
 * only the CLI reads guides, so no page that shows lessons carries this schema.
 * The goal and minutes are not repeated here: they come from each lesson.
 */
import * as z from 'zod/mini';

/** Longest text of a guide, in characters: a trainer takes it in at a glance. */
export const GUIDE_TEXT_MAX = 300;

const GuideText = z.string().check(z.minLength(1, 'text-empty'), z.maxLength(GUIDE_TEXT_MAX, 'guide-text-long'));
const Both = z.strictObject({ id: GuideText, en: GuideText });

export const GuideLessonSchema = z.strictObject({
  /** One open question that starts a conversation in class. */
  discuss: Both,
  /** One hands-on task, done in class on the learner's own phone. */
  task: Both,
  /** What the trainer checks or prepares before class; `verify` marks what must be checked on a phone (menus, screens). */
  before: z
    .array(z.strictObject({ id: GuideText, en: GuideText, verify: z.optional(z.boolean()) }))
    .check(z.minLength(1), z.maxLength(4)),
  /** Mistakes learners make in this lesson, each with what the trainer says or does. */
  mistakes: z.array(Both).check(z.minLength(1), z.maxLength(4)),
});
export type GuideLesson = z.infer<typeof GuideLessonSchema>;

/** `guide.yaml`: every lesson of module.yaml, in its order (the order is checked in src/cli/guide.ts). */
export const GuideSchema = z.strictObject({
  lessons: z.record(z.string(), GuideLessonSchema),
});
export type Guide = z.infer<typeof GuideSchema>;
