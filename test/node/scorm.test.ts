/**
 * SCORM packages, end to end in Chromium and Firefox with scorm-again acting as the LMS
 * (as Moodle's player would: the course in a frame, the API in the parent):
 * build the default course as SCORM 1.2 and 2004 with the CLI, launch it, do
 * a lesson, and check what the LMS holds — status, score, interactions,
 * session time, suspend data. Then launch again on a "new phone" (empty
 * storage) and see the progress come back from the LMS. Without an LMS the
 * course still runs and says so. A learner who only opens the course and
 * leaves is recorded as having started it (incomplete), with the session
 * finished.
 *
 * Needs dist/cdn (`npm test` builds first), Chromium at /usr/bin/chromium and
 * Firefox ESR at /usr/bin/firefox-esr (`BROWSERS=chromium` runs one).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'puppeteer-core';
import type { BuiltCurriculum, Lesson, Progress } from '../../src/content/schema.js';
import { fingerprint } from '../../src/content/hash.js';
import { packRecord, unpackAll, unpackRecord } from '../../src/report/scorm/suspend.js';
import { isOurPackage } from '../../src/cli/scorm.js';
import { runLesson } from './course-driver.js';
import { CHECK_MANIFEST } from './manifest-check.js';
import { BROWSERS, files, PAGE_HELPERS } from './pack-helpers.js';
import { removeTemp, run } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');
const WAIT = { timeout: 30_000 };
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** The LMS page: scorm-again's API in the parent, the SCO in a frame, prior cmi data to resume from. */
const lmsPage = (version: '1.2' | '2004', cmi: unknown, fail?: string | null) => `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  window.API${version === '1.2' ? '' : '_1484_11'} = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, logLevel: 5 });
  const prior = ${JSON.stringify(cmi)};
  if (prior) window.API${version === '1.2' ? '' : '_1484_11'}.loadFromJSON(prior, '');
  window.__commits = 0;
  window.API${version === '1.2' ? '' : '_1484_11'}.on('${version === '1.2' ? 'LMSCommit' : 'Commit'}', () => window.__commits++);
  ${fail ? failing(version, fail) : ''}
</script></head>
<body><iframe id="sco" src="/pkg${version}/scorm.html" style="width:360px;height:640px"></iframe></body></html>`;

/**
 * An LMS in trouble, wrapped around scorm-again: 'store' refuses every
 * SetValue and Commit (returns "false", the last error is a general
 * exception), 'init' refuses to start the session, 'throw' throws from every call.
 */
const failing = (version: '1.2' | '2004', mode: string) => {
  const [init, set, commit, err] = version === '1.2' ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] : ['Initialize', 'SetValue', 'Commit', 'GetLastError'];
  const api = `window.API${version === '1.2' ? '' : '_1484_11'}`;
  if (mode === 'throw') return `for (const k of ['${init}', '${set}', '${commit}', '${err}']) ${api}[k] = () => { throw new Error('LMS down'); };`;
  const refused = mode === 'init' ? [init] : [set, commit];
  return `${refused.map((k) => `${api}.${k} = () => 'false';`).join(' ')} ${api}.${err} = () => '${version === '1.2' ? '101' : '391'}';`;
};

let tmp = '';
let server: Server;
let base = '';
let course: BuiltCurriculum;
/** What the LMS kept of the last launch, per version: the next launch (in the same browser) resumes from it. */
const cmi: Record<string, unknown> = {};
const dirs: Record<string, string> = {};

