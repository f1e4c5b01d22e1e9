// As an attacker: hostile text in the builder's boxes, hostile course links, hostile report
// messages in the roster. Any script that runs sets window.__pwned; it must stay undefined.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeLink } from '../dist/builder/link.js';

const XSS = '<img src=x onerror="window.__pwned=1">';
export default async function ({ BASE, OUT, log, launch, open, shot, sleep }) {
  const browser = await launch();
  const pwned = (p) => p.evaluate(() => window.__pwned ?? 'no');
  // 1. Builder boxes: HTML, YAML breakers, bidi override, huge values, odd pass marks.
  const { page } = await open(browser);
  await page.goto(`${BASE}/examples/builder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelector('#search'));
  const set = (id, v) => page.evaluate((id, v) => { const e = document.querySelector('langkah-builder').shadowRoot.getElementById(id); e.value = v; e.dispatchEvent(new Event('input', { bubbles: true })); }, id, v);
  await page.evaluate(() => document.querySelector('langkah-builder').shadowRoot.querySelector('li.lesson input').click());
  const title = `${XSS}"\n} modules: []\n# \u202Egnp.exe ${'x'.repeat(300)}`;
  await set('title-id', title);
  await set('organiser', "'; DROP TABLE --\u200b");
  for (const pass of ['150', '-5', '1e3', '70.5', '']) {
    await set('pass', pass);
    await sleep(200);
    log(`pass "${pass}":`, await page.evaluate(() => { const r = document.querySelector('langkah-builder').shadowRoot; return [...r.querySelectorAll('.problems li')].map((l) => l.textContent.trim()).join(' | ') || `ok, yaml pass line: ${(r.querySelector('#yaml')?.value.match(/^pass:.*$/m) || ['(none)'])[0]}`; }));
  }
  const yaml = await page.evaluate(() => document.querySelector('langkah-builder').shadowRoot.querySelector('#yaml')?.value);
  const { parse } = await import('yaml');
  const y = yaml ? parse(yaml) : undefined;
  log('builder: title kept in YAML exactly (after maxlength)?', y && y.title.id === title.slice(0, 160), '| modules in YAML:', y?.modules?.length, '| pwned:', await pwned(page));
  const link = await page.evaluate(() => document.querySelector('langkah-builder').shadowRoot.querySelector('#link')?.value);
  await shot(page, 'a01-builder-hostile', true);
  // 2. Links.
  const course = (over) => encodeLink({ id: 'serang-1', version: 1, title: { id: XSS, en: XSS }, organiser: `${XSS}\u202E`, languages: ['id', 'en'],
    modules: [{ module: 'kunci-akun', lessons: undefined, day: 1, session: { id: XSS, en: XSS } }], ...over });
  const links = [
    ['built hostile', link],
    ['encodeLink xss', `${BASE}/examples/course.html${course({})}`],
    ['unknown module', `${BASE}/examples/course.html${course({ modules: [{ module: 'tidak-ada' }] })}`],
    ['path module', `${BASE}/examples/course.html${course({ modules: [{ module: '../../etc/passwd' }] })}`],
    ['2 MB hash', `${BASE}/examples/course.html#k=1.${'A'.repeat(2_000_000)}`],
    ['script hash', `${BASE}/examples/course.html#k=1.<script>window.__pwned=1</script>`],
    ['javascript:', `${BASE}/examples/course.html#javascript:window.__pwned=1`],
  ];
  for (const [what, u] of links) {
    if (!u) { log(`link ${what}: (none made)`); continue; }
    const { ctx, page: p } = await open(browser, { phone: true });
    const t = Date.now();
    await p.goto(u, { waitUntil: 'networkidle0', timeout: 60000 }).catch((e) => log('  goto', e.message));
    await sleep(1500);
    const txt = await p.evaluate(() => (document.querySelector('langkah-curriculum')?.shadowRoot?.textContent || document.body.innerText).replace(/\s+/g, ' ').trim().slice(0, 160)).catch((e) => e.message);
    log(`link ${what} (${u.length} chars, ${Date.now() - t} ms): pwned=${await pwned(p)} :: ${txt}`);
    if (what === 'encodeLink xss') await shot(p, 'a02-link-xss');
    await ctx.close();
  }
  // 3. Roster: hostile names, a bidi name, a huge paste.
  const { page: r } = await open(browser);
  await r.goto(`${BASE}/dist/course/trainer.html`, { waitUntil: 'networkidle0' });
  await r.waitForFunction(() => document.querySelector('langkah-roster')?.shadowRoot?.querySelector('#paste'));
  const paste = async (t) => { const s = Date.now(); await r.evaluate((t) => { const x = document.querySelector('langkah-roster').shadowRoot; const a = x.querySelector('#paste'); a.value = t; a.dispatchEvent(new Event('input')); x.querySelector('button.primary[type=submit]').click(); }, t); await sleep(1500); return Date.now() - s; };
  const { encodeReport, courseFingerprint } = await import('../dist/index.js');
  const c = await (await fetch(`${BASE}/dist/course/curriculum.json`)).json();
  const refs = c.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
  const qs = c.modules.flatMap((m) => m.lessons.map((l) => l.questions));
  const code = (i) => encodeReport({ course: courseFingerprint(c.id, c.version, refs), name: '', last: Date.now() - 60_000 * (i + 1), lessons: qs.map((q, j) => (j < i % 40 ? { status: 'done', score: 100 } : { status: 'none' })) }, qs);
  const longest = encodeReport({ course: courseFingerprint(c.id, c.version, refs), name: '', last: Date.UTC(2041, 11, 1), lessons: qs.map((q, j) => (j < qs.length - 1 ? { status: 'done', score: 0 } : { status: 'started' })) }, qs);
  log(`default course: ${qs.length} lessons; a near-worst LK2 code: ${longest} (${longest.length - 4} chars after LK2-)`);
  await paste([`Nama: ${XSS}\nKode: ${code(1)}`, `Nama: \u202Eirs ub\nKode: ${code(2)}`, `Nama: =HYPERLINK("http://x")\nKode: ${code(3)}`, `Nama: ${'N'.repeat(5000)}\nKode: ${code(4)}`].join('\n\n'));
  log('roster hostile names: pwned=', await pwned(r), '| rows:', await r.evaluate(() => [...document.querySelector('langkah-roster').shadowRoot.querySelectorAll('tbody tr th, tbody tr td:first-child')].map((x) => x.textContent.trim().slice(0, 50))));
  log('page width with a 5000-char name:', await r.evaluate(() => document.documentElement.scrollWidth));
  await shot(r, 'a03-roster-hostile');
  const big = Array.from({ length: 3000 }, (_, i) => `Nama: Peserta ${i}\nKode: ${code(i)}`).join('\n');
  log(`huge paste (${big.length} chars, 3000 codes): ${await paste(big)} ms to return;`);
  await r.waitForFunction(() => !/\d+ \/ \d+|sedang/i.test(document.querySelector('langkah-roster').shadowRoot.textContent.slice(0, 3000)), { timeout: 60000 }).catch(() => log('  still busy after 60 s'));
  log('  after:', await r.evaluate(() => document.querySelector('langkah-roster').shadowRoot.querySelectorAll('tbody tr').length), 'rows shown; pwned=', await pwned(r));
  writeFileSync(join(OUT, 'attack-done.txt'), 'ok');
  await browser.close();
}
