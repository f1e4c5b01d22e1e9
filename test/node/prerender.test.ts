/**
 * `langkah build --prerender` (src/cli/prerender.ts): a fragment beside each
 * lesson's JSON, its template strings as the CDN bundle minifies them, and
 * the browser test's page (test/fixtures/prerendered/) up to date.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import minifyHtml from '../../scripts/minify-html.mjs';
import { FIXTURE_DIR, prerenderFixture } from '../../scripts/prerender-fixture.js';
import { minifyCss } from '../../src/cli/minify-css.js';
import { bundleChunks, minifyStrings, prerenderer, waiting } from '../../src/cli/prerender.js';
import { lessonText, module, removeTemp, run } from './helpers.js';

const temps: string[] = [];
after(() => temps.forEach(removeTemp));

describe('langkah build --prerender', () => {
  it('writes each lesson\'s first step as a fragment beside its JSON: its styles inside and linked, its JSON preloaded', async () => {
    const src = module();
    temps.push(src);
    const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
    temps.push(join(out, '..'));
    const { code, err } = await run('build', src, '--prerender', '--out', out);
    assert.equal(code, 0, err.join('\n'));
    const css = readFileSync(join(out, 'langkah-lesson.css'), 'utf8');
    assert.match(css, /:host/);
    // Minified as the CDN bundle has the elements' css`` (src/cli/minify-css.ts): no comments, line breaks or indentation.
    assert.doesNotMatch(css, /\n|\/\*|  /);
    assert.equal(css, minifyCss(css));
    for (const lang of ['id', 'en']) {
      const html = readFileSync(join(out, lang, 'contoh', 'pelajaran.html'), 'utf8');
      const lesson = JSON.parse(readFileSync(join(out, lang, 'contoh', 'pelajaran.json'), 'utf8'));
      // The lesson's JSON downloads with the page, not after the script; the styles come inside, before the step.
      assert.ok(
        html.startsWith(
          // And the stylesheet it links, at once: Chromium stops reading the page at its link until it is there (review 16f, F4).
          `<link rel="preload" href="${lang}/contoh/pelajaran.json" as="fetch" crossorigin>\n<link rel="preload" href="langkah-lesson.css" as="style">\n<langkah-lesson prerendered lang="${lang}" src="${lang}/contoh/pelajaran.json" data-record="lesson:contoh/pelajaran@${lang}" data-content="${lesson.version}"><template shadowroot="open" shadowrootmode="open"><style>${css}</style><!--lit-part`,
        ),
        html.slice(0, 300),
      );
      assert.ok(html.endsWith('</div><link rel="stylesheet" href="langkah-lesson.css"></template></langkah-lesson>\n'), html.slice(-200));
      assert.ok(html.includes(`<!--lit-part-->${lesson.steps[0].title}<!--/lit-part-->`), 'the first step\'s title');
      // The element's markup (Lit's, hydrated) holds the first step only; then, for before the script, every step
      // as the element draws it, each in a <details> of one exclusive group, the lesson's words for Next and Back.
      const [lit, steps] = html.split('<!--/lit-part--><div class="pe base"');
      assert.ok(steps, 'no steps for before the script');
      assert.ok(!lit!.includes(lesson.steps[1].title), 'only the first step in the element\'s markup');
      // Plain HTML: no comment of Lit's, and no element but a quiz (or checklist), drawn with its own shadow root,
      // everything in it that works disabled until the script (review 16c, C2: in the place and size it will have).
      assert.doesNotMatch(steps!, /<!--|<script|<langkah-(?!quiz[\s>])/);
      const quiz = /<langkah-quiz [^>]*defer-hydration><template shadowroot="open" shadowrootmode="open"><style>[^]*?<\/langkah-quiz>/.exec(steps!)?.[0];
      assert.ok(quiz, 'the quiz of step 2');
      const controls = [...quiz.matchAll(/<(input|button)\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(controls.length >= 3, controls.join('\n'));
      for (const c of controls) assert.match(c, /^<(input|button) disabled data-wait /);
      assert.doesNotMatch(quiz, /\schecked\b/);
      const details = [...steps!.matchAll(/<details name="pe" data-step="(\d+)"><summary><span class="go">([^<]*)<span aria-hidden="true">→<\/span><\/span><span class="back"><span aria-hidden="true">←<\/span> ([^<]*)<\/span><span class="at"><header>[^]*?<p class="counter">([^<]*)<\/p>[^]*?<h3 lang="[a-z]+">([^<]*)<\/h3>/g)];
      assert.deepEqual(
        details.map((m) => m.slice(1)),
        lesson.steps.map((s: { title: string }, k: number) => [`${k}`, lang === 'id' ? 'Lanjut ' : 'Next ', lang === 'id' ? 'Kembali' : 'Back', lang === 'id' ? `Langkah ${k + 1} dari ${lesson.steps.length}` : `Step ${k + 1} of ${lesson.steps.length}`, s.title]),
      );
      // One id="counter" (the element's), one heading per step in its summary.
      assert.equal(html.match(/id="counter"/g)?.length, 1);
      // One <style> per shadow root: the lesson's, and that of the quiz of step 2 before the script.
      assert.equal(html.match(/<style/g)?.length, 2);
      assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open"><style>/g)?.length, 2);
      // No recording, and the device's voice unknown on the server: "listen" off, its reason for screen readers only,
      // never a line telling a phone that has a voice to go to its settings (review 16, finding 1).
      assert.match(html, /<button [^>]*part="listen"[^>]*disabled/);
      assert.match(html, /<span id="no-voice" class="sr">/);
      assert.doesNotMatch(html, /class="why"/);
      assert.doesNotMatch(html, /<script/);
    }
    // What a strict CSP lists for that <style>.
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    // (and that of the quiz's, drawn before the script in step 2), by file name.
    const quizHash = `'sha256-${createHash('sha256').update(readFileSync(join(out, 'langkah-quiz.css'), 'utf8')).digest('base64')}'`;
    assert.ok(err.includes(`under a strict Content-Security-Policy, let the fragments' styles in: style-src 'self' ${hash} ${quizHash}`), err.join('\n'));
    // The returning learner's script for the page's head (test/browser/prerender.test.ts runs it).
    const resume = readFileSync(join(out, 'langkah-resume.js'), 'utf8');
    assert.match(resume, /langkah-lesson\[prerendered\]\[data-record=/);
    // And what a strict CSP lists for it pasted inline instead (the course pack's pages do so).
    // Its whole text is what the hash holds for: no line break at its end, which a paste between tags would lose (review 16d, D5).
    assert.ok(!/\s$/.test(resume), 'the script ends in white space');
    const resumeHash = `'sha256-${createHash('sha256').update(resume).digest('base64')}'`;
    assert.ok(err.includes(`langkah-resume.js pasted inline in the page's <head> instead of linked (faster for every learner): script-src 'self' ${resumeHash}`), err.join('\n'));
    // The build lists what it wrote: a later build replaces the fragments too.
    assert.match(readFileSync(join(out, '.langkah-build'), 'utf8'), /id\/contoh\/pelajaran\.html/);
  });

  it('prerenders a lesson whose first step holds a quiz and a checklist: nothing picked or ticked, nothing to pick before the script (review 16b, F0)', async () => {
    const withBoth = (lesson: string) =>
      lesson.replace('Teks langkah satu.', 'Teks langkah satu.\n\n:::quiz\n? Apa kode OTP?\n- [x] Kunci akun\n- [ ] Nomor telepon\n:::\n\n:::checklist\n- [ ] Pasang kunci layar\n:::');
    const src = module({ 'contoh/id/pelajaran.md': withBoth(lessonText()), 'contoh/en/pelajaran.md': withBoth(lessonText()) });
    temps.push(src);
    const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
    temps.push(join(out, '..'));
    const { code, err } = await run('build', src, '--prerender', '--out', out);
    assert.equal(code, 0, err.join('\n'));
    for (const lang of ['id', 'en']) {
      const lesson = JSON.parse(readFileSync(join(out, lang, 'contoh', 'pelajaran.json'), 'utf8'));
      assert.deepEqual(lesson.steps[0].blocks.map((b: { t: string }) => b.t).filter((t: string) => t !== 'p'), ['quiz', 'checklist']);
      const html = readFileSync(join(out, lang, 'contoh', 'pelajaran.html'), 'utf8');
      const lit = html.slice(0, html.indexOf('<div class="pe base"'));
      // Each an element of its own inside the lesson's markup, with its own declarative shadow root, styles and stylesheet,
      // hydrated once the lesson has given it its data.
      for (const tag of ['langkah-quiz', 'langkah-checklist']) {
        assert.match(lit, new RegExp(`<${tag} [^>]*defer-hydration><template shadowroot="open" shadowrootmode="open"><style>`));
        assert.ok(lit.includes(`<link rel="stylesheet" href="${tag}.css"></template></${tag}>`), tag);
        const css = readFileSync(join(out, `${tag}.css`), 'utf8');
        assert.ok(err.join('\n').includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), `the hash of ${tag}'s <style>`);
      }
      // Their stylesheets asked for at once, with the page; and the steps for before the script link none again: Chromium
      // stops reading the page at each link until the file is there, and a returning learner's step stayed hidden
      // for round trips (review 16f, F4). Only the lesson's own comes after them, last.
      assert.match(html, /^<link rel="preload" href="[^"]+\.json" as="fetch" crossorigin>\n<link rel="preload" href="langkah-quiz\.css" as="style">\n<link rel="preload" href="langkah-checklist\.css" as="style">\n<link rel="preload" href="langkah-lesson\.css" as="style">\n<langkah-lesson /);
      assert.deepEqual([...html.slice(lit.length).matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]), ['langkah-lesson.css']);
      // Lit's renderer writes the `checked` property as `checked="false"`: a browser shows that box as ticked.
      assert.doesNotMatch(html, /\schecked\b/);
      // Everything that works waits for the script (hydrate.ts turns what it marked `data-wait` on).
      const controls = [...lit.matchAll(/<(input|button)\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/part="listen"|class="primary"/.test(t));
      assert.equal(controls.length, 4, controls.join('\n'));
      for (const c of controls) assert.match(c, /^<(input|button) disabled data-wait /);
      // The lesson's own buttons do not wait: Next works.
      assert.match(lit, /<button class="primary" >/);
      // Before the script, step 1 opened again by "Kembali" draws them the same way: unpicked, waiting for the script.
      const again = /<details name="pe" data-step="0">[^]*?<\/details>/.exec(html.slice(lit.length))![0];
      for (const tag of ['langkah-quiz', 'langkah-checklist']) assert.ok(again.includes(`<${tag} `), `${lang}: ${tag} in step 1 opened again`);
      assert.doesNotMatch(again.slice(again.indexOf('<div part="step"')), /<(input|button)\b(?![^>]*\bdisabled data-wait\b)/);
    }
  });

  it('waits a quiz\'s options, its button and a checklist\'s boxes for the script, but not what the quiz itself turns off', () => {
    const at = '<langkah-quiz a><template><li><button class="up" aria-label="Naik: tombol disabled" disabled  >↑</button><button class="down" aria-label="Turun: disabled" >↓</button><input type="radio" checked="false"  /></li></template></langkah-quiz><button class="primary" >';
    assert.equal(
      waiting(at),
      '<langkah-quiz a><template><li><button class="up" aria-label="Naik: tombol disabled" disabled  >↑</button><button disabled data-wait class="down" aria-label="Turun: disabled" >↓</button><input disabled data-wait type="radio"  /></li></template></langkah-quiz><button class="primary" >',
    );
    assert.equal(waiting('<langkah-checklist><input type="checkbox" aria-label="x disabled y" checked="true"></langkah-checklist>'), '<langkah-checklist><input disabled data-wait type="checkbox" aria-label="x disabled y" checked></langkah-checklist>');
    // The reason, as each one's title (review 16d, D4): escaped, only on what waits.
    assert.equal(
      waiting('<langkah-quiz><input type="radio"><button disabled>x</button></langkah-quiz><button class="primary">', 'Tunggu "sebentar" <ya> & lihat'),
      '<langkah-quiz><input disabled data-wait title="Tunggu &quot;sebentar&quot; &lt;ya&gt; &amp; lihat" type="radio"><button disabled>x</button></langkah-quiz><button class="primary">',
    );
  });

  it('writes a lesson whose first step holds a registered step type as the element alone, drawn by the script', async () => {
    const p = await prerenderer();
    const lesson = JSON.parse(readFileSync('test/fixtures/built/id/uji/singkat.json', 'utf8'));
    lesson.steps[0].blocks.push({ t: 'custom', type: 'kalkulator-untung', id: 'hitung', data: {} });
    const html = await p.lesson(lesson, 'id/uji/singkat.json');
    assert.equal(html, '<langkah-lesson lang="id" src="id/uji/singkat.json"></langkah-lesson>\n');
  });

  it('with --bundle, the element alone preloads no hydration, which it never loads (review 16c, C7)', async () => {
    assert.ok(existsSync('dist/cdn/langkah.js'), 'run npm run build first');
    const entry = readFileSync('dist/cdn/langkah.js', 'utf8');
    const hydrate = /import\("\.\/(langkah-hydrate-[\w-]+\.js)"\)/.exec(entry)![1]!;
    const parts = /import\("\.\/(langkah-parts-[\w-]+\.js)"\)/.exec(entry)![1]!;
    const all = await bundleChunks('id');
    const alone = await bundleChunks('id', undefined, false);
    assert.ok(all.includes(hydrate) && all.includes(parts));
    assert.ok(!alone.includes(hydrate) && alone.includes(parts), alone.join(' '));
    assert.ok(alone.length < all.length);
  });

  it('with --bundle, a fragment loads langkah.js and preloads, beside it, the chunks its lesson would fetch one after another', async () => {
    assert.ok(existsSync('dist/cdn/langkah.js'), 'run npm run build first');
    const src = module();
    temps.push(src);
    const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
    temps.push(join(out, '..'));
    const { code, err } = await run('build', src, '--prerender', '--bundle', 'https://cdn.example/langkah@1/cdn/langkah.js', '--out', out);
    assert.equal(code, 0, err.join('\n'));
    const entry = readFileSync('dist/cdn/langkah.js', 'utf8');
    const chunk = (name: string) => new RegExp(`import\\("\\./(langkah-${name}-[\\w-]+\\.js)"\\)`).exec(entry)![1]!;
    for (const lang of ['id', 'en']) {
      const html = readFileSync(join(out, lang, 'contoh', 'pelajaran.html'), 'utf8');
      const head = html.slice(0, html.indexOf('<langkah-lesson'));
      assert.match(head, /^<script type="module" src="https:\/\/cdn\.example\/langkah@1\/cdn\/langkah\.js"><\/script>\n/);
      const preloaded = [...head.matchAll(/<link rel="modulepreload" href="https:\/\/cdn\.example\/langkah@1\/cdn\/([^"]+)">/g)].map((m) => m[1]!);
      // Hydration and what it imports, the steps' drawing, and an English lesson's words: files of this very build.
      const hydrate = chunk('hydrate');
      const imported = [...readFileSync(join('dist/cdn', hydrate), 'utf8').matchAll(/from ?"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!).filter((f) => f !== 'langkah.js');
      assert.deepEqual(preloaded, [hydrate, ...imported, chunk('parts'), ...(lang === 'en' ? [chunk('en')] : [])]);
      for (const f of preloaded) assert.ok(existsSync(join('dist/cdn', f)), f);
      assert.match(head, new RegExp(`<link rel="preload" href="${lang}/contoh/pelajaran.json" as="fetch" crossorigin>\n<link rel="preload" href="langkah-lesson.css" as="style">\n$`));
    }
    assert.equal((await run('build', src, '--bundle', '/x/langkah.js', '--out', out)).code, 2);
    const bad = await run('build', src, '--prerender', '--bundle', 'javascript:alert(1)//langkah.js', '--out', out);
    assert.equal(bad.code, 2);
    assert.match(bad.err.join('\n'), /--bundle is the address of langkah\.js/);
    // One line, not the whole help (review 16b, F7).
    assert.deepEqual(bad.err.join('\n').split('\n').length, 1, bad.err.join('\n'));
  });

  it('with --base, every URL a fragment writes is absolute under the address the output folder is served at', async () => {
    // foto-deskripsi: a picture in the first step of both languages.
    for (const [base, folder] of [
      ['https://dinas.go.id/langkah', 'https://dinas.go.id/langkah/'],
      ['/langkah-kami/', '/langkah-kami/'],
    ] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
      temps.push(join(out, '..'));
      const { code, err } = await run('build', 'modules/foto-deskripsi', '--prerender', '--base', base, '--bundle', '/cdn/langkah.js', '--out', out);
      assert.equal(code, 0, err.join('\n'));
      for (const lang of ['id', 'en']) {
        const html = readFileSync(join(out, lang, 'foto-deskripsi', 'foto-dekat-jendela.html'), 'utf8');
        const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('/cdn/'));
        assert.deepEqual(
          urls.filter((u) => !u.startsWith(folder)),
          [],
          html,
        );
        for (const url of [`${folder}${lang}/foto-deskripsi/foto-dekat-jendela.json`, `${folder}langkah-lesson.css`]) assert.ok(urls.includes(url), url);
        assert.ok(urls.some((u) => u.startsWith(`${folder}assets/foto-deskripsi/`) && u.endsWith('.svg')), 'the picture');
        assert.equal(urls.filter((u) => u.endsWith('.json')).length, 2, 'src and preload');
      }
    }
    const out = join(mkdtempSync(join(tmpdir(), 'langkah-prerender-')), 'out');
    temps.push(join(out, '..'));
    // Only an http(s) address or a path from the site's root: one plain line, exit 2.
    for (const bad of ['ftp://dinas.go.id/langkah/', 'langkah/', '//evil.example/', 'javascript:alert(1)//', 'https://x/"><script>', '/a b/', 'https:///x']) {
      const r = await run('build', 'modules/foto-deskripsi', '--prerender', '--base', bad, '--out', out);
      assert.equal(r.code, 2, bad);
      assert.deepEqual(r.err, [`langkah build: --base is the address the output folder is served at: http(s)://… or a path from the site's root such as /langkah/, not "${bad}"`]);
    }
    assert.equal((await run('build', 'modules/foto-deskripsi', '--base', '/langkah/', '--out', out)).code, 2, 'not without --prerender');
    assert.ok(!existsSync(out), 'nothing written');
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
