/**
 * The browser's checker (`shape.ts` reading the tables `gen:shapes` compiles
 * from the zod schemas) must give zod's answer: accept what zod accepts and
 * refuse what zod refuses. Checked on every built lesson, quiz and checklist
 * and the built course,
 * and on thousands of mutations of them — replaced values, hostile values,
 * deleted and extra keys, parts copied from elsewhere in the same file (which
 * makes duplicate ids, wrong blocks in the right place, and so on).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { GENERATED } from '../../scripts/gen-shapes.js';
import { BuiltCurriculumSchema } from '../../src/content/course-schema.js';
import { BUILT_CURRICULUM } from '../../src/content/course-shapes.js';
import { ChecklistSchema, LessonSchema, ProgressSchema, QuizSchema } from '../../src/content/schema.js';
import { mismatch, type Path, type Shape } from '../../src/content/shape.js';
import { PROGRESS } from '../../src/content/progress-shape.js';
import { CHECKLIST, QUIZ } from '../../src/content/block-shapes.js';
import { LESSON } from '../../src/content/shapes.js';

type Json = unknown;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

const lessons = files('dist/modules', '.json')
  // Lessons only: not the catalogue, nor the facilitator guides beside it.
  .filter((f) => !f.endsWith('index.json') && !f.includes('/guides/'))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as Json);
const blocks = (t: string) =>
  lessons.flatMap((l) => (l as { steps: { blocks: { t: string }[] }[] }).steps.flatMap((s) => s.blocks.filter((b) => b.t === t)));
const quizzes = blocks('quiz');
const checklists = blocks('checklist');
const course = JSON.parse(readFileSync('dist/course/curriculum.json', 'utf8')) as Json;
const progress: Json = {
  v: 1,
  key: 'lesson:kunci-akun/kode-otp@id',
  content: 'abc123',
  lang: 'id',
  step: 2,
  seen: ['apa-itu-otp', 'jangan-bagikan'],
  answers: { 'q-otp': { value: [1], correct: true, fp: 'f1', at: 1764400000000 }, 'q-urut': { value: [2, 0, 1], correct: false, fp: 'f2', at: 1764400001000 } },
  checks: { 'cek-1': true, 'cek-2': false },
  started: 1764400000000,
  updated: 1764400001000,
  completed: 1764400002000,
};

/** Every path to a value inside `doc`, the root included. */
function paths(doc: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (doc && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) out.push(...paths(v, [...at, k]));
  return out;
}

const get = (doc: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], doc);

const hostile = fc.constantFrom<Json>(
  '', ' ', 'a', 'A', 'x-1', '1x', 'id', 'en', 'p', 'h', 'quiz', 'checklist', 'single', 'chat', 'image',
  'javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', 'data:image/svg+xml,<svg>', 'https://example.org/', '//cdn/x.png', 'gambar.png', '\\\\evil',
  '2026-11', '2026-13', '1999-01', '<script>alert(1)</script>',
  0, 1, 2, -1, 0.5, 30, 31, 64, 80, 100, 101, 2 ** 53, -0, 1e308,
  true, false, null, [], {}, [[]], [{}], { t: 'br' }, { t: 'p', c: ['x'] }, ['x'],
  'a'.repeat(65), 'x'.repeat(81),
);

const mutation = fc.record({
  op: fc.constantFrom('replace', 'hostile', 'delete', 'add-key', 'copy', 'copy', 'push-copy'),
  at: fc.nat(),
  from: fc.nat(),
  value: fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 })),
  key: fc.oneof(fc.constantFrom('t', 'c', 'id', 'extra', '__proto__', 'constructor', 'multiple', 'help'), fc.string({ maxLength: 6 })),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies one mutation to a deep copy of `doc`. */
function mutate(doc: Json, m: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const all = paths(copy);
  const path = all[m.at % all.length]!;
  const donor = JSON.parse(JSON.stringify(get(copy, all[m.from % all.length]!))) as Json;
  const value = m.op === 'copy' || m.op === 'push-copy' ? donor : m.value;
  if (path.length === 0) return m.op === 'hostile' || m.op === 'replace' ? value : copy;
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add-key': {
      const target = get(copy, path);
      if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, Json>)[m.key] = m.value;
      else parent[key] = m.value;
      break;
    }
    case 'push-copy': {
      const target = get(copy, path);
      if (Array.isArray(target)) target.push(donor);
      else parent[key] = donor;
      break;
    }
    default:
      parent[key] = value;
  }
  // What a page really checks is parsed JSON: `__proto__` becomes an own key, undefined disappears.
  return JSON.parse(JSON.stringify(copy)) as Json;
}

const zodSays = (schema: { safeParse(v: unknown): { success: boolean } }, v: Json) => schema.safeParse(v).success;

