/**
 * The course builder, end to end in Chromium, as a trainer uses it: the
 * example site served as `npm start` serves it, a course put together with
 * clicks (search, pick, whole module, a second day, a session, a move), then
 * the three results held to the CLI:
 *
 * - the YAML, read by the CLI's own loader, is the course the link carries;
 * - the zip pack made in the page has the same files, byte for byte, as
 *   `langkah build` writes from that YAML (facilitator guides, the pack's
 *   catalogue and course builder included);
 * - the link opens that course on the site's course page, with its own
 *   progress; a damaged link gives a kind message.
 *
 * Needs `npm run build` first (dist/cdn, dist/modules).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { loadCurriculum, loadProject } from '../../src/cli/project.js';
import type { Problem } from '../../src/content/errors.js';
import { decodeLink, encodeLink, LinkError } from '../../src/builder/link.js';
import type { Curriculum } from '../../src/content/course-schema.js';
import { removeTemp, run } from './helpers.js';
import { chromium, files, ROOT, stop, WAIT } from './pack-helpers.js';

/** `npm start`'s server, on a free port. */
function serveSite(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), 'examples', 'dist', 'modules', '--port', '0', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /port (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

/** Waits, polling, for `selector` in the shadow root of `host` (re-rendered roots included). */
async function inShadow(page: Page, host: string, selector: string) {
  const handle = await page.waitForFunction((h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s), { polling: 100 }, host, selector);
  return handle.asElement() as ElementHandle<Element>;
}

/** Runs `fn` on the builder's shadow root. */
const inBuilder = <T>(page: Page, fn: string): Promise<T> =>
  page.evaluate(`(async () => { const root = document.querySelector('langkah-builder').shadowRoot; ${fn} })()`) as Promise<T>;

async function type(page: Page, selector: string, text: string) {
  const input = await page.waitForSelector(`langkah-builder >>> ${selector}`);
  await input!.click({ count: 3 });
  await input!.type(text);
}

describe('course builder, end to end in Chromium', { timeout: 240_000 }, () => {
  let server: { child: ChildProcess; port: number } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let tmp = '';
  let origin = '';

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'langkah-builder-'));
    server = await serveSite();
    origin = `http://localhost:${server.port}`;
    browser = await chromium();
    page = await browser.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
    // Downloads land in the test's folder (and never in the user's).
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: tmp });
  });

  after(async () => {
    await browser?.close();
    await stop(server?.child);
    removeTemp(tmp);
  });

  let link = '';
  let yaml = '';
  let zip: Uint8Array;

  it('puts a course together with clicks and keys: search, pick, a whole module, a second day, a session, a move', async () => {
    await page.goto(`${origin}/examples/builder.html`);
    await page.waitForSelector('langkah-builder >>> #search');
    await type(page, '#title-id', 'Kelas <b>Uji</b> & "Coba"');
    await type(page, '#organiser', 'Desa Sukamaju');
    // Search the catalogue, pick two lessons.
    await type(page, '#search', 'qris');
    const picks = await page.$$('langkah-builder >>> .lesson input[type=checkbox]');
    assert.ok(picks.length >= 2, 'the search for "qris" finds lessons');
    await picks[0]!.click();
    await picks[1]!.click();
    await type(page, '#search', '');
    await page.keyboard.press('Backspace');
    // A whole module, on a second day, after a named session.
    await (await page.waitForSelector('langkah-builder >>> .add-day'))!.click();
    await (await page.waitForSelector('langkah-builder >>> .add-session'))!.click();
    await page.keyboard.type('Sesi siang');
    const added = await inBuilder<string>(page, `
      const button = [...root.querySelectorAll('.add-module')].find((b) => b.textContent.includes('Kunci'));
      button.click();
      return button.textContent;`);
    assert.match(added, /Kunci/);
    // A module with pictures: they travel in the pack.
    await inBuilder(page, `[...root.querySelectorAll('.add-module')].find((b) => b.textContent.includes('WhatsApp Business')).click();`);
    // The second lesson picked moves up, with the keyboard: the live region says where it went.
    const order = () => inBuilder<string[]>(page, `return [...root.querySelectorAll('.plan > li:nth-last-child(2) li[data-lesson]')].map((l) => l.dataset.lesson);`);
    const before = await order();
    await page.focus('langkah-builder >>> .plan > li:nth-last-child(2) li:nth-child(2) .up');
    await page.keyboard.press('Enter');
    const said = await inBuilder<string>(page, `await new Promise((r) => setTimeout(r, 50)); return root.querySelector('[role=status][aria-live]').textContent;`);
    assert.match(said, new RegExp(`dipindah ke urutan 1 dari ${before.length}\\.$`));
    assert.deepEqual(await order(), [before[1], before[0], ...before.slice(2)]);
    // Focus stays on the lesson it moved: its "Naik" is now disabled, so "Turun" has it.
    assert.equal(await inBuilder<string>(page, `return root.activeElement?.closest('li')?.dataset.lesson;`), before[1]);
    const days = await inBuilder<string[]>(page, `return [...root.querySelectorAll('li.day h3')].map((h) => h.textContent);`);
    assert.equal(days.length, 2);
    assert.match(days[0]!, /^Hari 1 · \d+ menit$/);
    assert.equal(await inBuilder<string | null>(page, `return root.querySelector('.problems')?.textContent ?? null;`), null);
    link = await inBuilder<string>(page, `return root.querySelector('#link').value;`);
    yaml = await inBuilder<string>(page, `return root.querySelector('#yaml').value;`);
    assert.match(link, new RegExp(`^${origin}/examples/course\\.html#k=1\\.[\\w-]+$`));
  });

  it('writes YAML that the CLI reads as exactly the course the link carries', () => {
    // A curriculum sees the modules in the folder above it (modules/curricula/x.yaml → modules/).
    const dir = join(tmp, 'modules');
    mkdirSync(join(dir, 'curricula'), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'modules'))) if (name !== 'curricula') symlinkSync(join(ROOT, 'modules', name), join(dir, name));
    writeFileSync(join(dir, 'curricula', 'kelas.yaml'), yaml);
    const project = loadProject([join(dir, 'curricula', 'kelas.yaml')]);
    assert.deepEqual(project.problems, [] as Problem[]);
    const problems: Problem[] = [];
    const loaded = loadCurriculum(join(dir, 'curricula', 'kelas.yaml'), new Map(project.modules.map((m) => [m.module.id, m])), problems);
    assert.deepEqual(problems, []);
    const carried = decodeLink(new URL(link).hash);
    assert.deepEqual(loaded!.curriculum, carried);
    assert.equal(carried.title.id, 'Kelas <b>Uji</b> & "Coba"');
    assert.equal(carried.modules[0]!.day, 1);
    const kunci = carried.modules.find((m) => m.module === 'kunci-akun')!;
    assert.equal(kunci.day, 2);
    assert.deepEqual(kunci.session, { id: 'Sesi siang', en: 'Sesi siang' });
    // Its lessons in the order the trainer set: not the module's own, so written out.
    assert.deepEqual(kunci.lessons, ['verifikasi-dua-langkah', 'kode-otp', 'akun-dicuri', 'nomor-usaha-aman']);
    assert.equal(carried.modules.at(-1)!.module, 'whatsapp-business');
    assert.equal(carried.modules.at(-1)!.lessons, undefined, 'a whole module in its own order is written without a list');
  });

  it('downloads a zip pack with the same files, byte for byte, as langkah build writes from that YAML: guides and builder included', async () => {
    const data = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('langkah-pack', (e) => {
            const zip = (e as CustomEvent<{ zip: Uint8Array }>).detail.zip;
            let s = '';
            for (const b of zip) s += String.fromCharCode(b);
            resolve(btoa(s));
          });
        }),
    );
    await inBuilder(page, `root.querySelector('.download-pack').click();`);
    zip = Uint8Array.from(Buffer.from(await data, 'base64'));
    const status = await inBuilder<string>(page, `return root.querySelector('.pack-state').textContent;`);
    assert.match(status, /Paket siap: \d+ KB/);

    const out = join(tmp, 'cli-pack');
    const yamlFile = join(tmp, 'modules', 'curricula', 'kelas.yaml');
    const r = await run('build', relative(process.cwd(), yamlFile), '--out', out);
    assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
    const id = decodeLink(new URL(link).hash).id;
    const unzipped = unzipSync(zip);
    const inZip = Object.keys(unzipped).map((p) => p.slice(id.length + 1)).sort();
    assert.ok(Object.keys(unzipped).every((p) => p.startsWith(`${id}/`)), 'every file is in the course folder');
    const cli = files(out).filter((f) => f !== '.langkah-build').sort();
    assert.deepEqual(inZip, cli);
    for (const f of ['guide.html', 'guide.en.html', 'guide.css', 'guide.js', 'builder.html', 'langkah/langkah-builder.js', 'modules/index.json', 'modules/guides/kunci-akun.json']) {
      assert.ok(cli.includes(f), `${f} is in both packs`);
    }
    assert.ok(cli.some((f) => f.startsWith('modules/assets/whatsapp-business/')), 'the pictures are in both packs');
    for (const f of cli) {
      assert.ok(Buffer.from(unzipped[`${id}/${f}`]!).equals(readFileSync(join(out, f))), `${f} is the same in both packs`);
    }
    // The guide follows the trainer's order: the lesson moved up comes first in its module.
    const guide = readFileSync(join(out, 'guide.html'), 'utf8');
    assert.ok(guide.indexOf('id="kunci-akun--verifikasi-dua-langkah"') < guide.indexOf('id="kunci-akun--kode-otp"'));
    assert.match(guide, /Hari 2 · Sesi siang/);
    // The title typed with markup is text on the pack's page, never markup.
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(index, /<h1>Kelas &lt;b&gt;Uji&lt;\/b&gt; &amp; &quot;Coba&quot;<\/h1>/);
  });

  it('opens the link on the course page: that course, its days, its own progress; the title stays text', async () => {
    const id = decodeLink(new URL(link).hash).id;
    await page.goto(link);
    const title = await inShadow(page, 'langkah-curriculum', 'h2.title');
    assert.equal(await title!.evaluate((h) => h.textContent), 'Kelas <b>Uji</b> & "Coba"');
    assert.equal(await page.$('langkah-curriculum >>> h2.title b'), null);
    assert.equal(await page.title(), 'Kelas <b>Uji</b> & "Coba"');
    const headings = await page.$$eval('langkah-curriculum >>> [part~="day"] h3', (hs) => hs.map((h) => h.textContent?.trim()));
    assert.ok(headings.some((h) => /Hari 2 · Sesi siang/.test(h ?? '')), headings.join(' | '));
    await (await inShadow(page, 'langkah-curriculum', '#continue')).click();
    await inShadow(page, 'langkah-curriculum', 'langkah-lesson');
    // Its records are its own: named by the course and this page, apart from any pack or other course.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.includes(`langkah.course:${id}@/examples/course.html/|open`), keys.join(' '));
    assert.ok(!keys.some((k) => /^langkah\.course:[^@]+@\/examples\/\|/.test(k)), 'nothing is kept under the folder alone');
  });

  it('shows a kind message, and tells the host page, for a damaged link', async () => {
    const cut = link.slice(0, -25);
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { errors: string[] };
      w.errors = [];
      addEventListener('langkah-error', (e) => w.errors.push(e.detail.kind));
    });
    await page.goto(cut);
    const alert = await page.waitForSelector('[role=alert]');
    assert.match(await alert!.evaluate((a) => a.textContent ?? ''), /Tautan kursus ini rusak atau terpotong\..*Kemajuan Anda yang tersimpan tidak hilang/);
    assert.equal(await page.$eval('langkah-curriculum', (el) => (el as HTMLElement).hidden), true);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { errors: string[] }).errors), ['content']);
    // The same page with a whole link (pasted over the cut one) shows the course.
    await Promise.all([page.waitForNavigation(), page.evaluate((h) => void (location.hash = h), new URL(link).hash)]);
    // Back where the learner was: in the lesson opened before.
    await inShadow(page, 'langkah-curriculum', 'langkah-lesson');
  });

  it('ships in the npm package: dist/builder/ finds the catalogue and bundle beside it, and its links open on dist/builder/course.html', async () => {
    await page.goto(`${origin}/dist/builder/`);
    await page.waitForSelector('langkah-builder >>> #search');
    await type(page, '#title-id', 'Kelas Paket');
    await type(page, '#organiser', 'Desa');
    await inBuilder(page, `root.querySelector('.add-module').click();`);
    const made = await (await inShadow(page, 'langkah-builder', '#link')).evaluate((i) => (i as HTMLInputElement).value);
    assert.match(made, new RegExp(`^${origin}/dist/builder/course\\.html#k=1\\.[\\w-]+$`));
    await page.goto(made);
    const title = await inShadow(page, 'langkah-curriculum', 'h2.title');
    assert.equal(await title.evaluate((h) => h.textContent), 'Kelas Paket');
  });
});

