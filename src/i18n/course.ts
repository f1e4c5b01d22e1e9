/**
 * Interface strings of the course elements (`<langkah-curriculum>`,
 * `<langkah-roster>`), kept apart from the lesson dictionary so a page that
 * shows only lessons does not carry them.
 */
import { en as lessonEn } from './en.js';
import { dictionaries } from './localize.js';
import { regional } from './regional.js';

// The course elements render at once in either language: they bring the English lesson dictionary along.
dictionaries.en = lessonEn;

export interface CourseTranslation {
  course: string;
  lessonsDone: (n: number, of: number) => string;
  /** `late`: right answers only after retrying a lesson, counted in the score (then not called first-try answers). */
  overall: (percent: number, late?: number) => string;
  continue: string;
  start: string;
  open: string;
  review: string;
  locked: (what: string) => string;
  done: string;
  inProgress: string;
  notStarted: string;
  minutes: (n: number) => string;
  back: string;
  nextLesson: (title: string) => string;
  opened: (title: string) => string;
  allDone: string;
  notPassed: (score: number, pass: number) => string;
  /** A lesson's score on the path; `late`: answers right only in a round after the first ("Ulangi"). */
  lessonScore: (percent: number, late?: number) => string;
  noQuiz: string;
  redo: string;
  nameFirst: string;
  yourName: string;
  nameHelp: string;
  makeCertificate: string;
  certificate: string;
  awardedTo: string;
  completed: (n: number) => string;
  scoreLine: (percent: number, late?: number) => string;
  dateLine: (date: string) => string;
  verification: string;
  print: string;
  report: string;
  reportHelp: string;
  sendReport: string;
  reportText: (title: string, name: string, done: number, total: number, percent: number, code: string, late?: number) => string;
  // Roster
  paste: string;
  pasteHelp: string;
  add: string;
  added: (n: number) => string;
  rejected: string;
  faultChecksum: string;
  faultFormat: string;
  faultVersion: string;
  faultCourse: string;
  learner: string;
  lessons: string;
  score: string;
  last: string;
  noLearners: string;
  csv: string;
  clear: string;
  confirmClear: string;
  started: string;
  // Roster: long pastes, dates, storage, CSV for Excel; honest reports (roster and certificate)
  reading: (n: number, of: number) => string;
  faultFuture: (date: string) => string;
  moreRejected: (n: number) => string;
  showMore: (n: number, shown: number, of: number) => string;
  held: (n: number) => string;
  storageFull: string;
  csvSemicolon: string;
  selfReportedRoster: string;
  selfReported: string;
  // Days and sessions on the course path; report codes read aloud (LK2) in the roster
  /** A day's heading on the course path. */
  day: (n: number) => string;
  /** An LK2 code that fails its check: it cannot tell a typo from a code of another course. */
  faultMismatch: string;
  /** An LK2 code pasted without a name beside it. */
  faultNoName: string;
  // Course page for a learner alone with a phone (review 12: start in view, scores, language, copy, locked lessons)
  /** The score of the lessons finished so far. */
  doneScore: (percent: number) => string;
  /** The pass mark, beside the course score. */
  passMark: (pass: number) => string;
  /** Said on switching language: progress is not lost. */
  languageKept: string;
  copy: string;
  copied: string;
  copyFailed: string;
  toTop: string;
  /** The short label of the way back to the path, above an open lesson (its accessible name is `back`). */
  toList: string;
}

