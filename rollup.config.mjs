// The CDN build: one self-registering file with lit inside, for partner sites
// that embed Langkah with a single <script type="module">. The Markdown parser
// (marked + yaml + the author-error catalog) is split into a chunk that loads
// only when a page fetches raw `.md` at run time.
//
// Input is tsc's output in dist/, so this step needs no TypeScript plugin.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyCss from './scripts/minify-css.mjs';
import minifyHtml from './scripts/minify-html.mjs';

const plugins = () => [
  // `production` picks lit's production build (no dev-mode warnings or checks).
  nodeResolve({ exportConditions: ['production'], browser: true }),
  // Terser does not touch the stylesheets inside css`` literals.
  minifyCss(),
  terser({
    module: true,
    ecma: 2021,
    compress: { passes: 2, pure_getters: true },
    format: { comments: false },
  }),
  // After terser: line breaks and indentation inside html`` templates.
  minifyHtml(),
];

const lessons = {
  input: 'dist/define.js',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'langkah.js',
    chunkFileNames: 'langkah-[name]-[hash].js',
    sourcemap: true,
  },
  // Keeps the bundle self-contained: the script tag gets everything.
  preserveEntrySignatures: false,
  plugins: plugins(),
  onwarn,
};

// xAPI reporting, for pages that report to a Learning Record Store: a file of
// its own, built apart so that it shares no chunk with (and adds no request
// to) the lesson bundle.
const xapi = {
  input: 'dist/xapi.js',
  output: { file: 'dist/cdn/langkah-xapi.js', format: 'es', sourcemap: true },
  plugins: plugins(),
  onwarn,
};

function onwarn(warning, warn) {
  // Lit and zod use `this` at module scope in ways that are harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

// The SCORM runtime of course packages for an LMS, built apart for the same reason.
const scorm = {
  input: 'dist/scorm.js',
  output: { file: 'dist/cdn/langkah-scorm.js', format: 'es', sourcemap: true },
  plugins: plugins(),
  onwarn,
};

const cmi5 = {
  input: 'dist/cmi5.js',
  output: { file: 'dist/cdn/langkah-cmi5.js', format: 'es', sourcemap: true },
  plugins: plugins(),
  onwarn,
};

// The Markdown parser as a module worker, for pages that load raw `.md`
// lessons: parsing leaves the page's main thread (loadLesson falls back to the
// lazy chunk in the page when no worker can start). Self-contained: a worker
// cannot share the lesson bundle's chunks, which register elements.
const markdownWorker = {
  input: 'dist/content/langkah-markdown-worker.js',
  output: { file: 'dist/cdn/langkah-markdown-worker.js', format: 'es', sourcemap: true },
  plugins: plugins(),
  onwarn,
};

export default [lessons, xapi, scorm, cmi5, markdownWorker];
