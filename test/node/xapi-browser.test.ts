/**
 * xAPI reporting in Chromium and Firefox, as a learner meets it: a lesson on
 * a partner page that reports to an LRS (the loopback one, same origin, as a
 * host that proxies its LRS would have it). A learner who only opens the
 * lesson and leaves is counted (initialized, terminated). Another reads,
 * answers, loses the network (the browser's offline emulation), goes on, comes
 * back online, and reloads: the LRS ends with every statement once, in the
 * order they were made, each valid xAPI.
 *
 * Needs dist/cdn (`npm test` builds first), Chromium at /usr/bin/chromium and
 * Firefox ESR at /usr/bin/firefox-esr (`BROWSERS=chromium` runs one).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import validate from '@learninglocker/xapi-validation';
import type { Browser, Page } from 'puppeteer-core';
import { startLrs } from './lrs.js';
import { BROWSERS } from './pack-helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const check = ((validate as unknown as { default?: typeof validate }).default ?? validate) as unknown as (s: unknown) => unknown[];

const PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Lapor ke LRS</title>
<script type="module" src="/cdn/langkah.js"></script>
<script type="module" src="/page.js"></script></head>
<body><langkah-lesson src="/lesson.json"></langkah-lesson></body></html>`;

const CONNECT = `connectLrs({
  endpoint: '/xapi/',
  auth: () => 'Bearer token-from-host',
  actor: { name: 'Bu Sri', account: { homePage: 'https://dinas.example.go.id', name: 'peserta-0042' } },
  base: 'https://dinas.example.go.id/langkah',
})`;

const PAGE_JS = `import { connectLrs } from '/cdn/langkah-xapi.js';
window.__errors = [];
document.addEventListener('langkah-error', (e) => window.__errors.push(e.detail.kind));
window.__lrs = ${CONNECT};`;

/** Fills localStorage to its quota, once per origin and browser context (in the page, before its scripts). */
const FILL = `(() => {
  try {
    if (localStorage.getItem('fill-0') !== null) return;
    let size = 1 << 20;
    for (let i = 0; size >= 8; ) {
      try {
        localStorage.setItem('fill-' + i, 'x'.repeat(size));
        i++;
      } catch {
        size >>= 1;
      }
    }
  } catch {}
})();`;

// A host that connects only once the lesson is on screen (it waited for a token, say).
const LATE = PAGE.replace('<script type="module" src="/page.js"></script>', '');

