/**
 * A prerendered lesson that moves between its steps before any script has
 * arrived, or when it never does (issue 16, progressive enhancement): after
 * the element's own markup (Lit's, which the bundle hydrates), the server
 * writes every step once more, as plain HTML, each in a
 * `<details name="…">` of one exclusive group:
 *
 *   <div class="pe base" lang="id">
 *     <details name="pe" data-step="0"><summary>[Lanjut →][← Kembali][header + title]</summary><div class="step">…</div></details>
 *     … one per step …
 *   </div>
 *
 * A `<summary>` opens its step without script, even under a strict CSP, and
 * `name` closes the step that was open. The styles (`STEPS_CSS`, in the
 * fragment's `<style>` and linked file, not in langkah.js) show, while one is
 * open, only that step: its summary as the lesson's header and the step's
 * title (where a tap or Enter leaves the focus, so a screen reader reads the
 * new step), the one before's summary as "← Kembali" and the one after's as
 * "Lanjut →" in the row of buttons. While none is open (the page as it
 * arrives), the element's own step 1 shows, and step 2's summary stands where
 * its Next button was (the same box, the same height: nothing moves when the
 * bundle takes over). Each step is the element's own server rendering at that
 * step, with Lit's comments taken out; quizzes and checklists, which need the
 * script to be answered and saved, are drawn with nothing picked and nothing
 * usable (an answer picked in markup no script watches would be lost), and a
 * registered step type, which no server can draw, is a line saying so. hydrate.ts
 * opens the lesson at the step open when the bundle arrives, and removes this.
 *
 * A browser without `details[name]` (Chrome < 120, Firefox < 130) keeps
 * several open: it shows each, nothing hidden for good; one without `:has()`
 * shows the steps as a plain list of details under step 1.
 */
import type { Block, Lesson } from '../content/schema.js';
import { esc } from '../builder/pack-files.js';

/** What the steps without script say, in the lesson's language. */
const WORDS: Record<string, { wait: string; unsaved: string; end: string; late: string }> = {
  id: {
    wait: 'Bagian ini bisa dipakai setelah halaman selesai dimuat.',
    unsaved: 'Halaman belum selesai dimuat, jadi kemajuan Anda belum tersimpan.',
    end: 'Memuat…',
    late: 'Halaman belum selesai dimuat, jadi kemajuan Anda belum tersimpan. Periksa sinyal, lalu muat ulang halaman.',
  },
  en: {
    wait: 'This part works once the page has finished loading.',
    unsaved: 'The page has not finished loading, so your progress is not saved yet.',
    end: 'Loading…',
    late: 'The page has not finished loading, so your progress is not saved yet. Check your signal, then reload the page.',
  },
};

/** What a part that works only with the script says before it, in language `lang`. */
export const waitText = (lang: string): string => (WORDS[lang] ?? WORDS.id!).wait;

/**
 * `lesson` with each block no server can draw (a registered step type: the page's own element) as a line that says
 * it works once the page has loaded. Quizzes and checklists stay: the server draws them as in step 1, nothing picked
 * and nothing usable until the element takes the lesson over (prerender.ts, `waiting`), in the place and size the
 * element's will have, so that nothing below them moves when it does (review 16c, C2).
 */
export function withoutScriptContent(lesson: Lesson): Lesson {
  const wait = waitText(lesson.lang);
  const swap = (blocks: Block[]): Block[] =>
    blocks.map((b): Block => {
      if (b.t === 'custom') return { t: 'p', c: [wait] };
      if (b.t === 'list') return { ...b, items: b.items.map(swap) };
      if (b.t === 'quote' || b.t === 'callout') return { ...b, c: swap(b.c) };
      return b;
    });
  return { ...lesson, steps: lesson.steps.map((s) => ({ ...s, blocks: swap(s.blocks) })) };
}

