/**
 * The SCORM runtime of a course package (`langkah build … --scorm`): finds the
 * LMS's API, restores and saves progress through it. Not part of the
 * script-tag bundle; the package's page loads it as `langkah-scorm.js`.
 */
export { startScorm, type ScormOptions } from './report/scorm/runtime.js';
export { findApi, ScormAdapter, sessionTime, SUSPEND_LIMIT, type ScormVersion } from './report/scorm/api.js';
export { packRecord, unpackRecord, packAll, unpackAll, isLegacy } from './report/scorm/suspend.js';
