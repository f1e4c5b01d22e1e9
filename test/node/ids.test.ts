/**
 * Ids name the learner's answers and ticks, kept in plain objects: an id
 * every object already has (`constructor`, `__proto__`, `toString`,
 * `hasOwnProperty`…) would read as answered before any answer. Hand-written
 * JSON with such an id is refused by zod (`langkah check`, the Markdown
 * parser) and by the browser's checker alike, with a catalog code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CHECKLIST, QUIZ } from '../../src/content/block-shapes.js';
import { CATALOG } from '../../src/content/errors.js';
import { ChecklistSchema, LessonSchema, QuizSchema } from '../../src/content/schema.js';
import { mismatch, type Shape } from '../../src/content/shape.js';
import { LESSON } from '../../src/content/shapes.js';

type Doc = { steps: { id: string; blocks: { t: string; id?: string; questions?: { id: string }[]; items?: { id: string }[] }[] }[] };
const fixture = (): Doc => JSON.parse(readFileSync('test/fixtures/built/id/uji/latihan.json', 'utf8'));
const quizOf = (l: Doc) => l.steps.flatMap((s) => s.blocks).find((b) => b.t === 'quiz')!;
const checklistOf = (l: Doc) => l.steps.flatMap((s) => s.blocks).find((b) => b.t === 'checklist')!;

/** Where each kind of id lives, as a change to a fresh copy of the lesson. */
const places: [string, (l: Doc, id: string) => void][] = [
  ['a step', (l, id) => (l.steps[0]!.id = id)],
  ['a quiz', (l, id) => (quizOf(l).id = id)],
  ['a question', (l, id) => (quizOf(l).questions![0]!.id = id)],
  ['a checklist item', (l, id) => (checklistOf(l).items![0]!.id = id)],
];

/** zod's code and the browser checker's code for `data`. */
function codes(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, shape: Shape, data: unknown) {
  const z = schema.safeParse(data);
  return [z.success ? undefined : z.error!.issues[0]!.message, mismatch(shape, data)?.code];
}

describe('ids that every object already has', () => {
  it('are refused in a lesson by zod and by the browser checker, with id-reserved or id-invalid', () => {
    assert.deepEqual(codes(LessonSchema, LESSON, fixture()), [undefined, undefined], 'the fixture itself passes');
    for (const [where, change] of places) {
      for (const [id, code] of [['constructor', 'id-reserved'], ['__proto__', 'id-invalid'], ['toString', 'id-invalid'], ['hasOwnProperty', 'id-invalid']] as const) {
        const l = fixture();
        change(l, id);
        assert.deepEqual(codes(LessonSchema, LESSON, l), [code, code], `${id} as ${where}`);
      }
    }
  });

  it('are refused in a quiz or checklist that a script hands to an element', () => {
    const q = quizOf(fixture());
    q.questions![0]!.id = 'constructor';
    assert.deepEqual(codes(QuizSchema, QUIZ, q), ['id-reserved', 'id-reserved']);
    const c = checklistOf(fixture());
    c.items![0]!.id = 'constructor';
    assert.deepEqual(codes(ChecklistSchema, CHECKLIST, c), ['id-reserved', 'id-reserved']);
  });

  it('have a catalog entry that says why', () => {
    assert.match(CATALOG['id-reserved']!.message, /already has a property of that name/);
  });
});
