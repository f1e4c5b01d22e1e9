// Writes the framework declarations into dist/types/, from custom-elements.json
// and with the generators the ecosystem keeps (none of it is written by hand):
// - jsx.d.ts: JSX types for React 19 and Preact (@wc-toolkit/jsx-types);
// - vue.d.ts: Vue's GlobalComponents (custom-element-vuejs-integration);
// - svelte.d.ts: Svelte's element attributes (custom-element-svelte-integration).
// Run after `cem analyze` (npm run build:manifest).
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const outdir = 'dist/types';
// Paths in the generated files are relative to dist/types/.
const globalTypePath = '../index.js';
const common = { outdir, globalTypePath, hideLogs: true };

/**
 * The manifest with each event's type written as an inline import, which the
 * generators copy as it is: the JSX one wants the event's type
 * (`LangkahAnswerEvent`), the Vue and Svelte ones the type of its `detail`
 * (they write `CustomEvent<…>` around it). Named types would each be imported
 * once per element that fires them, and a name imported twice does not compile.
 */
const withEvents = (type) => {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      for (const e of d.events ?? []) e.type = { text: `import('${globalTypePath}').${type(e.type.text)}` };
    }
  }
  return copy;
};
const detail = (event) => event.replace(/Event$/, 'Detail');

/**
 * The Svelte declarations must be a script, not a module (their
 * `svelteHTML` namespace is global), so they import nothing: the manifest's
 * type names (`Lesson`, `Quiz`…, all exported by the package) are written as
 * inline imports there too.
 */
const inline = (copy) => {
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      for (const x of [...(d.attributes ?? []), ...(d.members ?? [])]) {
        if (x.type?.text) x.type.text = x.type.text.replace(/\b[A-Z]\w*/g, (name) => `import('${globalTypePath}').${name}`);
      }
    }
  }
  return copy;
};

generateJsxTypes(withEvents((event) => event), { ...common, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
generateVuejsTypes(withEvents(detail), { ...common, fileName: 'vue.d.ts' });
generateSvelteTypes(inline(withEvents(detail)), { outdir, hideLogs: true, fileName: 'svelte.d.ts' });
// The type-only entries need a module to resolve to at run time too.
for (const name of ['jsx', 'vue', 'svelte']) writeFileSync(`${outdir}/${name}.js`, 'export {};\n');
