/**
 * What a partner developer's TypeScript sees (run after npm run build): small
 * consumer files in each flavour (a page script, the CDN bundle, React 19,
 * Preact, the @lit/react wrappers, Vue, Svelte) compile under `--strict`
 * against the shipped declarations, imported by the package's own name. Each
 * file also has `@ts-expect-error` lines, so types that fell back to `any`
 * fail the test too ("unused @ts-expect-error").
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const dir = 'test/fixtures/consumers';
const base: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  // Only what each file asks for: no @types/node or mocha in a browser project.
  types: [],
  // A partner's default; the declarations Langkah ships are checked anyway (below).
  skipLibCheck: false,
};
const bundler = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };

/** Problems in the consumer file and in Langkah's own declarations (not in other packages'). */
function problems(file: string, options: ts.CompilerOptions, extra: string[] = []): string[] {
  const program = ts.createProgram([join(dir, file), ...extra], { ...base, ...options });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !d.file || !d.file.fileName.includes('/node_modules/'))
    .map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('types for partner developers (tsc --strict)', () => {
  const flavours: [string, ts.CompilerOptions, string[]?][] = [
    ['dom.ts', {}],
    ['cdn.ts', bundler],
    ['quiz-only.ts', {}],
    ['react.tsx', { ...bundler, jsx: ts.JsxEmit.ReactJSX }],
    ['preact.tsx', { ...bundler, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' }],
    ['react-wrappers.tsx', { ...bundler, jsx: ts.JsxEmit.ReactJSX }],
    ['vue.ts', bundler],
    // The generator's shared props name a global `JSX` that Svelte 5 no longer
    // declares; SvelteKit's tsconfig skips library checks, and so does this case.
    ['svelte.ts', { ...bundler, skipLibCheck: true }],
  ];
  for (const [file, options, extra] of flavours) {
    it(`${file} compiles`, () => {
      assert.deepEqual(problems(file, options, extra), []);
    });
  }

  it('a consumer that gets a type wrong is told so (the check can fail)', () => {
    const found = problems('dom.ts', { lib: ['lib.es2022.d.ts'] });
    assert.ok(found.some((p) => /Cannot find name 'document'/.test(p)), found.join('\n'));
  });

  it('every entry point has types for Node and bundlers (attw --profile esm-only)', { timeout: 180_000 }, () => {
    // Exits non-zero on any problem; the output says which entry and why.
    execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'pipe' });
  });
});
