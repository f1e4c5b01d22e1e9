/**
 * The minified text of one stylesheet, as the CDN build writes the elements'
 * css`` literals (scripts/minify-css.mjs loads this file, compiled, from
 * dist/cli/) and as `langkah build --prerender` writes a fragment's styles
 * (prerender.ts): one function, so the two never differ. Safe for the CSS we
 * write: no `/*` or `{};,>` inside strings. Values of custom properties, and
 * values that use `var()`, are kept token for token (only their runs of
 * blanks become one space), since the browser keeps those as written: the
 * parsed stylesheet is the same as before.
 */
export function minifyCss(css: string): string {
  const kept: string[] = [];
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/([\w-]+ ?: ?)([^;{}]*)/g, (all, name: string, value: string) =>
      name.startsWith('--') || value.includes('var(') ? `${name}\0${kept.push(value.trim()) - 1}\0` : all,
    )
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([ :,(])0\.(\d)/g, '$1.$2')
    .replace(/\0(\d+)\0/g, (_, i: string) => kept[Number(i)]!)
    .trim();
}
