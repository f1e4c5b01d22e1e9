/** Registers `<langkah-checklist>` alone, for a page that shows checklists and nothing else. */
import { LangkahChecklist } from '../elements/checklist/checklist.js';
import { definer } from '../internal/define.js';

export type { LangkahChecklist };
// With the event classes and their entries in the DOM's event maps.
export type * from '../events/index.js';
const define = definer();
define('langkah-checklist', LangkahChecklist);
