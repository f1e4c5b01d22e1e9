/**
 * `langkah/content.js`: the authoring pipeline for tools and servers — parse
 * and validate lessons, explain problems. Browser pages normally need only
 * the elements (`langkah`), which load built JSON.
 */
export { parseLesson, parseSnippet, countQuestions, type ParseOptions, type ParseResult, type AssetInfo } from './markdown.js';
export { formatProblem, sortProblems, ContentError, type Problem } from './errors.js';
export { isSafeLink, isSafeImage } from './url.js';
export { fingerprint } from './hash.js';
export { compileShape } from './compile-shape.js';
export { mismatch, type Shape, type ShapeNode, type Mismatch } from './shape.js';
export {
  FORMAT,
  LANGS,
  LessonSchema,
  StepSchema,
  BlockSchema,
  QuestionSchema,
  QuizSchema,
  ChecklistSchema,
  ProgressSchema,
  FrontmatterSchema,
} from './schema.js';
export { ModuleSchema, CurriculumSchema, BuiltCurriculumSchema, ContentIndexSchema } from './course-schema.js';
export type * from './schema.js';
