/**
 * The content model: one zod schema per kind, types inferred from them.
 *
 * These schemas check content at build time (Node) and in the Markdown chunk.
 * The browser checks built lessons and stored progress with the same rules
 * without carrying zod: `npm run gen:shapes` compiles these schemas into the
 * small tables of `shapes.ts`, read by `shape.ts` (a property test holds the
 * two to the same answers). Rules whose failure an author must fix carry a
 * catalog code as their message (see `errors.ts`), so the build can explain
 * them and point at the line in the Markdown source.
 */
import * as z from 'zod/mini';
import { duplicateIds, rules, type RuleName } from './rules.js';

/** Version of the built JSON formats. Raise it, and add a migration, when a change breaks old files. */
export const FORMAT = 1;

/** Languages every module is written in; the first is the default. */
export const LANGS = ['id', 'en'] as const;
/** A language of the content and the interface: `id` (Bahasa Indonesia) or `en`. */
export type Lang = (typeof LANGS)[number];

/** An id: lowercase letters, digits and hyphens, starting with a letter, at most 64 characters. */
export const Id = z.string().check(
  z.regex(/^[a-z][a-z0-9-]*$/, 'id-invalid'),
  z.maxLength(64, 'id-invalid'),
  // Not a name every object already has: answers and ticks are kept in plain objects by id, where "constructor"
  // is always "set" (the other such names, `__proto__`, `toString`…, are no valid id anyway).
  z.regex(/^(?!constructor$)/, 'id-reserved'),
);
/** Text that may not be empty. */
export const Text = z.string().check(z.minLength(1, 'text-empty'));
const Month = z.string().check(z.regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'month-invalid'));
/** A percentage from 0 to 100, e.g. a pass mark. */
export const Percent = z.number().check(z.gte(0), z.lte(100));

/**
 * A rule from `rules.ts` as a zod check, tagged with its name so that
 * `gen:shapes` can point the browser's checker at the same function.
 */
function rule<T>(name: RuleName, message: string, path?: string[]) {
  const fn = rules[name] as unknown as (value: T) => boolean;
  return Object.assign(z.refine<T>(fn, path ? { message, path } : message), { rule: name });
}

const Href = z.string().check(rule('safeLink', 'url-unsafe'));
const ImageSrc = z.string().check(rule('safeImage', 'url-unsafe'));

// ---------------------------------------------------------------- rich text

