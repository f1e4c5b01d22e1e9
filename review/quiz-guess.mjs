#!/usr/bin/env node
// Review 12, persona 2: which lessons of the default course can be passed
// (first try, no retries) without reading, by a fixed guessing rule applied
// to what the learner SEES (the shuffled option order of dist/internal/content.js).
// Reads the built course pack: run `npm run build` first.
//
//   node review/quiz-guess.mjs [dist/course] [lang]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mixed, shuffled } from '../dist/internal/content.js';

const dir = process.argv[2] ?? 'dist/course';
const lang = process.argv[3] ?? 'id';
const course = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8'));
const pass = course.pass ?? 70;
const plain = (nodes = []) => nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('').trim();

/** Each rule picks, for one question, the option indexes (authors' order) a guesser would pick. */
const rules = {
  'first shown': (q, shown) => [shown[0]],
  'last shown': (q, shown) => [shown[shown.length - 1]],
  'middle shown': (q, shown) => [shown[Math.floor((shown.length - 1) / 2)]],
  longest: (q, shown, len) => [shown.reduce((a, b) => (len[b] > len[a] ? b : a))],
  shortest: (q, shown, len) => [shown.reduce((a, b) => (len[b] < len[a] ? b : a))],
  'longest two (multi: all but shortest)': (q, shown, len) => shown.filter((i) => len[i] !== Math.min(...len)),
  'all options (multi)': (q, shown) => shown,
  // A guesser who believes short, plain options are the safe ones (src11 found three questions this passed).
  'shortest half (multi: the shorter half, at least two)': (q, shown, len) =>
    [...shown].sort((a, b) => len[a] - len[b]).slice(0, Math.max(2, Math.floor(shown.length / 2))),
  'all but longest (multi)': (q, shown, len) => shown.filter((i) => len[i] !== Math.max(...len)),
};

const rows = [];
const totals = Object.fromEntries([...Object.keys(rules), 'always "true"', 'always "false"', 'order as shown'].map((k) => [k, [0, 0]]));
for (const m of course.modules) {
  for (const l of m.lessons) {
    const lesson = JSON.parse(readFileSync(join(dir, l.src[lang]), 'utf8'));
    const qs = lesson.steps.flatMap((s) => s.blocks).flatMap((b) => (b.t === 'quiz' ? b.questions : []));
    if (!qs.length) continue;
    const score = {};
    const add = (rule, ok) => {
      score[rule] ??= 0;
      if (ok) score[rule]++;
      totals[rule] ??= [0, 0];
      totals[rule][0] += ok ? 1 : 0;
      totals[rule][1]++;
    };
    const kinds = {};
    for (const q of qs) {
      kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
      if (q.kind === 'true-false') {
        // A guesser who always says true (or false) – also scores under the position rules: true/false is never shuffled, "Benar" first.
        add('always "true"', q.answer === true);
        add('always "false"', q.answer === false);
        // Shown as [true, false], never shuffled, with the interface's words.
        const words = lang === 'id' ? ['Benar', 'Salah'] : ['True', 'False'];
        const right = q.answer ? 0 : 1;
        for (const [r, pick] of Object.entries(rules)) {
          const p = [...new Set(pick(q, [0, 1], words.map((w) => w.length)))];
          add(r, p.length === 1 && p[0] === right);
        }
        continue;
      }
      if (q.kind === 'order') {
        const start = shuffled(q);
        add('order as shown', start.every((v, i) => v === i));
        for (const r of Object.keys(rules)) add(r, false);
        continue;
      }
      const shown = mixed(q.id, q.options.length);
      const len = q.options.map((o) => plain(o.text).length);
      const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      for (const [r, pick] of Object.entries(rules)) {
        const p = [...new Set(pick(q, shown, len))].sort((a, b) => a - b);
        add(r, p.join() === right.join());
      }
    }
    const best = Object.entries(score).map(([r, s]) => [r, Math.round((s * 100) / qs.length)]).sort((a, b) => b[1] - a[1]);
    rows.push({ lesson: `${m.id}/${l.id}`, questions: qs.length, kinds, best });
  }
}

console.log(`Course pass mark: ${pass}%. Per lesson, the guessing rules that reach it on the first try:`);
for (const r of rows) {
  const passing = r.best.filter(([, p]) => p >= pass);
  const k = Object.entries(r.kinds).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`${passing.length ? 'PASS' : '    '}  ${r.lesson} (${r.questions} q: ${k}): ${r.best.slice(0, 3).map(([x, p]) => `${x} ${p}%`).join(', ')}`);
}
console.log('\nOver the whole course (each question answered once, by one rule):');
for (const [r, [ok, n]] of Object.entries(totals)) if (n) console.log(`  ${r}: ${ok}/${n} = ${Math.round((ok * 100) / n)}%`);
