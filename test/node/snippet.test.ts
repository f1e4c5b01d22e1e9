/**
 * The small parser of inline quizzes (`src/content/snippet.ts`) against the
 * lesson parser (`parseSnippet`): on every quiz and checklist of modules/
 * and on generated, often malformed ones, whatever the small parser accepts
 * the lesson parser accepts with the very same data; whatever the lesson
 * parser rejects, the small parser hands over, naming the lesson parser's
 * first problem; and the real content never needs the hand-over.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSnippet } from '../../src/content/markdown.js';
import { quickSnippet } from '../../src/content/snippet.js';
import { readDirective } from '../../src/content/blocks/directive.js';
import { spans } from '../../src/content/blocks/span.js';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Every `:::quiz` and `:::checklist` block of a Markdown file, as written. */
function blocksOf(src: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < src.length; ) {
    const token = /^:::(quiz|checklist)\b/.test(src.slice(at, at + 12)) ? readDirective(src.slice(at)) : undefined;
    if (token?.type === 'directive') {
      out.push(token.raw);
      at += token.raw.length;
    } else {
      const next = src.indexOf('\n', at);
      at = next < 0 ? src.length : next + 1;
    }
  }
  return out;
}

const full = (text: string) => parseSnippet(text, { lang: 'id', file: 'inline' });

/** The property both parsers keep on `text`; returns whether the small parser took it. */
function agree(text: string): boolean {
  const quick = quickSnippet(text);
  const { blocks, problems } = full(text);
  const errors = problems.filter((p) => p.severity === 'error');
  if (Array.isArray(quick)) {
    assert.deepEqual(errors, [], `the small parser accepted what the lesson parser rejects:\n${text}`);
    assert.deepEqual(quick, blocks, `the two parsers read this differently:\n${text}`);
    return true;
  }
  // What the small parser names when it stops on a problem is the lesson parser's first problem, at its line.
  if (quick.unsure !== 'markdown-beyond-subset' && quick.at !== undefined) {
    const line = text.slice(0, quick.at).split('\n').length;
    assert.equal(`${errors[0]?.code}@${errors[0]?.line}`, `${quick.unsure}@${line}`, `a different first problem:\n${text}`);
  }
  return false;
}

