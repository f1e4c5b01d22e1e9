/**
 * Two offline packs on one site, and a new version of one of them, in
 * Chromium, against a host that lets browsers keep files for ten minutes
 * (`Cache-Control: max-age=600`, as GitHub Pages sends):
 *
 * - packs at /a/ and /a-b/ with ids `kelas` and `kelas-digital` (each a
 *   prefix of the other) keep separate offline copies, and neither answers
 *   requests that are not for its own files;
 * - a rebuilt /a/ is installed with the new files, not the host-cached old
 *   ones; the learner sees a notice with a reload button on that visit, gets
 *   the new version, keeps their progress, and the other pack's copy is
 *   untouched;
 * - offline, both packs still open from their own copies.
 *
 * Needs the browser bundle in dist/cdn and Chromium (see pack.test.ts).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { lessonText, module, moduleYaml, removeTemp, run } from './helpers.js';
import { chromium, firefox, host, PAGE_HELPERS, ROOT, WAIT } from './pack-helpers.js';

const curriculum = (id: string, title: string) => `id: ${id}
version: 1
title:
  id: ${title}
  en: ${title}
organiser: Uji
languages: [id, en]
modules:
  - module: contoh
`;

const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#0b6e4f"/></svg>';
const lesson = (words: string, title = 'Contoh pelajaran') =>
  lessonText('pelajaran').replace('Teks langkah satu.', `${words}\n\n![Gambar contoh](images/contoh.svg)`).replace('title: Contoh pelajaran', `title: ${title}`);

/** Builds `curriculumFile` into the pack folder `out`. */
async function build(curriculumFile: string, out: string) {
  const r = await run('build', relative(process.cwd(), curriculumFile), '--out', out);
  assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
}

/** The module and the curricula kelas and kelas-digital, in their first or second version. */
function project(version: 1 | 2): string {
  const dir = module({
    'contoh/id/pelajaran.md': version === 1 ? lesson('Versi satu dari langkah ini.') : lesson('Versi dua: langkah ini sudah diperbarui.', 'Contoh pelajaran, versi dua'),
    'contoh/id/images/contoh.svg': PICTURE,
  });
  writeFileSync(join(dir, 'kelas.yaml'), curriculum('kelas', version === 1 ? 'Kelas satu' : 'Kelas satu, versi dua'));
  writeFileSync(join(dir, 'kelas-digital.yaml'), curriculum('kelas-digital', 'Kelas digital'));
  return dir;
}

const V2_TITLE = 'Kelas satu, versi dua';

