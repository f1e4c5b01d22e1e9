/** Every event a Langkah element fires; importing its types adds them to the DOM's event maps. */
export { LangkahAnswerEvent, type LangkahAnswerDetail } from './answer.js';
export { LangkahCompleteEvent, type LangkahCompleteDetail } from './complete.js';
export { LangkahErrorEvent, type LangkahErrorDetail } from './error.js';
export { LangkahProgressEvent, type LangkahProgressDetail } from './progress.js';
export type { LangkahIds, LangkahScore } from './detail.js';
