// Issue #13 item 5: the harga-jual example step type, as a partner would use it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileShape } from '../../src/content/compile-shape.js';
import { HargaJualSchema } from '../../examples/harga-jual/schema.js';
import { shapeSource } from '../../examples/harga-jual/make-shape.js';
import { price } from '../../examples/harga-jual/price.js';
import { run } from './helpers.js';

const examples = new URL('../../examples/', import.meta.url);

describe('the harga-jual step type (examples/)', () => {
  it('ships the shape its schema compiles to (make-shape.ts), so the browser checks what the build checked', () => {
    assert.equal(readFileSync(new URL('harga-jual/shape.ts', examples), 'utf8'), shapeSource(compileShape(HargaJualSchema)));
  });

  it('rounds the selling price up to Rp 500 and never divides by zero portions', () => {
    assert.deepEqual(price({ portions: 20, ingredients: [28000, 45000, 20000, 15000], packaging: 1000, gas: 20000, margin: 30 }), { cost: 7400, price: 10000 });
    assert.deepEqual(price({ portions: 0, ingredients: [1000], packaging: 0, gas: 0, margin: 0 }), { cost: 1000, price: 1000 });
  });

  it('is accepted by langkah check with examples/langkah.config.mjs, and a bad block is reported at its file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'langkah-harga-'));
    cpSync(new URL('jualan', examples), join(dir, 'jualan'), { recursive: true });
    // The config as shipped imports the built schema; here the same schema from its source (tsx runs the test).
    const registry = new URL('../../src/content/registry.ts', import.meta.url).href;
    const schema = new URL('harga-jual/schema.ts', examples).href;
    const shipped = readFileSync(new URL('langkah.config.mjs', examples), 'utf8');
    assert.match(shipped, /registerStepType\(\{ name: 'harga-jual', tag: 'harga-jual', schema: HargaJualSchema \}\)/);
    writeFileSync(join(dir, 'langkah.config.mjs'), shipped.replace("'langkah'", JSON.stringify(registry)).replace("'../dist/examples/harga-jual-schema.js'", JSON.stringify(schema)));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const good = await run('check', 'jualan');
      assert.equal(good.code, 0, [...good.out, ...good.err].join('\n'));
      const file = join('jualan', 'en', 'harga-jual.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('portions: 20', 'portions: twenty'));
      const bad = await run('check', 'jualan');
      assert.equal(bad.code, 1);
      assert.ok(bad.out.some((l) => l.startsWith('jualan/en/harga-jual.md:22:11  "portions" should be a number') && l.endsWith('[field-invalid]')), bad.out.join('\n'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('compiles with tsc --strict under a default tsconfig (no decorators, class fields as in ES2022)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'langkah-tsc-'));
    // What `tsc --init` writes, as far as it matters here: strict, ES2022 class fields, node16+ modules.
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'es2022', module: 'nodenext', strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, verbatimModuleSyntax: true, isolatedModules: true, skipLibCheck: true, noEmit: true, types: [], lib: ['es2022', 'dom'] },
        files: ['harga-jual.ts', 'schema.ts', 'price.ts', 'shape.ts'].map((f) => new URL(`harga-jual/${f}`, examples).pathname),
      }),
    );
    const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  });
});