for (const [name, launch] of BROWSERS) {
  describe(`xAPI reporting from a lesson page, in ${name}`, { timeout: 120_000 }, () => {
    let lrs: Awaited<ReturnType<typeof startLrs>>;
    let browser: Browser;
    let page: Page;

    before(async () => {
      assert.ok(existsSync(join(ROOT, 'dist/cdn/langkah-xapi.js')), 'dist/cdn/langkah-xapi.js is missing: run npm run build first');
      lrs = await startLrs({
        token: 'Bearer token-from-host',
        files: (path: string) => {
          if (path === '/') return { type: 'text/html', body: PAGE };
          if (path === '/late') return { type: 'text/html', body: LATE };
          if (path === '/page.js') return { type: 'text/javascript', body: PAGE_JS };
          if (path === '/lesson.json') return { type: 'application/json', body: readFileSync(join(ROOT, 'test/fixtures/built/id/uji/latihan.json')) };
          if (/^\/cdn\/[\w.-]+\.js$/.test(path)) return { type: 'text/javascript', body: readFileSync(join(ROOT, 'dist', path)) };
          return undefined;
        },
      });
      browser = await launch();
      page = await browser.newPage();
      page.setDefaultTimeout(20_000);
      await page.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
    });

    after(async () => {
      await browser?.close();
      await lrs?.close();
    });

    const stored = () => lrs.state.stored;
    const verbs = () => stored().map((s) => s.verb.display.en);
    const waitFor = async (ok: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(ok(), `timed out waiting for ${what}; stored: ${verbs().join(', ')}`);
    };
    // Next, and Next again when the lesson first asks about questions left unanswered (skipping them).
    const next = () =>
      page.evaluate(async () => {
        const lesson = document.querySelector('langkah-lesson') as HTMLElement & { updateComplete: Promise<unknown> };
        const root = lesson.shadowRoot!;
        // (No named function in here: the test's compiler would wrap it in a helper the page lacks.)
        [...root.querySelectorAll<HTMLButtonElement>('[part~="nav"] button')].at(-1)!.click();
        await lesson.updateComplete;
        if (root.querySelector('nav [role="status"] .note')) [...root.querySelectorAll<HTMLButtonElement>('[part~="nav"] button')].at(-1)!.click();
      });
    const queued = () => page.evaluate(() => (window as unknown as { __lrs: { pending: number } }).__lrs.pending);

    it('a learner who only opens the lesson and leaves is counted: initialized at once, terminated when the page is left', async () => {
      // A phone of its own (fresh storage), so the rest of the journey starts clean.
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.goto(`${lrs.url}/`);
      await tab.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      await waitFor(() => verbs().includes('experienced'), 'initialized and the first step, without any action');
      assert.deepEqual(verbs(), ['initialized', 'experienced']);
      assert.equal(stored()[0]!.object.id, 'https://dinas.example.go.id/langkah/uji/latihan');
      assert.equal(stored()[1]!.object.id, 'https://dinas.example.go.id/langkah/uji/latihan/step/kunci');
      // The learner leaves for another site.
      await tab.goto('about:blank');
      await waitFor(() => verbs().includes('terminated'), 'terminated');
      assert.deepEqual(verbs(), ['initialized', 'experienced', 'terminated']);
      assert.match(stored()[2]!.result!.duration!, /^PT/);
      for (const s of stored()) assert.deepEqual(check(s), [], JSON.stringify(s));
      await context.close();
      lrs.state.stored.length = 0;
      lrs.state.requests.length = 0;
    });

    it('a host that connects after the lesson is shown still reports it initialized', async () => {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.goto(`${lrs.url}/late`);
      await tab.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      await tab.evaluate(`import('/cdn/langkah-xapi.js').then(({ connectLrs }) => { ${CONNECT}; })`);
      await waitFor(() => verbs().includes('experienced'), 'initialized and the step on screen');
      assert.deepEqual(verbs(), ['initialized', 'experienced']);
      // Leaving sends terminated; wait for it, so that it cannot arrive in the next journey.
      await tab.goto('about:blank');
      await waitFor(() => verbs().includes('terminated'), 'terminated');
      await context.close();
      lrs.state.stored.length = 0;
      lrs.state.requests.length = 0;
    });

    it('with localStorage full, statements wait in the tab across a reload, the page hears why, and all arrive', async () => {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      // The phone's storage is full before the page runs (other sites' data, photos saved by the browser…).
      await tab.evaluateOnNewDocument(FILL);
      lrs.state.mode = 'down500';
      await tab.goto(`${lrs.url}/`);
      await tab.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      await tab.waitForFunction(() => (window as unknown as { __errors: string[] }).__errors.includes('report'));
      const where = () => tab.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('langkah-xapi:')).length + ' ' + Object.keys(localStorage).filter((k) => k.startsWith('langkah-xapi:')).length);
      assert.equal(await where(), '1 0', 'the queue is in sessionStorage, not in the full localStorage');
      await tab.reload();
      await tab.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      // The first page's initialized, experienced and terminated, and the second page's opening.
      await tab.waitForFunction(() => (window as unknown as { __lrs: { pending: number } }).__lrs.pending === 5);
      assert.equal(stored().length, 0);
      lrs.state.mode = 'ok';
      await tab.evaluate(() => (window as unknown as { __lrs: { flush(): Promise<void> } }).__lrs.flush());
      await waitFor(() => stored().length === 5, 'the statements kept in the tab');
      assert.deepEqual(verbs(), ['initialized', 'experienced', 'terminated', 'initialized', 'experienced']);
      await tab.goto('about:blank');
      await waitFor(() => verbs().length === 6, 'terminated');
      await context.close();
      lrs.state.stored.length = 0;
      lrs.state.requests.length = 0;
    });

    it('reports the step on screen when the lesson opens, then each step the learner moves to', async () => {
      await page.goto(`${lrs.url}/`);
      await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      await next();
      await waitFor(() => verbs().includes('progressed'), 'progressed');
      assert.deepEqual(verbs(), ['initialized', 'experienced', 'experienced', 'progressed']);
      const progressed = stored()[3]!;
      assert.equal(progressed.object.id, 'https://dinas.example.go.id/langkah/uji/latihan');
      assert.equal(progressed.result?.extensions?.['https://w3id.org/xapi/cmi5/result/extensions/progress'], 40);
    });

    it('answers reach the LRS with the interaction definition, the response and success', async () => {
      await page.evaluate(async () => {
        const root = document.querySelector('langkah-lesson')!.shadowRoot!;
        const quiz = root.querySelector('langkah-quiz') as HTMLElement & { updateComplete: Promise<unknown> };
        const q = quiz.shadowRoot!.querySelector('[data-q="q-tunggal"]')!;
        (q.querySelector('input') as HTMLInputElement).click();
        await quiz.updateComplete;
        (q.querySelector(':scope > button') as HTMLButtonElement).click();
        await quiz.updateComplete;
      });
      await waitFor(() => verbs().includes('answered'), 'answered');
      const answered = stored().find((s) => s.verb.display.en === 'answered')!;
      assert.equal(answered.object.id, 'https://dinas.example.go.id/langkah/uji/latihan/q-tunggal');
      assert.equal(answered.object.definition?.interactionType, 'choice');
      assert.ok(answered.object.definition?.correctResponsesPattern?.length);
      assert.match(answered.result!.response!, /^o\d+$/);
      assert.equal(typeof answered.result!.success, 'boolean');
    });

    it('offline, keeps statements on the phone; back online, sends them in order', async () => {
      const before = stored().length;
      await page.setOfflineMode(true);
      await next();
      await next();
      await page.waitForFunction(() => (window as unknown as { __lrs: { pending: number } }).__lrs.pending === 4);
      assert.equal(stored().length, before, 'nothing reaches the LRS while offline');
      await page.setOfflineMode(false);
      await waitFor(() => stored().length === before + 4, 'the queued statements');
      // The LRS stores before it answers: the page empties its queue when the answer arrives.
      await page.waitForFunction(() => (window as unknown as { __lrs: { pending: number } }).__lrs.pending === 0);
    });

    it('a reload sends terminated once, and no statement twice', async () => {
      await page.reload();
      await page.waitForFunction(() => !!document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('h3'));
      await page.evaluate(() => (window as unknown as { __lrs: { flush(): Promise<void> } }).__lrs.flush());
      await waitFor(() => verbs().includes('terminated'), 'terminated');
      const ids = stored().map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(verbs().filter((v) => v === 'terminated').length, 1);
      // In the order they were made.
      const times = stored().map((s) => s.timestamp);
      assert.deepEqual(times, [...times].sort());
    });

    it('every statement the LRS got is valid xAPI, sent with the version header, JSON and the token', async () => {
      for (const s of stored()) assert.deepEqual(check(s), [], JSON.stringify(s));
      assert.deepEqual(lrs.state.violations, []);
      assert.ok(lrs.state.requests.every((r) => r.auth === 'Bearer token-from-host'));
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors), []);
    });

    it('refused credentials stop reporting with an auth error, and keep the statements', async () => {
      lrs.state.token = 'Bearer another';
      await next();
      await page.waitForFunction(() => (window as unknown as { __errors: string[] }).__errors.includes('auth'));
      assert.ok((await queued()) > 0);
      lrs.state.token = 'Bearer token-from-host';
    });
  });
}
