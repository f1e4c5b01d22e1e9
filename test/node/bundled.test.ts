/**
 * A partner app bundled into one file with a plain `esbuild --bundle` (no
 * code splitting), run in Chromium: an inline quiz shows without the Markdown
 * parser, which the bundle does not contain; a quiz with a mistake is
 * reported by its code and line while the parser is not served, and with the
 * lesson parser's full message once `langkah-markdown-parser.js` is copied
 * beside the bundle, as docs/embedding.md tells partners to do.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import type { Problem } from '../../src/content/errors.js';
import { chromium, ROOT, serve, stop, WAIT } from './pack-helpers.js';
import { removeTemp } from './helpers.js';

const APP = `import { LangkahQuiz } from 'langkah';
customElements.define('langkah-quiz', LangkahQuiz);
window.errors = [];
addEventListener('langkah-error', (e) => window.errors.push(e.detail));
`;

const PAGE = `<!doctype html><html lang="id"><meta charset="utf-8"><title>Kuis</title>
<script type="module" src="app.js"></script>
<langkah-quiz id="baik"><template>
? Di mana **balasan cepat** disimpan?
- [x] Di menu \`/bayar\`
- [ ] Di galeri
</template></langkah-quiz>
<langkah-quiz id="salah"><template>
? Mana yang benar?
- [x] Ini
- [x] Itu
</template></langkah-quiz>
`;

describe('an app bundled into one file with esbuild', () => {
  let dir: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>> | undefined;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'langkah-bundled-'));
    await build({ stdin: { contents: APP, resolveDir: ROOT }, bundle: true, format: 'esm', outfile: join(dir, 'app.js'), logLevel: 'silent' });
    writeFileSync(join(dir, 'index.html'), PAGE);
    server = await serve(dir, '.');
    browser = await chromium();
  });
  after(async () => {
    await browser?.close();
    await stop(server?.child);
    removeTemp(dir);
  });

  async function open() {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(`http://127.0.0.1:${server!.port}/index.html`, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction(`document.getElementById('baik').shadowRoot?.querySelector('fieldset strong')`, WAIT);
    await page.waitForFunction('window.errors.length > 0', WAIT);
    const problems = (await page.evaluate('window.errors[0].problems')) as Problem[];
    await page.close();
    return { problems, fetched: fetched.map((u) => u.replace(/^.*\//, '')) };
  }

  it('shows an inline quiz, and names a mistake by code and line when the parser is not served', async () => {
    const { problems, fetched } = await open();
    assert.deepEqual(problems, [{ code: 'question-one-correct', severity: 'error', message: 'question-one-correct', file: 'inline', line: 2 }]);
    // The bundle is the page's one script; only the mistake asked for the parser.
    assert.deepEqual(fetched.filter((f) => f.endsWith('.js')).sort(), ['app.js', 'langkah-markdown-parser.js']);
  });

  it('explains the mistake in full once the parser is served beside the bundle', async () => {
    copyFileSync(join(ROOT, 'dist/cdn/langkah-markdown-parser.js'), join(dir, 'langkah-markdown-parser.js'));
    const { problems } = await open();
    assert.equal(problems.length, 1);
    assert.deepEqual(
      { ...problems[0], hint: undefined },
      { code: 'question-one-correct', severity: 'error', message: 'a single-choice question needs exactly one correct option, this one has 2', hint: undefined, file: 'inline', line: 2, col: 1 },
    );
  });
});