/** Runs mutations of `docs` through both checkers; returns how many mutants were valid and invalid. */
function agree(name: string, docs: Json[], shape: Shape, schema: { safeParse(v: unknown): { success: boolean } }, numRuns: number) {
  const seen = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(fc.nat(docs.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (d, ms) => {
      const mutant = ms.reduce((doc, m) => mutate(doc, m), docs[d]);
      const zod = zodSays(schema, mutant);
      const ours = mismatch(shape, mutant);
      seen[zod ? 'valid' : 'invalid']++;
      assert.equal(ours === undefined, zod, `${name}: zod says ${zod ? 'valid' : 'invalid'}, the browser checker ${ours ? `says ${JSON.stringify(ours)}` : 'accepts'}`);
    }),
    { numRuns, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
  );
  return seen;
}

describe('the browser checker agrees with zod', () => {
  it('accepts every built lesson, quiz and checklist, the built course and a full progress record', () => {
    assert.ok(lessons.length >= 90, `found ${lessons.length} built lessons: run npm run build first`);
    for (const lesson of lessons) {
      assert.equal(zodSays(LessonSchema, lesson), true);
      assert.equal(mismatch(LESSON, lesson), undefined);
    }
    for (const quiz of quizzes) assert.equal(mismatch(QUIZ, quiz), undefined);
    for (const list of checklists) assert.equal(mismatch(CHECKLIST, list), undefined);
    assert.equal(mismatch(BUILT_CURRICULUM, course), undefined);
    assert.equal(zodSays(ProgressSchema, progress), true);
    assert.equal(mismatch(PROGRESS, progress), undefined);
  });

  it('on mutated lessons', () => {
    const seen = agree('lesson', lessons, LESSON, LessonSchema, 4000);
    // Both answers must be common, or the property says little (about 1 in 12 mutants stays valid).
    assert.ok(seen.valid > 150 && seen.invalid > 1000, JSON.stringify(seen));
  });

  it('on mutated progress records', () => {
    const seen = agree('progress', [progress], PROGRESS, ProgressSchema, 2000);
    assert.ok(seen.valid > 80 && seen.invalid > 500, JSON.stringify(seen));
  });

  it('on mutated quizzes and checklists (what a script may hand <langkah-quiz> and <langkah-checklist>)', () => {
    assert.ok(quizzes.length > 40 && checklists.length > 20, `${quizzes.length} quizzes, ${checklists.length} checklists`);
    const q = agree('quiz', quizzes, QUIZ, QuizSchema, 1500);
    assert.ok(q.valid > 60 && q.invalid > 500, JSON.stringify(q));
    const c = agree('checklist', checklists, CHECKLIST, ChecklistSchema, 1000);
    assert.ok(c.valid > 40 && c.invalid > 300, JSON.stringify(c));
  });

  it('on mutated courses', () => {
    const seen = agree('course', [course], BUILT_CURRICULUM, BuiltCurriculumSchema, 1500);
    assert.ok(seen.valid > 60 && seen.invalid > 500, JSON.stringify(seen));
  });

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assert.equal(mismatch(LESSON, v) === undefined, zodSays(LessonSchema, v));
        assert.equal(mismatch(PROGRESS, v) === undefined, zodSays(ProgressSchema, v));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the browser checker says what is wrong and where', () => {
  const lesson = lessons.find((l) => JSON.stringify(l).includes('"t":"quiz"')) as { steps: { blocks: { t: string }[] }[] };
  const at = (mutant: (l: typeof lesson) => void) => {
    const copy = structuredClone(lesson);
    mutant(copy);
    return mismatch(LESSON, copy);
  };
  const quizAt = () => {
    const s = lesson.steps.findIndex((st) => st.blocks.some((b) => b.t === 'quiz'));
    return [s, lesson.steps[s]!.blocks.findIndex((b) => b.t === 'quiz')] as const;
  };

  it('reports an unsafe link, an empty title and an unknown key with their paths and codes', () => {
    assert.deepEqual(at((l) => ((l as unknown as { title: string }).title = '')), { path: ['title'], code: 'text-empty' });
    assert.deepEqual(at((l) => ((l as unknown as Record<string, unknown>).extra = 1)), { path: ['extra'], code: 'unrecognized_keys' });
    assert.deepEqual(
      at((l) => (l.steps[0]!.blocks = [{ t: 'p', c: [{ t: 'link', href: 'javascript:alert(1)', c: ['x'] }] } as never])),
      { path: ['steps', 0, 'blocks', 0, 'c', 0, 'href'], code: 'url-unsafe' },
    );
  });

  it('reports a question without a right answer and a repeated id', () => {
    const [s, b] = quizAt();
    assert.deepEqual(
      at((l) => {
        const quiz = l.steps[s]!.blocks[b] as unknown as { questions: Record<string, unknown>[] };
        quiz.questions = [{ kind: 'single', id: 'q', prompt: ['?'], options: [{ text: ['a'], correct: false }, { text: ['b'], correct: false }] }];
      }),
      { path: ['steps', s, 'blocks', b, 'questions', 0, 'options'], code: 'question-no-correct' },
    );
    assert.deepEqual(
      at((l) => ((l.steps[1] as unknown as { id: string }).id = (l.steps[0] as unknown as { id: string }).id)),
      { path: ['steps'], code: 'id-duplicate' },
    );
  });
});

describe('gen:shapes', () => {
  it('the committed tables are what the schemas compile to (else: npm run gen:shapes)', () => {
    for (const [file, source] of Object.entries(GENERATED)) {
      assert.equal(readFileSync(file, 'utf8'), source(), `${file} is stale: run npm run gen:shapes`);
    }
  });
});
