// A rollup plugin for the CDN build: terser, one chunk at a time, with the
// names between chunks kept short. Rollup names what a chunk shares with the
// others in one or two letters (`export { html as e }`, and in a chunk that
// uses it `import { e as html }`); terser then gives the variable a short name
// of its own, so the bundle ends with some forty `Ve as A` pairs, letters that
// gzip cannot predict. Here terser is told (through its name cache) to give
// each such variable the name it is shared under, so the lists read
// `export{A,B,…}` and `import{s,B,…}`: ≈ 0.1 KiB gzip less in langkah.js, the
// same code. Only names of one or two letters (rollup's own), each once per
// chunk, and never one the chunk uses for a global of the page: terser keeps
// the names in its cache for those variables alone, whatever else it renames.
import { minify } from 'terser';

/** The names a chunk shares, as [its variable, the name it is shared under]: rollup's `export { a as b }` and `import { b as a }`. */
function sharedNames(ast) {
  const pairs = [];
  for (const node of ast.body) {
    if (node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration) for (const s of node.specifiers) pairs.push([s.local.name, s.exported.name]);
    if (node.type === 'ImportDeclaration') for (const s of node.specifiers) if (s.type === 'ImportSpecifier') pairs.push([s.local.name, s.imported.name]);
  }
  return pairs;
}

export default function minifyJs(options) {
  return {
    name: 'langkah-minify-js',
    async renderChunk(code, chunk, output) {
      const pairs = sharedNames(this.parse(code)).filter(([, name]) => name.length <= 2);
      const props = {};
      if (pairs.length) {
        // The globals the chunk reads (`fetch`, `document`…): a variable named like one would hide it.
        const { ast } = await minify(code, { module: true, compress: false, mangle: true, output: { ast: true, code: false } });
        const taken = new Set(ast.globals.keys());
        for (const [local, name] of pairs) {
          if (taken.has(name)) continue;
          taken.add(name);
          props[`$${local}`] = name;
        }
      }
      const result = await minify(code, {
        ...options,
        nameCache: { vars: { props } },
        sourceMap: output.sourcemap ? { asObject: true } : false,
      });
      return { code: result.code, map: result.map };
    },
  };
}