describe('two offline packs on one site, and a new version of one', { timeout: 240_000 }, () => {
  let tmp = '';
  let site = '';
  let web: Awaited<ReturnType<typeof host>>;
  let browser: Browser | undefined;
  let a: Page;
  let b: Page;
  let origin = '';
  const violations: string[] = [];
  const cachesNow = (page: Page) =>
    page.evaluate(`(async () => {
      const out = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
      return out;
    })()`) as Promise<Record<string, string[]>>;
  const listed = (pack: string) => JSON.parse(/const FILES = (\[.*\]);/.exec(readFileSync(join(site, pack, 'sw.js'), 'utf8'))![1]!)
    .map((f: string) => new URL(f, `${origin}/${pack}/`).href)
    .sort();

  async function open(path: string): Promise<Page> {
    const page = await browser!.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    await page.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(`${path}: ${v}`));
    await page.evaluateOnNewDocument(PAGE_HELPERS);
    await page.goto(`${origin}${path}`, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction('navigator.serviceWorker.controller !== null', WAIT);
    await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
    return page;
  }

  const title = (page: Page) => page.evaluate(`document.querySelector('h1').textContent`);

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/cdn/langkah.js'))) throw new Error('dist/cdn/langkah.js is missing: run "npm run build" first');
    const v1 = project(1);
    tmp = mkdtempSync(join(tmpdir(), 'langkah-packs-'));
    site = join(tmp, 'site');
    await build(join(v1, 'kelas.yaml'), join(site, 'a'));
    await build(join(v1, 'kelas-digital.yaml'), join(site, 'a-b'));
    writeFileSync(join(site, 'outside.txt'), 'not part of a pack');
    web = await host(site);
    origin = `http://127.0.0.1:${web.port}`;
    browser = await chromium();
  });

  after(async () => {
    await browser?.close();
    web?.server.close();
    removeTemp(tmp);
  });

  let before1: Record<string, string[]> = {};

  it('keeps one offline copy per pack, named by its address, with exactly its own files', async () => {
    // Copies left by packs of an older Langkah, named by id ("langkah-<id>-<stamp>"): each pack removes only its own.
    const site = await browser!.newPage();
    await site.goto(`${origin}/outside.txt`, WAIT);
    await site.evaluate(`Promise.all([
      caches.open('langkah-kelas-old1').then((c) => c.put(${JSON.stringify(`${origin}/a/`)}, new Response('v0'))),
      caches.open('langkah-kelas-digital-old2').then((c) => c.put(${JSON.stringify(`${origin}/a-b/`)}, new Response('v0'))),
    ])`);
    a = await open('/a/');
    const afterA = Object.keys(await cachesNow(a));
    assert.ok(!afterA.includes('langkah-kelas-old1') && afterA.includes('langkah-kelas-digital-old2'), afterA.join('\n'));
    b = await open('/a-b/');
    await site.close();
    before1 = await cachesNow(a);
    const names = Object.keys(before1).sort();
    assert.equal(names.length, 2, names.join('\n'));
    assert.match(names[0]!, new RegExp(`^langkah-pack ${origin}/a-b/ kelas-digital-\\w+$`));
    assert.match(names[1]!, new RegExp(`^langkah-pack ${origin}/a/ kelas-\\w+$`));
    assert.deepEqual(before1[names[1]!], listed('a'));
    assert.deepEqual(before1[names[0]!], listed('a-b'));
    // The lesson's picture is the pack's own file and shows under the pack's CSP (in the tab in front: a hidden one loads no lazy picture).
    await a.bringToFront();
    await a.evaluate(`window.__course().querySelector('[data-ref="contoh/pelajaran"]').click()`);
    // The picture loads lazily: the learner scrolls to it.
    await a.waitForFunction(`window.__lesson()?.querySelector('img')`, WAIT);
    await a.evaluate(`window.__lesson().querySelector('img').scrollIntoView()`);
    await a.waitForFunction(`window.__lesson()?.querySelector('img')?.complete && window.__lesson().querySelector('img').naturalWidth === 320`, WAIT);
  });

  it('answers only its own files: requests for the other pack, the site or a file added later go to the network', async () => {
    const probe = async (path: string) => {
      const was = web.hits.get(path) ?? 0;
      const status = await a.evaluate(`fetch(${JSON.stringify(path)}, { cache: 'no-store' }).then((r) => r.status)`);
      return { status, network: (web.hits.get(path) ?? 0) - was };
    };
    writeFileSync(join(site, 'a', 'tambahan.txt'), 'added to the host after the build');
    assert.deepEqual(await probe('/a-b/curriculum.json'), { status: 200, network: 1 });
    assert.deepEqual(await probe('/outside.txt'), { status: 200, network: 1 });
    assert.deepEqual(await probe('/a/tambahan.txt'), { status: 200, network: 1 });
    // The pack's own file comes from its copy.
    assert.deepEqual(await probe('/a/curriculum.json'), { status: 200, network: 0 });
    assert.deepEqual(await cachesNow(a), before1, 'nothing was added to either copy');
    // The host's own file goes again before the next build: --out replaces only a folder that holds what Langkah wrote.
    rmSync(join(site, 'a', 'tambahan.txt'));
  });

  it('the learner finishes the lesson in pack /a/', async () => {
    await a.waitForFunction(`window.__lesson()?.querySelector('[part~="step"] h3')`, WAIT);
    for (let step = 0; step < 4; step++) {
      if (await a.evaluate(`!!window.__lesson().querySelector('[part~="summary"]')`)) break;
      for (const id of (await a.evaluate('window.__questions()')) as string[]) {
        assert.equal(await a.evaluate(`window.__answer(${JSON.stringify(id)}, [0], null)`), true);
      }
      const counter = await a.evaluate(`window.__lesson().querySelector('.counter').textContent`);
      await a.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
      await a.waitForFunction(`window.__lesson().querySelector('.counter').textContent !== ${JSON.stringify(counter)}`, WAIT);
    }
    await a.evaluate(`window.__course().querySelector('#back').click()`);
    await a.waitForFunction(`window.__state('contoh/pelajaran') === 'done'`, WAIT);
  });

  it('on the next visit after a rebuild, installs the new files despite max-age and offers a reload', async () => {
    await build(join(project(2), 'kelas.yaml'), join(site, 'a'));
    // The host still tells browsers to keep the old files for ten minutes.
    const head = await fetch(`${origin}/a/curriculum.json`);
    assert.equal(head.headers.get('cache-control'), 'max-age=600');

    await a.reload({ waitUntil: 'load', ...WAIT });
    await a.waitForFunction(`document.querySelector('#update button')`, WAIT);
    const notice = (await a.evaluate(`(() => {
      const box = document.getElementById('update');
      const button = box.querySelector('button');
      const r = button.getBoundingClientRect();
      return { role: box.getAttribute('role'), text: box.querySelector('span').textContent, button: button.textContent, width: r.width, height: r.height, fontSize: parseFloat(getComputedStyle(box).fontSize) };
    })()`)) as { role: string; text: string; button: string; width: number; height: number; fontSize: number };
    assert.equal(notice.role, 'status');
    assert.equal(notice.text, 'Versi baru kursus ini siap — muat ulang untuk memakainya. Kemajuan Anda tetap tersimpan.');
    assert.equal(notice.button, 'Muat ulang');
    assert.ok(notice.height >= 44 && notice.width >= 44, `${notice.width}×${notice.height}`);
    assert.ok(notice.fontSize >= 16, String(notice.fontSize));
    // It stays in view while the learner scrolls the course.
    const inView = (await a.evaluate(`(() => {
      scrollTo(0, document.documentElement.scrollHeight);
      const r = document.querySelector('#update button').getBoundingClientRect();
      return { scrolled: scrollY, top: r.top, bottom: r.bottom, height: innerHeight };
    })()`)) as { scrolled: number; top: number; bottom: number; height: number };
    assert.ok(inView.scrolled > 200 && inView.top >= 0 && inView.bottom <= inView.height, JSON.stringify(inView));
    await a.evaluate('scrollTo(0, 0)');
    // Until the learner reloads, the page shows the old version, whole.
    assert.equal(await title(a), 'Kelas satu');
    const waiting = await cachesNow(a);
    assert.equal(Object.keys(waiting).length, 3, 'the old and the new copy of /a/, and /a-b/');
    const fresh = Object.keys(waiting).find((n) => !(n in before1) && n.includes(' kelas-'))!;
    // The new copy holds the new files, not the host-cached old ones.
    const cached = await a.evaluate(`caches.open(${JSON.stringify(fresh)}).then((c) => c.match('curriculum.json')).then((r) => r.text())`);
    assert.equal(cached, readFileSync(join(site, 'a', 'curriculum.json'), 'utf8'));
  });

  it('a page opened while the new version waits offers it too, and the notice has no axe violation', async () => {
    const page = await browser!.newPage();
    try {
      await page.setBypassCSP(true);
      await page.goto(`${origin}/a/`, { waitUntil: 'load', ...WAIT });
      await page.waitForFunction(`document.querySelector('#update button')`, WAIT);
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      const result = (await page.evaluate(`axe.run(document.getElementById('update')).then((r) => r.violations.map((v) => v.id))`)) as string[];
      assert.deepEqual(result, []);
    } finally {
      await page.close();
    }
  });

  it('the reload button brings the new version; the progress stays and the other pack keeps its copy', async () => {
    await a.bringToFront();
    await Promise.all([a.waitForNavigation({ waitUntil: 'load', ...WAIT }), a.evaluate(`document.querySelector('#update button').click()`)]);
    await a.waitForFunction(`document.querySelector('h1').textContent === ${JSON.stringify(V2_TITLE)}`, WAIT);
    await a.waitForFunction(`window.__state('contoh/pelajaran') === 'done'`, WAIT);
    assert.equal(await a.evaluate(`document.getElementById('update').textContent`), '');
    // The lesson's new title is on the path, and its new text is what the page loads.
    assert.match(await a.evaluate(`window.__course().querySelector('[data-ref="contoh/pelajaran"]').closest('li').textContent`) as string, /Contoh pelajaran, versi dua/);
    assert.match(await a.evaluate(`fetch('modules/id/contoh/pelajaran.json').then((r) => r.text())`) as string, /Versi dua: langkah ini sudah diperbarui\./);

    const now = await cachesNow(a);
    const names = Object.keys(now).sort();
    assert.equal(names.length, 2, names.join('\n'));
    const other = names.find((n) => n.includes('/a-b/'))!;
    assert.deepEqual(now[other], before1[other], 'the other pack\u2019s copy is untouched');
    const mine = names.find((n) => n.includes('/a/'))!;
    assert.ok(!(mine in before1), 'the old copy of /a/ is gone');
    assert.deepEqual(now[mine], listed('a'));
  });

  it('offline, with the host gone, both packs open from their own copies', async () => {
    web.down(true);
    for (const [page, path, expected] of [[a, '/a/', V2_TITLE], [b, '/a-b/', 'Kelas digital']] as const) {
      // Two tabs: the one in the background gets no animation frames, which waitForFunction polls on.
      await page.bringToFront();
      await page.setOfflineMode(true);
      await page.reload({ waitUntil: 'load', ...WAIT });
      assert.equal(await title(page), expected, path);
      await page.waitForFunction(`window.__course()?.querySelector('[data-ref="contoh/pelajaran"]')`, WAIT).catch(async (e) => {
        const seen = await page.evaluate(`[!!window.__course()?.querySelector('langkah-lesson'), [...(window.__course()?.querySelectorAll('[data-ref]') ?? [])].map((b) => b.dataset.ref + '|' + b.getAttribute('data-ref')), window.__course()?.textContent?.replace(/\s+/g, ' ').slice(0, 600)]`);
        throw new Error(`${path}: the course did not show offline (${(e as Error).message}); page shows ${JSON.stringify(seen)}`);
      });
      await page.waitForFunction(`window.__status().startsWith('Anda sedang offline')`, WAIT);
    }
    assert.equal(await a.evaluate(`window.__state('contoh/pelajaran')`), 'done');
    assert.deepEqual(violations, [], 'no Content-Security-Policy violation in either pack');
  });
});

