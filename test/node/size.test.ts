/**
 * Size budgets, checked on every CI run (sizes, not timings). The script-tag
 * bundle may not grow past its 20 KiB budget; lessons must stay small for 3G.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

describe('size budgets (run after npm run build)', () => {
  it('dist/cdn/langkah.js stays within its ceiling', () => {
    const size = gz(budgets.cdn.file);
    assert.ok(
      size <= budgets.cdn.ceiling,
      `${budgets.cdn.file} is ${kib(size)} gzip, past its ceiling of ${kib(budgets.cdn.ceiling)} (goal ${kib(budgets.cdn.goal)})`,
    );
  });

  it('a typical lesson JSON is at most 6 KiB gzip, and none is past 10 KiB', () => {
    const lessons = walk('dist/modules').filter((f) => f.endsWith('.json') && !f.endsWith('index.json'));
    assert.ok(lessons.length >= 90, `only ${lessons.length} built lessons`);
    const sizes = lessons.map(gz).sort((a, b) => a - b);
    const median = sizes[sizes.length >> 1]!;
    assert.ok(median <= budgets.lessonJsonMedian.ceiling, `median lesson ${kib(median)} gzip`);
    assert.ok(sizes[sizes.length - 1]! <= budgets.lessonJsonLargest.ceiling, `largest lesson ${kib(sizes[sizes.length - 1]!)} gzip`);
  });

  it('zod is only in the Markdown chunk (lessons and courses are checked with shape.ts)', () => {
    for (const file of readdirSync('dist/cdn').filter((f) => f.endsWith('.js') && !f.startsWith('langkah-markdown-'))) {
      const code = readFileSync(join('dist/cdn', file), 'utf8');
      assert.ok(!code.includes('_zod'), `zod found in ${file}: something imports a schema at run time; use the tables in shapes.ts`);
    }
  });

  it('the Markdown parser is not in the script-tag bundle', () => {
    const bundle = readFileSync(budgets.cdn.file, 'utf8');
    // marked's lexer and the author-error catalog live in the lazily loaded chunk.
    assert.ok(!bundle.includes('the lesson has no frontmatter'), 'author error catalog found in langkah.js');
    assert.ok(readdirSync('dist/cdn').some((f) => /^langkah-markdown-.*\.js$/.test(f)), 'no separate Markdown chunk');
  });
});

describe('inline quizzes cost what they should (issue 13)', () => {
  // bench/inline.mjs measures these for BENCHMARKS.md; here they are held to their budget.
  const bench = '../../bench/inline.mjs';

  it('a page with inline quizzes loads langkah.js and one small chunk without the parser, within its budget', async () => {
    const { inlineChunks, parserIn } = await import(bench);
    const chunks: { file: string; gzip: number }[] = inlineChunks();
    assert.deepEqual(chunks.length, 1, `an inline quiz loads ${chunks.map((c) => c.file).join(', ')}: one request after langkah.js`);
    const total = gz(budgets.cdn.file) + chunks[0]!.gzip;
    assert.ok(total <= budgets.inlineQuizPage.ceiling, `an inline quiz page is ${kib(total)} gzip, past ${kib(budgets.inlineQuizPage.ceiling)}`);
    assert.deepEqual(parserIn(readFileSync(join('dist/cdn', chunks[0]!.file), 'utf8')), [], 'the inline chunk carries the Markdown parser');
  });

  it('a plain esbuild single-file bundle of a page that imports langkah carries no Markdown parser', async () => {
    const { APPS, esbuildPage } = await import(bench);
    for (const [name, app] of Object.entries(APPS as Record<string, string>)) {
      const page: { gzip: number; parser: string[] } = await esbuildPage(app);
      assert.deepEqual(page.parser, [], `the ${name} bundle (${kib(page.gzip)} gzip) contains the parser`);
    }
  });
});

describe('xAPI reporting stays out of the lesson bundle', () => {
  it('langkah.js neither contains nor imports the reporting code, which is a file of its own', () => {
    const bundle = readFileSync(budgets.cdn.file, 'utf8');
    assert.ok(!bundle.includes('X-Experience-API-Version'), 'xAPI code found in langkah.js');
    assert.ok(!/langkah-xapi/.test(bundle), 'langkah.js imports the xAPI file');
    const xapi = readFileSync('dist/cdn/langkah-xapi.js', 'utf8');
    assert.ok(xapi.includes('X-Experience-API-Version'));
    assert.ok(!/from\s*["']\.\/langkah/.test(xapi), 'langkah-xapi.js shares a chunk with the lesson bundle');
  });
});
