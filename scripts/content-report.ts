// Prints figures about the lesson content, per module (npm run report:content).
import { moduleFigures } from '../src/cli/content-report.js';
import { formatCatalogue, projectCatalogue } from '../src/cli/list.js';
import { loadProject } from '../src/cli/project.js';
import { quizBalance, quizBalanceProblems } from '../src/cli/quiz-balance.js';

const project = loadProject(process.argv.slice(2).length ? process.argv.slice(2) : ['modules']);
const errors = project.problems.filter((p) => p.severity === 'error');
if (errors.length) {
  console.error(`${errors.length} content errors: run npx langkah check first`);
  process.exit(1);
}
const rows = project.modules.map((m) => moduleFigures(m));
const head = ['module', 'lessons', 'min', 'steps', 'questions', 'checklist items', 'words/sentence id (prose · all)', 'en (prose · all)', 'longest id', 'id/en parity'];
const table = rows.map((r) => [
  r.module,
  r.lessons,
  r.minutes,
  r.steps,
  r.questions,
  r.checklistItems,
  `${r.wordsPerSentence.id} · ${r.wordsPerSentenceAll.id}`,
  `${r.wordsPerSentence.en} · ${r.wordsPerSentenceAll.en}`,
  r.longestSentence,
  r.parityProblems.length ? `differs: ${r.parityProblems.join(', ')}` : 'same',
]);
const sum = (k: 'lessons' | 'minutes' | 'steps' | 'questions' | 'checklistItems') => rows.reduce((n, r) => n + r[k], 0);
table.push(['total', sum('lessons'), sum('minutes'), sum('steps'), sum('questions'), sum('checklistItems'), '', '', '', '']);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => String(r[i]).length)));
const line = (cells: unknown[]) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(head));
console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
for (const r of table) console.log(line(r));
const kinds: Record<string, number> = {};
for (const r of rows) for (const [k, n] of Object.entries(r.questionKinds)) kinds[k] = (kinds[k] ?? 0) + n;
console.log(`\nquestion kinds: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
const thin = rows.flatMap((r) => r.thinQuizzes.map((l) => `${r.module}/${l}`));
console.log(`lessons with fewer than 3 questions: ${thin.length ? thin.join(', ') : 'none'}`);

// The ids a curriculum names (as `npx langkah list lessons` prints them).
console.log('\n## Lessons\n');
for (const line of formatCatalogue(projectCatalogue(project, 'modules'), 'lessons', 'id')) console.log(line);

// Quiz balance (can a guessing pattern pass?), per module: see src/cli/quiz-balance.ts.
console.log('\n## Quiz balance (Bahasa Indonesia)\n');
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');
const bhead = ['module', 'right = longest (single/chat)', 'right = shortest', 'true/false answered "true"', 'multiple with one wrong option', 'short wrong option', 'warnings'];
const brows = project.modules.map((m) => {
  const b = quizBalance(m);
  return [
    m.module.id,
    `${b.longestRight}/${b.singles} (${pct(b.longestRight, b.singles)})`,
    `${b.shortestRight}/${b.singles} (${pct(b.shortestRight, b.singles)})`,
    `${b.trueAnswers}/${b.trueFalse} (${pct(b.trueAnswers, b.trueFalse)})`,
    b.oneWrongOption.length,
    b.shortWrong.length,
    quizBalanceProblems(m).length,
  ];
});
const bw = bhead.map((h, i) => Math.max(h.length, ...brows.map((r) => String(r[i]).length)));
const bline = (cells: unknown[]) => '| ' + cells.map((c, i) => String(c).padEnd(bw[i]!)).join(' | ') + ' |';
console.log(bline(bhead));
console.log('| ' + bw.map((w) => '-'.repeat(w)).join(' | ') + ' |');
for (const r of brows) console.log(bline(r));

// The catalogue a trainer picks from, and what to confirm before class (on a phone, or on the official site a claim names).
console.log('\n## Lessons, and what to confirm before class\n');
for (const m of project.modules) {
  console.log(`### ${m.module.id} — ${m.module.title.id}\n`);
  for (const id of m.module.lessons) {
    const lesson = m.lessons.id.get(id)?.lesson;
    if (!lesson) continue;
    const status = lesson.checked ? `followed on a phone ${lesson.checked}` : lesson.verify?.length ? 'to confirm before class:' : 'nothing depends on an app screen';
    console.log(`- \`${m.module.id}/${id}\` ${lesson.title} (${lesson.duration} min) — ${status}`);
    for (const v of lesson.checked ? [] : lesson.verify ?? []) console.log(`  - ${v}`);
  }
  console.log('');
}
