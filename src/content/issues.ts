/**
 * Turns zod issues into catalog problems with a line and column in the source.
 * Only the authoring pipeline (CLI and the lazily loaded Markdown parser) uses
 * this; built JSON checked in the browser needs no prose.
 */
import type * as z from 'zod/mini';
import { isCatalogCode, problem, type Problem } from './errors.js';

export type Path = readonly PropertyKey[];
export interface Pos {
  line: number;
  col: number;
}

/** Finds the position of a path, falling back to its nearest known ancestor. */
export type Locate = (path: Path, key?: boolean) => Pos | undefined;

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SINGULAR: Record<string, string> = { requires: 'prerequisite', languages: 'language', sources: 'source', items: 'item', before: 'item of "before"' };
const singular = (list: string) => SINGULAR[list] ?? list.replace(/s$/, '');

/** A path in words a trainer reads: `"module" of the second module`. */
function words(path: Path): string {
  let n = path.length - 1;
  while (n >= 0 && typeof path[n] !== 'number') n--;
  if (n < 0) return `"${path.map(String).join('.')}"`;
  const i = path[n] as number;
  const list = singular(String(path[n - 1] ?? 'entrie'));
  const item = i < ORDINALS.length ? `the ${ORDINALS[i]} ${list}` : `${list} ${i + 1}`;
  const outer = path.slice(0, Math.max(0, n - 1));
  const where = outer.some((k) => typeof k === 'number') ? `${item} of ${words(outer)}` : item;
  const tail = path.slice(n + 1);
  return tail.length ? `"${tail.map(String).join('.')}" of ${where}` : where;
}

/**
 * How a problem names a place: `"goal"` at the top of a file, and in words
 * with the exact path after it inside lists:
 * `"module" of the second module (modules[1].module)`.
 */
export function show(path: Path): string {
  if (!path.length) return 'the file';
  const code = path.map((k, j) => (typeof k === 'number' ? `[${k}]` : `${j ? '.' : ''}${String(k)}`)).join('');
  return path.some((k) => typeof k === 'number') ? `${words(path)} (${code})` : `"${code}"`;
}

/** "a string", "an object", "a list": the kind of value a field should hold, in words. */
const kind = (expected: string) =>
  expected === 'int' ? 'a whole number' : expected === 'array' ? 'a list' : `${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;

/** Keys allowed by the object schema at `path`, to list in a hint. */
function shapeKeys(schema: z.ZodMiniType | undefined, path: Path): string | undefined {
  let s: unknown = schema;
  for (const key of path) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[key as string];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'optional') {
      s = def.innerType;
      const inner = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
      s = inner.type === 'object' ? (inner.shape as Record<string, unknown>)[key as string] : inner.element;
    } else return undefined;
  }
  const def = (s as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  const inner = def?.type === 'optional' ? (def.innerType as { _zod: { def: Record<string, unknown> } })._zod.def : def;
  return inner?.type === 'object' ? Object.keys(inner.shape as object).join(', ') : undefined;
}

/**
 * Explains each zod issue as a catalog problem at its place in the source.
 * @example issuesToProblems(result.error.issues, data, locate, 'modules/x/module.yaml', ModuleSchema)
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  locate: Locate,
  file: string | undefined,
  schema?: z.ZodMiniType,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = issue.path;
    const key = String(path[path.length - 1] ?? '');
    const at = (p: Path, key?: boolean) => ({ file, ...locate(p, key) });
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) =>
        problem('field-unknown', at([...path, k], true), { key: k, allowed: shapeKeys(schema, path) ?? '(see docs)' }),
      );
    }
    if (issue.code === 'invalid_union') {
      // A union failed as a whole: report the branch the value meant to be (its `t` or
      // `kind` matched), else the branch with the fewest problems.
      const meant = issue.errors.filter(
        (branch) => !branch.some((i) => i.path.length === 1 && (i.path[0] === 't' || i.path[0] === 'kind') && i.code === 'invalid_value'),
      );
      const pool = meant.length ? meant : issue.errors;
      const best = pool.reduce((a, b) => (b.length < a.length && b.length > 0 ? b : a), pool[0] ?? []);
      if (best.length) {
        return issuesToProblems(
          best.map((i) => ({ ...i, path: [...path, ...i.path] })),
          data,
          locate,
          file,
          schema,
        );
      }
    }
    const value = valueAt(data, path);
    if (isCatalogCode(issue.message)) {
      const count =
        issue.message === 'question-one-correct' && Array.isArray(value)
          ? value.filter((o: { correct?: boolean }) => o?.correct).length
          : '';
      return [problem(issue.message, at(path), { value: String(value ?? ''), key, count })];
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      return [problem('field-missing', at(path.length ? path.slice(0, -1) : path), { key: show(path) })];
    }
    let detail: string;
    switch (issue.code) {
      case 'invalid_type':
        detail = `should be ${kind(issue.expected)}`;
        break;
      case 'invalid_value':
        detail = `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'too_small':
        detail =
          issue.origin === 'array'
            ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
            : issue.origin === 'string'
              ? 'must not be empty'
              : `must be at least ${issue.minimum}`;
        break;
      case 'too_big':
        detail =
          issue.origin === 'array'
            ? `has more than ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`
            : `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
        break;
      default:
        detail = `is not valid (${issue.message})`;
    }
    return [problem('field-invalid', at(path), { key: show(path), detail })];
  });
}
