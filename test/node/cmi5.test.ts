/**
 * A cmi5 course package, end to end in Chromium and Firefox: the CLI builds the test
 * course with --cmi5; a test launcher opens its AU with the cmi5 launch
 * parameters against the loopback LRS, which hands out a one-time token and
 * the LMS.LaunchData state. The learner does the whole course; the LRS gets
 * the cmi5-defined statements in order, with the launch's context, and valid
 * xAPI throughout. A learner who only opens the course and leaves sends
 * initialized and terminated.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import validate from '@learninglocker/xapi-validation';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltCurriculum, Lesson } from '../../src/content/schema.js';
import { CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_EXTENSION } from '../../src/report/cmi5/runtime.js';
import { runLesson } from './course-driver.js';
import { BROWSERS, PAGE_HELPERS } from './pack-helpers.js';
import { removeTemp, run } from './helpers.js';
import { startLrs } from './lrs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const check = ((validate as unknown as { default?: typeof validate }).default ?? validate) as unknown as (s: unknown) => unknown[];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };
const WAIT = { timeout: 30_000 };
const REGISTRATION = '6c0e8ad4-1b7e-4c35-9d5f-0a8f5c2b7e11';
const SESSION = 'f3a1b2c4-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const ACTOR = { objectType: 'Agent', name: 'Bu Sri', account: { homePage: 'https://lms.example.go.id', name: 'peserta-0042' } };

let tmp = '';
let dir = '';
let auId = '';
let course: BuiltCurriculum;

/** A loopback LRS acting as the cmi5 LMS's: one token to hand out, LMS.LaunchData, and the package under /pkg/. */
const cmi5Lrs = () =>
  startLrs({
    token: 'Basic dG9rZW4tMQ==',
    cmi5: {
      token: 'dG9rZW4tMQ==',
      launchData: {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: auId }] },
          extensions: { [SESSION_EXTENSION]: SESSION },
        },
        launchMode: 'Normal',
        masteryScore: 0.5,
        moveOn: 'CompletedAndPassed',
      },
    },
    files: (path: string) => {
      const m = /^\/pkg\/(.*)$/.exec(path);
      if (!m) return undefined;
      const file = join(dir, normalize(decodeURIComponent(m[1]!)));
      return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    },
  });

/** The LMS's launch URL of the AU on `lrs`. */
const launchUrl = (lrs: { url: string }) =>
  `${lrs.url}/pkg/cmi5.html?${new URLSearchParams({ endpoint: `${lrs.url}/xapi/`, fetch: `${lrs.url}/fetch`, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: auId })}`;

