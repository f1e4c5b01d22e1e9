// What a page with inline quizzes downloads, and what a bundler makes of one.
//  - the CDN page: langkah.js and the chunks an inline <langkah-quiz> loads (found by following imports);
//  - a plain `esbuild --bundle` single-file build (no code splitting) of a page that imports `langkah`
//    and registers only <langkah-quiz>, and of one that imports `langkah/define.js`: neither may
//    carry the Markdown parser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { sizes } from './lib.mjs';

const CDN = 'dist/cdn';
const imports = (file) => [...readFileSync(join(CDN, file), 'utf8').matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]);

/** The chunk `langkah.js` imports for child Markdown, with the chunks it imports in turn (not langkah.js itself). */
export function inlineChunks() {
  const bundle = readFileSync(join(CDN, 'langkah.js'), 'utf8');
  const first = /import\("\.\/(langkah-children-[\w-]+\.js)"\)/.exec(bundle)?.[1];
  if (!first) throw new Error('langkah.js imports no langkah-children chunk: did the inline path move?');
  const seen = new Set([first]);
  for (const f of seen) for (const dep of imports(f)) if (dep !== 'langkah.js') seen.add(dep);
  return [...seen].map((file) => ({ file, ...sizes(join(CDN, file)) }));
}

/** Marks of the lesson parser in a bundle: marked's inline lexer, the author-error catalog, zod. */
export const parserIn = (code) => ['lexInline', 'the lesson has no frontmatter', '_zod'].filter((mark) => code.includes(mark));

/** A single-file esbuild bundle of `contents` (an app's entry), minified. */
export async function esbuildPage(contents) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    conditions: ['production'],
  });
  const code = out.outputFiles[0].text;
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, parser: parserIn(code) };
}

export const APPS = {
  quizOnly: "import { LangkahQuiz } from 'langkah';\ncustomElements.define('langkah-quiz', LangkahQuiz);\n",
  define: "import 'langkah/define.js';\n",
};

export async function inlineBench() {
  const bundle = sizes(join(CDN, 'langkah.js'));
  const chunks = inlineChunks();
  const parser = readdirSync(CDN).find((f) => f === 'langkah-markdown-parser.js');
  return {
    page: { files: ['langkah.js', ...chunks.map((c) => c.file)], gzip: bundle.gzip + chunks.reduce((n, c) => n + c.gzip, 0), brotli: bundle.brotli + chunks.reduce((n, c) => n + c.brotli, 0) },
    chunks,
    parser: parser ? sizes(join(CDN, parser)) : undefined,
    esbuild: { quizOnly: await esbuildPage(APPS.quizOnly), define: await esbuildPage(APPS.define) },
  };
}
