/**
 * The example partner site, as `npm start` serves it, checked with axe-core
 * the way a visitor meets it: every example page, at a phone's 360 px and a
 * laptop's 1366 px, once Langkah's elements have drawn. The partner's own
 * menu counts too (review 15, findings 13 and 14: its links had 4.3:1
 * contrast and were 24 px tall). Needs `npm run build` (`npm test` runs it).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { chromium, ROOT, serve, stop, WAIT } from './pack-helpers.js';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const PAGES = ['index.html', 'one-lesson.html', 'en.html', 'csp.html', 'raw-markdown.html', 'builder.html'];
const SCREENS = [
  { width: 360, height: 640, isMobile: true, hasTouch: true },
  { width: 1366, height: 768 },
];

describe('the example partner site', { timeout: 300_000 }, () => {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await serve(ROOT, ['examples', 'dist', 'modules']);
    browser = await chromium();
  });
  after(async () => {
    await browser?.close();
    await stop(server?.child);
  });

  for (const file of PAGES) {
    it(`${file}: no axe violation, a menu easy to tap, no sideways scrolling, at 360 and 1366 px`, async () => {
      const page = await browser!.newPage();
      page.setDefaultTimeout(WAIT.timeout);
      try {
        for (const screen of SCREENS) {
          await page.setViewport(screen);
          await page.goto(`http://127.0.0.1:${server!.port}/examples/${file}`, { waitUntil: 'load' });
          // Every Langkah element on the page has drawn something in its shadow root.
          await page.waitForFunction(
            `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('langkah-')).every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && (e.localName !== 'langkah-lesson' || e.shadowRoot.querySelector('[part~="step"]')) && (e.localName !== 'langkah-builder' || e.shadowRoot.querySelector('#search')))`,
          );
          await page.evaluate(AXE);
          const violations = (await page.evaluate(
            `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join(' | ')))`,
          )) as string[];
          assert.deepEqual(violations, [], `${file} at ${screen.width} px`);
          const small = (await page.evaluate(
            `[...document.querySelectorAll('nav a')].filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.textContent.trim())`,
          )) as string[];
          assert.deepEqual(small, [], `${file} at ${screen.width} px: menu links under 44 px tall`);
          const wide = (await page.evaluate('document.documentElement.scrollWidth')) as number;
          assert.ok(wide <= screen.width, `${file} at ${screen.width} px scrolls sideways (${wide} px)`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
