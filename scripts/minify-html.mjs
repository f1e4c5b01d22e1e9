// A rollup plugin for the CDN build, after terser: in minified code a raw
// line break only occurs inside a template literal, and ours are Lit html``
// templates whose line breaks and indentation are whitespace between tags or
// in text, which HTML collapses anyway. Each such run becomes one space
// (≈ 0.1 KiB gzip of langkah.js). The Markdown chunk (marked, yaml) is left
// alone. It returns a source map, so the bundle's map still points at the
// right places. A line break beside a block-level tag goes altogether (see
// BLOCK), in every chunk alike: `langkah build --prerender` renders the same
// strings on the server (src/cli/prerender.ts), which Lit's hydration needs.
import { vlq } from './minify-css.mjs';

/**
 * Block-level tags: a line break next to one (`</p>⏎<button`, `>⏎<div`) is
 * whitespace that HTML drops anyway (it ends or starts a block, or sits
 * between flex items), so it goes altogether. Beside an
 * inline tag (`</span>⏎<button`) it stays a space, which shows.
 */
const BLOCK = /^(p|div|section|article|header|footer|nav|fieldset|legend|ul|ol|li|h[1-6]|details|summary|form|table|tr|td|th)$/;

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
          if (!(BLOCK.test(/<\/?([a-z0-9]+)[^<]*>$/.exec(out.slice(-200))?.[1] ?? '') || BLOCK.test(/^<\/?([a-z0-9]+)/.exec(code.slice(j, j + 20))?.[1] ?? ''))) out += ' ';
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
