/**
 * The content rules that are not about shape: safe URLs, a right answer
 * present, unique ids. The zod schemas (`schema.ts`, used at build time and by
 * the Markdown chunk) and the browser's checker (`shape.ts`) call these very
 * functions, by name, so the two cannot drift apart.
 */
import { isSafeImage, isSafeLink } from './url.js';

interface WithOptions {
  options: { correct: boolean }[];
  multiple?: boolean;
}

/** The parts of a step that carry ids (a structural type: `schema.ts` builds on these rules). */
interface StepIds {
  id: string;
  blocks: { t: string; id?: string; questions?: { id: string }[]; items?: unknown }[];
}

const correctCount = (q: WithOptions) => q.options.filter((o) => o.correct).length;

/** Every id in a lesson (steps, quizzes, questions, checklists, items, custom blocks) that repeats an earlier one, with its path. */
export function duplicateIds(steps: StepIds[]): { id: string; path: (string | number)[] }[] {
  const seen = new Set<string>();
  const found: { id: string; path: (string | number)[] }[] = [];
  const see = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) found.push({ id, path });
    seen.add(id);
  };
  steps.forEach((step, s) => {
    see(step.id, [s, 'id']);
    step.blocks.forEach((block, b) => {
      const at = [s, 'blocks', b];
      if (block.t === 'quiz' || block.t === 'checklist' || block.t === 'custom') see(block.id!, [...at, 'id']);
      if (block.t === 'quiz') block.questions!.forEach((q, i) => see(q.id, [...at, 'questions', i, 'id']));
      if (block.t === 'checklist') (block.items as { id: string }[]).forEach((item, i) => see(item.id, [...at, 'items', i, 'id']));
    });
  });
  return found;
}

// One export per rule, so that a shape table brings only the rules it calls (gen-shapes.ts).
export const safeLink = isSafeLink;
export const safeImage = isSafeImage;
export const notBlank = (s: string) => s.trim().length > 0;
export const webUrl = (s: string) => /^https?:\/\//.test(s);
/** A choice question has a right option (one with fewer than two options is reported as too few instead). */
export const someCorrect = (q: WithOptions) => correctCount(q) > 0 || q.options.length < 2;
export const oneCorrect = (q: WithOptions) => correctCount(q) <= 1;
export const oneCorrectUnlessMultiple = (q: WithOptions) => !!q.multiple || correctCount(q) <= 1;
export const uniqueIds = (steps: StepIds[]) => duplicateIds(steps).length === 0;

/** Every rule, by the name schemas and shape tables know it by. */
export const rules = { safeLink, safeImage, notBlank, webUrl, someCorrect, oneCorrect, oneCorrectUnlessMultiple, uniqueIds };

export type RuleName = keyof typeof rules;
