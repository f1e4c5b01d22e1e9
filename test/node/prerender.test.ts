/**
 * `langkah build --prerender` (src/cli/prerender.ts): a fragment beside each
 * lesson's JSON, its template strings as the CDN bundle minifies them, and
 * the browser test's page (test/fixtures/prerendered/) up to date.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import minifyHtml from '../../scripts/minify-html.mjs';
import { FIXTURE_DIR, prerenderFixture } from '../../scripts/prerender-fixture.js';
import { minifyStrings } from '../../src/cli/prerender.js';
import { module, removeTemp, run } from './helpers.js';

const temps: string[] = [];
after(() => temps.forEach(removeTemp));

describe('langkah build --prerender', () => {
  it('writes each lesson\'s first step as a fragment beside its JSON, and the stylesheet it links', async () => {
    const src = module();
    temps.push(src);
    const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
    temps.push(join(out, '..'));
    const { code, err } = await run('build', src, '--prerender', '--out', out);
    assert.equal(code, 0, err.join('\n'));
    for (const lang of ['id', 'en']) {
      const html = readFileSync(join(out, lang, 'contoh', 'pelajaran.html'), 'utf8');
      const lesson = JSON.parse(readFileSync(join(out, lang, 'contoh', 'pelajaran.json'), 'utf8'));
      assert.match(html, new RegExp(`^<langkah-lesson prerendered lang="${lang}" src="${lang}/contoh/pelajaran.json" data-record="lesson:contoh/pelajaran@${lang}"><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="langkah-lesson.css">`));
      assert.ok(html.includes(`<!--lit-part-->${lesson.steps[0].title}<!--/lit-part-->`), 'the first step\'s title');
      assert.ok(!html.includes(lesson.steps[1]?.title ?? '\u0000'), 'only the first step');
      assert.doesNotMatch(html, /<style|<script/);
    }
    assert.match(readFileSync(join(out, 'langkah-lesson.css'), 'utf8'), /:host/);
    // The returning learner's script for the page's head (test/browser/prerender.test.ts runs it).
    assert.match(readFileSync(join(out, 'langkah-resume.js'), 'utf8'), /langkah-lesson\[prerendered\]\[data-record=/);
    // The build lists what it wrote: a later build replaces the fragments too.
    assert.match(readFileSync(join(out, '.langkah-build'), 'utf8'), /id\/contoh\/pelajaran\.html/);
  });

  it('writes template strings as scripts/minify-html.mjs leaves them in any chunk of the bundle', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<span>', '</span>', '<button', '>', ' class="x"', 'text', '\n', '\n      ', '\n\t', ' ', '<nav>', '</li>', '<h3>', '</b>');
    const strings = fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(strings, (parts) => {
        const code = `const a=1;x\`${parts.join('${a}')}\`;`;
        const bundled = (minifyHtml().renderChunk(code, { name: 'parts', isEntry: false, fileName: 'langkah-parts.js' }) as { code: string } | null)?.code ?? code;
        assert.equal(bundled, `const a=1;x\`${minifyStrings(parts).join('${a}')}\`;`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the browser test\'s page up to date (node --import tsx scripts/prerender-fixture.ts writes it)', async () => {
    for (const [name, text] of Object.entries(await prerenderFixture())) assert.equal(readFileSync(join(FIXTURE_DIR, name), 'utf8'), text, `${FIXTURE_DIR}/${name} is stale`);
  });
});