const id: CourseTranslation = {
  course: 'Kursus',
  lessonsDone: (n, of) => `${n} dari ${of} pelajaran selesai`,
  // One wording for the course page and the report: unfinished lessons count as 0, and that is said.
  overall: (p, late) =>
    `Skor kursus: ${p}% (jawaban benar pada percobaan pertama${late ? ' atau setelah mengulang pelajaran' : ''}, dari semua soal kursus)`,
  continue: 'Lanjutkan belajar',
  start: 'Mulai belajar',
  open: 'Buka',
  review: 'Ulangi',
  locked: (what) => `Terkunci: selesaikan dulu ${what}`,
  done: 'Selesai',
  inProgress: 'Sedang dipelajari',
  notStarted: 'Belum dimulai',
  minutes: (n) => `${n} menit`,
  back: 'Kembali ke daftar pelajaran',
  nextLesson: (t) => `Pelajaran berikutnya: ${t}`,
  opened: (t) => `Pelajaran dibuka: ${t}`,
  allDone: 'Selamat! Semua pelajaran sudah selesai.',
  notPassed: (s, p) => `Skor Anda ${s}%. Untuk sertifikat perlu ${p}%. Ulangi kuis yang masih salah.`,
  // Course path (learner-flow)
  lessonScore: (p, late) => `skor ${p}%${late ? ` (${late} benar setelah mengulang)` : ''}`,
  noQuiz: 'kuis belum dikerjakan',
  redo: 'Ulangi kuis di pelajaran ini:',
  nameFirst: 'Isi nama Anda dulu, supaya pelatih tahu laporan ini dari siapa.',
  yourName: 'Nama Anda',
  nameHelp: 'Nama hanya disimpan di HP ini.',
  makeCertificate: 'Buat sertifikat',
  certificate: 'Sertifikat',
  awardedTo: 'Diberikan kepada',
  completed: (n) => `Telah menyelesaikan ${n} pelajaran`,
  scoreLine: (p, late) => `dengan skor kuis ${p}% (${late ? `termasuk ${late} jawaban benar setelah mengulang pelajaran` : 'percobaan pertama'})`,
  dateLine: (d) => `Tanggal: ${d}`,
  verification: 'Kode verifikasi',
  print: 'Cetak',
  report: 'Laporan untuk pelatih',
  reportHelp: 'Kirim kemajuan belajar Anda ke pelatih lewat WhatsApp.',
  sendReport: 'Kirim laporan lewat WhatsApp',
  // A score that needed a second round ("Ulangi") says so: the trainer reads it, and it matches the certificate.
  reportText: (title, name, done, total, p, code, late) =>
    `Laporan belajar: ${title}\nNama: ${name}\nSelesai ${done} dari ${total} pelajaran · ${id.overall(p, late)}${late ? `\nTermasuk ${late} jawaban yang benar setelah mengulang pelajaran` : ''}\nKode: ${code}`,
  paste: 'Tempel laporan',
  pasteHelp: 'Tempel satu atau banyak pesan laporan dari WhatsApp. Kode yang salah ketik akan ditolak. Kode yang Anda ketik sendiri: tulis nama peserta di depannya.',
  add: 'Tambahkan',
  added: (n) => `${n} laporan ditambahkan.`,
  rejected: 'Kode tidak bisa dibaca',
  faultChecksum: 'ada salah ketik',
  faultFormat: 'bukan kode laporan',
  faultVersion: 'versi kode tidak dikenal',
  faultCourse: 'kode untuk kursus atau versi kursus lain',
  learner: 'Peserta',
  lessons: 'Pelajaran selesai',
  score: 'Skor',
  last: 'Terakhir aktif',
  noLearners: 'Belum ada laporan. Tempel laporan dari peserta di atas.',
  csv: 'Unduh CSV',
  clear: 'Hapus semua',
  confirmClear: 'Hapus semua laporan dari perangkat ini?',
  started: 'sedang',
  reading: (n, of) => `Membaca laporan… ${n.toLocaleString('id-ID')} dari ${of.toLocaleString('id-ID')}`,
  faultFuture: (d) => `tanggalnya di masa depan (${d}); periksa jam di HP peserta, lalu minta laporan baru`,
  held: (n) => `Teks panjang ditempel (sekitar ${n.toLocaleString('id-ID')} kode). Tekan Tambahkan untuk membacanya.`,
  showMore: (n, shown, of) => `Tampilkan ${n} peserta lagi (${shown} dari ${of} tampil)`,
  moreRejected: (n) => `…dan ${n} kode lain yang tidak bisa dibaca.`,
  storageFull:
    'Laporan baru tidak bisa disimpan: penyimpanan browser ini penuh. Laporan tetap tampil di tabel sampai halaman ditutup, dan teks yang ditempel tetap di kotak. Unduh CSV sekarang.',
  csvSemicolon: 'Unduh CSV untuk Excel (;)',
  selfReportedRoster:
    'Laporan dibuat sendiri oleh peserta: siapa pun bisa membuat kode laporan. Kode verifikasi hanya menunjukkan bahwa sertifikat cocok dengan laporan, bukan bahwa peserta benar-benar belajar.',
  selfReported: 'Dilaporkan sendiri oleh peserta. Kode verifikasi hanya menunjukkan bahwa sertifikat ini cocok dengan laporan peserta.',
  // Days and sessions; LK2 report codes
  day: (n) => `Hari ${n}`,
  faultMismatch: 'ada salah ketik, atau kode untuk kursus lain',
  faultNoName: 'tidak ada nama; tulis nama peserta di depan kode, misalnya "Bu Sri LK2-…"',
  // Course page (review 12)
  doneScore: (p) => `Skor pelajaran yang sudah selesai: ${p}%`,
  passMark: (p) => `Untuk sertifikat: selesaikan semua pelajaran, dengan skor kursus paling sedikit ${p}%.`,
  languageKept: 'Bahasa sudah diganti. Kemajuan Anda tidak hilang: pelajaran yang selesai dalam Bahasa Indonesia atau bahasa Inggris tetap dihitung.',
  copy: 'Salin kode',
  copied: 'Kode sudah disalin. Tempel di pesan untuk pelatih Anda.',
  copyFailed: 'Kode tidak bisa disalin di HP ini. Kodenya sudah dipilih: tekan lama, lalu pilih Salin.',
  toTop: 'Kembali ke atas',
  toList: 'Daftar pelajaran',
};

