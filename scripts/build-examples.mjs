// Builds the "harga jual" step type of examples/ for the example page and
// the CLI (`npm run build` runs it after the CDN build):
//   dist/examples/harga-jual.js         the element, lit inside, for a page that loads cdn/langkah.js
//   dist/examples/harga-jual-schema.js  its zod schema, for examples/langkah.config.mjs
//   dist/examples/modules/              the example lesson, built by `langkah build` in examples/
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const common = { bundle: true, format: 'esm', target: 'es2021', logLevel: 'warning' };
await build({ ...common, entryPoints: ['examples/harga-jual/harga-jual.ts'], outfile: 'dist/examples/harga-jual.js', minify: true });
await build({ ...common, entryPoints: ['examples/harga-jual/schema.ts'], outfile: 'dist/examples/harga-jual-schema.js', platform: 'node', packages: 'external' });
execFileSync(process.execPath, ['../bin/langkah.js', 'build', 'jualan', '--out', '../dist/examples/modules'], { cwd: 'examples', stdio: 'inherit' });
