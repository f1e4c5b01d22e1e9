/**
 * Langkah: lessons, quizzes and checklists as web components.
 *
 * This entry point has no side effects: it registers no tags. Import
 * `langkah/define.js` (or load `cdn/langkah.js`) to use the elements in HTML.
 */
export { LangkahLesson } from './elements/lesson/lesson.js';
export { LangkahQuiz } from './elements/quiz/quiz.js';
export { LangkahChecklist } from './elements/checklist/checklist.js';
export { LangkahCurriculum } from './elements/curriculum/curriculum.js';
export { LangkahRoster } from './elements/roster/roster.js';

export { LangkahAnswerEvent, type LangkahAnswerDetail } from './events/answer.js';
export { LangkahCompleteEvent, type LangkahCompleteDetail } from './events/complete.js';
export { LangkahErrorEvent, type LangkahErrorDetail } from './events/error.js';
export { LangkahProgressEvent, type LangkahProgressDetail } from './events/progress.js';
export type { LangkahIds, LangkahScore } from './events/detail.js';

export {
  AnswerSchema,
  BlockSchema,
  ChecklistSchema,
  LANGS,
  LessonSchema,
  ProgressSchema,
  QuestionSchema,
  QuizSchema,
  StepSchema,
  type Answer,
  type Block,
  type Checklist,
  type Inline,
  type Lang,
  type Lesson,
  type Progress,
  type Question,
  type QuestionKind,
  type Quiz,
  type Step,
} from './content/schema.js';
export { registerStepType, type StepType } from './content/registry.js';
export { loadLesson, LoadError, type LoadOptions } from './content/load.js';
export { parseInline } from './content/inline.js';
export { encodeReport, decodeReport, canonicalCode, findCodes, verificationCode, courseFingerprint, type Report, type CodeCourse } from './report/code.js';
export { BuiltCurriculumSchema, type BuiltCurriculum } from './content/course-schema.js';

export { ProgressStore, progressStore, PREFIX as PROGRESS_PREFIX } from './progress/store.js';
export type { Translation, TranslationEntry } from './i18n/translation.js';
export { registerTranslation } from './i18n/localize.js';
