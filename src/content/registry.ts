/**
 * Step types added by developers. A registered type is written in a lesson as
 * a `:::name` block whose body is YAML; the body is checked with the type's
 * schema when a lesson is parsed (`langkah check` / `build`, raw `.md` in the
 * browser), and a built block's data with its compiled shape (or schema)
 * before its element shows it.
 */
import type * as z from 'zod/mini';
import type { Shape } from './shape.js';

/** A step type of your own: its `:::name` block, the schema of its data and the element that shows it (see docs/extending.md). */
export interface StepType<T = unknown> {
  /** Block name in Markdown (`:::poll`) and `type` in built JSON. Lowercase with hyphens. */
  name: string;
  /** Custom element that renders the block; it receives `data`, `blockId`, `lang`, `answer` and `save` properties. */
  tag: string;
  /**
   * zod (or zod/mini) schema that the block's YAML body must satisfy: needed
   * wherever lessons are parsed (`langkah.config.mjs`, pages that load raw `.md`).
   */
  schema?: z.ZodMiniType<T>;
  /**
   * The schema compiled for the browser (`compileShape` from `langkah/content.js`):
   * a page that shows built lessons checks their data with it, without zod.
   */
  shape?: Shape;
}

const BUILT_IN = ['quiz', 'checklist', 'tip', 'warning', 'audio'];
/**
 * The registrations, kept on the global object: on a page, the lesson bundle,
 * the lesson parser (a file of its own in the CDN build) and an extension
 * that brought its own copy of this module all see the same step types.
 */
const types: Map<string, StepType> = ((globalThis as Record<symbol, unknown>)[Symbol.for('langkah.step-types')] ??= new Map()) as never;

/**
 * Registers a new step type. Registering the same name twice replaces the
 * first registration (a page may load an extension twice). The name is not
 * checked here (the bundle every page loads stays small): a name that breaks
 * the rules (`badStepTypeNames`) is never used, and `langkah check` and
 * `langkah build` refuse a config that registers one.
 * @example
 * registerStepType({ name: 'poll', schema: z.object({ question: z.string() }), tag: 'my-poll' });
 */
export function registerStepType<T>(type: StepType<T>): void {
  types.set(type.name, type as StepType);
}

/** Registered names that are not lowercase letters, digits and hyphens, or that are built-in blocks. */
export const badStepTypeNames = (): string[] => stepTypeNames().filter((n) => !/^[a-z][a-z0-9-]*$/.test(n) || BUILT_IN.includes(n));

/** The registered step type called `name`, if any. */
export const stepType = (name: string): StepType | undefined => types.get(name);

/** Names of all registered step types, for error hints. */
export const stepTypeNames = (): string[] => [...types.keys()];
