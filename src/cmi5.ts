/**
 * The cmi5 runtime of a course package (`langkah build … --cmi5`): one
 * Assignable Unit for the course. Not part of the script-tag bundle; the
 * package's page loads it as `langkah-cmi5.js`.
 */
export { startCmi5, CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_EXTENSION, type Cmi5Options, type LaunchData } from './report/cmi5/runtime.js';
