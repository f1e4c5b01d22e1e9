/** Registers `<langkah-curriculum>` and the lesson elements it opens. */
import { LangkahCurriculum } from '../elements/curriculum/curriculum.js';
import { definer } from '../internal/define.js';
import './lesson.js';

export type { LangkahCurriculum };
const define = definer();
define('langkah-curriculum', LangkahCurriculum);
