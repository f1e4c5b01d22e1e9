// Chromium with its default font size at 32 px (the browser setting a learner
// who reads badly changes; web-test-runner.config.mjs sets it in the group
// `font-size-32`), on a 360 px phone: every screen a learner meets, and in
// each nothing runs out of its box, no word in a chat bubble is split, and
// every text is at least 16 px. "penyimpanan" (11 letters) is the long word
// of the field study; a longer one (14 letters at 36 px) is wider than a
// 360 px screen's box and breaks, as it must, rather than overflow.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, clearStorage, forward, nav, quizzes, ready, until } from './helpers.js';

type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** Every element under `root`, through the shadow roots of the elements inside. */
const all = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);

const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};

/** Text nodes with words that a learner sees, under `root`. */
const words = (root: Element): Text[] =>
  all(root.shadowRoot ?? root)
    .concat(root)
    .flatMap((el) => [...el.childNodes].filter((n): n is Text => n.nodeType === 3 && !!n.textContent!.trim()))
    .filter((t) => shown(t.parentElement!) && !t.parentElement!.closest('.sr, [aria-hidden="true"]'));

/** What is wrong on screen: text under 16 px, text outside its element's box, boxes wider than their parent, sideways scrolling. */
function audit(root: Element): string[] {
  const wrong: string[] = [];
  for (const t of words(root)) {
    const el = t.parentElement!;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 16) wrong.push(`${size}px: "${t.textContent!.trim().slice(0, 40)}"`);
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(t);
    for (const r of range.getClientRects()) {
      if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) {
        wrong.push(`outside its box: "${t.textContent!.trim().slice(0, 40)}" (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
        break;
      }
    }
  }
  for (const el of all(root.shadowRoot ?? root)) {
    if (!shown(el) || el.closest('.sr')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > innerWidth + 1 || r.left < -1) wrong.push(`past the screen: <${el.localName} class="${el.className}"> ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  if (document.documentElement.scrollWidth > innerWidth) wrong.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
  return [...new Set(wrong)];
}

/** Words split over two lines inside the chat bubbles under `root`. */
function splitWords(root: Element): string[] {
  const split: string[] = [];
  for (const bubble of all(root.shadowRoot!).filter((el) => el.matches('.chat li'))) {
    for (const t of words(bubble)) {
      for (const m of t.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(t, m.index!);
        range.setEnd(t, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width).map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
  }
  return split;
}

describe('at a default font size of 32 px on a 360 px phone', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  beforeEach(clearStorage);

  it('is what the browser setting asks for: text is bigger than at the usual 16 px', () => {
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('32px');
  });

  it('the course path, a lesson in it, its quiz, and its summary fit', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>';
    await customElements.whenDefined('langkah-curriculum');
    const course = host.firstElementChild as Host;
    await until(() => course.shadowRoot?.querySelector('.modules'), 'the course did not render');
    await course.updateComplete;
    expect(audit(course), 'course path').to.deep.equal([]);

    $(course, '[data-ref="uji/latihan"]').click();
    await course.updateComplete;
    const lesson = await ready($(course, 'langkah-lesson') as LangkahLesson);
    expect(audit(course), 'first step').to.deep.equal([]);
    for (let i = 0; i < 8 && !lesson.shadowRoot!.querySelector('[part~="summary"]'); i++) {
      for (const q of quizzes(lesson)) await q.updateComplete;
      expect(audit(course), `step ${i + 2}`).to.deep.equal([]);
      if (quizzes(lesson).length) expect(splitWords(quizzes(lesson)[0]!), 'split words').to.deep.equal([]);
      await forward(lesson, 1).catch(() => nav(lesson, /Periksa|Lanjut/));
    }
    expect(audit(course), 'summary').to.deep.equal([]);
  });

  it('keeps what stays in view to about a quarter of the screen, and wraps button labels between words only (#12)', async () => {
    // The course would reopen the lesson of the test before.
    for (const k of Object.keys(localStorage)) if (k.startsWith('langkah')) localStorage.removeItem(k);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>';
    await customElements.whenDefined('langkah-curriculum');
    const course = host.firstElementChild as Host;
    await until(() => course.shadowRoot?.querySelector('.modules'), 'the course did not render');
    $(course, '[data-ref="uji/latihan"]').click();
    await course.updateComplete;
    const lesson = await ready($(course, 'langkah-lesson') as LangkahLesson);
    await forward(lesson, 1);
    // In the middle of a long step: what is stuck to the bottom of the screen is all the learner cannot scroll away.
    scrollTo(0, document.documentElement.scrollHeight / 3);
    const stuck = all(course.shadowRoot!).filter((el) => shown(el) && getComputedStyle(el).position === 'sticky');
    expect(stuck.map((el) => el.localName), 'only the main button').to.deep.equal(['button']);
    const height = stuck.reduce((n, el) => n + el.getBoundingClientRect().height, 0);
    expect(height, 'stuck to the screen').to.be.at.most(innerHeight / 4);
    const split: string[] = [];
    for (const b of all(course.shadowRoot!).filter((el) => el.localName === 'button' && shown(el))) {
      for (const t of words(b)) {
        for (const m of t.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(t, m.index!);
          range.setEnd(t, m.index! + m[0].length);
          if (new Set([...range.getClientRects()].filter((r) => r.width).map((r) => Math.round(r.top))).size > 1) split.push(m[0]);
        }
      }
    }
    expect(split, 'words split inside buttons').to.deep.equal([]);
  });

  it('never lays the main button, Next or Finish, over Back while the learner scrolls a step (review 16j, J3)', async () => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('langkah')) localStorage.removeItem(k);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = '<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson>';
    const lesson = await ready(box.firstElementChild as LangkahLesson);
    const over: string[] = [];
    const checked: string[] = [];
    for (let i = 0; i < 9 && !lesson.shadowRoot!.querySelector('[part~="summary"]'); i++) {
      await forward(lesson, 1);
      await lesson.updateComplete;
      // After the lesson's own scroll to the new step's heading.
      await new Promise((r) => setTimeout(r, 0));
      const back = [...lesson.shadowRoot!.querySelectorAll<HTMLElement>('nav button')].find((n) => /Kembali/.test(n.textContent!));
      if (!back) continue;
      const main = $(lesson, 'nav .primary');
      // Back and the main button on lines of their own, the main button first.
      scrollTo(0, document.documentElement.scrollHeight);
      if (main.getBoundingClientRect().bottom > back.getBoundingClientRect().top + 0.5) over.push(`${main.textContent!.trim()} is not above Back`);
      let inView = 0;
      for (let y = 0; y <= document.documentElement.scrollHeight - innerHeight; y += 8) {
        scrollTo(0, y);
        const a = main.getBoundingClientRect();
        const b = back.getBoundingClientRect();
        if (b.bottom <= 0 || b.top >= innerHeight) continue;
        inView++;
        const meet = a.bottom > b.top + 0.5 && a.top < b.bottom - 0.5 && a.right > b.left + 0.5 && a.left < b.right - 0.5;
        if (meet) over.push(`${main.textContent!.trim()} over Back at scrollY ${y}: ${Math.round(a.top)}–${Math.round(a.bottom)}, Back ${Math.round(b.top)}–${Math.round(b.bottom)}`);
      }
      if (inView) checked.push(main.textContent!.trim());
    }
    // Next on the middle steps, Finish on the last.
    expect(checked.length, 'steps with Back in view').to.be.at.least(3);
    expect(checked.at(-1)).to.match(/Selesai/);
    expect(over).to.deep.equal([]);
    scrollTo(0, 0);
  });

  // The last: in a page's margins of 1rem, as an offline pack's page has them (review 12c, finding 4: "pertanyaa / n").
  for (const [width, margin] of [[360, '0'], [320, '0'], [360, '1rem']] as const) {
    it(`at ${width} px${margin === '0' ? '' : ` in margins of ${margin}`}, the summary of a lesson left with questions unanswered fits, in a course too, and splits no word of its heading or buttons (review 12b, finding 5)`, async () => {
      await setViewport({ width, height: Math.round((width * 16) / 9) });
      try {
        for (const k of Object.keys(localStorage)) if (k.startsWith('langkah')) localStorage.removeItem(k);
        const box = await fixture<HTMLDivElement>(html`<div style="padding: 0 ${margin}"></div>`);
        box.innerHTML = `<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson><langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>`;
        const course = box.lastElementChild as Host;
        await customElements.whenDefined('langkah-curriculum');
        await until(() => course.shadowRoot?.querySelector('.modules'), 'the course did not render');
        $(course, '[data-ref="uji/latihan"]').click();
        await course.updateComplete;
        for (const lesson of [box.firstElementChild as LangkahLesson, await ready($(course, 'langkah-lesson') as LangkahLesson)]) {
          await ready(lesson);
          for (let i = 0; i < 9 && !lesson.shadowRoot!.querySelector('[part~="summary"]'); i++) await forward(lesson, 1);
          await lesson.updateComplete;
          expect($(lesson, '[part~="summary"] h3').textContent, 'questions are left').to.match(/belum dijawab/);
          expect(audit(lesson), 'summary').to.deep.equal([]);
          const split: string[] = [];
          for (const el of all(lesson.shadowRoot!).filter((e) => e.matches(width === 360 ? 'h3, button' : 'h3') && shown(e))) {
            for (const t of words(el)) {
              for (const m of t.textContent!.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(t, m.index!);
                range.setEnd(t, m.index! + m[0].length);
                if (new Set([...range.getClientRects()].filter((r) => r.width).map((r) => Math.round(r.top))).size > 1) split.push(m[0]);
              }
            }
          }
          // On a 320 px phone a 10-letter word in a button can be wider than its line: it may break there, not overflow.
          expect(split, 'words split over two lines').to.deep.equal([]);
        }
        expect(audit(course), 'the course').to.deep.equal([]);
      } finally {
        await setViewport({ width: 360, height: 640 });
      }
    });
  }

  it('a chat scenario and a checklist with long words fit, and no word in a bubble is split', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <langkah-quiz id="kuis-32">
        <template>
          ?[chat] Bu Ani bertanya kenapa HP-nya lambat. Balasan mana yang tepat?
          < Bu Ani: Kak, HP saya lambat sekali, katanya penyimpanan penuh.
          - [x] Coba kosongkan penyimpanan: hapus video lama dari WhatsApp.
            < Bu Ani: Terima kasih, sudah lebih cepat.
          - [ ] Beli HP baru saja.
        </template>
      </langkah-quiz>
      <langkah-checklist id="daftar-32">
        <template>
          - [ ] Periksa penyimpanan HP setiap minggu
          - [ ] Hapus berkas unduhan yang tidak diperlukan
        </template>
      </langkah-checklist>
    </div>`);
    const [quiz, list] = [...box.children] as Host[];
    await until(() => quiz!.shadowRoot?.querySelector('fieldset') && list!.shadowRoot?.querySelector('fieldset'), 'the quiz or checklist did not render');
    await quiz!.updateComplete;
    expect(audit(quiz!), 'chat quiz').to.deep.equal([]);
    expect(splitWords(quiz!)).to.deep.equal([]);
    expect(audit(list!), 'checklist').to.deep.equal([]);
    // The answer, then its feedback (the chat goes on).
    quiz!.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    await quiz!.updateComplete;
    quiz!.shadowRoot!.querySelector<HTMLButtonElement>('fieldset > button')!.click();
    await quiz!.updateComplete;
    expect(audit(quiz!), 'chat feedback').to.deep.equal([]);
    expect(splitWords(quiz!)).to.deep.equal([]);
  });
});
