// How much of a step's own text a learner sees on a 360 × 640 phone before
// scrolling (review 12b, finding 10): the first step of the lesson that
// examples/one-lesson.html embeds (its Markdown source here: the page needs
// the built modules) and a lesson opened in a course. A slow reader who sees
// mostly buttons and titles first does not know where the lesson starts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { $, clearStorage, ready, until } from './helpers.js';

type Synth = SpeechSynthesis & Record<string, unknown>;

/** Lines of the step's own text (not its heading or the listen button) wholly on the screen, above the lesson's bottom bar. */
function linesInView(lesson: LangkahLesson): number {
  const root = lesson.shadowRoot!;
  const step = root.querySelector('[part~="step"]')!;
  const bar = root.querySelector('nav .primary')!.getBoundingClientRect().top;
  const bottom = Math.min(innerHeight, bar);
  const lines = new Set<number>();
  const walk = (node: Node) => {
    if (node.nodeType === 3 && node.textContent!.trim()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width && r.height && r.top >= 0 && r.bottom <= bottom) lines.add(Math.round(r.top));
    }
    for (const child of (node as Element).shadowRoot?.childNodes ?? node.childNodes) walk(child);
  };
  for (const el of step.children) if (!el.matches('.head')) walk(el);
  return lines.size;
}

describe('the first screen of a step on a 360 × 640 phone (review 12b, finding 10)', () => {
  const synth = window.speechSynthesis as Synth;
  before(() => setViewport({ width: 360, height: 640 }));
  beforeEach(() => {
    clearStorage();
    // A phone without an Indonesian voice, as most cheap ones are.
    synth.getVoices = () => [];
    // A phone's scrollbar overlays the page; desktop Firefox's takes 12 px of a 360 px width.
    document.documentElement.style.scrollbarWidth = 'none';
    scrollTo(0, 0);
  });
  afterEach(() => {
    delete (synth as Record<string, unknown>).getVoices;
    document.documentElement.style.scrollbarWidth = '';
  });

  it('one-lesson.html: the first step shows at least 10 lines of its own text', async function () {
    this.timeout(60000);
    const main = await fixture<HTMLElement>(html`<main></main>`);
    main.innerHTML = '<langkah-lesson src="/modules/kunci-akun/id/kode-otp.md"></langkah-lesson>';
    const lesson = main.firstElementChild as LangkahLesson;
    // The Markdown parser is a big chunk: its first load takes a while on a busy machine.
    await waitUntil(() => lesson.shadowRoot?.querySelector('[part~="step"]'), 'the lesson did not render a step', { timeout: 40000 });
    await ready(lesson);
    const lines = linesInView(lesson);
    // 9 before the title went to the whole width and the bar's empty status row lost its gap.
    expect(lines).to.be.at.least(10);
  });

  it('a lesson opened in a course: its first step shows at least 6 lines of its own text', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = '<langkah-curriculum src="/test/fixtures/course/curriculum.json"></langkah-curriculum>';
    await customElements.whenDefined('langkah-curriculum');
    const course = box.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await until(() => course.shadowRoot?.querySelector('.modules'), 'the course did not render');
    $(course, '[data-ref="uji/latihan"]').click();
    await course.updateComplete;
    const lesson = await ready($(course, 'langkah-lesson') as LangkahLesson);
    await new Promise((r) => setTimeout(r, 100));
    scrollTo(0, 0);
    const lines = linesInView(lesson);
    // 5 before (a picture takes the rest of this screen).
    expect(lines).to.be.at.least(6);
  });
});
