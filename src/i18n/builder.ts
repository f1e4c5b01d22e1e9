/**
 * Strings of the course builder page and of the course page that opens a
 * builder's link. A file of their own: neither travels with lessons or with
 * the course elements (each page's chunk takes only what it uses).
 */
import type { Lang } from '../content/schema.js';

// ---------------------------------------------------------------- course link page (learners)

export const linkText: Record<
  Lang,
  { missing: string; damaged: string; unknown: string; network: string; ask: string; saved: string; unsaved: string }
> = {
  id: {
    missing: 'Tautan ini tidak membawa kursus.',
    damaged: 'Tautan kursus ini rusak atau terpotong.',
    unknown: 'Kursus di tautan ini memakai pelajaran yang tidak ada di situs ini.',
    network: 'Daftar pelajaran belum bisa dimuat. Periksa sinyal, lalu muat ulang halaman ini.',
    ask: 'Minta tautan yang utuh kepada pelatih Anda, lalu buka lagi. Kemajuan Anda yang tersimpan tidak hilang.',
    saved: 'Kursus ini sudah tersimpan di HP ini. Lain kali bisa dibuka tanpa internet.',
    unsaved: 'Kursus ini belum tersimpan untuk dibuka tanpa internet. Buka lagi halaman ini saat sinyal bagus.',
  },
  en: {
    missing: 'This link carries no course.',
    damaged: 'This course link is damaged or cut short.',
    unknown: 'The course in this link uses lessons that this site does not have.',
    network: 'The list of lessons could not load yet. Check your signal, then reload this page.',
    ask: 'Ask your trainer for the whole link, then open it again. Your saved progress is not lost.',
    saved: 'This course is now kept on this phone. Next time it opens without internet.',
    unsaved: 'This course is not kept for use without internet yet. Open this page again when the signal is good.',
  },
};

// ---------------------------------------------------------------- course builder (trainers)

export interface BuilderText {
  other: string;
  details: string;
  titleId: string;
  titleEn: string;
  titleEnHelp: string;
  organiser: string;
  version: string;
  versionHelp: string;
  pass: string;
  passHelp: string;
  languages: string;
  langBoth: string;
  langId: string;
  langEn: string;
  catalogue: string;
  search: string;
  searchHelp: string;
  noMatch: string;
  /** No lesson has every word of the search: these have some of them. */
  someMatch: string;
  addModule: string;
  lessonsCount: (n: number) => string;
  minutes: (n: number) => string;
  level: Record<'basic' | 'intermediate' | 'advanced', string>;
  plan: string;
  planEmpty: string;
  day: (n: number, minutes: number) => string;
  session: string;
  sessionId: string;
  sessionEn: string;
  addDay: string;
  addSession: string;
  up: string;
  down: string;
  remove: string;
  moveHelp: string;
  grip: string;
  moved: (what: string, position: number, of: number) => string;
  removed: (what: string) => string;
  added: (what: string) => string;
  newDay: string;
  newSession: string;
  total: (minutes: number) => string;
  results: string;
  problems: string;
  courseId: (id: string) => string;
  link: string;
  linkHelp: (chars: number) => string;
  copyLink: string;
  openLink: string;
  copied: string;
  copyFailed: string;
  yaml: string;
  yamlHelp: string;
  copyYaml: string;
  downloadYaml: string;
  pack: string;
  packHelp: string;
  downloadPack: string;
  packing: (n: number) => string;
  packed: (kb: number) => string;
  packFailed: string;
  loading: string;
  loadFailed: string;
  storageFull: string;
  edit: string;
  editHelp: string;
  editOpen: string;
  editReplace: string;
  editBad: string;
  editUnknown: string;
  editDone: (title: string) => string;
  reset: string;
  resetConfirm: string;
  problem: Record<string, string>;
}

