/**
 * The facilitator guide in a course pack, as a trainer meets it: built with
 * the default curriculum, one page per course language, every lesson of the
 * course in course order under the days and sessions of the course path,
 * linked from the trainer page, kept offline by the service worker, and
 * every text escaped.
 *
 * Needs the browser bundle in dist/cdn (`npm test` runs `npm run build` first).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuiltCurriculum } from '../../src/content/schema.js';
import { courseTranslation } from '../../src/i18n/course.js';
import { guideYaml, lessonText, moduleYaml, removeTemp, run, tree } from './helpers.js';
import { ROOT } from './pack-helpers.js';

const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Builds the curriculum at `yaml` into a fresh folder; returns the folder. */
async function build(yaml: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'langkah-guide-')), 'course');
  const r = await run('build', relative(process.cwd(), yaml), '--out', out);
  assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
  return out;
}

describe('the facilitator guide of a course pack', () => {
  let out = '';
  let course: BuiltCurriculum;
  const read = (f: string) => readFileSync(join(out, f), 'utf8');

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/cdn/langkah.js'))) {
      throw new Error('dist/cdn/langkah.js is missing: run "npm run build" before this test ("npm test" does)');
    }
    out = await build(CURRICULUM);
    course = JSON.parse(read('curriculum.json'));
  });
  after(() => removeTemp(out && join(out, '..')));

  it('is one page per language of the course, linked from the trainer page', () => {
    assert.deepEqual(course.languages, ['id', 'en']);
    assert.match(read('guide.html'), /<html lang="id">/);
    assert.match(read('guide.en.html'), /<html lang="en">/);
    const trainer = read('trainer.html');
    assert.match(trainer, /<a href="guide.html">Panduan fasilitator untuk dicetak<\/a>/);
    assert.match(trainer, /<a href="guide.en.html" lang="en" hreflang="en">Facilitator guide \(English\)<\/a>/);
    assert.match(read('guide.html'), /<a href="trainer.html">Kembali ke halaman pelatih<\/a>/);
    // Each guide links to the other language, never to itself.
    assert.match(read('guide.html'), /<p class="guide-links"><a href="guide.en.html" lang="en" hreflang="en">Facilitator guide \(English\)<\/a><\/p>/);
    assert.match(read('guide.en.html'), /<p class="guide-links"><a href="guide.html" lang="id" hreflang="id">Panduan fasilitator \(Bahasa Indonesia\)<\/a><\/p>/);
  });

  it('is kept offline like every pack file: in the service worker\'s list and the build marker', () => {
    const precached = JSON.parse(/const FILES = (.*);/.exec(read('sw.js'))![1]!) as string[];
    const marked = (JSON.parse(read('.langkah-build')) as { files: string[] }).files;
    for (const f of ['guide.html', 'guide.en.html', 'guide.css', 'guide.js']) {
      assert.ok(precached.includes(f), `${f} is precached`);
      assert.ok(marked.includes(f), `${f} is in the marker`);
    }
  });

  for (const lang of ['id', 'en'] as const) {
    it(`shows every lesson of the course in course order under its day and session, in ${lang}`, () => {
      const page = read(lang === 'id' ? 'guide.html' : 'guide.en.html');
      const c = courseTranslation(lang);
      let at = 0;
      let heading = '';
      for (const m of course.modules) {
        const part = [m.day ? c.day(m.day) : '', m.session?.[lang] ?? ''].filter(Boolean).join(' · ');
        if (part !== heading) {
          // The course path's heading for this day and session, then its modules.
          const h = page.indexOf(`<h2>${esc(part)} <small>`, at);
          assert.ok(h >= at, `"${part}" comes next`);
          at = h;
          heading = part;
        }
        for (const l of m.lessons) {
          const block = page.indexOf(`<article class="lesson" id="${m.id}--${l.id}">`, at);
          assert.ok(block > at, `${m.id}/${l.id} comes next`);
          const lesson = JSON.parse(read(l.src[lang])) as { title: string; goal: string; duration: number; verify?: string[] };
          const end = page.indexOf('</article>', block);
          const text = page.slice(block, end);
          assert.ok(text.includes(`>${esc(lesson.title)}</h4>`), `${l.id}: title`);
          assert.ok(text.includes(`<dd>${esc(lesson.goal)}</dd>`), `${l.id}: goal`);
          assert.ok(text.includes(`<dd>${c.minutes(lesson.duration)}</dd>`), `${l.id}: minutes`);
          // What the lesson says must be checked on a phone is in "before class", marked so.
          const flag = lang === 'id' ? 'Cek di HP dulu' : 'Check on a phone first';
          for (const claim of lesson.verify ?? []) assert.ok(text.includes(`<strong class="verify">${flag}:</strong> ${esc(claim)}`), `${l.id}: "${claim}"`);
          at = end;
        }
      }
      assert.equal(page.match(/<article class="lesson"/g)!.length, course.modules.reduce((n, m) => n + m.lessons.length, 0));
    });
  }

  it('carries the module\'s guide: the question, the task, "before class" with what to check on a phone, and the mistakes', () => {
    const page = read('guide.html');
    const block = page.slice(page.indexOf('id="kunci-akun--verifikasi-dua-langkah"'), page.indexOf('id="kunci-akun--akun-dicuri"'));
    assert.match(block, /<dt>Pertanyaan diskusi<\/dt><dd>Di mana Anda biasanya menyimpan PIN/);
    assert.match(block, /<dt>Tugas praktik di HP peserta<\/dt><dd>Setiap peserta membuka WhatsApp/);
    assert.match(block, /<li><strong class="verify">Cek di HP dulu:<\/strong> Di HP contoh, buka Setelan &gt; Akun &gt; Verifikasi dua langkah/);
    assert.match(block, /<li>Minta peserta membawa kertas dan pulpen/, 'an item without verify is not marked');
    assert.match(block, /<h5 class="sub">Kesalahan yang sering terjadi<\/h5><ul><li>Peserta menyalakan fitur ini tanpa email/);
    // Every module of the default course has its guide now: none shows the "no guide yet" note.
    assert.doesNotMatch(page, /<p class="none">/);
  });

  it('runs under the pack\'s strict CSP: no inline script or style', () => {
    for (const f of ['guide.html', 'guide.en.html']) {
      const page = read(f);
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;/);
      assert.doesNotMatch(page, /<style|style=|<script(?![^>]*\bsrc=)|\son\w+=/i);
      assert.match(page, /<link rel="stylesheet" href="guide.css">/);
    }
  });

  it('escapes every text it shows: titles, lesson text and the guide', async () => {
    const hostile = '<img src=x onerror=alert(1)> & "quoted"';
    const dir = tree({
      'modules/a/module.yaml': moduleYaml('a').replace('id: Contoh', `id: '${hostile}'`),
      'modules/a/guide.yaml': guideYaml().replace('id: Apa yang Anda lakukan kemarin?', `id: '${hostile}'`),
      'modules/a/id/pelajaran.md': lessonText().replace('goal: Anda tahu satu hal.', `goal: '${hostile}'`),
      'modules/a/en/pelajaran.md': lessonText(),
      'modules/curricula/kelas.yaml': `id: kelas\nversion: 1\ntitle: { id: '${hostile}', en: Class }\norganiser: '</p><script>alert(1)</script>'\nlanguages: [id]\nmodules:\n  - module: a\n`,
    });
    const built = await build(join(dir, 'modules/curricula/kelas.yaml'));
    const page = readFileSync(join(built, 'guide.html'), 'utf8');
    assert.doesNotMatch(page, /<img|<script>|onerror=alert\(1\)>/);
    // The module title, the course title, the lesson's goal and the guide's question.
    assert.ok(page.split(esc(hostile)).length - 1 >= 4, 'each hostile text is shown, escaped');
    assert.ok(page.includes('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!existsSync(join(built, 'guide.en.html')), 'no page for a language the course does not have');
    removeTemp(join(built, '..'));
  });
});