const en: CourseTranslation = {
  course: 'Course',
  lessonsDone: (n, of) => `${n} of ${of} ${of === 1 ? 'lesson' : 'lessons'} done`,
  overall: (p, late) => `Course score: ${p}% (answers right on the first try${late ? ' or after retrying a lesson' : ''}, out of all the course's questions)`,
  continue: 'Continue learning',
  start: 'Start learning',
  open: 'Open',
  review: 'Review',
  locked: (what) => `Locked: first finish ${what}`,
  done: 'Done',
  inProgress: 'In progress',
  notStarted: 'Not started',
  minutes: (n) => `${n} min`,
  back: 'Back to the lessons',
  nextLesson: (t) => `Next lesson: ${t}`,
  opened: (t) => `Lesson opened: ${t}`,
  allDone: 'Well done! You have finished every lesson.',
  notPassed: (s, p) => `Your score is ${s}%. The certificate needs ${p}%. Try again the quizzes you got wrong.`,
  // Course path (learner-flow)
  lessonScore: (p, late) => `score ${p}%${late ? ` (${late} right after retrying)` : ''}`,
  noQuiz: 'quiz not done yet',
  redo: 'Try the quizzes of these lessons again:',
  nameFirst: 'Fill in your name first, so your trainer knows who the report is from.',
  yourName: 'Your name',
  nameHelp: 'Your name stays on this phone.',
  makeCertificate: 'Make my certificate',
  certificate: 'Certificate',
  awardedTo: 'Awarded to',
  completed: (n) => `For completing ${n} ${n === 1 ? 'lesson' : 'lessons'}`,
  scoreLine: (p, late) => (late ? `with a quiz score of ${p}% (including ${late} right only after retrying a lesson)` : `with a first-try quiz score of ${p}%`),
  dateLine: (d) => `Date: ${d}`,
  verification: 'Verification code',
  print: 'Print',
  report: 'Report for your trainer',
  reportHelp: 'Send your progress to your trainer over WhatsApp.',
  sendReport: 'Send report on WhatsApp',
  reportText: (title, name, done, total, p, code, late) =>
    `Learning report: ${title}\nName: ${name}\nDone ${done} of ${total} lessons · ${en.overall(p, late)}${late ? `\nIncluding ${late} right only after retrying the lesson` : ''}\nCode: ${code}`,
  paste: 'Paste reports',
  pasteHelp: "Paste one or many report messages from WhatsApp. Codes with a typo are refused. A code you type yourself: write the learner's name in front of it.",
  add: 'Add',
  added: (n) => `${n} ${n === 1 ? 'report' : 'reports'} added.`,
  rejected: 'Code could not be read',
  faultChecksum: 'it has a typo',
  faultFormat: 'not a report code',
  faultVersion: 'unknown code version',
  faultCourse: 'a code for another course or course version',
  learner: 'Learner',
  lessons: 'Lessons done',
  score: 'Score',
  last: 'Last active',
  noLearners: 'No reports yet. Paste learners’ reports above.',
  csv: 'Download CSV',
  clear: 'Clear all',
  confirmClear: 'Remove all reports from this device?',
  started: 'started',
  reading: (n, of) => `Reading reports… ${n.toLocaleString('en')} of ${of.toLocaleString('en')}`,
  faultFuture: (d) => `its date is in the future (${d}); check the clock on the learner's phone, then ask for a new report`,
  held: (n) => `Long text pasted (about ${n.toLocaleString('en')} codes). Press Add to read it.`,
  showMore: (n, shown, of) => `Show ${n} more ${n === 1 ? 'learner' : 'learners'} (${shown} of ${of} shown)`,
  moreRejected: (n) => `…and ${n} more ${n === 1 ? 'code' : 'codes'} that could not be read.`,
  storageFull:
    "The new reports could not be saved: this browser's storage is full. They stay in the table until the page is closed, and the pasted text stays in the box. Download the CSV now.",
  csvSemicolon: 'Download CSV for Excel (;)',
  selfReportedRoster:
    'Reports are self-reported: anyone can make a report code. A verification code only shows that a certificate matches a report, not that the learner really studied.',
  selfReported: "Self-reported by the learner. The verification code only shows that this certificate matches the learner's report.",
  // Days and sessions; LK2 report codes
  day: (n) => `Day ${n}`,
  faultMismatch: 'it has a typo, or it is a code for another course',
  faultNoName: `no name; write the learner's name in front of the code, such as "Bu Sri LK2-…"`,
  // Course page (review 12)
  doneScore: (p) => `Score of the lessons you finished: ${p}%`,
  passMark: (p) => `For the certificate: finish every lesson, with a course score of at least ${p}%.`,
  languageKept: 'Language changed. Your progress is not lost: a lesson finished in English or in Indonesian still counts.',
  copy: 'Copy the code',
  copied: 'Code copied. Paste it into a message to your trainer.',
  copyFailed: 'The code could not be copied on this phone. It is selected: press and hold it, then choose Copy.',
  toTop: 'Back to the top',
  toList: 'Lessons',
};

/** The course strings for a language tag (`id`, `en`, or one a page registered: see `regional`). */
export const courseTranslation = (tag: string): CourseTranslation => regional(tag, en, id);