const id: BuilderText = {
  other: 'English',
  details: '1. Data kursus',
  titleId: 'Judul kursus (Bahasa Indonesia)',
  titleEn: 'Judul kursus (Bahasa Inggris)',
  titleEnHelp: 'Boleh kosong: judul Bahasa Indonesia dipakai.',
  organiser: 'Penyelenggara (tercetak di sertifikat)',
  version: 'Versi',
  versionHelp: 'Naikkan angkanya bila Anda mengubah pelajaran atau urutannya setelah kelas mulai.',
  pass: 'Nilai lulus (%)',
  passHelp: 'Boleh kosong: peserta lulus bila semua pelajaran selesai.',
  languages: 'Bahasa kursus',
  langBoth: 'Indonesia dan Inggris',
  langId: 'Indonesia saja',
  langEn: 'Inggris saja',
  catalogue: '2. Pilih pelajaran',
  search: 'Cari pelajaran',
  searchHelp: 'Ketik kata dari judul atau tujuan, misalnya "QRIS".',
  noMatch: 'Tidak ada pelajaran yang cocok.',
  someMatch: 'Tidak ada pelajaran dengan semua kata itu. Ini pelajaran dengan salah satunya.',
  addModule: 'Tambah semua',
  lessonsCount: (n) => `${n} pelajaran`,
  minutes: (n) => `${n} menit`,
  level: { basic: 'dasar', intermediate: 'menengah', advanced: 'lanjut' },
  plan: '3. Susun hari dan sesi',
  planEmpty: 'Belum ada pelajaran. Pilih pelajaran di bagian 2.',
  day: (n, m) => `Hari ${n} · ${m} menit`,
  session: 'Sesi',
  sessionId: 'Nama sesi (Bahasa Indonesia)',
  sessionEn: 'Nama sesi (Bahasa Inggris, boleh kosong: nama Bahasa Indonesia dipakai di kursus Bahasa Inggris)',
  addDay: 'Tambah hari',
  addSession: 'Tambah sesi',
  up: 'Naik',
  down: 'Turun',
  remove: 'Hapus',
  moveHelp: 'Pindahkan dengan tombol Naik dan Turun, atau tahan tanda ⠿ lalu geser dengan jari atau mouse.',
  grip: 'Tahan lalu geser untuk memindah',
  moved: (what, p, of) => `${what} dipindah ke urutan ${p} dari ${of}.`,
  removed: (what) => `${what} dihapus.`,
  added: (what) => `${what} ditambahkan.`,
  newDay: 'Hari baru',
  newSession: 'Sesi baru',
  total: (m) => `Semua hari: ${m} menit pelajaran`,
  results: '4. Bagikan kursus',
  problems: 'Perbaiki dulu:',
  courseId: (cid) => `Kode kursus: ${cid}`,
  link: 'Tautan kursus',
  linkHelp: (n) => `Kirim tautan ini lewat WhatsApp. Kursus ada di dalam tautan (${n} karakter); tidak ada server yang menyimpannya.`,
  copyLink: 'Salin tautan',
  openLink: 'Buka kursus',
  copied: 'Tersalin.',
  copyFailed: 'Tidak bisa menyalin. Pilih teksnya lalu salin sendiri.',
  yaml: 'File kurikulum (YAML)',
  yamlHelp: 'Untuk yang memakai perintah langkah: simpan di modules/curricula/.',
  copyYaml: 'Salin YAML',
  downloadYaml: 'Unduh YAML',
  pack: 'Paket kursus offline',
  packHelp: 'Satu file .zip: buka zipnya, lalu taruh foldernya di situs atau laptop Anda (lihat panduan pelatih).',
  downloadPack: 'Unduh paket (.zip)',
  packing: (n) => `Menyiapkan paket… ${n} file`,
  packed: (kb) => `Paket siap: ${kb} KB.`,
  packFailed: 'Paket belum bisa dibuat: ada file yang tidak bisa dimuat. Periksa sambungan, lalu coba lagi.',
  loading: 'Memuat daftar pelajaran…',
  loadFailed: 'Daftar pelajaran tidak bisa dimuat. Periksa sambungan, lalu muat ulang halaman ini.',
  storageFull: 'Rancangan tidak bisa disimpan di browser ini (penyimpanan penuh atau diblokir). Jangan tutup halaman sebelum mengunduh hasilnya.',
  edit: 'Ubah kursus yang sudah ada',
  editHelp: 'Tempel tautan kursus yang dibuat di halaman ini, lalu tekan Buka. Kode kursus tetap sama, jadi kemajuan peserta tetap tersimpan. Naikkan versinya bila kelas sudah mulai.',
  editOpen: 'Buka untuk diubah',
  editReplace: 'Tekan sekali lagi: rancangan sekarang diganti',
  editBad: 'Tautan ini rusak, terpotong, atau bukan tautan kursus. Salin lagi tautan lengkapnya.',
  editUnknown: 'Tautan ini memakai pelajaran yang tidak ada di katalog ini.',
  editDone: (title) => `Kursus "${title}" dibuka untuk diubah.`,
  reset: 'Mulai dari awal',
  resetConfirm: 'Tekan sekali lagi untuk menghapus rancangan ini',
  problem: {
    title: 'Isi judul kursus.',
    organiser: 'Isi nama penyelenggara.',
    long: 'Teks terlalu panjang (paling banyak 160 karakter).',
    pass: 'Nilai lulus harus 0 sampai 100.',
    version: 'Versi harus bilangan bulat 1 atau lebih.',
    empty: 'Pilih paling sedikit satu pelajaran.',
    emptyDay: 'Ada hari tanpa pelajaran: hapus atau isi hari itu.',
    emptySession: 'Ada sesi tanpa pelajaran: hapus atau isi sesi itu.',
    sessionName: 'Beri nama setiap sesi.',
    sessionTwice: 'Dua sesi pada hari yang sama bernama sama.',
    other: 'Ada isian yang tidak bisa dipakai:',
  },
};

