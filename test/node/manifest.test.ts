/**
 * custom-elements.json (run after npm run build): valid against the
 * custom-elements-manifest schema, and complete enough for editors, Storybook
 * and the framework type generators (scripts/framework-types.mjs).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('custom-elements.json');
const schema = read(require.resolve('custom-elements-manifest/schema.json'));

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  members?: Named[];
  attributes?: Named[];
  events?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
  slots?: Named[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
const modules: Module[] = manifest.modules;
const elements = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));
const element = (tag: string) => elements.find((e) => e.tagName === tag)!;
const names = (list: Named[] = []) => list.map((x) => x.name).sort();
const tags = ['langkah-checklist', 'langkah-curriculum', 'langkah-lesson', 'langkah-quiz', 'langkah-roster'];

describe('custom-elements.json (run after npm run build)', () => {
  it('is valid against the custom-elements-manifest schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  });

  it('lists the five elements and not their abstract base', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), tags);
    assert.ok(!elements.some((e) => e.name === 'BlockElement'));
  });

  it('points at the shipped JavaScript, files that exist in dist/', () => {
    const references = JSON.stringify(manifest).match(/"(path|module)":\s*"[^"]*"/g) ?? [];
    for (const ref of references) {
      const path = ref.replace(/^.*"([^"]*)"$/, '$1');
      assert.match(path, /^dist\/.*\.js$/, ref);
      assert.ok(existsSync(path), `${path} is not built`);
    }
  });

  it('says which module registers which tag (custom-element-definition exports)', () => {
    const defined = (path: string) =>
      (modules.find((m) => m.path === path)?.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name).sort();
    assert.deepEqual(defined('dist/define.js'), tags);
    for (const tag of tags) {
      assert.deepEqual(defined(`dist/define/${tag.slice('langkah-'.length)}.js`), [tag]);
      const definition = modules.flatMap((m) => m.exports ?? []).find((e) => e.name === tag)!;
      assert.equal(definition.declaration.module, element(tag).path);
      assert.equal(definition.declaration.name, element(tag).name);
    }
  });

  it('gives every element a description, and every event, attribute, part and slot one', () => {
    for (const e of elements) {
      assert.ok(e.description, `${e.tagName} has no description`);
      for (const x of [...(e.events ?? []), ...(e.attributes ?? []), ...(e.cssParts ?? []), ...(e.slots ?? []), ...(e.cssProperties ?? [])]) {
        assert.ok(x.description, `${e.tagName}: ${x.name} has no description`);
      }
    }
  });

  it('types every event with its class, exported by the package', () => {
    const index = modules.find((m) => m.path === 'dist/index.js')!;
    const exported = new Set((index.exports ?? []).map((e) => e.name));
    for (const e of elements) {
      assert.ok(e.events?.length, `${e.tagName} fires no event`);
      for (const event of e.events!) {
        assert.match(event.type?.text ?? '', /^Langkah\w+Event$/, `${e.tagName}: ${event.name}`);
        assert.ok(exported.has(event.type!.text), `${event.type!.text} is not exported by langkah`);
      }
    }
    assert.deepEqual(names(element('langkah-lesson').events), ['langkah-answer', 'langkah-complete', 'langkah-error', 'langkah-progress']);
  });

  it('lists the whole theme for every element (custom properties inherit into all of them)', () => {
    const theme = [...new Set(readFileSync('src/elements/shared/base.styles.ts', 'utf8').match(/var\(--langkah-[\w-]+/g))].map((v) => v.slice(4)).sort();
    assert.ok(theme.length >= 17);
    for (const e of elements) assert.deepEqual(names(e.cssProperties), theme, e.tagName);
  });

  it('lists the parts each element renders', () => {
    for (const e of elements) {
      const source = readFileSync(e.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), 'utf8');
      const rendered = [...new Set([...source.matchAll(/part="([\w-]+)"/g)].map((m) => m[1]!))];
      for (const part of rendered) assert.ok(names(e.cssParts).includes(part), `${e.tagName} renders part "${part}" that the manifest does not list`);
    }
  });

  it('lists content input: the quiz and checklist read a child <template>, the lesson has a "next" slot', () => {
    for (const tag of ['langkah-quiz', 'langkah-checklist']) {
      const [slot] = element(tag).slots ?? [];
      assert.equal(slot?.name, '');
      assert.match(slot?.description ?? '', /<template>.*text\/markdown/);
    }
    assert.deepEqual(names(element('langkah-lesson').slots), ['next']);
  });

  it('shows the public API only: no private, protected or internal members', () => {
    for (const e of elements) {
      for (const m of e.members ?? []) assert.ok(!m.privacy || m.privacy === 'public', `${e.tagName}: ${m.name} is ${m.privacy}`);
      for (const name of ['progress', 'step', 'drafts', 'changed', 'checkPending', 'scope', 'elements', 't', 'own', 'loader']) {
        assert.ok(!names(e.members).includes(name), `${e.tagName} lists ${name}`);
      }
    }
    assert.deepEqual(names(element('langkah-quiz').members), ['data', 'lang', 'src']);
    assert.equal(element('langkah-quiz').members!.find((m) => m.name === 'data')!.type!.text, 'Quiz | undefined');
    assert.deepEqual(names(element('langkah-lesson').members), ['dataSaver', 'lang', 'lesson', 'redo', 'src']);
  });

  it('gives every element a lang attribute, curriculum and roster too', () => {
    for (const e of elements) assert.ok(names(e.attributes).includes('lang'), `${e.tagName} has no lang attribute`);
  });
});
