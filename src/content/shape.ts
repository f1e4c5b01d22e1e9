/**
 * The browser's content checker. Built lesson JSON, stored progress and
 * curricula come from outside the page's control, so the browser checks them
 * before use, but without carrying zod (≈ 7 KB gzip, and its schemas cost
 * start-up time on a slow phone): `npm run gen:shapes` compiles the zod
 * schemas into small tables (`shapes.ts`, `course-shapes.ts`) that this
 * interpreter walks. The rules that are not about shape are the same
 * functions zod calls (`rules.ts`), and a property test holds this checker to
 * zod's answer on real and mutated content.
 *
 * Nodes of a table, by their first element:
 *  - `['s', checks]` string · `['n', int, checks]` finite number (safe integer when `int`)
 *  - `['b']` boolean · `['l', values]` one of these literal values · `['*']` anything
 *  - `['a', element, checks]` array · `['u', options]` any one of the options
 *  - `['o', shape, rest, checks]` object; `rest` is false or absent (no other keys), `true` (any) or a node for other keys' values
 *  - `['?', node]` optional (undefined or the node)
 *
 * Checks: `[op, limit, code]` with op `len>=` `len<=` `>=` `>` `<=` `<` (no
 * code: zod's `too_small` or `too_big`);
 * `['re', source, flags, code]`; `['rule', name, code, ...path]`.
 */
import type { rules } from './rules.js';

export type Path = (string | number)[];
type Check = readonly [string, ...unknown[]];
/** One node of a compiled table (see the list above). */
export type ShapeNode = readonly [string, ...unknown[]];

/**
 * A compiled schema: the nodes and the index of the root, and the rules its
 * `rule` checks call (a table with none, the progress record's, keeps
 * `rules.ts` out of the bundle that every page loads).
 */
export interface Shape {
  nodes: readonly ShapeNode[];
  root: number;
  rules?: Partial<typeof rules>;
}

/** Where a value first departs from its shape, and why (a catalog code or zod's issue code). */
export interface Mismatch {
  path: Path;
  code: string;
}

/** Compiled patterns, by source: an id check runs on every id of a lesson. */
const patterns = new Map<string, RegExp>();
const pattern = (source: string, flags: string) => {
  let re = patterns.get(source + '/' + flags);
  if (!re) patterns.set(source + '/' + flags, (re = new RegExp(source, flags)));
  return re;
};

const compare: Record<string, (a: number, b: number) => boolean> = {
  'len>=': (a, b) => a >= b,
  'len<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
};

/**
 * The first place where `value` does not fit `shape`, or undefined when it fits.
 * @example mismatch(LESSON, JSON.parse(text)) // { path: ['steps', 0, 'title'], code: 'text-empty' }
 */
export function mismatch(shape: Shape, value: unknown): Mismatch | undefined {
  const { nodes } = shape;
  const path: Path = [];
  const fail = (code: string, at: Path = []): Mismatch => ({ path: [...path, ...at], code });
  const within = (key: string | number, node: number, v: unknown) => {
    path.push(key);
    const m = fit(node, v);
    path.pop();
    return m;
  };

  const checks = (list: readonly Check[] | undefined, v: unknown): Mismatch | undefined => {
    for (const [op, a, b, ...rest] of list ?? []) {
      if (op === 're') {
        if (!pattern(a as string, b as string).test(v as string)) return fail(rest[0] as string);
      } else if (op === 'rule') {
        // A rule the table does not carry fails: never a value taken unchecked.
        if (!(shape.rules?.[a as keyof typeof rules] as ((v: never) => boolean) | undefined)?.(v as never)) return fail(b as string, rest as Path);
      } else {
        const n = op.startsWith('len') ? (v as { length: number }).length : (v as number);
        if (!compare[op]!(n, a as number)) return fail((b as string) ?? (op.includes('>') ? 'too_small' : 'too_big'));
      }
    }
    return undefined;
  };

  function fit(index: number, v: unknown): Mismatch | undefined {
    const [kind, a, b, c] = nodes[index]!;
    switch (kind) {
      case '*':
        return undefined;
      case '?':
        return v === undefined ? undefined : fit(a as number, v);
      case 'b':
        return typeof v === 'boolean' ? undefined : fail('invalid_type');
      case 'l':
        return (a as unknown[]).includes(v) ? undefined : fail('invalid_value');
      case 's':
        return typeof v === 'string' ? checks(a as Check[], v) : fail('invalid_type');
      case 'n':
        return typeof v === 'number' && Number.isFinite(v) && (!a || Number.isSafeInteger(v))
          ? checks(b as Check[], v)
          : fail('invalid_type');
      case 'a': {
        if (!Array.isArray(v)) return fail('invalid_type');
        for (let i = 0; i < v.length; i++) {
          const m = within(i, a as number, v[i]);
          if (m) return m;
        }
        return checks(b as Check[], v);
      }
      case 'o': {
        if (!v || typeof v !== 'object' || Array.isArray(v)) return fail('invalid_type');
        const record = v as Record<string, unknown>;
        const shape = a as Record<string, number>;
        for (const key in shape) {
          const m = within(key, shape[key]!, record[key]);
          if (m) return m;
        }
        if (b !== true) {
          for (const key of Object.keys(record)) {
            if (Object.prototype.hasOwnProperty.call(shape, key)) continue;
            if (!b) return fail('unrecognized_keys', [key]);
            const m = within(key, b as number, record[key]);
            if (m) return m;
          }
        }
        return checks(c as Check[], v);
      }
      case 'u': {
        // The most telling failure is that of the option that got furthest,
        // and, at equal depth, not a mere wrong tag (`t`, `kind`).
        let best: Mismatch | undefined;
        let score = 0;
        for (const option of a as number[]) {
          const m = fit(option, v);
          if (!m) return undefined;
          const s = m.path.length * 2 + (m.code === 'invalid_value' ? 0 : 1);
          if (s > score) [best, score] = [m, s];
        }
        return best && best.path.length > path.length ? best : fail('invalid_union');
      }
      default:
        return fail('invalid_shape');
    }
  }

  return fit(shape.root, value);
}
