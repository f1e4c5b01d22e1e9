/** Registers `<langkah-roster>` alone: the trainer's class table needs no other element. */
import { LangkahRoster } from '../elements/roster/roster.js';
import { definer } from '../internal/define.js';

export type { LangkahRoster };
const define = definer();
define('langkah-roster', LangkahRoster);