/** Inline rich text: a string, or a small typed node. Never HTML. */
export type Inline =
  | string
  | { t: 'strong' | 'em' | 'del'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

/** Checks rich text (`Inline`). */
export const InlineSchema: z.ZodMiniType<Inline> = z.union([
  z.string(),
  z.strictObject({
    t: z.literal(['strong', 'em', 'del']),
    get c() {
      return z.array(InlineSchema);
    },
  }),
  z.strictObject({ t: z.literal('code'), v: z.string() }),
  z.strictObject({
    t: z.literal('link'),
    href: Href,
    get c() {
      return z.array(InlineSchema);
    },
  }),
  z.strictObject({ t: z.literal('br') }),
]);
const Inlines = z.array(InlineSchema);
const NonEmptyInlines = z.array(InlineSchema).check(z.minLength(1, 'text-empty'));

/** A picture: its address, alt text, caption and size. */
export const ImageSchema = z.strictObject({
  t: z.literal('image'),
  src: ImageSrc,
  alt: z.string().check(rule('notBlank', 'image-no-alt')),
  title: z.optional(z.string()),
  width: z.optional(z.int().check(z.gt(0))),
  height: z.optional(z.int().check(z.gt(0))),
  /** File size in bytes, so a data-saver placeholder can say what tapping costs. */
  bytes: z.optional(z.int().check(z.gte(0))),
});
/** A picture in a step (`ImageSchema`). */
export type Image = z.infer<typeof ImageSchema>;

// ---------------------------------------------------------------- questions

const Feedback = z.optional(Inlines);

/** An answer option: its text, whether it is right, and its feedback. */
export const ChoiceSchema = z.strictObject({
  text: NonEmptyInlines,
  correct: z.boolean(),
  /** Why this option is right or wrong, shown when it is chosen. */
  feedback: Feedback,
});
/** An answer option (`ChoiceSchema`). */
export type Choice = z.infer<typeof ChoiceSchema>;

/** A message in a chat scenario: who wrote it and what. */
export const ChatMessageSchema = z.strictObject({ from: Text, text: NonEmptyInlines });
/** A message in a chat scenario (`ChatMessageSchema`). */
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

const Options = z.array(ChoiceSchema).check(z.minLength(2, 'question-too-few-options'));
type WithOptions = { options: { correct: boolean }[]; multiple?: boolean };
const someCorrect = rule<WithOptions>('someCorrect', 'question-no-correct', ['options']);
const atMostOneCorrect = rule<WithOptions>('oneCorrect', 'question-one-correct', ['options']);

const questionBase = {
  id: Id,
  prompt: NonEmptyInlines,
  /** Shown after any answer: the lesson the question teaches. */
  explain: Feedback,
};

/** A question with exactly one right option (`?` in Markdown). */
export const SingleChoiceSchema = z
  .strictObject({ kind: z.literal('single'), ...questionBase, options: Options })
  .check(someCorrect, atMostOneCorrect);
/** A question where the learner picks every right option (`?[multiple]`). */
export const MultipleChoiceSchema = z
  .strictObject({ kind: z.literal('multiple'), ...questionBase, options: Options })
  .check(someCorrect);
/** A statement the learner marks true or false (`?[true-false]`). */
export const TrueFalseSchema = z.strictObject({
  kind: z.literal('true-false'),
  ...questionBase,
  answer: z.boolean(),
});
/** Items the learner puts in the right order (`?[order]`). */
export const OrderingSchema = z.strictObject({
  kind: z.literal('order'),
  ...questionBase,
  /** The items in their right order; learners see them shuffled. */
  items: z.array(NonEmptyInlines).check(z.minLength(2, 'question-too-few-options')),
});
/** A chat with a customer, then reply choices (`?[chat]`). */
export const ChatScenarioSchema = z
  .strictObject({
    kind: z.literal('chat'),
    ...questionBase,
    /** The customer's messages before the learner replies. */
    messages: z.array(ChatMessageSchema).check(z.minLength(1, 'chat-no-message')),
    /** When true, several replies may be right and the learner picks all of them. */
    multiple: z.optional(z.boolean()),
    options: z
      .array(
        z.strictObject({
          ...ChoiceSchema.shape,
          /** The customer's answer to this reply: the branch of the conversation. */
          reply: z.optional(ChatMessageSchema),
        }),
      )
      .check(z.minLength(2, 'question-too-few-options')),
  })
  .check(someCorrect, rule<WithOptions>('oneCorrectUnlessMultiple', 'question-one-correct', ['options']));

/** Any question, told apart by `kind`. */
export const QuestionSchema = z.union([
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  ChatScenarioSchema,
]);
/** A question of any kind (`QuestionSchema`). */
export type Question = z.infer<typeof QuestionSchema>;
/** The kinds of question: `single`, `multiple`, `true-false`, `order`, `chat`. */
export type QuestionKind = Question['kind'];
/** A single-choice question (`SingleChoiceSchema`). */
export type SingleChoice = z.infer<typeof SingleChoiceSchema>;
/** A multiple-choice question (`MultipleChoiceSchema`). */
export type MultipleChoice = z.infer<typeof MultipleChoiceSchema>;
/** A true-or-false question (`TrueFalseSchema`). */
export type TrueFalse = z.infer<typeof TrueFalseSchema>;
/** An ordering question (`OrderingSchema`). */
export type Ordering = z.infer<typeof OrderingSchema>;
/** A chat scenario (`ChatScenarioSchema`). */
export type ChatScenario = z.infer<typeof ChatScenarioSchema>;

/** A quiz: its questions and an optional pass mark (`:::quiz` in Markdown). */
export const QuizSchema = z.strictObject({
  t: z.literal('quiz'),
  id: Id,
  /** Pass mark in percent; without it the quiz shows a score but no pass or fail. */
  pass: z.optional(Percent),
  questions: z.array(QuestionSchema).check(z.minLength(1, 'quiz-empty')),
});
/** A quiz (`QuizSchema`): what `<langkah-quiz>` shows. */
export type Quiz = z.infer<typeof QuizSchema>;

// ---------------------------------------------------------------- checklists

/** One item of a checklist, with optional help text. */
export const ChecklistItemSchema = z.strictObject({
  id: Id,
  text: NonEmptyInlines,
  /** Help the learner can open: where the setting is, why it matters. */
  help: z.optional(Inlines),
});
/** One checklist item (`ChecklistItemSchema`). */
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A checklist: a title and its items (`:::checklist` in Markdown). */
export const ChecklistSchema = z.strictObject({
  t: z.literal('checklist'),
  id: Id,
  title: z.optional(z.string()),
  items: z.array(ChecklistItemSchema).check(z.minLength(1, 'checklist-empty')),
});
/** A checklist (`ChecklistSchema`): what `<langkah-checklist>` shows. */
export type Checklist = z.infer<typeof ChecklistSchema>;

// ---------------------------------------------------------------- blocks

/** A block of a step. `custom` holds a step type registered by a developer. */
export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; c: Inline[] }
  | { t: 'list'; ordered?: boolean; start?: number; items: Block[][] }
  | { t: 'quote'; c: Block[] }
  | { t: 'code'; v: string }
  | { t: 'callout'; kind: 'tip' | 'warning'; c: Block[] }
  | Image
  | Quiz
  | Checklist
  | { t: 'custom'; type: string; id: string; data: unknown };

