// The CDN build: one self-registering file with lit inside, for partner sites
// that embed Langkah with a single <script type="module">. The Markdown parser
// (marked + yaml + zod + the author-error catalog) is a file of its own that
// loads only when a page fetches raw `.md` at run time, or meets inline quiz
// Markdown that the small parser (in the inline chunk) hands over.
//
// Input is tsc's output in dist/, so this step needs no TypeScript plugin.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyCss from './scripts/minify-css.mjs';
import minifyHtml from './scripts/minify-html.mjs';
import minifyJs from './scripts/minify-js.mjs';

const plugins = () => [
  // `production` picks lit's production build (no dev-mode warnings or checks).
  nodeResolve({ exportConditions: ['production'], browser: true }),
  // Terser does not touch the stylesheets inside css`` literals.
  minifyCss(),
  // Terser, with the names chunks share kept short (see the script).
  minifyJs({
    module: true,
    ecma: 2021,
    compress: { passes: 2, pure_getters: true },
    format: { comments: false },
  }),
  // After terser: line breaks and indentation inside html`` templates.
  minifyHtml(),
];

/**
 * Writes `<name>.d.ts` beside a bundle: the types of the module it was built
 * from (`export type *` for the lesson bundle, which exports nothing and only
 * registers the elements), so `import 'langkah/cdn/langkah.js'` is typed.
 */
const types = (name, from, only = '') => ({
  name: 'langkah-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export ${only}* from '${from}';\n` });
  },
});

/**
 * The content rules (`content/rules.js`) are not in the lesson bundle: only
 * the shape tables that call them bring them (shape.ts). The lesson table's
 * chunk and the inline quizzes' chunk both need them, which would make them
 * a chunk of their own, one more request for a page with inline quizzes.
 * So the inline chunk gets a copy of its own: the same source, read twice
 * (≈ 0.3 KB gzip more only on a page that has both).
 */
const inlineRules = {
  name: 'langkah-inline-rules',
  async resolveId(source, importer) {
    if (source !== './rules.js' || !/content[\\/](block-shapes|snippet)\.js$/.test(importer ?? '')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && `${resolved.id}?inline`;
  },
  load(id) {
    return id.endsWith('?inline') ? readFileSync(id.slice(0, -'?inline'.length), 'utf8') : null;
  },
};

/**
 * lit's two messages for a misuse of css`` (a CSSResult constructed by hand, a
 * value that is no css`` result put in one), which Langkah's own code never
 * makes, shortened in the lesson bundle: 0.1 KB gzip less for every page,
 * room that issue 12's fixes needed (nav12). The error is still thrown.
 */
const litMessages = {
  name: 'langkah-lit-messages',
  transform(code, id) {
    if (!/@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) return null;
    const short = code
      .replace('"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"lit: css"')
      .replace(/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/, '"lit: css "+$1');
    if (short.length > code.length - 150) this.error('lit\'s css-tag.js changed: update langkah-lit-messages in rollup.config.mjs');
    return { code: short, map: null };
  },
};

const lessons = {
  input: 'dist/define.js',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'langkah.js',
    chunkFileNames: 'langkah-[name]-[hash].js',
    // Maps for debugging here, but no sourceMappingURL comment: the maps are not
    // shipped (a phone on 3G has no use for them), so the comment would point at nothing.
    sourcemap: 'hidden',
  },
  // Keeps the bundle self-contained: the script tag gets everything, and a
  // page's own script can import registerStepType and registerTranslation.
  preserveEntrySignatures: 'allow-extension',
  plugins: [inlineRules, litMessages, ...plugins(), types('langkah', '../define.js')],
  onwarn,
};

/**
 * A file of its own, built apart from the lesson bundle so that it shares no
 * chunk with it (and adds no request to it), for pages that need it:
 * - langkah-xapi.js: reporting to a Learning Record Store;
 * - langkah-scorm.js, langkah-cmi5.js: the runtimes of SCORM and cmi5 packages;
 * - langkah-markdown-worker.js: the Markdown parser as a module worker, for
 *   pages that load raw `.md` lessons (a worker cannot share the lesson
 *   bundle's chunks, which register elements);
 * - langkah-markdown-parser.js: the same parser for the page itself (when no
 *   worker can start, and for inline quizzes beyond the small parser). Apart
 *   from the lesson bundle, the quiz grammar both use stays in the one chunk
 *   that inline quizzes load, instead of a chunk shared with the parser.
 * - langkah-builder.js: the course builder page, for trainers (lit, zod and
 *   fflate inside: it checks a course as `langkah check` does and zips packs);
 * - langkah-course-link.js: the course page of a builder's link (with
 *   langkah.js for <langkah-curriculum>).
 */
const standalone = (input, name, extra = []) => ({
  input,
  output: { file: `dist/cdn/${name}`, format: 'es', sourcemap: 'hidden' },
  plugins: [...plugins(), types(name.replace(/\.js$/, ''), `../${input.slice(5)}`), ...extra],
  onwarn,
});

/**
 * The course builder's pages for the npm package (dist/builder/index.html and
 * course.html and its service worker course-sw.js, beside tsc's output): with the package's dist/ served as a
 * folder, /builder/ is the builder and its links open on /builder/course.html.
 */
const builderPages = () => ({
  name: 'langkah-builder-pages',
  writeBundle() {
    mkdirSync('dist/builder', { recursive: true });
    for (const page of ['index.html', 'course.html', 'course-sw.js']) copyFileSync(`src/builder/${page}`, `dist/builder/${page}`);
  },
});

function onwarn(warning, warn) {
  // Lit and zod use `this` at module scope in ways that are harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  lessons,
  standalone('dist/xapi.js', 'langkah-xapi.js'),
  standalone('dist/scorm.js', 'langkah-scorm.js'),
  standalone('dist/cmi5.js', 'langkah-cmi5.js'),
  standalone('dist/content/langkah-markdown-worker.js', 'langkah-markdown-worker.js'),
  standalone('dist/content/langkah-markdown-parser.js', 'langkah-markdown-parser.js'),
  standalone('dist/builder/page.js', 'langkah-builder.js', [builderPages()]),
  standalone('dist/builder/link-page.js', 'langkah-course-link.js'),
];
