/**
 * `langkah check` warns when a module's quizzes can be passed by a guessing
 * pattern: the right option always the longest (or the shortest), true/false
 * answers mostly one way, a multiple-choice question with one wrong option, a
 * wrong option much shorter than the right one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lessonText, module, run } from './helpers.js';

const single = (n: number, right: string, wrong: string[]) => `? Pertanyaan nomor ${n}: apa yang Anda lakukan?
- [x] ${right}
  > Tepat.
${wrong.map((w) => `- [ ] ${w}\n  > Kurang tepat.`).join('\n')}
`;
const tf = (n: number, answer: boolean) => `?[true-false] Pernyataan nomor ${n} tentang jualan.\n= ${answer}\n`;
const quiz = (body: string) => lessonText('pelajaran', `\n## Kuis\n\n:::quiz\n${body}:::\n`);
const codes = async (body: string) => {
  const dir = module({ 'contoh/id/pelajaran.md': quiz(body), 'contoh/en/pelajaran.md': quiz(body) });
  const r = await run('check', dir);
  return r.out.filter((l) => l.includes('warning')).join('\n');
};

describe('quiz balance warnings', () => {
  it('warns when the right option is always the longest, true/false is one-sided, one wrong option, a short wrong option', async () => {
    const out = await codes(
      [1, 2, 3, 4].map((n) => single(n, 'Cek dulu di mutasi rekening sendiri sebelum kirim', ['Kirim saja sekarang juga', 'Tanya ke grup desa dulu'])).join('\n') +
        [1, 2, 3].map((n) => tf(n, false)).join('\n') +
        `?[multiple] Mana yang benar?\n- [x] Simpan nomor pelanggan baru\n  > Ya.\n- [x] Balas dengan sopan dan jelas\n  > Ya.\n- [ ] Abaikan pesan yang masuk malam\n  > Tidak.\n` +
        single(5, 'Catat pesanan di buku dan ulangi ke pembeli', ['Lupa']),
    );
    assert.match(out, /right option is the longest/);
    assert.match(out, /true\/false answers are "false"/);
    assert.match(out, /has only one wrong option/);
    assert.match(out, /a wrong option is much shorter than the right one/);
  });

  it('warns when the right option is always the shortest', async () => {
    const out = await codes([1, 2, 3, 4].map((n) => single(n, 'Lapor ke bank Anda', ['Kirim balik uangnya ke nomor yang menelepon', 'Pakai dulu uangnya untuk belanja bahan'])).join('\n'));
    assert.match(out, /right option is the shortest/);
  });

  it('is quiet for a balanced quiz', async () => {
    const out = await codes(
      single(1, 'Lapor ke bank Anda hari ini juga', ['Kirim balik sendiri', 'Pakai dulu uangnya untuk modal']) +
        single(2, 'Tunggu', ['Kirim kode OTP ke penelepon', 'Klik tautan hadiahnya']) +
        single(3, 'Cek mutasi rekening sendiri', ['Percaya foto bukti transfer dari pelanggan lama', 'Tanya dulu ke grup desa']) +
        single(4, 'Simpan nomor pelanggan', ['Hapus semua chat lama di HP', 'Abaikan saja dulu']) +
        tf(1, true) + tf(2, false) + tf(3, true) + tf(4, false),
    );
    assert.doesNotMatch(out, /quiz|right option|true\/false|wrong option/);
  });
});
