/**
 * The `:::checklist{title="…"}` block: items `- [ ] text {#id}`, and help
 * under an item on lines that start with two spaces and `>`.
 */
import type { Checklist } from '../schema.js';
import { bodyLines, idSuffix, tooMany, type BlockContext } from './context.js';
import type { DirectiveToken, Frame } from './directive.js';

/** Reads the items of a checklist body that starts at offset `base`. */
export function checklistItems(ctx: BlockContext, body: string, base: number): Checklist['items'] {
  const items: Checklist['items'] = [];
  const offsets: number[] = [];
  for (const line of bodyLines(body, base)) {
    const text = line.text.trim();
    const col = line.at + line.indent;
    if (!text) continue;
    const item = /^[-*+]\s+\[[ xX]\]\s*(.*)$/.exec(text);
    const help = /^>\s?(.*)$/.exec(text);
    const last = items[items.length - 1];
    if (item && line.indent === 0) {
      // Numbered even when it has an id of its own: the ids of the items after it stay as they were.
      const number = `c${++ctx.counters.item}`;
      const { text: itemText, id } = idSuffix(ctx, item[1]!, col);
      items.push(ctx.mark({ id: id ?? number, text: ctx.inline(itemText, col + text.indexOf(item[1]!)) }, col));
      offsets.push(col);
    } else if (help && line.indent > 0 && last) {
      const more = ctx.inline(help[1]!, col + text.indexOf(help[1]!));
      last.help = [...(last.help?.length ? [...last.help, ' '] : []), ...more];
    } else {
      ctx.report('checklist-line-unexpected', col, { value: text.slice(0, 40) });
    }
  }
  tooMany(ctx, 'checklist-too-many-items', items.length, ctx.limits.items, offsets[ctx.limits.items]);
  return items;
}

/** A `:::checklist{#id title="…"}` block. */
export function checklist(ctx: BlockContext, token: DirectiveToken, offset: number, { attrs, allow, id }: Frame): Checklist {
  allow(['id', 'title']);
  const list: Checklist = { t: 'checklist', id: id('checklist'), items: checklistItems(ctx, token.body, offset + token.bodyStart) };
  const title = attrs.get('title');
  if (title) list.title = title;
  return ctx.mark(list, offset);
}
