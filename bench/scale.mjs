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
