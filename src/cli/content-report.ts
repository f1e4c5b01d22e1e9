/**
 * Figures about the lesson content, per module: how much there is, how plain
 * the language is, and whether both languages match. Used by
 * `npm run report:content` and by the content tests.
 */
import type { Block, Inline, Lang, Lesson } from '../content/schema.js';
import type { LoadedModule } from './project.js';

export interface ModuleFigures {
  module: string;
  lessons: number;
  minutes: number;
  steps: number;
  questions: number;
  /** Lessons whose quizzes hold fewer than `minQuestions` questions in all. */
  thinQuizzes: string[];
  checklistItems: number;
  questionKinds: Record<string, number>;
  /** Average words per sentence of the prose (paragraphs, lists, callouts), per language. */
  wordsPerSentence: Record<Lang, number>;
  /** The same over all reading text, quizzes and checklists included. */
  wordsPerSentenceAll: Record<Lang, number>;
  /** The longest prose sentence in Bahasa Indonesia, in words. */
  longestSentence: number;
  /** Lessons whose languages differ in steps, questions, answers or checklist items. */
  parityProblems: string[];
}

const plain = (nodes: Inline[] = []): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? plain(n.c) : 'v' in n ? n.v : ' ')).join('');

/**
 * The reading text of a lesson: its prose (paragraphs, lists, callouts), and
 * unless `proseOnly`, also questions, options, feedback and checklist items.
 */
export function lessonTexts(lesson: Lesson, proseOnly = false): string[] {
  const out: string[] = [];
  const blocks = (list: Block[]) => {
    for (const b of list) {
      switch (b.t) {
        case 'p':
        case 'h':
          out.push(plain(b.c));
          break;
        case 'list':
          b.items.forEach(blocks);
          break;
        case 'quote':
        case 'callout':
          blocks(b.c);
          break;
        case 'quiz':
          if (proseOnly) break;
          for (const q of b.questions) {
            out.push(plain(q.prompt), plain(q.explain));
            if ('options' in q) for (const o of q.options) out.push(plain(o.text), plain(o.feedback));
            if (q.kind === 'chat') out.push(...q.messages.map((m) => plain(m.text)));
            if (q.kind === 'order') out.push(...q.items.map(plain));
          }
          break;
        case 'checklist':
          if (proseOnly) break;
          for (const i of b.items) out.push(plain(i.text), plain(i.help));
          break;
      }
    }
  };
  if (!proseOnly) out.push(lesson.title, lesson.goal);
  for (const s of lesson.steps) {
    if (!proseOnly) out.push(s.title);
    blocks(s.blocks);
  }
  return out.filter((t) => t.trim());
}

/** Splits text into sentences: at . ! ? … followed by a space or the end (not inside numbers like 35.000). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function shape(lesson: Lesson) {
  return lesson.steps.map((s) => ({
    id: s.id,
    blocks: s.blocks.map((b) =>
      b.t === 'quiz'
        ? { t: b.t, q: b.questions.map((q) => [q.id, q.kind, 'options' in q ? q.options.map((o) => o.correct) : q.kind === 'true-false' ? q.answer : q.items.length]) }
        : b.t === 'checklist'
          ? { t: b.t, items: b.items.map((i) => i.id) }
          : b.t,
    ),
  }));
}

export function moduleFigures(mod: LoadedModule, minQuestions = 3): ModuleFigures {
  const figures: ModuleFigures = {
    module: mod.module.id,
    lessons: mod.module.lessons.length,
    minutes: 0,
    steps: 0,
    questions: 0,
    thinQuizzes: [],
    checklistItems: 0,
    questionKinds: {},
    wordsPerSentence: { id: 0, en: 0 },
    wordsPerSentenceAll: { id: 0, en: 0 },
    longestSentence: 0,
    parityProblems: [],
  };
  const zero = () => ({ words: 0, sentences: 0 });
  const totals = { prose: { id: zero(), en: zero() }, all: { id: zero(), en: zero() } };
  for (const id of mod.module.lessons) {
    const a = mod.lessons.id.get(id)?.lesson;
    const b = mod.lessons.en.get(id)?.lesson;
    if (!a || !b) {
      figures.parityProblems.push(`${id}: missing in one language`);
      continue;
    }
    figures.minutes += a.duration;
    figures.steps += a.steps.length;
    const quizBlocks = a.steps.flatMap((s) => s.blocks).filter((x) => x.t === 'quiz');
    const questions = quizBlocks.flatMap((q) => (q.t === 'quiz' ? q.questions : []));
    figures.questions += questions.length;
    if (questions.length < minQuestions) figures.thinQuizzes.push(id);
    for (const q of questions) figures.questionKinds[q.kind] = (figures.questionKinds[q.kind] ?? 0) + 1;
    figures.checklistItems += a.steps.flatMap((s) => s.blocks).reduce((n, x) => n + (x.t === 'checklist' ? x.items.length : 0), 0);
    if (JSON.stringify(shape(a)) !== JSON.stringify(shape(b))) figures.parityProblems.push(id);
    for (const [lang, lesson] of [['id', a], ['en', b]] as const) {
      for (const kind of ['prose', 'all'] as const) {
        for (const s of lessonTexts(lesson, kind === 'prose').flatMap(sentences)) {
          totals[kind][lang].words += words(s);
          totals[kind][lang].sentences++;
          if (lang === 'id' && kind === 'prose') figures.longestSentence = Math.max(figures.longestSentence, words(s));
        }
      }
    }
  }
  const avg = (t: { words: number; sentences: number }) => (t.sentences ? +(t.words / t.sentences).toFixed(1) : 0);
  for (const lang of ['id', 'en'] as const) {
    figures.wordsPerSentence[lang] = avg(totals.prose[lang]);
    figures.wordsPerSentenceAll[lang] = avg(totals.all[lang]);
  }
  return figures;
}
