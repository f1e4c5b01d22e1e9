#!/usr/bin/env node
// Review 16i (item 3): the course's own Back (history.back(), its popstate later) on a page with two courses. A: the
// learner taps course A's "back to the path" and, before the browser is back, a lesson on course B's path (one task,
// as a learner quicker than a loaded phone). B: the same, but the host page replaces course A by a new course element
// (an SPA route) that reopens a lesson.   BROWSER=firefox node review/r16i-twocourses.mjs A|B
import { slowServer, launch } from './r16c-lib.mjs';
const FF = process.env.BROWSER === 'firefox'; const CASE = process.argv[2] ?? 'A';
const srv = await slowServer(process.cwd(), { lat: 5, hold: 0 });
srv.extra['/two.html'] = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dua kursus</title>
<script type="module" src="/dist/cdn/langkah.js"></script></head><body>
<div id="a"><langkah-curriculum id="ca" src="/test/fixtures/course/curriculum.json"></langkah-curriculum></div>
<div id="b"><langkah-curriculum id="cb" src="/test/fixtures/course-two/kursus-lain.json"></langkah-curriculum></div></body></html>`;
const browser = await launch(FF); const page = await browser.newPage();
page.on('console', (m) => /langkah/.test(m.text()) && console.log('console:', m.text()));
await page.goto(srv.base + '/two.html');
await page.waitForFunction(() => ['ca', 'cb'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[data-ref]')));
const show = (when) => page.evaluate((when) => {
  const v = (id) => { const c = document.getElementById(id); const r = c?.shadowRoot; return !c ? 'gone' : r.querySelector('langkah-lesson') ? `lesson ${r.querySelector('langkah-lesson').getAttribute('src')?.split('/').pop()}` : 'path'; };
  return `${when}: A=${v('ca')} B=${v('cb')} history.length=${history.length} state=${JSON.stringify(history.state)}`;
}, when).then(console.log);
const click = (id, sel) => `document.getElementById('${id}').shadowRoot.querySelector('${sel}').click()`;
await page.evaluate(click('ca', '[data-ref]'));
await page.waitForFunction(() => document.getElementById('ca').shadowRoot.querySelector('langkah-lesson'));
await show('A open');
if (CASE === 'A') {
  await page.evaluate(`${click('ca', '#back')}; ${click('cb', '[data-ref]')}`);
  await new Promise((r) => setTimeout(r, 1500)); await show('after A back + B open (one task)');
  await page.goBack({ timeout: 3000 }).catch(() => {}); await new Promise((r) => setTimeout(r, 800)); await show('after the phone\'s Back');
  await page.goBack({ timeout: 3000 }).catch(() => {}); await new Promise((r) => setTimeout(r, 800)); await show('after a second Back');
} else {
  await page.evaluate(`${click('ca', '#back')}; document.getElementById('a').innerHTML = ''; localStorage.setItem('x', 'y');`);
  // the host's new route: course B as it would be on a new page, with a lesson it remembers open (reopened on load)
  await page.evaluate(() => { const c = document.getElementById('cb'); c.shadowRoot.querySelector('[data-ref]').click(); });
  await new Promise((r) => setTimeout(r, 300));
  await page.evaluate(() => { const c = document.getElementById('cb'); c.shadowRoot.querySelector('#back').click(); });
  await new Promise((r) => setTimeout(r, 300)); await show('setup: B lesson opened and closed (remembered? no)');
}
await browser.close(); srv.close(); process.exit(0);
