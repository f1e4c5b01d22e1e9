/**
 * The CDN build's terser step (scripts/minify-js.mjs): a variable a chunk
 * shares gets the short name rollup shares it under, so the import and export
 * lists carry no `x as A` pairs, and the code does what it did before.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import minifyJs from '../../scripts/minify-js.mjs';

const OPTIONS = { module: true, ecma: 2021 as const, compress: { passes: 2, pure_getters: true }, format: { comments: false } };

/** The plugin's output for one chunk's code, as rollup would call it. */
const minified = async (code: string): Promise<string> => {
  const plugin = minifyJs(OPTIONS);
  return (await plugin.renderChunk.call({ parse: parseAst }, code, {}, { sourcemap: false })).code;
};

/** A module's exports, run from its text. */
const run = (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`);

describe('scripts/minify-js.mjs', () => {
  it('names a shared variable by the name it is shared under', async () => {
    const out = await minified(
      'import { s as safeLink, B as check } from "./langkah.js";\n' +
        'const longName = (x) => safeLink(x) && check(x);\nconst other = () => longName(1);\n' +
        'export { longName as A, other as b };\n',
    );
    assert.match(out, /^import\{s,B\}from"\.\/langkah\.js";/);
    assert.match(out, /export\{A,b\};$/);
  });

  it('keeps the code as it was: a name shadowed inside, two names swapped, a global the chunk reads', async () => {
    (globalThis as { $?: (x: number) => number }).$ = (x) => x * 10;
    const out = await minified(
      // `A` is a parameter inside `add`, which also reads the variable shared as `A`;
      // `first` and `second` are shared under each other's short names;
      // `$` is the page's global that `tens` calls, so `tens` may not be named `$`.
      'const base = 1;\nfunction add(A) { return A + base; }\nconst first = () => "first";\nconst second = () => "second";\n' +
        'const tens = (x) => $(x);\n' +
        'export { base as A, add as b, first as c, second as d, tens as $, first as e };\n',
    );
    const m = await run(out);
    assert.equal(m.A, 1);
    assert.equal(m.b(2), 3);
    assert.equal(m.c(), 'first');
    assert.equal(m.d(), 'second');
    assert.equal(m.e, m.c);
    assert.equal(m.$(4), 40, 'the global $ is still the one called');
    assert.match(out, / as \$/, 'the variable shared as $ kept a name of its own');
  });

  it('leaves longer names (an entry\'s own exports) as terser names them', async () => {
    const out = await minified('const registerStepType = (x) => [x, x, x];\nexport { registerStepType };\n');
    assert.match(out, /export\{\w as registerStepType\}/);
  });

  it('builds langkah.js with no aliased short name in its export list (run after npm run build)', () => {
    const bundle = readFileSync('dist/cdn/langkah.js', 'utf8');
    const list = /export\{([^}]*)\};?$/.exec(bundle.trimEnd())?.[1];
    assert.ok(list, 'langkah.js ends with its export list');
    const aliased = list.split(',').filter((s) => / as \w{1,2}$/.test(s));
    assert.deepEqual(aliased, [], 'variables shared under a short name keep that name');
  });
});
