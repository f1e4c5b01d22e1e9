/** Registers `<langkah-roster>` alone: the trainer's class table needs no other element. */
import { LangkahRoster } from '../elements/roster/roster.js';
import { definer } from '../internal/define.js';

export type { LangkahRoster };
// With the event classes and their entries in the DOM's event maps.
export type * from '../events/index.js';
const define = definer();
define('langkah-roster', LangkahRoster);
