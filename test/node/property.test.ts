/**
 * Hostile and arbitrary Markdown through the whole pipeline: it never throws,
 * never yields markup for the page to interpret, and never lets an unsafe URL
 * through. The output is a data tree, so "no markup" means: every string is
 * plain text rendered as text, every link/image URL passes the safe-scheme rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseLesson, parseSnippet } from '../../src/content/markdown.js';
import { quickSnippet } from '../../src/content/snippet.js';
import { LessonSchema, type Block, type Inline } from '../../src/content/schema.js';
import { isSafeImage, isSafeLink } from '../../src/content/url.js';
import { prerenderer } from '../../src/cli/prerender.js';

const front = `---
id: uji
title: Uji
goal: Uji.
duration: 2
checked: 2026-11
sources: []
---
`;

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](vbscript:msgbox)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '![x](javascript:alert(1))',
  '![x](file:///etc/passwd)',
  '<iframe src="//evil"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<div onclick="alert(1)">',
  '**<b>unclosed *nesting**',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  ':::quiz\n? q <script>\n- [x] [a](javascript:1)\n- [ ] b\n  > <img onerror=1>\n:::',
  ':::checklist\n- [ ] [x](data:,1)\n:::',
  ':::tip\n:::quiz\n:::',
  ':::',
  '::audio[x]{src="javascript:alert(1)"}',
  '## ',
  '```\n<script>\n```',
  '> <style>*{display:none}</style>',
  '- [x](javascript:1)\n  - ![y](data:1)',
  '&lt;script&gt;',
  '\\<script\\>',
];

const piece = fc.oneof(
  fc.constantFrom(...hostile),
  fc.constantFrom('## Langkah', '### Kecil', 'Teks biasa.', '- item', '1. satu', '> kutip', '', ':::tip', ':::', '**', '*', '`', '[', '](', ')'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('<', '>', '[', ']', '(', ')', ':', '!', '*', '_', '`', '\n', '#', '-', ' ', 'a', '"', '=', '&', ';', '{', '}', '?'), maxLength: 60 }),
);
const markdown = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('\n'));

/** Every URL in the tree passes its rule; every node is one of the known kinds. */
function assertSafe(blocks: Block[]) {
  const inline = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      assert.ok(['strong', 'em', 'del', 'code', 'link', 'br'].includes(n.t), `unknown inline ${n.t}`);
      if (n.t === 'link') assert.ok(isSafeLink(n.href), `unsafe link ${n.href}`);
      if ('c' in n) inline(n.c);
    }
  };
  for (const b of blocks) {
    switch (b.t) {
      case 'p':
      case 'h':
        inline(b.c);
        break;
      case 'image':
        assert.ok(isSafeImage(b.src), `unsafe image ${b.src}`);
        break;
      case 'list':
        b.items.forEach(assertSafe);
        break;
      case 'quote':
      case 'callout':
        assertSafe(b.c);
        break;
      case 'quiz':
        for (const q of b.questions) {
          inline(q.prompt);
          if ('options' in q) q.options.forEach((o) => (inline(o.text), inline(o.feedback ?? [])));
          if (q.kind === 'order') q.items.forEach(inline);
        }
        break;
      case 'checklist':
        b.items.forEach((i) => (inline(i.text), inline(i.help ?? [])));
        break;
      case 'code':
        break;
      default:
        assert.fail(`unexpected block ${JSON.stringify(b)}`);
    }
  }
}