/** Checks a block of a step (`Block`). */
export const BlockSchema: z.ZodMiniType<Block> = z.union([
  z.strictObject({ t: z.literal('p'), c: NonEmptyInlines }),
  z.strictObject({ t: z.literal('h'), c: NonEmptyInlines }),
  z.strictObject({
    t: z.literal('list'),
    ordered: z.optional(z.boolean()),
    start: z.optional(z.int()),
    // Getters, like Inline's: the schema refers to itself.
    get items() {
      return z.array(z.array(BlockSchema)).check(z.minLength(1));
    },
  }),
  z.strictObject({
    t: z.literal('quote'),
    get c() {
      return z.array(BlockSchema);
    },
  }),
  z.strictObject({ t: z.literal('code'), v: z.string() }),
  z.strictObject({
    t: z.literal('callout'),
    kind: z.literal(['tip', 'warning']),
    get c() {
      return z.array(BlockSchema);
    },
  }),
  ImageSchema,
  QuizSchema,
  ChecklistSchema,
  z.strictObject({ t: z.literal('custom'), type: Id, id: Id, data: z.unknown() }),
]) as z.ZodMiniType<Block>;

/** A recording that reads a step aloud, with the label of its button. */
export const AudioSchema = z.strictObject({
  src: z.string().check(rule('safeImage', 'url-unsafe')),
  label: z.optional(z.string()),
});

/** A step: one screen of a lesson, with its title and blocks. */
export const StepSchema = z.strictObject({
  id: Id,
  title: Text,
  blocks: z.array(BlockSchema).check(z.minLength(1, 'step-empty')),
  /** A recording that reads the step aloud. */
  audio: z.optional(AudioSchema),
});
/** A step of a lesson (`StepSchema`). */
export type Step = z.infer<typeof StepSchema>;

// ---------------------------------------------------------------- lessons

