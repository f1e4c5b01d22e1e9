/**
 * Reporting to a Learning Record Store (xAPI 1.0.3). Not part of the
 * script-tag bundle: a page that reports imports this entry (or loads
 * `cdn/langkah-xapi.js`). See docs/reporting.md.
 */
export { connectLrs, type LrsConnection, type LrsOptions } from './report/xapi/connect.js';
export { StatementQueue, XAPI_VERSION, type QueueOptions, type QueueProblem } from './report/xapi/queue.js';
export {
  answerStatement,
  lessonStatement,
  progressStatement,
  questionActivity,
  response,
  VERBS,
  TYPES,
  type Activity,
  type Actor,
  type Statement,
  type Where,
} from './report/xapi/statements.js';
