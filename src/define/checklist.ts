/** Registers `<langkah-checklist>` alone, for a page that shows checklists and nothing else. */
import { LangkahChecklist } from '../elements/checklist/checklist.js';
import { definer } from '../internal/define.js';

export type { LangkahChecklist };
const define = definer();
define('langkah-checklist', LangkahChecklist);
