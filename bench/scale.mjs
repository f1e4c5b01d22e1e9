// Scale benchmark: `langkah check` and `langkah build` over generated lessons,
// to show how time and peak memory grow with the number of lessons.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const lesson = (id, n) => `---
id: ${id}
title: Pelajaran nomor ${n}
goal: Anda bisa mengenali pesan penipuan nomor ${n}.
duration: 5
checked: 2026-11
sources:
  - https://faq.whatsapp.com/1131652977717250/
---

## Langkah pertama

Kode OTP adalah **rahasia**. Jangan berikan kepada siapa pun, bahkan keluarga.
Baca [bantuan WhatsApp](https://faq.whatsapp.com/) bila ragu.

- Hapus pesan yang aneh
- Blokir nomornya

## Langkah kedua

:::tip
Bank tidak pernah meminta kode OTP.
:::

:::quiz
? Teman meminta kode 6 angka. Apa yang Anda lakukan?
- [ ] Kirim
  > Jangan. Akunnya mungkin sudah dibajak.
- [x] Jangan kirim
  > Betul.

?[true-false] Bank boleh meminta OTP.
= false
> Salah.

?[chat] Pembeli mengeluh.
< Bu Rina: Nasinya dingin.
- [x] Mohon maaf, Bu. Mau kami ganti?
  > Bagus.
  < Bu Rina: Iya, terima kasih.
- [ ] Salah kurir.
  > Jangan menyalahkan.
:::

:::checklist
- [ ] Verifikasi dua langkah aktif
  > Buka **Setelan > Akun**.
- [ ] Kunci layar HP
:::
`;

/** Writes `count` lessons (both languages) in modules of 10 lessons each. */
function generate(root, count) {
  const perModule = 10;
  for (let m = 0; m * perModule < count; m++) {
    const dir = join(root, `modul-${m}`);
    const ids = [];
    for (let i = 0; i < perModule && m * perModule + i < count; i++) ids.push(`pelajaran-${i}`);
    mkdirSync(join(dir, 'id'), { recursive: true });
    mkdirSync(join(dir, 'en'), { recursive: true });
    writeFileSync(
      join(dir, 'module.yaml'),
      `id: modul-${m}\nversion: 1\nlevel: basic\ntitle: { id: Modul ${m}, en: Module ${m} }\ndescription: { id: Contoh., en: Example. }\nlessons: [${ids.join(', ')}]\n`,
    );
    ids.forEach((id, i) => {
      for (const lang of ['id', 'en']) writeFileSync(join(dir, lang, `${id}.md`), lesson(id, m * perModule + i));
    });
  }
}

/** Runs the CLI in a child process; returns wall time and peak memory (max RSS). */
function measure(args) {
  const script = `
    const { main } = await import(${JSON.stringify(new URL('../dist/cli/main.js', import.meta.url).href)});
    const t = performance.now();
    const code = await main(${JSON.stringify(args)}, { out() {}, err() {} });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ code, ms, maxRssKiB: process.resourceUsage().maxRSS }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

