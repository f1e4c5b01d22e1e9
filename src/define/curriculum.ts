/** Registers `<langkah-curriculum>` and the lesson elements it opens. */
import { LangkahCurriculum } from '../elements/curriculum/curriculum.js';
import { definer } from '../internal/define.js';
import './lesson.js';

export type { LangkahCurriculum };
// With the event classes and their entries in the DOM's event maps.
export type * from '../events/index.js';
const define = definer();
define('langkah-curriculum', LangkahCurriculum);
