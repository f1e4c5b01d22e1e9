/**
 * Writes test/fixtures/prerendered/: a page with a lesson prerendered by
 * `langkah build --prerender`'s renderer (test/fixtures/built/id/uji/latihan.json),
 * under a strict Content-Security-Policy (index.html lists the hash of the
 * fragment's `<style>`, no-hash.html does not), with the returning learner's
 * langkah-resume.js in its head and without any other script of Langkah's:
 * the browser test adds the bundle itself (test/browser/prerender.test.ts).
 * no-recording.html is the same page with test/fixtures/built/id/uji/singkat.json,
 * whose first step has no recording: read aloud by the device's voice, if any.
 * kuis.html: test/fixtures/built/id/uji/kuis.json, whose first step holds a
 * quiz and a checklist (elements of their own inside the lesson, each with its
 * own declarative shadow root and stylesheet). twice.html: latihan twice.
 * sendiri.html: singkat with a block of a step type of the page's own
 * (`uji-tinggi`, registered by test/fixtures/pages/own-step.js) in step 2; its
 * lesson is sendiri.json, written here.
 * test/node/prerender.test.ts fails while these files are stale:
 * `node --import tsx scripts/prerender-fixture.ts` writes them again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lesson } from '../src/content/schema.js';
import { fragmentHead, prerenderer, RESUME_FILE, resumeScript, styleHash } from '../src/cli/prerender.js';

export const FIXTURE_DIR = 'test/fixtures/prerendered';

/** The files of the fixture, by name. */
export async function prerenderFixture(): Promise<Record<string, string>> {
  const p = await prerenderer();
  const fragment = async (name: string) => {
    const src = `/test/fixtures/built/id/uji/${name}.json`;
    return fragmentHead(src) + (await p.lesson(JSON.parse(readFileSync(`.${src}`, 'utf8')) as Lesson, src));
  };
  const latihan = await fragment('latihan');
  const singkat = await fragment('singkat');
  const kuis = await fragment('kuis');
  const own = JSON.parse(readFileSync('test/fixtures/built/id/uji/singkat.json', 'utf8')) as Lesson;
  own.steps[1]!.blocks.push({ t: 'custom', type: 'uji-tinggi', id: 'tinggi', data: {} });
  own.version = 'sendiri-1';
  const sendiri = fragmentHead(`/${FIXTURE_DIR}/sendiri.json`) + (await p.lesson(own, `/${FIXTURE_DIR}/sendiri.json`));
  const hashes = p.styles().map(([, css]) => styleHash(css));
  // index.html lists the hash of the fragment's <style> in its CSP, as docs/embedding.md asks; no-hash.html does not.
  const page = (csp: string, lesson = latihan) => `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>A prerendered lesson</title>
    <!-- Written by scripts/prerender-fixture.ts: do not edit. The test adds /dist/cdn/langkah.js. -->
    <script type="module" src="/test/fixtures/pages/record-violations.js"></script>
    <script async blocking="render" src="${RESUME_FILE}"></script>
  </head>
  <body>
${lesson}  </body>
</html>
`;
  return {
    'index.html': page(`default-src 'self'; style-src 'self' ${hashes.join(' ')}`),
    'no-hash.html': page("default-src 'self'"),
    'no-recording.html': page(`default-src 'self'; style-src 'self' ${hashes.join(' ')}`, singkat),
    'kuis.html': page(`default-src 'self'; style-src 'self' ${hashes.join(' ')}`, kuis),
    // The same lesson twice on one page (review 16d, D6).
    'twice.html': page(`default-src 'self'; style-src 'self' ${hashes.join(' ')}`, latihan + latihan.replace(/^<link rel="preload"[^\n]*\n/, '')),
    'sendiri.html': page(`default-src 'self'; style-src 'self' ${hashes.join(' ')}`, sendiri),
    'sendiri.json': `${JSON.stringify(own, null, 2)}\n`,
    ...Object.fromEntries(p.styles()),
    [RESUME_FILE]: resumeScript(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(await prerenderFixture())) writeFileSync(`${FIXTURE_DIR}/${name}`, text);
}
