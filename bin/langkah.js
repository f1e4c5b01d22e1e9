#!/usr/bin/env node
// The `langkah` command. It runs the compiled CLI in dist/ (what the npm
// package ships). In a fresh clone, before any build, dist/ is missing: then
// it runs the TypeScript sources through tsx (a dev dependency), so that
// `npx langkah check` works straight after `npm install`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
let main;
if (existsSync(built)) ({ main } = await import(built.href));
else {
  const tsx = await import('tsx/esm/api').catch(() => undefined);
  if (!tsx) {
    console.error('langkah: the compiled command is missing (dist/cli/main.js): run "npm run build" first');
    process.exit(1);
  }
  ({ main } = await tsx.tsImport('../src/cli/main.ts', import.meta.url));
}

process.exitCode = await main(process.argv.slice(2));
