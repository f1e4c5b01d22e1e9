/**
 * zod runs "jitless" in the script-tag bundle: its compiled object parsers
 * pay off only over many parses, while a page checks a lesson once; and its
 * probe for `new Function` logs a violation on every page with a strict CSP.
 * The bundle has its own copy of zod, so this touches no one else's. Imported
 * first by `cdn.ts`, so it runs before any schema is built.
 */
import { config } from 'zod/mini';

config({ jitless: true });
