// The class summary a trainer shares with the learners' WhatsApp group, and the
// tallies behind it: from what report codes carry, naming no learner and no score.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BuiltCurriculum } from '../../src/content/schema.js';
import { classSummary, lessonGroups, mostNotDone, mostWrong, tally } from '../../src/elements/roster/class.js';
import { rosterTranslation } from '../../src/i18n/roster.js';
import type { LessonState, Report } from '../../src/report/code.js';

const lesson = (id: string, title: string, questions: number) => ({
  id,
  title: { id: title, en: `${title} (en)` },
  duration: 5,
  questions,
  src: { id: `${id}.json`, en: `${id}.json` },
  version: { id: '1', en: '1' },
});
const course = {
  format: 1,
  id: 'kelas',
  version: 1,
  title: { id: 'Kelas Jualan', en: 'Selling class' },
  organiser: 'Uji',
  languages: ['id', 'en'],
  pass: 70,
  modules: [
    { id: 'a', title: { id: 'Modul A', en: 'Module A' }, description: { id: '', en: '' }, level: 'basic', requires: [], day: 1, session: { id: 'Sesi pagi', en: 'Morning' }, lessons: [lesson('a1', 'Kenali penipuan', 4), lesson('a2', 'Kode OTP', 5)] },
    { id: 'b', title: { id: 'Modul B', en: 'Module B' }, description: { id: '', en: '' }, level: 'basic', requires: [], day: 1, session: { id: 'Sesi pagi', en: 'Morning' }, lessons: [lesson('b1', 'Foto produk', 0)] },
    { id: 'c', title: { id: 'Modul C', en: 'Module C' }, description: { id: '', en: '' }, level: 'basic', requires: [], day: 2, lessons: [lesson('c1', 'Harga jual', 2)] },
  ],
} as unknown as BuiltCurriculum;

const done = (score?: number): LessonState => ({ status: 'done', score });
const started: LessonState = { status: 'started' };
const none: LessonState = { status: 'none' };
const report = (name: string, lessons: LessonState[]): Report => ({ course: 1, name, last: Date.UTC(2026, 11, 1), lessons });
// Bu Sri finished (1 wrong in a1, 2 in a2); Bu Ani 2 wrong in a1, started a2; Pak Budi has not started.
const learners = [
  report('Bu Sri', [done(75), done(60), done(), done(100)]),
  report('Bu Ani', [done(50), started, none, none]),
  report('Pak Budi', [none, none, none, none]),
];

describe('the class at a glance', () => {
  it('counts per lesson who is done, started and not started, and the wrong answers of those done', () => {
    assert.deepEqual(tally(learners, [4, 5, 0, 2]), [
      { done: 2, started: 0, none: 1, wrong: 3 },
      { done: 1, started: 1, none: 1, wrong: 2 },
      { done: 1, started: 0, none: 2, wrong: 0 },
      { done: 1, started: 0, none: 2, wrong: 0 },
    ]);
  });

  it('ranks the lessons with the most wrong answers per learner, and those most learners have not finished (course order among equals)', () => {
    const t = tally(learners, [4, 5, 0, 2]);
    assert.deepEqual(mostWrong(t, 3), [1, 0]);
    assert.deepEqual(mostNotDone(t, 3), [1, 2, 3]);
    assert.deepEqual(mostNotDone(tally([learners[0]!], [4, 5, 0, 2]), 3), [], 'nothing left to do');
  });

  it('groups lessons by day and session as the course path does, else by module', () => {
    const day = (lang: 'id' | 'en', n: number) => (lang === 'en' ? `Day ${n}` : `Hari ${n}`);
    assert.deepEqual(lessonGroups(course, day), [
      { label: { id: 'Hari 1 · Sesi pagi', en: 'Day 1 · Morning' }, from: 0, count: 3 },
      { label: { id: 'Hari 2', en: 'Day 2' }, from: 3, count: 1 },
    ]);
    const plain = { ...course, modules: course.modules.map(({ day: _d, session: _s, ...m }) => m) } as BuiltCurriculum;
    assert.deepEqual(
      lessonGroups(plain, day).map((g) => [g.label.id, g.count]),
      [
        ['Modul A', 2],
        ['Modul B', 1],
        ['Modul C', 1],
      ],
    );
  });

  it('writes the summary for the WhatsApp group in plain Indonesian, naming no learner and no score', () => {
    const text = classSummary(rosterTranslation('id'), course, 'id', learners);
    assert.equal(
      text,
      [
        'Ringkasan kelas: Kelas Jualan',
        '3 peserta sudah mengirim laporan. 1 peserta sudah menyelesaikan semua pelajaran.',
        'Pelajaran yang paling banyak belum selesai:',
        '- 2. Kode OTP (2 peserta belum selesai)',
        '- 3. Foto produk (2 peserta belum selesai)',
        '- 4. Harga jual (2 peserta belum selesai)',
        'Paling banyak jawaban salah: 2. Kode OTP (rata-rata 2 jawaban salah per peserta). Kita bahas bersama di kelas.',
        'Ayo lanjutkan belajar, lalu kirim laporan baru!',
      ].join('\n'),
    );
    for (const word of ['Sri', 'Ani', 'Budi', '%']) assert.ok(!text.includes(word), word);
  });

  it('writes it in English, with decimals as English writes them', () => {
    const ani = report('Bu Ani', [done(50), done(80), done(), done(50)]);
    const text = classSummary(rosterTranslation('en'), course, 'en', [learners[0]!, ani]);
    assert.equal(
      text,
      [
        'Class summary: Selling class',
        '2 learners have sent a report. 2 have finished every lesson.',
        'Most wrong answers: 1. Kenali penipuan (en) (1.5 wrong answers per learner on average). We will go through it together in class.',
        'Keep learning, then send a new report!',
      ].join('\n'),
    );
  });

  it('says only what there is: one learner, nothing wrong yet, nobody yet', () => {
    assert.equal(
      classSummary(rosterTranslation('en'), course, 'en', [report('Bu Sri', [done(100), started, none, none])]),
      [
        'Class summary: Selling class',
        '1 learner has sent a report. 0 have finished every lesson.',
        'The lessons most learners have not finished:',
        '- 2. Kode OTP (en) (1 learner not finished)',
        '- 3. Foto produk (en) (1 learner not finished)',
        '- 4. Harga jual (en) (1 learner not finished)',
        'Keep learning, then send a new report!',
      ].join('\n'),
    );
    assert.equal(classSummary(rosterTranslation('id'), course, 'id', []), 'Ringkasan kelas: Kelas Jualan\n0 peserta sudah mengirim laporan. 0 peserta sudah menyelesaikan semua pelajaran.\nAyo lanjutkan belajar, lalu kirim laporan baru!');
  });
});
