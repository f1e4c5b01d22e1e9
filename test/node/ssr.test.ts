/**
 * Server rendering (run after npm run build): importing Langkah in Node
 * (Next.js, Astro) does not throw, and under @lit-labs/ssr every element
 * renders its loading placeholder, in the element's language, inside a
 * declarative shadow root that the browser then takes over.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

const node = (...args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });

describe('server rendering (run after npm run build)', () => {
  for (const entry of ['langkah', 'langkah/define.js', 'langkah/define/quiz.js', 'langkah/define/lesson.js', 'langkah/react']) {
    it(`import '${entry}' works in Node`, () => {
      assert.equal(node('--input-type=module', '-e', `await import('${entry}'); console.log('ok')`).trim(), 'ok');
    });
  }

  it('renders a placeholder for each element under @lit-labs/ssr', () => {
    const out = node('test/fixtures/ssr-render.mjs');
    const hosts = [...out.matchAll(/<(langkah-[a-z]+)[^>]*><template shadowroot(?:mode)?="open"[^>]*>([^]*?)<\/template><\/\1>/g)];
    assert.deepEqual(
      hosts.map((h) => h[1]),
      ['langkah-lesson', 'langkah-quiz', 'langkah-checklist', 'langkah-curriculum', 'langkah-roster'],
    );
    const placeholders = hosts.map((h) => h[2]!.replace(/<style>[^]*?<\/style>|<!--[^]*?-->/g, '').replace(/\s+/g, ' ').trim());
    for (const p of placeholders) assert.match(p, /^<div part="base" class="base"><div part="status" class="status" role="status"> <p>(Loading|Memuat)…<\/p> <\/div><\/div>$/);
    // Each in its own language: its `lang`, else Bahasa Indonesia.
    assert.deepEqual(
      placeholders.map((p) => /Loading/.test(p)),
      [true, false, false, false, true],
    );
  });
});
