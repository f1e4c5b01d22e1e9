// What `langkah check` and `langkah build` load first when run in this folder:
// the "harga jual" step type, with the zod schema that checks its blocks.
// Its compiled schema comes from `npm run build` (scripts/build-examples.mjs).
import { registerStepType } from 'langkah';
import { HargaJualSchema } from '../dist/examples/harga-jual-schema.js';

registerStepType({ name: 'harga-jual', tag: 'harga-jual', schema: HargaJualSchema });