describe('the pipeline under arbitrary and hostile Markdown', () => {
  it('never throws, and a lesson it accepts is valid and safe', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const { lesson, problems } = parseLesson(`${front}\n## Mulai\n\n${body}\n`, { lang: 'id', file: 'uji.md' });
        for (const p of problems) {
          assert.ok(p.line! >= 1 && p.col! >= 1, `problem without a place: ${JSON.stringify(p)}`);
          assert.ok(!p.message.startsWith('Invalid'), `raw zod message leaked: ${p.message}`);
        }
        if (lesson) {
          assert.ok(LessonSchema.safeParse(lesson).success);
          lesson.steps.forEach((s) => assertSafe(s.blocks));
        } else {
          assert.ok(problems.some((p) => p.severity === 'error'), 'rejected without saying why');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on snippets (inline quiz and checklist bodies), with the lesson parser or the small one', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        const { blocks } = parseSnippet(body, { lang: 'en' });
        assertSafe(blocks);
        const quick = quickSnippet(body);
        if (Array.isArray(quick)) assertSafe(quick);
      }),
      { numRuns: 800 },
    );
  });

  it('prerenders (langkah build --prerender, @lit-labs/ssr) an accepted lesson with no markup of its own and safe URLs only', async () => {
    const p = await prerenderer();
    // The tags Langkah's templates write around a first step; content never adds one.
    // Then every step again for before the script (prerender-steps.ts): in details, without quizzes or checklists.
    const tags = new Set('langkah-lesson template style link article header h2 p progress div section h3 h4 button span nav figure img figcaption strong em del code a br pre ul ol li blockquote langkah-quiz langkah-checklist details summary'.split(' '));
    const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const check = async (body: string) => {
      const { lesson } = parseLesson(`${front}\n## Mulai\n\n${body}\n\n## Lagi\n\n${body}\n`, { lang: 'id', file: 'uji.md' });
      if (!lesson) return;
      const withStyles = await p.lesson({ ...lesson, module: 'uji', version: 'v' }, 'id/uji/uji.json');
      const steps = withStyles.slice(withStyles.indexOf('<div class="pe base"'));
      assert.equal(steps.match(/<details /g)?.length, lesson.steps.length, 'a step without script for each step');
      assert.doesNotMatch(steps, /<(langkah-|template|input)/);
      // The one <style> holds the element's own stylesheet, never content.
      const sheets = new Set(p.styles().map(([, css]) => `<style>${css}</style>`));
      const html = withStyles.replace(/<style>[^]*?<\/style>/g, (s) => (assert.ok(sheets.has(s), 'a <style> that is not an element\'s stylesheet'), '<style></style>'));
      // Text never holds a '<' of its own (Lit escapes it), so every '<' starts one of our tags or comments.
      assert.equal(html.split('<').length - 1, [...html.matchAll(/<(?:[a-zA-Z][\w-]*[^<>]*|\/[a-zA-Z][\w-]*|!--[^<>]*--)>/g)].length);
      for (const [, tag, attrs] of html.matchAll(/<([a-zA-Z][\w-]*)([^<>]*)>/g)) {
        assert.ok(tags.has(tag!.toLowerCase()), `<${tag}> in ${html}`);
        assert.doesNotMatch(attrs!, /\son[a-z]+\s*=|style=/i);
      }
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = unescape(value!);
        if (attr === 'src' && /\.json$/.test(url)) continue;
        if (/\.css$/.test(url)) continue;
        assert.ok(attr === 'href' ? isSafeLink(url) : isSafeImage(url), `unsafe ${attr} ${url}`);
      }
    };
    for (const sample of hostile) await check(`Teks.\n\n${sample}`);
    await fc.assert(fc.asyncProperty(markdown, check), { numRuns: 200 });
    // Raw HTML in the Markdown is characters on the page.
    const { lesson } = parseLesson(`${front}\n## Mulai\n\n<script>alert(1)</script>\n`, { lang: 'id' });
    assert.match(await p.lesson({ ...lesson!, module: 'uji', version: 'v' }, 'x.json'), /<p>(<!--lit-part-->)+&lt;script&gt;alert\(1\)&lt;\/script&gt;(<!--\/lit-part-->)+<\/p>/);
  });

  it('keeps each hostile sample as text or rejects it, never as markup', () => {
    for (const sample of hostile) {
      const { lesson, problems } = parseLesson(`${front}\n## Mulai\n\nTeks.\n\n${sample}\n`, { lang: 'id', file: 'uji.md' });
      if (lesson) lesson.steps.forEach((s) => assertSafe(s.blocks));
      else assert.ok(problems.length, sample);
      // The small parser of inline quizzes, with the sample as an option: safe too, or handed over.
      const quick = quickSnippet(`:::quiz\n? q\n- [x] ${sample.replace(/\n/g, ' ')}\n- [ ] b\n:::`);
      if (Array.isArray(quick)) assertSafe(quick);
    }
    // Raw HTML survives as visible characters in a text node.
    const { lesson } = parseLesson(`${front}\n## Mulai\n\n<script>alert(1)</script>\n`, { lang: 'id' });
    assert.deepEqual(lesson!.steps[0]!.blocks, [{ t: 'p', c: ['<script>alert(1)</script>'] }]);
  });
});
