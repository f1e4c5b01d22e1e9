#!/usr/bin/env node
// Review 16c: what bench/resume-flash.mjs's probe reads on a page where langkah-resume.js opened step 3 (bundle held):
// the first "Langkah N dari" of the shadow root's text (the bench) against the step the learner can see.
import { readFileSync } from 'node:fs';
import { slowServer, launch } from './r16c-lib.mjs';
const K = 'langkah:lesson:kunci-akun/kode-otp@id';
const lesson = JSON.parse(readFileSync('/tmp/r16c/public/langkah-kami/id/kunci-akun/kode-otp.json', 'utf8'));
const srv = await slowServer('/tmp/r16c', { lat: 0, hold: 60000 });
const browser = await launch(process.env.BROWSER === 'firefox');
const page = await browser.newPage();
await page.goto(`${srv.base}/blank`);
await page.evaluate((k, v) => localStorage.setItem(k, v), K, JSON.stringify({ v: 1, key: K.slice(8), content: lesson.version, lang: 'id', step: 2, seen: lesson.steps.slice(0, 3).map((s) => s.id), answers: {}, checks: {}, started: 1, updated: 1 }));
srv.nav = Date.now();
page.goto(`${srv.base}/public/langkah-kami/sync.html`).catch(() => {});
await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 20000 });
await new Promise((r) => setTimeout(r, 500));
console.log(await page.evaluate(() => {
  const el = document.querySelector('langkah-lesson');
  const bench = getComputedStyle(el).visibility === 'hidden' ? 'hidden' : (el.shadowRoot?.textContent.match(/Langkah (\d+) dari/)?.[1] ?? '');
  const seen = [...el.shadowRoot.querySelectorAll('*')].filter((x) => !x.children.length && /^Langkah \d+ dari/.test(x.textContent.trim()) && x.checkVisibility({ visibilityProperty: true })).map((x) => x.textContent.trim());
  return `bench probe reads "${bench}"; the learner sees ${JSON.stringify(seen)}`;
}));
await browser.close(); srv.close();