describe('course links', () => {
  const project = loadProject([join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml')]);
  const { certificate: _, ...course } = project.curricula[0]!.curriculum;

  it('carry a whole course, days, sessions and prerequisites included, in letters, digits, "-", "_" and "."', () => {
    const hash = encodeLink(course);
    assert.match(hash, /^#k=1\.[\w-]+$/);
    assert.deepEqual(decodeLink(hash), course);
    // The default course, with its long description, stays far under what WhatsApp keeps clickable.
    assert.ok(hash.length < 2000, `${hash.length} characters`);
  });

  it('turn a damaged, cut or hand-edited link into a LinkError with its kind, never a half-read course', () => {
    const hash = encodeLink(course);
    const kind = (h: string) => {
      try {
        decodeLink(h);
        return 'read';
      } catch (e) {
        assert.ok(e instanceof LinkError, String(e));
        return e.kind;
      }
    };
    assert.equal(kind(''), 'missing');
    // Written in a sentence or in brackets over WhatsApp: "Buka tautan ini: https://…#k=1.…." or "(https://…)".
    for (const end of ['.', ')', ').', '!', '”', ',']) assert.equal(kind(hash + end), 'read', `a link followed by ${end}`);
    assert.equal(kind('#'), 'missing');
    assert.equal(kind(hash.slice(0, -20)), 'damaged');
    assert.equal(kind(hash.slice(0, 40)), 'damaged');
    assert.equal(kind(`${hash.slice(0, 30)}${hash[30] === 'A' ? 'B' : 'A'}${hash.slice(31)}`), 'damaged');
    assert.equal(kind('#k=1.<script>'), 'damaged');
    assert.equal(kind('#k=2.abc'), 'damaged');
    assert.equal(kind(`#k=1.${'A'.repeat(7000)}`), 'damaged');
    // Well compressed, but not a course: wrong ids, a pass mark of 500, no modules.
    const bad = (c: Partial<Curriculum>) => kind(encodeLink({ ...course, ...c } as Curriculum));
    assert.equal(bad({ id: 'Kelas Saya' }), 'damaged');
    assert.equal(bad({ pass: 500 }), 'damaged');
    assert.equal(bad({ modules: [] }), 'damaged');
    assert.equal(bad({ title: { id: '', en: 'x' } }), 'damaged');
    assert.equal(bad({ modules: [{ module: 'kunci-akun', lessons: ['../x'] }] }), 'damaged');
    assert.equal(bad({ organiser: 'x'.repeat(500) }), 'damaged');
  });
});