describe('a cmi5 course package', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/cdn/langkah-cmi5.js')), 'dist/cdn/langkah-cmi5.js is missing: run npm run build first');
    tmp = mkdtempSync(join(tmpdir(), 'langkah-cmi5-'));
    const zip = join(tmp, 'kursus.zip');
    const r = await run('build', 'test/fixtures/modules/curricula/kursus-uji.yaml', '--cmi5', '--base', 'https://dinas.example.go.id/langkah', '--out', zip);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    dir = join(tmp, 'pkg');
    for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    course = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8'));
    auId = /<au id="([^"]+)"/.exec(readFileSync(join(dir, 'cmi5.xml'), 'utf8'))![1]!;
  });

  after(() => {
    removeTemp(tmp);
  });

  it('writes cmi5.xml with one AU for the course, its mastery score and moveOn', () => {
    const xml = readFileSync(join(dir, 'cmi5.xml'), 'utf8');
    assert.match(xml, /<courseStructure xmlns="https:\/\/w3id.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure.xsd">/);
    assert.equal((xml.match(/<au /g) ?? []).length, 1);
    assert.match(xml, /moveOn="CompletedAndPassed" masteryScore="0.50"/);
    assert.match(xml, /<url>cmi5.html<\/url>/);
    assert.equal(auId, 'https://dinas.example.go.id/langkah/course/kursus-uji/au');
  });

  for (const [name, start] of BROWSERS) {
    describe(`launched against a loopback LRS in ${name}`, () => {
      let lrs: Awaited<ReturnType<typeof startLrs>>;
      let browser: Browser;
      let page: Page;

      before(async () => {
        lrs = await cmi5Lrs();
        browser = await start();
        page = await browser.newPage();
        page.setDefaultTimeout(WAIT.timeout);
        await page.setViewport({ width: 360, height: 640 });
        await page.evaluateOnNewDocument(PAGE_HELPERS);
      });

      after(async () => {
        await browser?.close();
        await lrs?.close();
      });

      const verbs = () => lrs.state.stored.map((s) => s.verb.display.en);
      const categories = (s: { context?: { contextActivities?: { category?: { id: string }[] } } }) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);
      const waitFor = async (ok: () => boolean, what: string) => {
        for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
        assert.ok(ok(), `timed out waiting for ${what}; stored: ${verbs().join(', ')}`);
      };

      it('a learner who only opens the course and leaves sends initialized, then terminated', async () => {
        // A launch of its own, on a phone of its own.
        const own = await cmi5Lrs();
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.evaluateOnNewDocument(PAGE_HELPERS);
        try {
          await tab.goto(launchUrl(own), { waitUntil: 'load' });
          await tab.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
          const sent = () => own.state.stored.map((s) => s.verb.display.en);
          for (let i = 0; i < 300 && !sent().includes('initialized'); i++) await new Promise((r) => setTimeout(r, 50));
          assert.deepEqual(sent(), ['initialized'], 'initialized at launch, before the learner does anything');
          await tab.goto('about:blank');
          for (let i = 0; i < 300 && !sent().includes('terminated'); i++) await new Promise((r) => setTimeout(r, 50));
          assert.deepEqual(sent(), ['initialized', 'terminated']);
          assert.match(own.state.stored[1]!.result!.duration!, /^PT/);
          for (const s of own.state.stored) assert.deepEqual(check(s), [], JSON.stringify(s));
          assert.deepEqual(own.state.violations, []);
        } finally {
          await context.close();
          await own.close();
        }
      });

      it('launched with cmi5 parameters: fetches the token once, reads LMS.LaunchData, sends initialized', async () => {
        await page.goto(launchUrl(lrs), { waitUntil: 'load' });
        await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
        await waitFor(() => verbs().includes('initialized'), 'initialized');
        assert.equal(lrs.state.fetches, 1);
        assert.match(lrs.state.stateRequests[0]!, /stateId=LMS.LaunchData/);
        const init = lrs.state.stored[0]!;
        assert.equal(init.verb.id, 'http://adlnet.gov/expapi/verbs/initialized');
        assert.equal(init.object.id, auId);
        assert.equal(init.context?.registration, REGISTRATION);
        assert.equal(init.context?.extensions?.[SESSION_EXTENSION], SESSION);
        assert.ok(categories(init).includes(CMI5_CATEGORY));
        assert.deepEqual(init.context?.contextActivities?.grouping?.map((g) => g.id), [auId], 'the context template is kept');
      });

      it('the whole course done: answers as cmi5-allowed statements, then completed and passed with moveOn', async () => {
        for (const m of course.modules) {
          for (const l of m.lessons) {
            const lesson: Lesson = JSON.parse(readFileSync(join(dir, l.src.id), 'utf8'));
            await page.waitForFunction(`window.__state(${JSON.stringify(`${m.id}/${l.id}`)}) !== 'locked'`, WAIT);
            await runLesson(page, `${m.id}/${l.id}`, lesson);
            await page.evaluate(`window.__course().querySelector('#back').click()`);
          }
        }
        await waitFor(() => verbs().includes('passed'), 'passed');
        const answered = lrs.state.stored.filter((s) => s.verb.display.en === 'answered');
        assert.equal(answered.length, course.modules.flatMap((m) => m.lessons).reduce((n, l) => n + l.questions, 0));
        for (const s of answered) {
          assert.ok(!categories(s).includes(CMI5_CATEGORY), 'cmi5-allowed statements carry no cmi5 category');
          assert.equal(s.context?.registration, REGISTRATION);
          assert.ok(s.object.id.startsWith(`${auId}/`));
        }
        const completed = lrs.state.stored.find((s) => s.verb.display.en === 'completed')!;
        const passed = lrs.state.stored.find((s) => s.verb.display.en === 'passed')!;
        for (const s of [completed, passed]) assert.deepEqual(categories(s).sort(), [CMI5_CATEGORY, MOVEON_CATEGORY].sort());
        assert.equal(completed.result?.completion, true);
        assert.match(completed.result?.duration ?? '', /^PT/);
        assert.equal(passed.result?.success, true);
        assert.equal(passed.result?.score?.scaled, 1);
        // cmi5 9.6.3: with a masteryScore in LMS.LaunchData, passed/failed carry it as a context extension (and only they).
        assert.equal(passed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.5);
        assert.equal(completed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], undefined);
        assert.ok(verbs().indexOf('completed') < verbs().indexOf('passed'));
      });

      it('leaving the course sends terminated last; every statement is valid xAPI, sent with the token', async () => {
        await page.goto('about:blank');
        await waitFor(() => verbs().at(-1) === 'terminated', 'terminated');
        assert.equal(verbs().filter((v) => v === 'completed').length, 1);
        assert.equal(verbs()[0], 'initialized');
        for (const s of lrs.state.stored) assert.deepEqual(check(s), [], JSON.stringify(s));
        assert.deepEqual(lrs.state.violations, []);
        assert.ok(lrs.state.requests.every((r) => r.auth === 'Basic dG9rZW4tMQ=='));
      });

      it('a reload of the same launch after terminated sends nothing more, and says to open it from the LMS again', async () => {
        const before = lrs.state.stored.length;
        await page.goto(launchUrl(lrs), { waitUntil: 'load' });
        await page.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
        assert.match((await page.$eval('#offline-status', (e) => e.textContent)) ?? '', /Sesi LMS ini sudah ditutup/);
        await page.goto('about:blank');
        assert.equal(lrs.state.stored.length, before, 'no statement after terminated in the same session');
        assert.equal(verbs().filter((v) => v === 'initialized').length, 1);
      });

      it('opened without launch parameters, the course runs and says the LMS does not have the progress', async () => {
        const p = await browser.newPage();
        await p.evaluateOnNewDocument(PAGE_HELPERS);
        await p.goto(`${lrs.url}/pkg/cmi5.html`, { waitUntil: 'load' });
        await p.waitForFunction(`window.__course()?.querySelector('[data-ref]')`, WAIT);
        assert.match((await p.$eval('#offline-status', (e) => e.textContent)) ?? '', /tidak dibuka dari LMS/);
        await p.close();
      });
    });
  }
});
