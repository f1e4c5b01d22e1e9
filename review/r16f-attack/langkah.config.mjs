// Review 16f: the page's own step type ("harga jual", examples/harga-jual) for `langkah build` run in this folder.
import { registerStepType } from 'langkah';
import { HargaJualSchema } from '../../dist/examples/harga-jual-schema.js';

registerStepType({ name: 'harga-jual', tag: 'harga-jual', schema: HargaJualSchema });