/** The pieces of the element's rendering (Lit's markup, comments taken out) of one step. */
function pieces(html: string): { header: string; title: string; ear: string; body: string; lang: string } {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const header = /<header>([\s\S]*?)<\/header>/.exec(text)?.[1];
  const title = /<h3 [^>]*>([\s\S]*?)<\/h3>/.exec(text)?.[1];
  const section = /<section part="step" class="step" lang="([^"]*)">/.exec(text);
  const end = text.lastIndexOf('</section>');
  if (header === undefined || title === undefined || !section || end < 0) throw new Error('the lesson\'s rendering has no header, step title or step');
  // The step after its head (the title, "listen": the recording needs the script).
  const inside = text.slice(section.index + section[0].length, end);
  const head = /^<div class="head">[\s\S]*?<\/div>/.exec(inside);
  if (!head) throw new Error('the lesson\'s step has no head');
  // Quizzes and checklists come with their own shadow roots (a template, its styles); nothing else of an element's.
  if (/<(script|langkah-(?!(quiz|checklist)[\s>]))/i.test(inside)) throw new Error('a step without script holds markup that needs one');
  // The head's "listen" button as a place kept empty (`.ear`, beside the title as in the element's head): the step's
  // text then stands where it will once the element draws the button (review 16b, F2); nothing of it is read or reached.
  const ear = head[0]
    .replace(/^<div class="head">\s*<h3[\s\S]*?<\/h3>/, '')
    .replace(/<\/div>$/, '')
    .replace(/\s(id|aria-describedby|aria-labelledby)="[^"]*"/g, '')
    .replace(/<button\b/g, '<button tabindex="-1"')
    .replace(/<button\b(?![^>]*\sdisabled\b)/g, '<button disabled')
    .trim();
  return {
    // One counter has the id: here the progress bar is not announced (the counter beside it says it).
    header: header.replace(' id="counter"', '').replace(' aria-labelledby="counter"', ' aria-hidden="true"'),
    title,
    ear: ear ? `<span class="ear" aria-hidden="true">${ear}</span>` : '',
    body: inside.slice(head[0].length).trim(),
    lang: section[1]!,
  };
}

/**
 * The steps without script, to follow the element's markup in its shadow
 * root: `render(k)` is the element's server rendering at step k (0 is the
 * first) of `withoutScriptContent(lesson)`.
 */
export async function withoutScript(lesson: Lesson, render: (step: number) => Promise<string>, words: { next: string; back: string }): Promise<string> {
  const out: string[] = [];
  for (let k = 0; k < lesson.steps.length; k++) {
    const p = pieces(await render(k));
    out.push(
      `<details name="pe" data-step="${k}"><summary>` +
        `<span class="go">${esc(words.next)} <span aria-hidden="true">→</span></span>` +
        `<span class="back"><span aria-hidden="true">←</span> ${esc(words.back)}</span>` +
        `<span class="at"><header>${p.header}</header><span class="head"><h3 lang="${esc(p.lang)}">${p.title}</h3>${p.ear}</span></span>` +
        `</summary><div part="step" class="step" lang="${esc(p.lang)}">${p.body}</div></details>`,
    );
  }
  // The last step has no end without the script: where the element's Finish button will be, a box of that button's
  // size says the page is loading, and to a screen reader that nothing is saved until it has (review 16b, F6). A
  // line saying so in the step went when the element came, and what was below moved up (16d, D7); longer words
  // than these would not fit beside Back on a 340 px screen. If the script has not come a minute after the page, it
  // is not coming (the signal went): the box becomes a line of its own below Back that says so, that nothing is saved,
  // and to check the signal and reload (review 16g, G5). A sentence, not a word in the box, which looked like a button
  // to tap (16i, I2); no link, which a page's <base> would send elsewhere. A minute: four times the slowest load
  // measured (16i, I3).
  const w = WORDS[lesson.lang] ?? WORDS.id!;
  // The sentence is a line of its own, so that the box keeps its place when it comes: nothing around it moves (review
  // 16j, J1), Back below the box on a narrow screen (J3) as well as beside it.
  out.push(
    `<p class="end"><span aria-hidden="true">${esc(w.end)}</span><span class="sr">${esc(w.unsaved)}</span></p>` +
      `<p class="late">${esc(w.late)}</p>`,
  );
  return `<div class="pe base" lang="${esc(lesson.lang)}">${out.join('')}</div>`;
}

/**
 * The styles of the steps without script, added to the lesson's in its
 * fragments (never in langkah.js: the bundle removes the steps). Nothing here
 * applies once they are gone.
 */
