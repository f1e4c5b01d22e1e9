// Prints figures about the lesson content, per module (npm run report:content).
import { moduleFigures } from '../src/cli/content-report.js';
import { loadProject } from '../src/cli/project.js';

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