export function scaleBench(counts = [100, 300, 1000]) {
  const rows = [];
  for (const count of counts) {
    const root = mkdtempSync(join(tmpdir(), 'langkah-scale-'));
    try {
      generate(join(root, 'modules'), count);
      const check = measure(['check', join(root, 'modules')]);
      const build = measure(['build', join(root, 'modules'), '--out', join(root, 'out')]);
      if (check.code !== 0 || build.code !== 0) throw new Error(`generated content failed: ${check.code}/${build.code}`);
      rows.push({ lessons: count, files: count * 2, check, build });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}

// ------------------------------------------------------------------ check time per MB

/** One step of realistic lesson text: prose, a list, a quote, a tip, a question, a checklist. */
const step = (i) => `## Langkah ${i}

Kode OTP adalah **rahasia**. Jangan berikan kepada *siapa pun*, bahkan keluarga.
Baca [bantuan WhatsApp](https://faq.whatsapp.com/) bila ragu.

- Hapus pesan yang aneh
- Blokir nomornya

> Ingat: bank tidak pernah meminta kode.

:::tip
Bank tidak pernah meminta kode OTP.
:::

:::quiz
? Teman meminta kode 6 angka. Apa yang Anda lakukan?
- [ ] Kirim
  > Jangan. Akunnya mungkin sudah dibajak.
- [x] Jangan kirim
  > Betul.
:::

:::checklist
- [ ] Verifikasi dua langkah aktif
  > Buka **Setelan > Akun**.
- [ ] Kunci layar HP
:::

`;

/** A lesson of about `bytes` bytes made of whole steps (at most `maxSteps`). */
function bigLesson(id, bytes, maxSteps = Infinity) {
  let text = lesson(id, 0).split('## Langkah pertama')[0];
  for (let i = 1; text.length < bytes && i <= maxSteps; i++) text += step(i);
  return text;
}

/** Writes lessons of ~32 KB (half the limit, 40 steps at most) in both languages until the tree holds `bytes`. */
function generateBytes(root, bytes) {
  const perLesson = bigLesson('x', 32 * 1024, 40);
  let written = 0;
  for (let m = 0; written < bytes; m++) {
    const dir = join(root, `modul-${m}`);
    const ids = [];
    for (let i = 0; i < 10 && written < bytes; i++) {
      ids.push(`pelajaran-${i}`);
      written += perLesson.length * 2;
    }
    mkdirSync(join(dir, 'id'), { recursive: true });
    mkdirSync(join(dir, 'en'), { recursive: true });
    writeFileSync(join(dir, 'module.yaml'), `id: modul-${m}\nversion: 1\nlevel: basic\ntitle: { id: Modul ${m}, en: Module ${m} }\ndescription: { id: Contoh., en: Example. }\nlessons: [${ids.join(', ')}]\n`);
    for (const id of ids) for (const lang of ['id', 'en']) writeFileSync(join(dir, lang, `${id}.md`), bigLesson(id, 32 * 1024, 40));
  }
  return written;
}

/** Parses one lesson of `bytes` in a fresh process, with the limits lifted, so the parser alone is measured. */
function parseOnce(bytes) {
  const script = `
    const { parseLesson } = await import(${JSON.stringify(new URL('../dist/content/markdown.js', import.meta.url).href)});
    const lesson = (${bigLesson.toString()});
    const lessonHead = ${JSON.stringify(lesson('besar', 0).split('## Langkah pertama')[0])};
    const step = ${step.toString()};
    let text = lessonHead;
    for (let i = 1; text.length < ${bytes}; i++) text += step(i);
    const t = performance.now();
    const r = parseLesson(text, { lang: 'id', file: 'besar.md', limits: { lessonBytes: Infinity, steps: Infinity } });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, bytes: Buffer.byteLength(text), ok: !!r.lesson, maxRssKiB: process.resourceUsage().maxRSS }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * Check time per MB of content, from 0.25 to 4 MB: `langkah check` over a tree
 * of lessons of ~32 KB, and the parser alone on one file of that size.
 * Linear parsing keeps both columns flat.
 */
export function perMegabyteBench(megabytes = [0.25, 0.5, 1, 2, 4]) {
  const rows = [];
  for (const mb of megabytes) {
    const root = mkdtempSync(join(tmpdir(), 'langkah-mb-'));
    try {
      const bytes = generateBytes(join(root, 'modules'), mb * 2 ** 20);
      const check = measure(['check', join(root, 'modules')]);
      if (check.code !== 0) throw new Error(`generated content failed the check: ${check.code}`);
      const single = parseOnce(mb * 2 ** 20);
      if (!single.ok) throw new Error('the big lesson did not parse');
      rows.push({ mb, tree: { bytes, ...check, msPerMB: check.ms / (bytes / 2 ** 20) }, single: { ...single, msPerMB: single.ms / (single.bytes / 2 ** 20) } });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}

// ------------------------------------------------------------------ hostile lessons

/**
 * Lessons written to make a parser work hard, each just under the 64 KB file
 * limit (review 10: one line of 64k ":" once took 12.6 s), checked one at a
 * time: every one must end in plain errors, in about the time of a normal
 * lesson of that size.
 */
export const HOSTILE = {
  'one line of ":"': () => ':'.repeat(60_000),
  'one line of "`"': () => '`'.repeat(60_000),
  'one line of "[" and "!["': () => '[!['.repeat(20_000),
  'one line of "*_"': () => '*_'.repeat(30_000),
  'one line of "<"': () => '<'.repeat(60_000),
  'lines of ":::x"': () => ':::x\n'.repeat(12_000),
  '3,000 nested ":::tip"': () => ':::tip\n'.repeat(3_000),
  '10,000 nested ">"': () => `${'>'.repeat(10_000)} x\n`,
  'a list 2,000 deep': () => Array.from({ length: 2_000 }, (_, d) => `${'  '.repeat(d)}- x`).join('\n').slice(0, 60_000),
};

/** The same module with an ordinary step instead: what start-up and the checker cost anyway. */
const CONTROL = 'control: an ordinary step';

export function hostileBench() {
  const rows = [];
  for (const [name, body] of [[CONTROL, () => 'Kode OTP adalah **rahasia**. Jangan berikan kepada siapa pun.'], ...Object.entries(HOSTILE)]) {
    const root = mkdtempSync(join(tmpdir(), 'langkah-hostile-'));
    try {
      const dir = join(root, 'modules', 'contoh');
      mkdirSync(join(dir, 'id'), { recursive: true });
      mkdirSync(join(dir, 'en'), { recursive: true });
      writeFileSync(join(dir, 'module.yaml'), `id: contoh\nversion: 1\nlevel: basic\ntitle: { id: Contoh, en: Example }\ndescription: { id: Contoh., en: Example. }\nlessons: [a]\n`);
      const text = `${lesson('a', 0).split('## Langkah pertama')[0]}## Langkah satu\n\n${body()}\n`;
      writeFileSync(join(dir, 'id', 'a.md'), text);
      writeFileSync(join(dir, 'en', 'a.md'), lesson('a', 0));
      // Three runs, the median: on a shared machine one run says more about the neighbours than the input.
      const runs = [0, 1, 2].map(() => measure(['check', join(root, 'modules')])).sort((a, b) => a.ms - b.ms);
      const want = name === CONTROL ? 0 : 1;
      if (runs.some((r) => r.code !== want)) throw new Error(`${name}: check exited ${runs.map((r) => r.code)}, not ${want}`);
      rows.push({ name, bytes: Buffer.byteLength(text), ...runs[1], min: runs[0].ms, max: runs[2].ms, maxRssKiB: Math.max(...runs.map((r) => r.maxRssKiB)) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}
