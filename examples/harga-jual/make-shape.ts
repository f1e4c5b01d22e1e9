/**
 * Writes shape.ts: the schema compiled for the browser, which then checks
 * built `harga-jual` blocks without zod. Run it after changing schema.ts:
 *
 *   npx tsx make-shape.ts
 */
import { writeFileSync } from 'node:fs';
import { compileShape } from 'langkah/content.js';
import { HargaJualSchema } from './schema.js';

/** The source of shape.ts. */
export const shapeSource = (shape: ReturnType<typeof compileShape>): string =>
  `// Written by make-shape.ts from schema.ts: do not edit.\nexport const HARGA_JUAL_SHAPE = ${JSON.stringify(shape)} as const;\n`;

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(new URL('./shape.ts', import.meta.url), shapeSource(compileShape(HargaJualSchema)));
