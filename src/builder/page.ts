/**
 * The course builder page's entry (`langkah-builder.js`): registers
 * `<langkah-builder>`, guarded, as define.ts does for the learners' elements.
 */
import { LangkahBuilder } from './builder.js';

if (!customElements.get('langkah-builder')) customElements.define('langkah-builder', LangkahBuilder);
