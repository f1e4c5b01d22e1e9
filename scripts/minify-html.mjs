// A rollup plugin for the CDN build, after terser: in minified code a raw
// line break only occurs inside a template literal, and ours are Lit html``
// templates whose line breaks and indentation are whitespace between tags or
// in text, which HTML collapses anyway. Each such run becomes one space
// (≈ 0.1 KiB gzip of langkah.js). The Markdown chunk (marked, yaml) is left
// alone. It returns a source map, so the bundle's map still points at the
// right places.
import { vlq } from './minify-css.mjs';

export default function minifyHtmlPlugin() {
  return {
    name: 'langkah-minify-html',
    renderChunk(code, chunk) {
      if (chunk.name.includes('markdown') || !code.includes('\n')) return null;
      let out = '';
      let line = 0;
      let col = 0;
      const segs = [];
      for (let i = 0; i < code.length; i++) {
        const ch = code[i];
        if (ch === '\n') {
          let j = i + 1;
          while (j < code.length && /[ \t]/.test(code[j])) j++;
          out += ' ';
          line++;
          col = j - i - 1;
          i = j - 1;
          continue;
        }
        if (ch !== ' ') segs.push([out.length, line, col]);
        out += ch;
        col++;
      }
      let prevGen = 0;
      let prevLine = 0;
      let prevCol = 0;
      const mappings = segs
        .map(([gen, l, c]) => {
          const s = vlq(gen - prevGen) + 'A' + vlq(l - prevLine) + vlq(c - prevCol);
          [prevGen, prevLine, prevCol] = [gen, l, c];
          return s;
        })
        .join(',');
      return { code: out, map: { version: 3, sources: [chunk.fileName], names: [], mappings } };
    },
  };
}
