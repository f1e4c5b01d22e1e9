// review10: worst lessons that still pass `langkah check` (issue #10 item 4).
// node review/atk-lessons.mjs [DIR]  → writes DIR/atk/{module.yaml,id/*.md} (default /tmp/r10/mod) and prints,
// for each lesson, its bytes and the parts of its first step (stepParts, as the checker counts them).
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const HEAD = (id) => `---
id: ${id}
title: Pelajaran serangan
goal: Anda tahu satu hal.
duration: 5
checked: 2026-11
sources:
  - https://faq.whatsapp.com/1131652977717250/
---

`;
const STEP = 5 * 1024 - 64; // under LIMITS.stepBytes with the heading
const LESSON = 64 * 1024 - 300;
/** `unit` repeated while the text stays under `max` bytes. */
const fill = (unit, max = STEP - 40, sep = '') => {
  let s = '';
  while (Buffer.byteLength(s + unit + sep) < max) s += unit + sep;
  return s;
};
/** As many steps of `make(i)` as the lesson allows (40 steps, 64 KB). */
const steps = (id, make) => {
  let text = HEAD(id);
  for (let i = 1; i <= 40; i++) {
    const s = make(i);
    if (Buffer.byteLength(text + s) > LESSON) break;
    text += s;
  }
  return text;
};
const nested = (groups, last = '') =>
  Array.from({ length: groups }, (_, g) => Array.from({ length: 7 }, (_, d) => `${'  '.repeat(d)}- butir ${d}\n`).join('') + (g == groups - 1 ? last : '')).join('');

