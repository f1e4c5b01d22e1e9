// A rollup plugin for the CDN build: collapses the whitespace and comments
// inside our css`` template literals, which terser leaves alone. It touches
// only our own modules (not node_modules) and only css`` literals without
// interpolations or escapes; everything else is copied as is. It returns a
// source map, so the bundle's map still points at the right places. The
// minifier itself is src/cli/minify-css.ts, which `langkah build --prerender`
// applies to a fragment's styles too: loaded here from tsc's output in dist/
// (the CDN build's input, so it is there), when the build starts.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const vlq = (n) => {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let d = v & 31;
    v >>>= 5;
    if (v) d |= 32;
    s += B64[d];
  } while (v);
  return s;
};

/** @type {(css: string) => string} */
let minifyCss;

export default function minifyCssPlugin() {
  return {
    name: 'langkah-minify-css',
    async buildStart() {
      ({ minifyCss } = await import('../dist/cli/minify-css.js'));
    },
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('css')) return null;
      const re = /\bcss ?`([^`$\\]*)`/g;
      let out = '';
      let at = 0;
      // Mappings: per output line, [output column, source line, source column].
      const lines = [[]];
      let srcLine = 0;
      let srcCol = 0;
      let changed = false;
      for (const m of code.matchAll(re)) {
        const min = minifyCss(m[1]);
        if (min === m[1]) continue;
        changed = true;
        const open = m[0].length - m[1].length - 1; // `css\`` or `css \``
        copyText(code.slice(at, m.index + open));
        // The stylesheet: one mapping at its start, then skip its source.
        lines[lines.length - 1].push([out.length - out.lastIndexOf('\n') - 1, srcLine, srcCol]);
        out += min;
        for (const ch of m[1]) {
          if (ch === '\n') {
            srcLine++;
            srcCol = 0;
          } else srcCol++;
        }
        at = m.index + open + m[1].length;
      }
      if (!changed) return null;
      copyText(code.slice(at));

      function copyText(text) {
        const parts = text.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) {
            out += '\n';
            lines.push([]);
            srcLine++;
            srcCol = 0;
          }
          const col = out.length - out.lastIndexOf('\n') - 1;
          for (const t of part.matchAll(/\S+/g)) lines[lines.length - 1].push([col + t.index, srcLine, srcCol + t.index]);
          out += part;
          srcCol += part.length;
        });
      }

      let prevLine = 0;
      let prevCol = 0;
      const mappings = lines
        .map((segs) => {
          let prevGen = 0;
          return segs
            .map(([gen, line, col]) => {
              // Always source 0, so its delta is always A.
              const s = vlq(gen - prevGen) + 'A' + vlq(line - prevLine) + vlq(col - prevCol);
              prevGen = gen;
              prevLine = line;
              prevCol = col;
              return s;
            })
            .join(',');
        })
        .join(';');
      return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings } };
    },
  };
}
