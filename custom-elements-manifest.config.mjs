// custom-elements.json describes what npm users get: the shipped dist/*.js,
// the public API of each element and nothing internal. The analyzer reads the
// TypeScript sources; the plugin below turns what it finds into that.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** `src/x/y.ts` → `dist/x/y.js`; `./y.js` in `src/x/z.ts` → `dist/x/y.js`. */
const shipped = (path, from = '') => {
  const full = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  return full.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
};

/** Every `module` reference in a module of the manifest, rewritten to the shipped file. */
function relink(node, from) {
  if (Array.isArray(node)) return node.forEach((n) => relink(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'module' && typeof v === 'string') node[k] = shipped(v, from);
    else relink(v, from);
  }
}

/** `--langkah-*` properties and their descriptions, from the JSDoc of the shared theme. */
function theme() {
  const source = readFileSync('src/elements/shared/base.styles.ts', 'utf8');
  return [...source.matchAll(/@cssproperty (--langkah-[\w-]+) - (.+)/g)].map(([, name, description]) => ({ name, description }));
}

/** The name under which every event class is exported: `langkah-answer` → `LangkahAnswerEvent` in dist/events/answer.js. */
const eventClass = (name) => {
  const word = name.replace(/^langkah-/, '');
  return { name: `Langkah${word[0].toUpperCase()}${word.slice(1)}Event`, module: `dist/events/${word}.js` };
};

const internal = new Set();
/** Type parameters of generic classes (`BlockElement<B>`), and the arguments subclasses give them. */
const parameters = new Map();
const argumentsOf = new Map();

export default {
  globs: ['src/**/*.ts'],
  // src/builder/: the course builder page's own file (langkah-builder.js), not part of the npm API.
  exclude: ['src/cli/**', 'src/internal/**', 'src/builder/**'],
  litelement: true,
  plugins: [
    {
      name: 'langkah-manifest',
      // Members marked `@internal` in their JSDoc: the analyzer keeps them as public.
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        if (node.typeParameters) parameters.set(node.name.text, node.typeParameters.map((p) => p.name.text));
        const base = node.heritageClauses?.[0]?.types[0];
        if (base?.typeArguments) argumentsOf.set(node.name.text, base.typeArguments.map((a) => a.getText()));
        for (const member of node.members) {
          if (member.name && ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) {
            internal.add(`${node.name.text}.${member.name.getText()}`);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const css = theme();
        const definitions = [];
        for (const mod of customElementsManifest.modules) {
          relink(mod.declarations, mod.path);
          relink(mod.exports, mod.path);
          mod.path = shipped(mod.path);
          for (const d of mod.declarations ?? []) {
            // The abstract base of quiz and checklist is no element of its own.
            if (d.kind === 'class' && d.customElement && !d.tagName) delete d.customElement;
            if (!d.customElement) continue;
            definitions.push({ tag: d.tagName, name: d.name, module: mod.path });
            // Private, protected and `@internal` members are not part of the API.
            const hidden = (m) => m.privacy === 'private' || m.privacy === 'protected' || internal.has(`${d.name}.${m.name}`) || internal.has(`${m.inheritedFrom?.name}.${m.name}`);
            const gone = new Set((d.members ?? []).filter(hidden).map((m) => m.name));
            d.members = (d.members ?? []).filter((m) => !gone.has(m.name));
            // `data: B` inherited from `BlockElement<B>` is `data: Quiz` in `LangkahQuiz`.
            const names = parameters.get(d.superclass?.name) ?? [];
            const given = argumentsOf.get(d.name) ?? [];
            for (const x of [...d.members, ...(d.attributes ?? [])]) {
              if (x.type?.text) x.type = { ...x.type, text: names.reduce((t, n, i) => t.replace(new RegExp(`\\b${n}\\b`, 'g'), given[i] ?? 'unknown'), x.type.text) };
            }
            // `static properties` entries with `state: true` are listed as attributes too.
            d.attributes = (d.attributes ?? []).filter((a) => !gone.has(a.fieldName));
            // `@attr lang` (curriculum, roster): HTMLElement's own `lang` property.
            for (const a of d.attributes) {
              if (a.name === 'lang' && !a.fieldName) {
                a.fieldName = 'lang';
                if (!d.members.some((m) => m.name === 'lang')) d.members.push({ kind: 'field', name: 'lang', type: a.type, description: a.description, attribute: 'lang' });
              }
            }
            // `dispatchEvent(new LangkahXEvent(…))` is recorded as an event without a name;
            // the names come from the JSDoc @event tags, the types from the naming rule of src/events.
            d.events = (d.events ?? []).filter((e) => e.name).map((e) => ({ ...e, type: { text: eventClass(e.name).name, references: [{ ...eventClass(e.name), package: 'langkah', start: 0, end: eventClass(e.name).name.length }] } }));
            // Custom properties inherit: the whole theme reaches every element.
            const own = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
            d.cssProperties = css.map((p) => ({ ...p, ...own.get(p.name), description: own.get(p.name)?.description ?? p.description }));
            d.description ||= d.summary;
          }
        }
        // What `langkah/define.js` and `langkah/define/<name>.js` register.
        const entries = [['dist/define.js', ['langkah-quiz', 'langkah-checklist', 'langkah-lesson', 'langkah-curriculum', 'langkah-roster']]];
        for (const { tag } of definitions) {
          const name = tag.replace(/^langkah-/, '');
          entries.push([`dist/define/${name}.js`, [tag]]);
        }
        for (const [path, tags] of entries) {
          const mod = customElementsManifest.modules.find((m) => m.path === path);
          if (!mod) throw new Error(`custom-elements.json: no module ${path}`);
          // Their `export type` lines carry types, not JavaScript.
          mod.exports = [
            ...definitions.filter((d) => tags.includes(d.tag)).map((d) => ({ kind: 'custom-element-definition', name: d.tag, declaration: { name: d.name, module: d.module } })),
          ];
        }
      },
    },
  ],
};