export const CASES = {
  // Unicode: 1 paragraph (1 part) of text that is hard to shape or lay out.
  zalgo: (i) => `## Z${i}\n\n${fill('a' + '\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0323\u0324\u0325\u0326\u0327\u0328'.repeat(4) + ' ')}\n\n`,
  'emoji-zwj': (i) => `## E${i}\n\n${fill('👨‍👩‍👧‍👦👩🏽‍🍳🇮🇩 ')}\n\n`,
  bidi: (i) => `## B${i}\n\nx ${fill('ab ابت 12 ')}\n\n`,
  'long-word': (i) => `## W${i}\n\n${fill('a')}\n\n`,
  'soft-hyphens': (i) => `## H${i}\n\n${fill('a\u00ad')}\n\n`,
  'zero-width': (i) => `## ZW${i}\n\n${fill('a\u200b')}\n\n`,
  // Inline parts at the limit.
  links: (i) => `## L${i}\n\nx ${'[k](https://e.id/) '.repeat(149)}\n\n`,
  codes: (i) => `## C${i}\n\nx ${'`k` '.repeat(149)}\n\n`,
  breaks: (i) => `## R${i}\n\n${'kata\\\n'.repeat(148)}kata\n\n`,
  // Strings are not parts: escapes and entities may make one text node each.
  escapes: (i) => `## S${i}\n\n${fill('\\*a')}\n\n`,
  'escapes-in-quote-with-picture': (i) => `## Q${i}\n\n> ${fill('\\*a')}\n>\n> ![f](foto.png)\n\n`,
  // A picture in a list or quote sends the whole block to the Lit-template path (prose.ts `blocks`).
  'lists-7deep-with-picture': (i) => `## P${i}\n\n${nested(10, '      ![f](foto.png)\n')}\n`,
  'emphasis-in-quote-with-picture': (i) => `## M${i}\n\n> x ${'*kata* '.repeat(146)}\n>\n> ![f](foto.png)\n\n`,
  // Questions whose parts draw more than one node each.
  'order-10-items': (i) =>
    `## O${i}\n\n:::quiz\n${Array.from({ length: 6 }, (_, q) => `?[order] Urutkan ${q}.\n${Array.from({ length: 10 }, (_, k) => `${k + 1}. Langkah ${k}`).join('\n')}\n`).join('\n')}:::\n\n`,
  'choice-10-options': (i) =>
    `## K${i}\n\n:::quiz\n${Array.from({ length: 6 }, (_, q) => `? Pilih ${q}.\n${Array.from({ length: 10 }, (_, k) => `- [${k ? ' ' : 'x'}] Pilihan ${k}\n  > Umpan balik ${k}.`).join('\n')}\n`).join('\n')}:::\n\n`,
  'chat-many-messages': (i) =>
    `## T${i}\n\n:::quiz\n?[chat] Bu Rina mengeluh.\n${'< Bu Rina: Kak, nasi kuning pesanan saya datang dingin sekali.\n'.repeat(55)}- [x] Maaf, Bu.\n  > Bagus.\n  < Bu Rina: Terima kasih.\n- [ ] Salah kurir.\n  > Jangan.\n  < Bu Rina: Saya kecewa.\n:::\n\n`,
  'chat-10-options': (i) =>
    `## U${i}\n\n:::quiz\n${Array.from({ length: 4 }, (_, q) => `?[chat] Bu Rina ${q}.\n< Bu Rina: Kak, dingin.\n${Array.from({ length: 10 }, (_, k) => `- [${k ? ' ' : 'x'}] Balasan ${k}\n  > Umpan ${k}.\n  < Bu Rina: Jawaban ${k}.`).join('\n')}\n`).join('\n')}:::\n\n`,
  // bench/markdown.mjs's own worst kind, for comparison in the same run: 150 times one picture.
  'bench-150-pictures': (i) => `## A${i}\n\n${'![Foto dagangan](foto.png)\n\n'.repeat(150)}`,
  'pictures-captioned': (i) => `## F${i}\n\n${Array.from({ length: 150 }, (_, k) => `![F ${k}](c${i}-${k}.png "Foto ${k}")\n\n`).join('')}`,
  'pictures-distinct': (i) => `## G${i}\n\n${Array.from({ length: 150 }, (_, k) => `![Foto ${k}](f${i}-${k}.png)\n\n`).join('')}`,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '/tmp/r10/mod';
  rmSync(join(dir, 'atk'), { recursive: true, force: true });
  mkdirSync(join(dir, 'atk', 'id'), { recursive: true });
  const ids = Object.keys(CASES);
  writeFileSync(
    join(dir, 'atk', 'module.yaml'),
    `id: atk\nversion: 1\nlevel: basic\ntitle:\n  id: Serangan\ndescription:\n  id: Pelajaran di batas.\nlessons:\n${ids.map((i) => `  - ${i}\n`).join('')}`,
  );
  for (const id of ids) {
    const text = steps(id, CASES[id]);
    writeFileSync(join(dir, 'atk', 'id', `${id}.md`), text);
    console.log(id, Buffer.byteLength(text));
  }
}

// Passing `check` needs both languages, an English title, and pictures that exist: a 1×1 PNG.
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201' + 'ec0b4e2d0000000049454e44ae426082', 'hex');
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, copyFileSync, readdirSync } = await import('node:fs');
  const dir = join(process.argv[2] ?? '/tmp/r10/mod', 'atk');
  mkdirSync(join(dir, 'en'), { recursive: true });
  const y = readFileSync(join(dir, 'module.yaml'), 'utf8').replace('  id: Serangan\n', '  id: Serangan\n  en: Attack\n').replace('  id: Pelajaran di batas.\n', '  id: Pelajaran di batas.\n  en: Lessons at the limits.\n');
  writeFileSync(join(dir, 'module.yaml'), y);
  for (const f of readdirSync(join(dir, 'id'))) {
    copyFileSync(join(dir, 'id', f), join(dir, 'en', f));
    for (const m of readFileSync(join(dir, 'id', f), 'utf8').matchAll(/\]\(([\w-]+\.png)(?: "[^"]*")?\)/g)) for (const l of ['id', 'en']) writeFileSync(join(dir, l, m[1]), PNG);
  }
}
