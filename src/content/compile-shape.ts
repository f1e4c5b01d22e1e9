/**
 * Compiles zod schemas into the node tables that the browser's checker
 * (`shape.ts`) walks: `npm run gen:shapes` writes Langkah's own, and a step
 * type's author compiles theirs with `compileShape` (docs/extending.md).
 * A zod feature the checker does not know stops the compiler with its name
 * instead of being skipped.
 */
import type * as z from 'zod/mini';
import type { Shape, ShapeNode } from './shape.js';

export type Schema = z.core.$ZodType;
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  path?: (string | number)[];
  error?: (issue: object) => unknown;
}

/** The catalog code a check reports, or zod's issue code when it has none. */
function codeOf(def: CheckDef, fallback: string): string {
  const message = def.error?.({});
  return typeof message === 'string' ? message : fallback;
}

const codeUnless = (def: CheckDef, fallback: string) => {
  const code = codeOf(def, fallback);
  return code === fallback ? [] : [code];
};

function compileChecks(checks: readonly z.core.$ZodCheck[] | undefined, where: string): unknown[] {
  return (checks ?? []).map((check) => {
    const def = check._zod.def as unknown as CheckDef;
    switch (def.check) {
      // A limit's code is left out when it is zod's own: the checker fills that in.
      case 'min_length':
        return ['len>=', def.minimum, ...codeUnless(def, 'too_small')];
      case 'max_length':
        return ['len<=', def.maximum, ...codeUnless(def, 'too_big')];
      case 'greater_than':
        return [def.inclusive ? '>=' : '>', def.value, ...codeUnless(def, 'too_small')];
      case 'less_than':
        return [def.inclusive ? '<=' : '<', def.value, ...codeUnless(def, 'too_big')];
      case 'string_format':
        if (def.format === 'regex' && def.pattern && !/[gy]/.test(def.pattern.flags)) {
          return ['re', def.pattern.source, def.pattern.flags, codeOf(def, 'invalid_format')];
        }
        break;
      case 'custom': {
        // Refinements are opaque functions: only those made with `rule()` (schema.ts) name theirs.
        const tagged = check as unknown as { rule?: string; code?: string };
        if (tagged.rule) return ['rule', tagged.rule, tagged.code ?? codeOf(def, 'custom'), ...(def.path ?? [])];
        throw new Error(`gen-shapes: a refinement at ${where} is not a rule from rules.ts; write it with rule() so the browser can check it too`);
      }
    }
    throw new Error(`gen-shapes: no browser equivalent for the zod check "${def.check}${def.format ? `:${def.format}` : ''}" at ${where}`);
  });
}

/** Compiles schemas into one node table; returns the table and each root's index. */
export function compile(roots: Record<string, Schema>): { nodes: ShapeNode[]; roots: Record<string, number> } {
  const nodes: ShapeNode[] = [];
  const bySchema = new Map<Schema, number>();
  const leaves = new Map<string, number>();

  const leaf = (node: ShapeNode) => {
    const key = JSON.stringify(node);
    let i = leaves.get(key);
    if (i === undefined) leaves.set(key, (i = nodes.push(node) - 1));
    return i;
  };

  function visit(schema: Schema, where: string): number {
    const known = bySchema.get(schema);
    if (known !== undefined) return known;
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: z.core.$ZodCheck[] };
    const checks = () => compileChecks(def.checks, where);
    let index: number;
    switch (def.type) {
      case 'string':
        index = leaf(def.checks?.length ? ['s', checks()] : ['s']);
        break;
      case 'number': {
        if (def.format && def.format !== 'safeint') throw new Error(`gen-shapes: number format "${def.format}" at ${where}`);
        index = leaf(['n', def.format === 'safeint' ? 1 : 0, ...(def.checks?.length ? [checks()] : [])]);
        break;
      }
      case 'boolean':
        index = leaf(['b']);
        break;
      case 'unknown':
        index = leaf(['*']);
        break;
      case 'literal':
        index = leaf(['l', def.values]);
        break;
      default:
        // Containers may refer back to themselves (rich text, lists): reserve the slot first.
        index = nodes.push(['?']) - 1;
        bySchema.set(schema, index);
        nodes[index] = container(def, where, checks);
        return index;
    }
    bySchema.set(schema, index);
    return index;
  }

  function container(def: Record<string, unknown> & { type: string }, where: string, checks: () => unknown[]): ShapeNode {
    const tail = () => {
      const c = checks();
      return c.length ? [c] : [];
    };
    switch (def.type) {
      case 'optional':
        return ['?', visit(def.innerType as Schema, where)];
      case 'array':
        return ['a', visit(def.element as Schema, `${where}[]`), ...tail()];
      case 'union':
        return ['u', (def.options as Schema[]).map((o, i) => visit(o, `${where}|${i}`))];
      case 'object': {
        const shape: Record<string, number> = {};
        for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) shape[key] = visit(value, `${where}.${key}`);
        const catchall = def.catchall as Schema | undefined;
        const rest = !catchall ? true : catchall._zod.def.type === 'never' ? false : visit(catchall, `${where}.*`);
        const c = checks();
        // Most objects are strict: `rest` false is then left out.
        return c.length ? ['o', shape, rest, c] : rest === false ? ['o', shape] : ['o', shape, rest];
      }
    }
    throw new Error(`gen-shapes: no browser equivalent for the zod type "${def.type}" at ${where}`);
  }

  const indexes: Record<string, number> = {};
  for (const [name, schema] of Object.entries(roots)) indexes[name] = visit(schema, name);
  return minimise(nodes, indexes);
}

/** The node indexes a node refers to, rewritten by `to`. */
function rewrite(node: ShapeNode, to: (i: number) => number): ShapeNode {
  const [kind, a, b, ...rest] = node;
  switch (kind) {
    case '?':
      return [kind, to(a as number)];
    case 'a':
      return [kind, to(a as number), ...(b === undefined ? [] : [b])];
    case 'u':
      return [kind, (a as number[]).map(to)];
    case 'o': {
      const shape = Object.fromEntries(Object.entries(a as Record<string, number>).map(([k, i]) => [k, to(i)]));
      return [kind, shape, ...(b === undefined ? [] : [typeof b === 'number' ? to(b) : b]), ...rest];
    }
    default:
      return node;
  }
}

/** Merges nodes that are the same (the getters in schema.ts make a new array schema each time). */
function minimise(nodes: ShapeNode[], roots: Record<string, number>) {
  for (;;) {
    const first = new Map<string, number>();
    const same = nodes.map((n, i) => {
      const key = JSON.stringify(n);
      if (!first.has(key)) first.set(key, i);
      return first.get(key)!;
    });
    if (same.every((s, i) => s === i)) return { nodes, roots };
    const renumber: number[] = [];
    let next = 0;
    same.forEach((s, i) => (renumber[i] = s === i ? next++ : -1));
    const to = (i: number) => renumber[same[i]!]!;
    nodes = nodes.filter((_, i) => same[i] === i).map((n) => rewrite(n, to));
    roots = Object.fromEntries(Object.entries(roots).map(([k, i]) => [k, to(i)]));
  }
}

/**
 * The compiled shape of `schema`, for `registerStepType({ shape })`: the
 * browser checks a step type's built data with it, without zod. Throws on a
 * zod feature the browser's checker does not know (a refinement, a transform).
 * @example writeFileSync('poll-shape.json', JSON.stringify(compileShape(PollSchema)));
 */
export function compileShape(schema: z.core.$ZodType): Shape {
  const { nodes, roots } = compile({ root: schema });
  return { nodes, root: roots.root! };
}
