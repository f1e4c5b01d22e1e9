/**
 * Interface strings of the class at a glance in `<langkah-roster>` (grid,
 * sorting and filters, print, the summary for the WhatsApp group). Kept apart
 * from `course.ts`, which the learner's course page loads too: only the
 * trainer's page carries these.
 */
import { regional } from './regional.js';

export interface RosterTranslation {
  // The class grid
  caption: (title: string) => string;
  key: string;
  notStartedShort: string;
  doneShort: string;
  next: string;
  allDone: string;
  hoursAgo: (n: number) => string;
  daysAgo: (n: number) => string;
  // Who is stuck where: per lesson, the whole class
  footDone: string;
  footStarted: string;
  footNone: string;
  footWrong: string;
  mostWrongTitle: string;
  mostWrongItem: (lesson: string, perLearner: string) => string;
  noneWrong: string;
  whichNot: string;
  // Sort and filter
  view: string;
  sort: string;
  sortName: string;
  sortProgress: string;
  sortLast: string;
  show: string;
  showAll: string;
  showUnfinished: string;
  showBelowPass: (pass: number) => string;
  part: string;
  allParts: string;
  noMatch: string;
  print: string;
  // The summary for the WhatsApp group
  share: string;
  shareHelp: string;
  shareWhatsApp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  summaryTitle: (course: string) => string;
  summaryCount: (learners: number, finished: number) => string;
  summaryNotDone: string;
  summaryNotDoneItem: (lesson: string, learners: number) => string;
  summaryWrong: (lesson: string, perLearner: number) => string;
  summaryEnd: string;
}

const one = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 1 });
const oneEn = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

const id: RosterTranslation = {
  caption: (title) => `${title}: kemajuan setiap peserta di setiap pelajaran`,
  key: '✓ selesai (dengan skor) · ◐ sedang dipelajari · – belum dimulai',
  notStartedShort: 'belum',
  doneShort: 'selesai',
  next: 'Pelajaran berikutnya',
  allDone: 'semua selesai',
  hoursAgo: (n) => (n ? `${n} jam lalu` : 'baru saja'),
  daysAgo: (n) => (n ? `${n} hari lalu` : 'hari ini'),
  footDone: 'Seluruh kelas: selesai',
  footStarted: 'Seluruh kelas: sedang',
  footNone: 'Seluruh kelas: belum',
  footWrong: 'Rata-rata jawaban salah',
  mostWrongTitle: 'Paling banyak salah',
  mostWrongItem: (lesson, w) => `${lesson}: rata-rata ${w} jawaban salah per peserta yang sudah selesai`,
  noneWrong: 'Belum ada jawaban salah.',
  whichNot:
    'Kode laporan hanya membawa berapa jawaban yang salah di setiap pelajaran, bukan soal mana yang salah. Untuk tahu soal mana yang sulit, tanyakan di kelas.',
  view: 'Tampilan tabel',
  sort: 'Urutkan',
  sortName: 'Nama',
  sortProgress: 'Kemajuan (paling sedikit dulu)',
  sortLast: 'Terakhir aktif (paling lama dulu)',
  show: 'Peserta',
  showAll: 'Semua peserta',
  showUnfinished: 'Belum selesai',
  showBelowPass: (p) => `Di bawah nilai lulus (${p}%)`,
  part: 'Pelajaran',
  allParts: 'Semua pelajaran',
  noMatch: 'Tidak ada peserta yang cocok dengan pilihan ini.',
  print: 'Cetak tabel',
  share: 'Ringkasan untuk grup WhatsApp',
  shareHelp: 'Ringkasan ini tidak menyebut nama atau nilai peserta, supaya tidak ada yang malu di grup.',
  shareWhatsApp: 'Kirim ke grup WhatsApp',
  copy: 'Salin ringkasan',
  copied: 'Ringkasan sudah disalin.',
  copyFailed: 'Tidak bisa menyalin. Pilih teks ringkasan, lalu salin sendiri.',
  summaryTitle: (course) => `Ringkasan kelas: ${course}`,
  summaryCount: (n, done) => `${n} peserta sudah mengirim laporan. ${done} peserta sudah menyelesaikan semua pelajaran.`,
  summaryNotDone: 'Pelajaran yang paling banyak belum selesai:',
  summaryNotDoneItem: (lesson, n) => `${lesson} (${n} peserta belum selesai)`,
  summaryWrong: (lesson, w) => `Paling banyak jawaban salah: ${lesson} (rata-rata ${one(w)} jawaban salah per peserta). Kita bahas bersama di kelas.`,
  summaryEnd: 'Ayo lanjutkan belajar, lalu kirim laporan baru!',
};

const en: RosterTranslation = {
  caption: (title) => `${title}: each learner's progress in each lesson`,
  key: '✓ done (with score) · ◐ in progress · – not started',
  notStartedShort: 'not started',
  doneShort: 'done',
  next: 'Next lesson',
  allDone: 'all done',
  hoursAgo: (n) => (n ? `${n} ${n === 1 ? 'hour' : 'hours'} ago` : 'just now'),
  daysAgo: (n) => (n ? `${n} ${n === 1 ? 'day' : 'days'} ago` : 'today'),
  footDone: 'Whole class: done',
  footStarted: 'Whole class: started',
  footNone: 'Whole class: not started',
  footWrong: 'Wrong answers on average',
  mostWrongTitle: 'Most wrong answers',
  mostWrongItem: (lesson, w) => `${lesson}: ${w} wrong answers on average per learner who finished it`,
  noneWrong: 'No wrong answers yet.',
  whichNot:
    'A report code carries only how many answers were wrong in each lesson, not which questions. To find out which questions were hard, ask in class.',
  view: 'Table view',
  sort: 'Sort by',
  sortName: 'Name',
  sortProgress: 'Progress (least first)',
  sortLast: 'Last active (longest ago first)',
  show: 'Learners',
  showAll: 'All learners',
  showUnfinished: 'Not finished',
  showBelowPass: (p) => `Below the pass mark (${p}%)`,
  part: 'Lessons',
  allParts: 'All lessons',
  noMatch: 'No learner matches this choice.',
  print: 'Print the table',
  share: 'Summary for the WhatsApp group',
  shareHelp: "This summary names no learner and no learner's score, so nobody is put on the spot in the group.",
  shareWhatsApp: 'Send to the WhatsApp group',
  copy: 'Copy the summary',
  copied: 'Summary copied.',
  copyFailed: 'Could not copy. Select the summary text and copy it yourself.',
  summaryTitle: (course) => `Class summary: ${course}`,
  summaryCount: (n, done) => `${n} ${n === 1 ? 'learner has' : 'learners have'} sent a report. ${done} ${done === 1 ? 'has' : 'have'} finished every lesson.`,
  summaryNotDone: 'The lessons most learners have not finished:',
  summaryNotDoneItem: (lesson, n) => `${lesson} (${n} ${n === 1 ? 'learner' : 'learners'} not finished)`,
  summaryWrong: (lesson, w) => `Most wrong answers: ${lesson} (${oneEn(w)} wrong answers per learner on average). We will go through it together in class.`,
  summaryEnd: 'Keep learning, then send a new report!',
};

/** The roster's strings for a language tag (`id`, `en`, or one a page registered: see `regional`). */
export const rosterTranslation = (tag: string): RosterTranslation => regional(tag, en, id);