const en: BuilderText = {
  other: 'Bahasa Indonesia',
  details: '1. Course details',
  titleId: 'Course title (Indonesian)',
  titleEn: 'Course title (English)',
  titleEnHelp: 'May stay empty: the Indonesian title is used.',
  organiser: 'Organiser (printed on the certificate)',
  version: 'Version',
  versionHelp: 'Raise it when you change lessons or their order after the class has started.',
  pass: 'Pass mark (%)',
  passHelp: 'May stay empty: learners pass when every lesson is done.',
  languages: 'Course languages',
  langBoth: 'Indonesian and English',
  langId: 'Indonesian only',
  langEn: 'English only',
  catalogue: '2. Pick lessons',
  search: 'Search lessons',
  searchHelp: 'Type a word from the title or goal, for example "QRIS".',
  noMatch: 'No lesson matches.',
  someMatch: 'No lesson has all of those words. These have some of them.',
  addModule: 'Add all',
  lessonsCount: (n) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`,
  minutes: (n) => `${n} min`,
  level: { basic: 'basic', intermediate: 'intermediate', advanced: 'advanced' },
  plan: '3. Arrange days and sessions',
  planEmpty: 'No lessons yet. Pick lessons in part 2.',
  day: (n, m) => `Day ${n} · ${m} min`,
  session: 'Session',
  sessionId: 'Session name (Indonesian)',
  sessionEn: 'Session name (English, may stay empty: the English course then shows the Indonesian name)',
  addDay: 'Add a day',
  addSession: 'Add a session',
  up: 'Up',
  down: 'Down',
  remove: 'Remove',
  moveHelp: 'Move with the Up and Down buttons, or hold the ⠿ mark and drag it with a finger or a mouse.',
  grip: 'Hold and drag to move',
  moved: (what, p, of) => `${what} moved to position ${p} of ${of}.`,
  removed: (what) => `${what} removed.`,
  added: (what) => `${what} added.`,
  newDay: 'New day',
  newSession: 'New session',
  total: (m) => `All days: ${m} minutes of lessons`,
  results: '4. Share the course',
  problems: 'Fix first:',
  courseId: (cid) => `Course code: ${cid}`,
  link: 'Course link',
  linkHelp: (n) => `Send this link over WhatsApp. The course is inside the link (${n} characters); no server keeps it.`,
  copyLink: 'Copy link',
  openLink: 'Open the course',
  copied: 'Copied.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  yaml: 'Curriculum file (YAML)',
  yamlHelp: 'For those who use the langkah command: save it in modules/curricula/.',
  copyYaml: 'Copy YAML',
  downloadYaml: 'Download YAML',
  pack: 'Offline course pack',
  packHelp: 'One .zip file: unzip it, then put its folder on your website or laptop (see the trainers’ guide).',
  downloadPack: 'Download the pack (.zip)',
  packing: (n) => `Preparing the pack… ${n} files`,
  packed: (kb) => `Pack ready: ${kb} KB.`,
  packFailed: 'The pack could not be made: a file could not load. Check the connection, then try again.',
  loading: 'Loading the list of lessons…',
  loadFailed: 'The list of lessons could not load. Check the connection, then reload this page.',
  storageFull: 'The draft cannot be saved in this browser (storage full or blocked). Do not close the page before downloading the results.',
  edit: 'Change a course made before',
  editHelp: 'Paste the link of a course made on this page, then press Open. The course code stays the same, so learners keep their progress. Raise the version if the class has started.',
  editOpen: 'Open to change',
  editReplace: 'Press again: the current draft is replaced',
  editBad: 'This link is damaged, cut short, or not a course link. Copy the whole link again.',
  editUnknown: 'This link uses lessons that are not in this catalogue.',
  editDone: (title) => `Course "${title}" opened for changes.`,
  reset: 'Start again',
  resetConfirm: 'Press again to delete this draft',
  problem: {
    title: 'Fill in the course title.',
    organiser: 'Fill in the organiser.',
    long: 'A text is too long (160 characters at most).',
    pass: 'The pass mark must be 0 to 100.',
    version: 'The version must be a whole number, 1 or more.',
    empty: 'Pick at least one lesson.',
    emptyDay: 'A day has no lessons: remove it or fill it.',
    emptySession: 'A session has no lessons: remove it or fill it.',
    sessionName: 'Give every session a name.',
    sessionTwice: 'Two sessions of the same day have the same name.',
    other: 'Something cannot be used:',
  },
};

export const builderText = (lang: Lang): BuilderText => (lang === 'en' ? en : id);
