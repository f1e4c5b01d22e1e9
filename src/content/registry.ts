/**
 * Step types added by developers. A registered type is written in a lesson as
 * a `:::name` block whose body is YAML; the body is checked with the type's
 * schema at build time and in the browser, and rendered by the type's element.
 */
import type * as z from 'zod/mini';

/** A step type of your own: its `:::name` block, the schema of its data and the element that shows it (see docs/extending.md). */
export interface StepType<T = unknown> {
  /** Block name in Markdown (`:::poll`) and `type` in built JSON. Lowercase with hyphens. */
  name: string;
  /** zod (or zod/mini) schema that the block's YAML body must satisfy. */
  schema: z.ZodMiniType<T>;
  /** Custom element that renders the block; it receives `data`, `blockId` and `lang` properties. */
  tag: string;
}

const BUILT_IN = new Set(['quiz', 'checklist', 'tip', 'warning', 'audio']);
const types = new Map<string, StepType>();

/**
 * Registers a new step type. Registering the same name twice replaces the
 * first registration (a page may load an extension twice).
 * @example
 * registerStepType({ name: 'poll', schema: z.object({ question: z.string() }), tag: 'my-poll' });
 */
export function registerStepType<T>(type: StepType<T>): void {
  if (!/^[a-z][a-z0-9-]*$/.test(type.name) || BUILT_IN.has(type.name)) {
    throw new TypeError(`langkah: cannot register step type "${type.name}": use a lowercase name that is not ${[...BUILT_IN].join(', ')}`);
  }
  types.set(type.name, type as StepType);
}

/** The registered step type called `name`, if any. */
export const stepType = (name: string): StepType | undefined => types.get(name);

/** Names of all registered step types, for error hints. */
export const stepTypeNames = (): string[] => [...types.keys()];
