// review10 F8: `parseLesson` time for one line of N colons (one step, over 5 KB): does it grow faster than N?
// node --import tsx review/atk-colons.mjs
import { parseLesson } from '../src/content/index.ts';
const head = '---\nid: x\ntitle: T\ngoal: G.\nduration: 5\nchecked: 2026-11\nsources:\n  - https://faq.whatsapp.com/1/\n---\n\n## Satu\n\n';
for (const unit of [':', '`']) for (const n of [4000, 8000, 16000, 32000]) {
  const t0 = process.cpuUsage();
  const r = parseLesson(head + unit.repeat(n) + '\n', { lang: 'id', file: 'x.md' });
  const u = process.cpuUsage(t0);
  console.log(JSON.stringify(unit), n, `${((u.user + u.system) / 1000).toFixed(0)} ms CPU`, r.problems.map((p) => p.code).join(','));
}