describe('the small parser of inline quizzes', () => {
  it('reads every quiz and checklist of modules/ itself, exactly as the lesson parser does', () => {
    const found = walk('modules')
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => blocksOf(readFileSync(f, 'utf8')).map((text) => ({ f, text })));
    assert.ok(found.length >= 150, `only ${found.length} blocks found`);
    const handedOver = found.filter(({ text }) => !agree(text));
    assert.deepEqual(handedOver.map(({ f, text }) => `${f}: ${text.split('\n')[0]}…`), [], 'blocks the small parser could not read alone');
  });

  const word = fc.constantFrom('Bu Sri', 'harga', 'J&T', 'é', '⋮', '(⋮)', '5', '.', ',', '!', '?', ':', '"', "'", '>', '=');
  const mark = fc.constantFrom('*', '**', '***', '`', '``', '[', ']', '(', ')', '_', '__', '~', '~~', '<b>', '\\', '\\*', '&amp;', '&#42;', '&lt;', '&', '@', 'www.x.id', 'https://x.id', '![a](b.png)', ' ', '  ', '\t');
  const link = fc.constantFrom('[toko](https://wa.me/62812)', '[a](javascript:alert(1))', '[x](https://)', '[**b**](u.html)', '[](x)', '[a](b c)', '[`k`](#s)', '[a](mailto:a@b.id)');
  const inline = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: mark }, { weight: 1, arbitrary: link }), { maxLength: 8 }).map((p) => p.join(''));
  const id = fc.constantFrom('', '', '', ' {#a}', ' {#s1}', ' {#Bad}', ' {#q1}', ' {#constructor}', ` {#${'a'.repeat(70)}}`);
  const line = fc.oneof(
    fc.tuple(fc.constantFrom('? ', '?[multiple] ', '?[true-false] ', '?[order] ', '?[chat] ', '?[chat multiple] ', '?[bogus] ', '?'), inline, id).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('- [x] ', '- [ ] ', '- [X] ', '* [ ] ', '- ', '  - [x] ', '-[x]'), inline, id).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('  > ', '> ', '\t> ', '>', '> > > > > > > > > '), inline).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('< Ani: ', '  < Ani: ', '<: ', '< Ani:'), inline).map((p) => p.join('')),
    fc.tuple(fc.constantFrom('1. ', '2) ', '  3. '), inline).map((p) => p.join('')),
    fc.constantFrom('= true', '= false', '= FALSE', '= maybe', '', '', 'teks lepas', ':::', ':::tip', '   '),
  );
  // Well-formed questions and checklists first, then one line changed, added or dropped: near misses, as authors write them.
  const text = fc.array(fc.oneof({ weight: 120, arbitrary: word }, { weight: 1, arbitrary: mark }, { weight: 2, arbitrary: link }), { minLength: 1, maxLength: 5 }).map((p) => p.join(' '));
  const goodId = fc.constantFrom('', '', '', ' {#a}', ' {#b-2}');
  const options = (min: number, max: number, right: fc.Arbitrary<number>) =>
    fc.tuple(fc.array(fc.tuple(text, fc.option(text)), { minLength: min, maxLength: max }), right).map(([opts, r]) =>
      opts.flatMap(([o, fb], i) => [`- [${i === r % opts.length ? 'x' : ' '}] ${o}`, ...(fb ? [`  > ${fb}`] : [])]),
    );
  const explain = fc.option(text.map((t) => [`> ${t}`]), { nil: [] as string[] });
  const question = fc.oneof(
    fc.tuple(text, goodId, options(2, 4, fc.nat()), explain).map(([q, i, o, e]) => [`? ${q}${i}`, ...o, ...e]),
    fc.tuple(text, goodId, options(2, 4, fc.nat()), explain).map(([q, i, o, e]) => [`?[multiple] ${q}${i}`, ...o.map((l, k) => (k === 1 ? l.replace('[ ]', '[x]') : l)), ...e]),
    fc.tuple(text, goodId, fc.boolean(), explain).map(([q, i, a, e]) => [`?[true-false] ${q}${i}`, `= ${a}`, ...e]),
    fc.tuple(text, goodId, fc.array(text, { minLength: 2, maxLength: 4 })).map(([q, i, items]) => [`?[order] ${q}${i}`, ...items.map((t, k) => `${k + 1}. ${t}`)]),
    fc.tuple(text, goodId, fc.array(text, { minLength: 1, maxLength: 2 }), options(2, 3, fc.nat()), fc.option(text)).map(([q, i, msgs, o, r]) => [
      `?[chat] ${q}${i}`,
      ...msgs.map((m) => `< Ani: ${m}`),
      ...o,
      ...(r ? [`  < Ani: ${r}`] : []),
    ]),
  );
  const quizBlock = fc.tuple(fc.constantFrom(':::quiz', ':::quiz{#kuis pass=80}', ':::quiz{#uji}'), fc.array(question, { minLength: 1, maxLength: 3 })).map(([o, qs]) => [o, ...qs.flat(), ':::']);
  const checklistBlock = fc
    .tuple(fc.constantFrom(':::checklist', ':::checklist{title="Cek"}'), fc.array(fc.tuple(text, goodId, fc.option(text)), { minLength: 1, maxLength: 4 }))
    .map(([o, items]) => [o, ...items.flatMap(([t, i, h]) => [`- [ ] ${t}${i}`, ...(h ? [`  > ${h}`] : [])]), ':::']);
  const open = fc.constantFrom(':::quiz', ':::quiz{pass=101}', ':::quiz{x=1}', ':::quiz{#}', ':::checklist{title=}', ':::tip', ' :::quiz', ':::quiz{#Bad}');
  const mutate = (lines: string[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(lines) },
      fc.tuple(fc.nat(), line, fc.nat(1)).map(([at, l, drop]) => {
        const out = [...lines];
        out.splice(1 + (at % (lines.length - 1)), drop, l);
        return out;
      }),
      fc.tuple(fc.nat(), open).map(([at, o]) => (at % 2 ? lines.slice(0, -1) : [o, ...lines.slice(1)])),
    );
  const block = fc.oneof(quizBlock, checklistBlock).chain(mutate).map((lines) => lines.join('\n'));
  const snippet = fc.array(block, { minLength: 1, maxLength: 2 }).map((b) => b.join('\n\n'));

  it('accepts nothing the lesson parser rejects, reads the same data, and names its first problem (generated quizzes)', () => {
    let taken = 0;
    fc.assert(
      fc.property(snippet, (text) => {
        if (agree(text)) taken++;
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: a good share of the generated blocks are read by the small parser alone.
    assert.ok(taken > 300, `the small parser took only ${taken} of 3000`);
  });

  it('reads inline Markdown exactly as marked does, or not at all', () => {
    let taken = 0;
    fc.assert(
      fc.property(inline, (text) => {
        const body = text.trim();
        if (!body) return;
        const ours = spans(body);
        if (!ours) return;
        taken++;
        const { blocks, problems } = full(`:::checklist\n- [ ] ${body}\n:::`);
        const errors = problems.filter((p) => p.severity === 'error');
        // The lesson parser may reject the item (an unsafe link); then only the text must not differ.
        if (errors.length === 0) assert.deepEqual(ours, (blocks[0] as { items: { text: unknown }[] }).items[0]!.text, body);
      }),
      { numRuns: 5000 },
    );
    assert.ok(taken > 1000, `the small reader took only ${taken} of 5000`);
  });

  it('hands over prose around the blocks, other blocks, and Markdown beyond its subset', () => {
    for (const text of [
      'Sebelum kuis.\n\n:::quiz\n? Q\n- [x] a\n- [ ] b\n:::',
      ':::tip\nAwas.\n:::',
      ':::quiz\n? Lihat https://wa.me/62812\n- [x] a\n- [ ] b\n:::',
      ':::quiz\n? Pilih _satu_\n- [x] a\n- [ ] b\n:::',
      ':::quiz\n? <b>Q</b>\n- [x] a\n- [ ] b\n:::',
    ]) {
      assert.ok(!Array.isArray(quickSnippet(text)), text);
      agree(text);
    }
  });
});