/** The fields an author writes in a lesson's frontmatter. */
export const FrontmatterSchema = z.strictObject({
  id: Id,
  title: Text.check(z.maxLength(80, 'title-long')),
  goal: Text,
  duration: z.int().check(z.gte(1), z.lte(30)),
  /** The month someone last followed the lesson's app steps on a real phone; absent until someone has. */
  checked: z.optional(Month),
  /** Claims that depend on an app's current screens and still need checking on a phone before class. */
  verify: z.optional(z.array(Text)),
  sources: z.array(z.string().check(rule('webUrl', 'source-url'))),
  pass: z.optional(Percent),
});
/** A lesson's frontmatter (`FrontmatterSchema`). */
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/** Every id within a lesson must be unique: each repeat is reported where it is. */
const uniqueIds = Object.assign(
  z.superRefine((steps: Step[], ctx) => {
    for (const { id, path } of duplicateIds(steps)) ctx.addIssue({ code: 'custom', message: 'id-duplicate', path, input: id });
  }),
  { rule: 'uniqueIds' satisfies RuleName, code: 'id-duplicate' },
);

/** A lesson's steps; every id within them (steps, quizzes, questions, checklists, items) is unique. */
export const StepsSchema = z
  .array(StepSchema)
  .check(z.minLength(1, 'lesson-no-steps'), uniqueIds);

/** A built lesson, as in `dist/modules/<lang>/<module>/<lesson>.json`: what `<langkah-lesson>` shows. */
export const LessonSchema = z.strictObject({
    format: z.literal(FORMAT),
    ...FrontmatterSchema.shape,
    lang: z.literal(LANGS),
    /** The module the lesson belongs to, when built from a module. */
    module: z.optional(Id),
    /** A fingerprint of the content: stored answers are matched against it. */
    version: z.string(),
  steps: StepsSchema,
});
/** A built lesson (`LessonSchema`). */
export type Lesson = z.infer<typeof LessonSchema>;

// Modules, curricula and the content index: in `course-schema.ts`, so that a
// page showing lessons does not download their schemas.
export type { Localized, Module, ContentIndex, Curriculum, BuiltCurriculum } from './course-schema.js';

// ---------------------------------------------------------------- progress

/** A learner's answer to one question; `fp` fingerprints the question it answered. */
export const AnswerSchema = z.strictObject({
  /** Chosen option indexes (choice, chat), the item order (ordering), or [1]/[0] (true/false). */
  value: z.array(z.int()),
  correct: z.boolean(),
  fp: z.string(),
  at: z.number(),
  /**
   * Whether the question was right on a first try: the first check of a round
   * (a round ends when the lesson is finished), in any round so far. Scores
   * count this, not `correct`, so that "Try again" teaches but does not score.
   * Records from before it existed read it as `correct`.
   */
  first: z.optional(z.boolean()),
  /** Checks in the current round; the right answer is shown from the second on. Missing reads as 1. */
  tries: z.optional(z.int()),
  /**
   * When the question was first checked, in any round: of a question answered
   * in both languages of a course, the earlier first check is the one that
   * counts (a copy from the other language keeps its time). Missing (records
   * from before it existed): unknown, and the question counts only when right
   * on a first try in each language, as it did then.
   */
  firstAt: z.optional(z.number()),
  /**
   * The round the answer was given in (missing reads as 1): one more each time
   * a new round asks the question again. Its options are shown in another
   * order in each round, and a question right on a first try only in a round
   * after the first is reported as "after retrying".
   */
  round: z.optional(z.int()),
});
/** A learner's answer to one question (`AnswerSchema`). */
export type Answer = z.infer<typeof AnswerSchema>;

/** One lesson's progress, as stored on the learner's device. */
export const ProgressSchema = z.strictObject({
  v: z.literal(1),
  /** What the record is about: `lesson:<module>/<id>`, `quiz:<…>`, `checklist:<…>`. */
  key: z.string(),
  /** The content fingerprint the record was written against. */
  content: z.string(),
  lang: z.optional(z.literal(LANGS)),
  step: z.int().check(z.gte(0)),
  /** Ids of the steps the learner has seen. */
  seen: z.array(z.string()),
  // Objects with any keys rather than z.record: the same check, without record's code in the bundle.
  answers: z.catchall(z.object({}), AnswerSchema),
  checks: z.catchall(z.object({}), z.boolean()),
  started: z.number(),
  updated: z.number(),
  completed: z.optional(z.number()),
});
/** One lesson's, quiz's or checklist's saved progress (`ProgressSchema`). */
export type Progress = z.infer<typeof ProgressSchema>;