export const STEPS_CSS = `
/* Steps before the script (src/cli/prerender-steps.ts). */
.pe summary {
  display: block;
  /* The slot a details puts its summary in passes on the UA's content-box. */
  box-sizing: border-box;
  min-height: 44px;
  cursor: pointer;
}
.pe summary::-webkit-details-marker {
  display: none;
}
.pe .go,
.pe .back,
.pe > .end,
.pe > .late {
  display: none;
}
/* A minute after the page was read (the steps' box is drawn from the start; the last step's end may be opened much
   later), the box that says "loading" goes blank, keeping its place, and a line below Back says the page has not
   loaded. Custom properties they inherit, so that the time counts from the page, not from the learner's arrival at
   the last step. */
.pe {
  animation: pe-late 0s 60s forwards;
}
@keyframes pe-late {
  to {
    --pe-end: hidden;
    --pe-late: block;
  }
}
@supports selector(:has(a)) {
  /* None open: step 1 as the element drew it, and the box goes on below it with step 2's summary as its Next. */
  .base:has(~ .pe) {
    padding-bottom: 0;
    border-bottom: 0;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .base:has(~ .pe) > nav {
    display: none;
  }
  .pe {
    /* Stuck at the bottom of the screen as the element's nav is: its padding and border below the screen. */
    position: sticky;
    bottom: calc(-0.75em - 1px);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0 0.75em;
    margin-top: 1.25em;
    padding-top: 0.5em;
    padding-bottom: 1.25em;
    border-top: 0;
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }
  .pe:not(:has([open]))::before {
    /* The box's sides across the gap above (the margin between step 1 and Next, outside both boxes), drawn over
       step 1's own where they meet, and over them, unseen, while Next is stuck at the bottom (review 16f, F6). */
    content: '';
    position: absolute;
    bottom: 100%;
    left: -1px;
    right: -1px;
    height: 3em;
    border: solid var(--_border);
    border-width: 0 1px;
    pointer-events: none;
  }
  .pe > details {
    display: none;
  }
  .pe:not(:has([open])) > [data-step='1'],
  .pe > [open],
  .pe > :not([open]):has(+ [open]),
  .pe > [open] + :not([open]) {
    display: block;
  }
  .pe:not(:has([open])) > [data-step='1'],
  .pe > [open] + :not([open]) {
    order: 2;
    margin-inline-start: auto;
  }
  .pe > :not([open]):has(+ [open]) {
    order: 1;
  }
  .pe:not(:has([open])) > [data-step='1'] .go,
  .pe > [open] + :not([open]) .go,
  .pe > :not([open]):has(+ [open]) .back {
    display: inline;
  }
  .pe > :not([open]) .at {
    display: none;
  }
  /* The buttons: as the element's. */
  .pe > :not([open]) > summary {
    font-size: min(1em, max(16px, 7.5vw));
    font-weight: 600;
    padding: 0.4em 1em;
    text-align: center;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .pe:not(:has([open])) > [data-step='1'] > summary,
  .pe > [open] + :not([open]) > summary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* The last step's end: the size of the button that will stand there, but plainly not one. */
  .pe > .end {
    box-sizing: border-box;
    min-height: 44px;
    margin: 0;
    font-size: min(1em, max(16px, 7.5vw));
    font-weight: 600;
    padding: 0.4em 1em;
    text-align: center;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    /* On Back's line whatever the words' length (cut short if need be; a screen reader has them all): on a line
       of its own it would make the box taller than the element's. */
    flex: 1 1 0;
    min-width: 0;
    max-width: fit-content;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    visibility: var(--pe-end, visible);
  }
  /* A minute on: a line of its own, after Back wherever Back stands, its words wrapped, not stuck over the text. */
  .pe > [open] + .end + .late {
    display: var(--pe-late, none);
    order: 4;
    flex: 0 0 100%;
    box-sizing: border-box;
    margin: 1.25em 0 0;
    font-size: min(1em, max(16px, 7.5vw));
    padding: 0.4em 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  /* One open: the element's step 1 gives way, and the box is this step, with its buttons at the bottom. */
  .base:has(~ .pe [open]) {
    display: none;
  }
  .pe:has([open]) {
    position: static;
    margin-top: 0;
    /* Below the buttons, the element's nav's padding (0.5em) and the box's. */
    padding: 0.75em 0.75em 1.25em;
    border-top: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pe > [open] > .step {
    /* The element's nav's margin, which takes in the last block's margin as this one does (a flex item keeps the
       margins of what it holds): the buttons stand where the element's will (review 16d, D7; 16e, E2). */
    margin-bottom: 1.25em;
  }
  .pe > [open] {
    flex: 1 1 100%;
  }
  .pe > [open] > summary {
    cursor: default;
    /* A tap on the step's title must not close it and throw the learner back to step 1 (review 16b, F1). */
    pointer-events: none;
  }
  .pe > [open] {
    /* A flex item as wide as its words by default: at 200 % zoom it ran past the screen (review 16b, F3). */
    min-width: 0;
  }
  .pe .ear {
    /* The "listen" button's place, kept empty: the text stands where the element will draw it (review 16b, F2). As
       narrow as the button may be: a flex item's min-content width made it wrap otherwise in a narrow column (16k, K2). */
    visibility: hidden;
    min-width: 0;
  }
  .pe > [open] + :not([open]),
  .pe > :not([open]):has(+ [open]) {
    position: sticky;
    bottom: 0.5em;
    /* The element's nav's padding above its buttons. */
    margin-top: 0.5em;
  }
  /* Stuck where the element's Finish button will be, as it will be (not stuck, the box moved at the take-over: review
     16i, I1). On a narrow screen both stand above Back, so neither lies over it (16g, G2; 16j, J3). A minute on, the
     box is blank and the sentence below Back is not stuck over the text (above). */
  .pe > [open] + .end {
    position: sticky;
    margin-top: 0.5em;
  }
}
/* Very narrow: the box's padding as the element's there (base.styles.ts), the nav's 0.5em below the buttons. */
@media (max-width: 22em) {
  @supports selector(:has(a)) {
    .pe:has([open]) {
      padding: 0.5em 0.5em 1em;
    }
    .pe:not(:has([open])) {
      bottom: calc(-0.5em - 1px);
      padding-bottom: 1em;
    }
  }
}
/* Big text, 200 % zoom or a short screen: as the element's nav there, only the button, on a line of its own. */
@media (max-width: 20em), (max-height: 30em) {
  @supports selector(:has(a)) {
    .pe:not(:has([open])) {
      display: block;
      /* The element's button sticks at half its own font size (0.5em of min(1em, max(16px, 7.5vw))) from the bottom. */
      bottom: calc(0.5 * min(1em, max(16px, 7.5vw)) - 0.75em - 1px);
      margin-top: 0;
      padding-top: 0;
      padding-bottom: 0.75em;
    }
    .pe > :not([open]) {
      width: fit-content;
      margin-top: 0.75em;
    }
    .pe > :not([open]) > summary,
    .pe > .end {
      padding-inline: 0.5em;
    }
    .pe > .end {
      flex: none;
      max-width: 100%;
    }
    .pe > [open] + .end + .late {
      flex: none;
      align-self: stretch;
    }
    /* One open: Next and Back on lines of their own, as the element's nav there: Next first, at the right, and only
       Next stuck to the bottom (at the left it moved sideways when the element came: review 16g, G3; two stuck at one
       place covered each other: 16b, F3); Back below it, so never under it (16j, J3). */
    .pe:has([open]) {
      padding-bottom: 0.75em;
      flex-direction: column;
      /* One line: a wrapping column's line is as wide as its widest content, wider than the screen. */
      flex-wrap: nowrap;
      align-items: flex-start;
    }
    .pe > [open] {
      align-self: stretch;
      width: 100%;
      /* The first button's margin, as the element's takes in the last block's: here the step's below, taken back. */
      margin-bottom: calc(-0.75 * min(1em, max(16px, 7.5vw)));
    }
    .pe > [open] > .step {
      margin-bottom: calc(0.75 * min(1em, max(16px, 7.5vw)));
    }
    .pe:has([open]) > :not([open]) {
      margin-top: calc(0.75 * min(1em, max(16px, 7.5vw)));
    }
    .pe > :not([open]):has(+ [open]) {
      position: static;
      order: 3;
    }
    /* Stuck at half the button's font size from the bottom, as the element's main button there (review 16k, K4). */
    .pe > [open] + details:not([open]) {
      bottom: calc(0.5 * min(1em, max(16px, 7.5vw)));
    }
  }
}
/* No nav box there (the element's nav is display: contents): below the buttons only the box's padding. */
@media (max-width: 20em), (max-width: 22em) and (max-height: 30em) {
  @supports selector(:has(a)) {
    .pe:has([open]) {
      padding-bottom: 0.5em;
    }
    /* None open: the box's 0.5em below Next, as below the element's (it was 0.75em: 4.5 px taller at 300 px). */
    .pe:not(:has([open])) {
      bottom: calc(0.5 * min(1em, max(16px, 7.5vw)) - 0.5em - 1px);
      padding-bottom: 0.5em;
    }
  }
}
@media (forced-colors: active) {
  .pe > :not([open]) > summary {
    border-color: ButtonText;
  }
  /* Next keeps a fill, in the system's highlight colours, as the element's main button does (review 16f, F7). */
  .pe:not(:has([open])) > [data-step='1'] > summary,
  .pe > [open] + :not([open]) > summary {
    forced-color-adjust: none;
    border-color: Highlight;
    background: Highlight;
    color: HighlightText;
  }
}
`;
