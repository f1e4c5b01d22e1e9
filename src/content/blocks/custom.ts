/**
 * Blocks of a step type a developer registered (`registerStepType`): the
 * body is YAML, checked with the type's schema.
 */
import { issuesToProblems } from '../issues.js';
import { stepType, stepTypeNames } from '../registry.js';
import type { Block } from '../schema.js';
import type { Problem } from '../errors.js';
import { parseYaml } from '../yaml.js';
import type { BlockContext } from './context.js';
import type { DirectiveToken, Frame } from './directive.js';

/** What a custom block needs beyond what every block needs. */
export interface CustomContext extends BlockContext {
  readonly file: string | undefined;
  readonly problems: Problem[];
  /** The line (1-based) of `offset`. */
  line(offset: number): number;
}

export function custom(ctx: CustomContext, token: DirectiveToken, offset: number, { allow, id }: Frame): Block[] {
  const { name } = token;
  const type = stepType(name);
  // A type registered with a shape alone (a page of built lessons) cannot check a raw block.
  if (!type?.schema) {
    const registered = stepTypeNames();
    ctx.report('block-unknown', offset, { name, registered: registered.length ? ` (or ${registered.join(', ')})` : '' });
    return [];
  }
  allow(['id']);
  const blockId = id('block');
  const yaml = parseYaml(token.body, ctx.file, ctx.line(offset + token.bodyStart) - 1);
  ctx.problems.push(...yaml.problems);
  if (yaml.data === undefined) return [];
  const { schema } = type;
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    ctx.problems.push(...issuesToProblems(result.error.issues, yaml.data, yaml.locate, ctx.file, schema));
    return [];
  }
  return [ctx.mark({ t: 'custom', type: name, id: blockId, data: result.data }, offset)];
}