describe('SCORM packages', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/cdn/langkah-scorm.js')), 'dist/cdn/langkah-scorm.js is missing: run npm run build first');
    tmp = mkdtempSync(join(tmpdir(), 'langkah-scorm-test-'));
    for (const version of ['1.2', '2004'] as const) {
      const zip = join(tmp, `course-${version}.zip`);
      const r = await run('build', relative(process.cwd(), CURRICULUM), '--scorm', version, '--out', zip);
      assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
      const dir = (dirs[version] = join(tmp, `pkg${version}`));
      for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), data);
      }
    }
    course = JSON.parse(readFileSync(join(dirs['1.2']!, 'curriculum.json'), 'utf8'));
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = /^\/lms(1\.2|2004)\.html$/.exec(url.pathname);
      if (m) {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end(lmsPage(m[1] as '1.2' | '2004', cmi[m[1]!] ?? null, url.searchParams.get('fail')));
        return;
      }
      let file: string | undefined;
      if (url.pathname.startsWith('/scorm-again/')) file = join(ROOT, 'node_modules/scorm-again/dist', url.pathname.slice(13));
      const pkg = /^\/pkg(1\.2|2004)\/(.*)$/.exec(url.pathname);
      if (pkg) file = join(dirs[pkg[1]!]!, normalize(decodeURIComponent(pkg[2]!)));
      if (!file || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    removeTemp(tmp);
  });

  it('never overwrites a zip it did not make: refused like any --out, with exit 2 (review 10b, F5)', async () => {
    const other = join(tmp, 'not-ours.zip');
    writeFileSync(other, 'PK\u0003\u0004 something else');
    const r = await run('build', relative(process.cwd(), CURRICULUM), '--scorm', '1.2', '--out', other);
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /not a package Langkah wrote/);
    assert.equal(readFileSync(other, 'utf8'), 'PK\u0003\u0004 something else');
  });

  for (const [name, start] of BROWSERS) {
    describe(`with scorm-again as the LMS, in ${name}`, () => {
      let browser: Browser;
      before(async () => {
        browser = await start();
        for (const k of Object.keys(cmi)) delete cmi[k];
      });
      after(() => browser?.close());

      const first = () => `${course.modules[0]!.id}/${course.modules[0]!.lessons[0]!.id}`;
      const firstLesson = (version: string): Lesson => JSON.parse(readFileSync(join(dirs[version]!, course.modules[0]!.lessons[0]!.src.id), 'utf8'));

      /** A fresh phone (empty storage), launching the SCO from the LMS page. */
      async function launch(version: '1.2' | '2004', fail?: string): Promise<{ page: Page; sco: Frame; close(): Promise<void> }> {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.setDefaultTimeout(WAIT.timeout);
        await page.setViewport({ width: 400, height: 700 });
        await page.evaluateOnNewDocument(PAGE_HELPERS);
        await page.goto(`${base}/lms${version}.html${fail ? `?fail=${fail}` : ''}`, { waitUntil: 'load' });
        const sco = (await (await page.waitForSelector('#sco'))!.contentFrame())!;
        await sco.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
        return { page, sco, close: () => context.close() };
      }
      const state = (page: Page, version: string) =>
        page.evaluate(`window.API${version === '1.2' ? '' : '_1484_11'}.renderCMIToJSONObject()`) as Promise<Record<string, unknown>>;
      const api = (page: Page, version: string, key: string) =>
        page.evaluate(`window.API${version === '1.2' ? '' : '_1484_11'}.getCMIValue(${JSON.stringify(key)})`) as Promise<string>;

      for (const version of ['1.2', '2004'] as const) {
        it(`${version}: writes a package Langkah can recognise, with a manifest naming one SCO and every file`, () => {
          const manifest = readFileSync(join(dirs[version]!, 'imsmanifest.xml'), 'utf8');
          assert.match(manifest, version === '1.2' ? /<schemaversion>1\.2<\/schemaversion>/ : /<schemaversion>2004 4th Edition<\/schemaversion>/);
          assert.equal((manifest.match(/scorm[tT]ype="sco"/g) ?? []).length, 1);
          for (const f of ['scorm.html', 'scorm.js', 'curriculum.json', 'langkah/langkah.js', 'langkah/langkah-scorm.js', course.modules[0]!.lessons[0]!.src.id]) {
            assert.ok(manifest.includes(`<file href="${f}"/>`), `${f} listed`);
            assert.ok(existsSync(join(dirs[version]!, f)), `${f} in the zip`);
          }
          assert.ok(!existsSync(join(dirs[version]!, 'sw.js')), 'no service worker inside an LMS');
          assert.ok(isOurPackage(join(tmp, `course-${version}.zip`)));
        });

        it(`${version}: imsmanifest.xml, read by the browser's XML parser, holds together: references resolved, every file listed and present`, async () => {
          const page = await browser.newPage();
          await page.evaluate(CHECK_MANIFEST);
          const text = readFileSync(join(dirs[version]!, 'imsmanifest.xml'), 'utf8');
          const list = files(dirs[version]!);
          const problems = (xml: string) => page.evaluate(`window.__checkManifest(${JSON.stringify(xml)}, '${version}', ${JSON.stringify(list)})`) as Promise<string[]>;
          assert.deepEqual(await problems(text), []);
          // The check finds what would break an import.
          const broken: [string, RegExp][] = [
            [text.replace('identifierref="sco"', 'identifierref="nope"'), /refers to resource nope/],
            [text.replace('<file href="curriculum.json"/>', ''), /curriculum.json is in the package but not listed/],
            [text.replace('<file href="curriculum.json"/>', '<file href="curriculum.json"/><file href="../curriculum.json"/>'), /not a plain relative path/],
            [text.replace(/xmlns:adlcp="[^"]+"/, 'xmlns:adlcp="http://example.org/adlcp"'), /not? .*adlcp namespace/],
            [text.replace('</resources>', ''), /not well-formed/],
            [text.replace('<organizations default="course">', '<organizations default="other">'), /names no organization/],
            [text.replace('identifier="course-item"', 'identifier="1-item"'), /not an NCName/],
          ];
          for (const [xml, found] of broken) {
            assert.notEqual(xml, text, `the mutation for ${found} applies`);
            const seen = await problems(xml);
            assert.ok(seen.some((p) => found.test(p)), `${found} in ${JSON.stringify(seen)}`);
          }
          await page.close();
        });

        it(`${version}: a learner who only opens the course and leaves has started it: incomplete, committed, session finished`, async () => {
          const { page, close } = await launch(version);
          const v12 = version === '1.2';
          await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).remove());
          const left = (await state(page, version)).cmi as Record<string, Record<string, string> | string>;
          assert.equal(v12 ? (left.core as Record<string, string>).lesson_status : left.completion_status, 'incomplete');
          assert.equal(v12 ? (left.core as Record<string, string>).exit : left.exit, 'suspend');
          assert.equal(await page.evaluate('window.__commits'), 2, 'committed at launch and when leaving');
          assert.equal(await page.evaluate(`window.API${v12 ? '' : '_1484_11'}.isTerminated()`), true, 'the SCO finished the session');
          await close();
        });

        it(`${version}: a lesson done in the LMS sets status, score, interactions, session time and suspend data`, async () => {
          const { page, sco, close } = await launch(version);
          assert.equal(await api(page, version, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status'), 'incomplete');
          const answered = await runLesson(sco, first(), firstLesson(version));
          assert.ok(answered.length >= 3);
          await sco.waitForFunction(`window.__lesson().querySelector('[part~="summary"]')`, WAIT);
          await page.waitForFunction(
            `Number(window.API${version === '1.2' ? '' : '_1484_11'}.getCMIValue('cmi.interactions._count')) >= ${answered.length}`,
            WAIT,
          );
          const total = course.modules.flatMap((m) => m.lessons).reduce((n, l) => n + l.questions, 0);
          const percent = Math.round((100 * answered.length) / total);
          await page.waitForFunction(`window.API${version === '1.2' ? '' : '_1484_11'}.getCMIValue('${version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'}') === '${percent}'`, WAIT);
          // Interactions are write-only through the API: read what the LMS would store.
          const stored = (await state(page, version)).cmi as Record<string, unknown> & { interactions: Record<string, Record<string, unknown>> };
          if (version === '1.2') {
            assert.equal((stored.core as Record<string, string>).lesson_status, 'incomplete', 'one lesson of many: not complete yet');
          } else {
            assert.equal(stored.completion_status, 'incomplete');
            assert.equal(stored.success_status, 'unknown');
            assert.equal((stored.score as Record<string, string>).scaled, String(+(percent / 100).toFixed(4)));
          }
          const interactions = Object.values(stored.interactions);
          assert.equal(interactions.length, answered.length, 'one interaction per answer');
          for (const i of interactions) {
            assert.equal(i.result, 'correct');
            assert.deepEqual(i[version === '1.2' ? 'student_response' : 'learner_response'], (i.correct_responses as Record<string, { pattern: string }>)['0']!.pattern);
            assert.ok(['choice', 'true-false', 'sequencing'].includes(i.type as string));
            // A time without a zone is the LMS's local time: the UTC moment must say Z.
            if (version === '2004') assert.match(i.timestamp as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?Z$/);
          }
          const suspend = await api(page, version, 'cmi.suspend_data');
          assert.match(suspend, /^S2\|/);
          // Leaving the page finishes the session: time and exit are set, the LMS commits.
          await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).remove());
          const after = (await state(page, version)).cmi as Record<string, unknown>;
          const time = version === '1.2' ? (after.core as Record<string, string>).session_time : (after.session_time as string);
          assert.notEqual(time, version === '1.2' ? '00:00:00' : 'PT0H0M0S', 'the session time was set when the learner left');
          assert.equal(version === '1.2' ? (after.core as Record<string, string>).exit : after.exit, 'suspend');
          assert.equal(await page.evaluate(`window.API${version === '1.2' ? '' : '_1484_11'}.isTerminated()`), true, 'the SCO finished the session');
          cmi[version] = after === undefined ? undefined : { cmi: after };
          await close();
        });

        it(`${version}: a second launch on another phone resumes from the LMS`, async () => {
          const data = cmi[version] as { cmi?: Record<string, unknown> } | undefined;
          assert.ok(data, 'the first launch left data');
          // The LMS hands the SCO what it kept, marked as a resume.
          (data as { cmi: Record<string, unknown> }).cmi = {
            ...(data as { cmi: Record<string, unknown> }).cmi,
            ...(version === '1.2' ? { core: { entry: 'resume', lesson_status: 'incomplete' } } : { entry: 'resume' }),
          };
          const { sco, close } = await launch(version);
          await sco.waitForFunction(`window.__state(${JSON.stringify(first())}) === 'done'`, WAIT);
          await close();
        });
      }

      for (const version of ['1.2', '2004'] as const) {
        it(`${version}: first tries come back from the LMS: a lesson retried until right keeps its first-try score on a new phone`, async () => {
          const lesson = firstLesson(version);
          const questions = lesson.steps.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'quiz' ? b.questions : [])));
          assert.ok(questions.length >= 2);
          const at = Date.UTC(2026, 10, 20, 8, 0);
          // Every answer right now; every other one only after "Coba lagi" (the review's "cheat").
          const record: Progress = {
            v: 1,
            key: 'k',
            content: lesson.version,
            lang: 'id',
            step: lesson.steps.length,
            seen: lesson.steps.map((s) => s.id),
            answers: Object.fromEntries(
              questions.map((q, i) => [
                q.id,
                {
                  value: q.kind === 'order' ? q.items.map((_, k) => k) : q.kind === 'true-false' ? [q.answer ? 1 : 0] : q.options.flatMap((o, k) => (o.correct ? [k] : [])),
                  correct: true,
                  fp: fingerprint(q),
                  // Answered before the lesson was finished, as a learner does: the next launch (the tests below) is a new round.
                  at: at - 60_000,
                  first: i % 2 === 1,
                  tries: i % 2 === 1 ? 1 : 2,
                },
              ]),
            ),
            checks: {},
            started: at - 600_000,
            updated: at,
            completed: at,
          };
          const firsts = questions.filter((_, i) => i % 2 === 1).length;
          cmi[version] = {
            cmi: {
              suspend_data: `S2|${packRecord(0, record, lesson)}`,
              ...(version === '1.2' ? { core: { entry: 'resume', lesson_status: 'incomplete' } } : { entry: 'resume' }),
            },
          };
          const { page, sco, close } = await launch(version);
          await sco.waitForFunction(`window.__state(${JSON.stringify(first())}) === 'done'`, WAIT);
          const shown = await sco.evaluate(`window.__course().querySelector('[data-ref=${JSON.stringify(first())}]').closest('li').textContent`);
          assert.match(String(shown), new RegExp(`skor ${Math.round((100 * firsts) / questions.length)}%`), 'the path shows the first-try score, not 100%');
          // The next sync tells the LMS the same: opening the lesson is a change.
          await sco.evaluate(`window.__course().querySelector('button[data-ref=${JSON.stringify(first())}]').click()`);
          const total = course.modules.flatMap((m) => m.lessons).reduce((n, l) => n + l.questions, 0);
          const raw = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
          await page.waitForFunction(`window.API${version === '1.2' ? '' : '_1484_11'}.getCMIValue('${raw}') !== ''`, WAIT);
          assert.equal(await api(page, version, raw), String(Math.round((100 * firsts) / total)));
          const suspend = await api(page, version, 'cmi.suspend_data');
          assert.equal(unpackRecord(unpackAll(suspend)[0]!, lesson, 'k')!.answers[questions[0]!.id]!.first, false, 'and keeps it for the next launch');
          await close();
        });

        for (const fail of ['store', 'init', 'throw']) {
          it(`${version}: an LMS that fails (${fail}) leaves the lesson working, progress on the phone, and says so`, async () => {
            const { sco, close } = await launch(version, fail);
            // Told at once, before any change: a learner who only reads must know too.
            await sco.waitForFunction(`/LMS tidak menerima/.test(document.getElementById('offline-status').textContent)`, WAIT);
            await runLesson(sco, first(), firstLesson(version));
            await sco.waitForFunction(`window.__lesson().querySelector('[part~="summary"]')`, WAIT);
            const kept = await sco.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah:') && localStorage.getItem(k)!.includes('"completed')));
            assert.equal(kept.length, 1, 'the finished lesson is kept on the phone');
            await sco.waitForFunction(`/LMS tidak menerima/.test(document.getElementById('offline-status').textContent)`, WAIT);
            await close();
          });
        }
      }

      it('without an LMS, the course runs from the package and says progress stays on this phone', async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument(PAGE_HELPERS);
        await page.goto(`${base}/pkg1.2/scorm.html`, { waitUntil: 'load' });
        await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
        assert.match((await page.$eval('#offline-status', (e) => e.textContent)) ?? '', /tidak terhubung ke LMS/);
        await context.close();
      });
    });
  }
});
