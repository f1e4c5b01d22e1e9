// 25 learners' report messages for the default course (dist/course), made with the package's own functions.
//   node review/make-default-paste.mjs > review/shots/roster-paste-default.txt
import { readFileSync } from 'node:fs';
import { encodeReport, courseFingerprint } from '../dist/index.js';
const c = JSON.parse(readFileSync('dist/course/curriculum.json', 'utf8'));
const refs = c.modules.flatMap((m) => m.lessons.map((l) => `${m.id}/${l.id}`));
const qs = c.modules.flatMap((m) => m.lessons.map((l) => l.questions));
const fp = courseFingerprint(c.id, c.version, refs);
const out = [];
for (let i = 0; i < 25; i++) {
  const code = encodeReport({ course: fp, name: '', last: Date.now() - i * 3_600_000, lessons: qs.map((q, j) => (j < (i * 7) % 44 ? { status: 'done', score: (j * 37 + i * 11) % 101 } : j === (i * 7) % 44 ? { status: 'started' } : { status: 'none' })) }, qs);
  out.push(`Laporan belajar: ${c.title.id}\nNama: Peserta ${String.fromCharCode(65 + i)}\nKode: ${code}`);
}
console.log(out.join('\n\n'));
console.error(`max code length after LK2-: ${Math.max(...out.map((m) => m.match(/LK2-\S+/)[0].replace(/-/g, '').length - 3))}`);
