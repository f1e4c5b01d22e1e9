/**
 * Docs that cannot drift: what the code knows (error codes, CLI options) is
 * written into docs/ by `npm run docs`, and these tests fail while a page is
 * stale or something a user meets is documented nowhere.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { blocksIn, PAGES, render, SEE } from '../../scripts/docs.js';
import { CATALOG } from '../../src/content/errors.js';
import { OPTIONS, USAGE } from '../../src/cli/main.js';

const read = (file: string) => readFileSync(file, 'utf8');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Kebab-case literals in these places that are not problem codes (each says what it is). */
const NOT_CODES: Record<string, string> = {
  'json-syntax': 'a built lesson that is not JSON: the browser loader reports it to the host page; no author writes JSON',
  'content-type': 'an HTTP header',
  'true-false': 'a question kind',
  'utf-8': 'an encoding',
  'offline-status': 'an element id in a course pack page',
  'data-course': 'an attribute of a course pack\'s lesson page and of langkah-resume.js',
  'langkah-quiz': 'an element name, in langkah-resume.js',
  'langkah-checklist': 'an element name, in langkah-resume.js',
  'data-q': 'a quiz\'s question attribute, read by langkah-resume.js',
  'data-resumed': 'an attribute langkah-resume.js sets on the step it opens for a returning learner, and on each lesson it has dealt with',
  'data-content': 'an attribute of a prerendered lesson: the version of its content, for langkah-resume.js',
  'langkah-curriculum': 'a tag name the course pack page looks up',
  'lesson-open': 'an attribute the course pack page follows',
};

describe('generated docs', () => {
  for (const file of PAGES) {
    it(`${file} is what \`npm run docs\` makes of today's code`, () => {
      const page = read(file);
      assert.equal(render(page), page, `${file} is stale: run npm run docs`);
    });
  }

  it('docs/authoring.md holds the error table, a line of check output and the whole --help', () => {
    assert.deepEqual(blocksIn(read('docs/authoring.md')).sort(), ['check-output', 'errors', 'usage']);
  });

  it('every code in the catalog has a row in the error table of docs/authoring.md', () => {
    const page = read('docs/authoring.md');
    const missing = Object.keys(CATALOG).filter((code) => !page.includes(`| \`${code}\` |`));
    assert.deepEqual(missing, []);
  });

  it('points only codes of the catalog at further reading', () => {
    assert.deepEqual(Object.keys(SEE).filter((code) => !(code in CATALOG)), []);
  });

  it('every problem code the checker reports is in the catalog, and so in the docs', () => {
    // A code reaches an author as the first argument of problem()/report()/tooMany(),
    // the message of a zod check, or a `code:` field.
    const used = new Map<string, string>();
    for (const file of [...walk('src/content'), ...walk('src/cli')].filter((f) => f.endsWith('.ts') && !f.endsWith('errors.ts'))) {
      for (const m of read(file).matchAll(/(?:[(,]|\bcode:|\bmessage:)\s*'([a-z]+(?:-[a-z0-9]+)+)'/g)) used.set(m[1]!, file);
    }
    assert.ok(used.has('question-no-correct') && used.has('text-empty') && used.has('asset-type'), 'the scan finds codes');
    const unknown = [...used].filter(([code]) => !(code in CATALOG) && !(code in NOT_CODES));
    assert.deepEqual(unknown, [], 'add these codes to src/content/errors.ts (then npm run docs), or to NOT_CODES here if they are no codes');
  });
});

describe('CLI options', () => {
  it('--help lists every option the command accepts, with its short form', () => {
    const options = USAGE.slice(USAGE.indexOf('\nOptions:'));
    for (const [name, o] of Object.entries(OPTIONS)) {
      const short = 'short' in o ? `-${o.short}, ` : '';
      assert.match(options, new RegExp(`^ {2}${short}--${name}\\b`, 'm'), `--${name} is not in the Options of --help`);
    }
  });

  it('every option is documented in docs/, not only in --help', () => {
    const docs = readdirSync('docs').map((f) => read(join('docs', f))).join('\n');
    for (const name of Object.keys(OPTIONS)) assert.ok(docs.includes(`--${name}`), `--${name}`);
  });
});

describe('elements in docs/embedding.md (run after npm run build, which writes custom-elements.json)', () => {
  interface Declaration {
    tagName?: string;
    attributes?: { name: string }[];
    events?: { name: string }[];
    cssParts?: { name: string }[];
    members?: { kind: string; name: string; static?: boolean; privacy?: string; attribute?: string }[];
  }
  const manifest = JSON.parse(read('custom-elements.json')) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const page = read('docs/embedding.md');
  /** The `## <langkah-x>` section of the page. */
  const section = (tag: string) => page.split(/\n(?=## )/).find((s) => s.startsWith(`## \`<${tag}>\``)) ?? '';
  /** Rows of the ::part() table: element names (or "all") and the part. */
  const partRows = [...page.matchAll(/^\| ([a-z, ]+) \| `([a-z-]+)` \|/gm)].map((m) => ({ who: m[1]!.split(', '), part: m[2]! }));
  // Public in the class only for the lesson that hosts them (issue 13 item 4 makes them private): not for pages.
  const HOST_ONLY = new Set(['progress', 'step', 'drafts', 'changed']);

  it('finds the five elements in the manifest', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ['langkah-checklist', 'langkah-curriculum', 'langkah-lesson', 'langkah-quiz', 'langkah-roster']);
  });

  for (const el of elements) {
    const tag = el.tagName!;
    const short = tag.replace('langkah-', '');
    it(`documents every attribute, property, event and part of <${tag}>`, () => {
      const text = section(tag);
      assert.ok(text, `docs/embedding.md has no "## \`<${tag}>\`" section`);
      for (const a of el.attributes ?? []) assert.match(text, new RegExp(`^\\| \`${a.name}\` \\|`, 'm'), `attribute ${a.name}`);
      const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.attribute && !HOST_ONLY.has(m.name));
      for (const f of fields) assert.match(text, new RegExp(`^\\| [^|]+ \\| \`${f.name}\` \\|`, 'm'), `property ${f.name}`);
      for (const e of el.events ?? []) {
        assert.ok(text.includes(`\`${e.name}\``), `event ${e.name} in the section of <${tag}>`);
        assert.match(page, new RegExp(`^\\| \`${e.name}\` \\|`, 'm'), `event ${e.name} in the table of events`);
      }
      const parts = (el.cssParts ?? []).map((p) => p.name).sort();
      const documented = partRows.filter((r) => r.who.includes(short) || r.who.includes('all')).map((r) => r.part).sort();
      assert.deepEqual(documented, parts, `the ::part() table lists exactly the parts of <${tag}>`);
    });
  }
});