describe('the same pack in Firefox: its CSP, its picture, and a new version', { timeout: 240_000 }, () => {
  let tmp = '';
  let web: Awaited<ReturnType<typeof host>>;
  let browser: Browser | undefined;
  let page: Page;
  let url = '';
  // Violations are kept in the tab's sessionStorage, which outlives a reload.
  const LISTEN = `document.addEventListener('securitypolicyviolation', (e) => {
    const list = JSON.parse(sessionStorage.getItem('violations') || '[]');
    sessionStorage.setItem('violations', JSON.stringify([...list, e.violatedDirective + ' ' + e.blockedURI]));
  }, true);`;
  const violations = () => page.evaluate(`JSON.parse(sessionStorage.getItem('violations') || '[]')`) as Promise<string[]>;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'langkah-packs-ff-'));
    await build(join(project(1), 'kelas.yaml'), join(tmp, 'a'));
    web = await host(tmp);
    url = `http://127.0.0.1:${web.port}/a/`;
    browser = await firefox();
    page = await browser.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    await page.evaluateOnNewDocument(PAGE_HELPERS + LISTEN);
  });

  after(async () => {
    await browser?.close();
    web?.server.close();
    removeTemp(tmp);
  });

  it('runs under its Content-Security-Policy: styled shadow roots, the picture shown, nothing blocked', async () => {
    await page.goto(url, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction('navigator.serviceWorker.controller !== null', WAIT);
    await page.waitForFunction(`window.__status().startsWith('Kursus tersimpan')`, WAIT);
    await page.waitForFunction(`window.__course()?.querySelector('[data-ref="contoh/pelajaran"]')`, WAIT);
    await page.evaluate(`window.__course().querySelector('[data-ref="contoh/pelajaran"]').click()`);
    await page.waitForFunction(`window.__lesson()?.querySelector('img')`, WAIT);
    await page.evaluate(`window.__lesson().querySelector('img').scrollIntoView()`);
    await page.waitForFunction(`window.__lesson().querySelector('img').complete && window.__lesson().querySelector('img').naturalWidth === 320`, WAIT);
    // Lit's constructed stylesheets apply: the lesson's main button is styled to a 44 px touch target.
    const styled = await page.evaluate(`(() => {
      const button = window.__lesson().querySelector('[part~="nav"] button.primary');
      return { sheets: window.__lesson().adoptedStyleSheets.length, height: button.getBoundingClientRect().height };
    })()`) as { sheets: number; height: number };
    assert.ok(styled.sheets > 0 && styled.height >= 44, JSON.stringify(styled));
    assert.deepEqual(await violations(), []);
  });

  it('after a rebuild, offers the new version and reloads into it, with the progress kept', async () => {
    await page.evaluate(`window.__course().querySelector('#back').click()`);
    await page.evaluate(`localStorage.setItem('probe', 'kept')`);
    await build(join(project(2), 'kelas.yaml'), join(tmp, 'a'));
    await page.reload({ waitUntil: 'load', ...WAIT });
    await page.waitForFunction(`document.querySelector('#update button')`, WAIT);
    assert.equal(await page.evaluate(`document.getElementById('update').getAttribute('role')`), 'status');
    assert.ok((await page.evaluate(`document.querySelector('#update button').getBoundingClientRect().height`)) as number >= 44);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', ...WAIT }), page.evaluate(`document.querySelector('#update button').click()`)]);
    await page.waitForFunction(`document.querySelector('h1').textContent === ${JSON.stringify(V2_TITLE)}`, WAIT);
    assert.match(await page.evaluate(`fetch('modules/id/contoh/pelajaran.json').then((r) => r.text())`) as string, /Versi dua/);
    assert.equal(await page.evaluate(`localStorage.getItem('probe')`), 'kept');
    assert.deepEqual(await violations(), []);
  });
});