describe('one embed path in README.md and docs/', () => {
  it('loads the script from /langkah/cdn/ and the lessons from /langkah/modules/ everywhere', () => {
    const pages = ['README.md', ...readdirSync('docs').map((f) => join('docs', f))];
    const wrong = pages.flatMap((file) =>
      [...read(file).matchAll(/(?:src|href)="([^"]*?(?:langkah[\w-]*\.js|\/modules\/[^"]*))"/g)]
        .map((m) => m[1]!)
        // langkah-resume.js: written by langkah build --prerender beside the fragments, relative as they are.
        .filter((url) => !/^\/langkah\/(?:cdn\/langkah[\w-]*\.js|modules\/(?:id|en)\/)/.test(url) && url !== 'langkah-resume.js')
        .map((url) => `${file}: ${url}`),
    );
    assert.deepEqual(wrong, []);
  });
});

describe('public exports', () => {
  // Every entry a user can import: the package's exports with types, and the SCORM and cmi5 runtimes' sources.
  const pkg = JSON.parse(read('package.json')) as { exports: Record<string, string | { types?: string }> };
  const entries = [
    ...Object.values(pkg.exports)
      // Not the generated declarations: dist/types/ comes from custom-elements.json (held by the manifest tests),
      // and dist/cdn/*.d.ts re-exports a source entry's types (rollup.config.mjs).
      .flatMap((e) => (typeof e === 'object' && e.types && !/^\.\/dist\/(types|cdn)\//.test(e.types) ? [e.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')] : []))
      // A pattern entry (`./define/*.js`) stands for every source file it matches.
      .flatMap((f) => (f.includes('*') ? readdirSync(dirname(f)).filter((n) => n.endsWith('.ts')).map((n) => `${dirname(f)}/${n}`) : [f])),
    'src/scorm.ts',
    'src/cmi5.ts',
  ];

  it('each has a doc comment on the module and on every export', async () => {
    const { default: ts } = await import('typescript');
    const program = ts.createProgram(entries, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    for (const entry of entries) {
      const file = program.getSourceFile(entry);
      assert.ok(file, `${entry} is not a source file`);
      if (!/^\s*\/\*\*/.test(file.text)) missing.push(`${entry}: the module itself`);
      const module = checker.getSymbolAtLocation(file);
      for (const symbol of module ? checker.getExportsOfModule(module) : []) {
        const real = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const doc = ts.displayPartsToString(real.getDocumentationComment(checker)).trim();
        const summary = real.getJsDocTags(checker).some((t) => t.name === 'summary');
        if (!doc && !summary) missing.push(`${entry}: ${symbol.name}`);
      }
    }
    assert.ok(entries.includes('src/index.ts') && entries.includes('src/content/index.ts'), entries.join());
    assert.deepEqual(missing, [], 'write a one-line /** doc */ above each of these declarations');
  });
});
