/**
 * A prerendered lesson before its script, or without it (issue 16: progressive
 * enhancement, src/cli/prerender-steps.ts): Next and Back move between all its
 * steps while langkah.js does not load, the focus on the new step; when the
 * script arrives, the lesson opens at the step the learner is on. The page is
 * test/fixtures/prerendered/index.html (strict CSP), as in prerender.test.ts;
 * the bundle is dist/cdn/langkah.js (npm run build first).
 */
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LangkahLesson } from '../../src/define.js';
import { base } from '../../src/elements/shared/base.styles.js';
import { $, clearStorage, frame, KEY, nav, stored, text, until } from './helpers.js';

const PAGE = '/test/fixtures/prerendered/index.html';
/** langkah.js, and an address of it for the one that fails (a browser remembers a module that failed; its chunks import it as langkah.js). */
const BUNDLE = '/dist/cdn/langkah.js';
const BLOCKED = `${BUNDLE}?blocked`;

const open = () => frame(PAGE);

const lessonIn = (f: HTMLIFrameElement) => f.contentDocument!.querySelector('langkah-lesson') as LangkahLesson;

/** Adds langkah.js at `src` to the page; resolves when it loaded or failed. */
function script(f: HTMLIFrameElement, src: string): Promise<string> {
  const s = f.contentDocument!.createElement('script');
  s.type = 'module';
  s.src = src;
  const done = new Promise<string>((resolve) => ((s.onload = () => resolve('load')), (s.onerror = () => resolve('error'))));
  f.contentDocument!.head.append(s);
  return done;
}

const shown = (e: Element) => (e as HTMLElement).checkVisibility();

/** The step the learner sees: the element's own, or an open step of the prerendered ones. */
function step(el: Element): { title: string; counter: string } {
  const root = el.shadowRoot!;
  const article = root.querySelector('article')!;
  if (shown(article)) return { title: text(root.querySelector('article h3')!), counter: text(root.querySelector('article .counter')!) };
  const open = [...root.querySelectorAll('.pe details[open]')].filter(shown);
  if (open.length !== 1) return { title: `${open.length} steps open`, counter: '' };
  return { title: text(open[0]!.querySelector('h3')!), counter: text(open[0]!.querySelector('.counter')!) };
}

/** The buttons the learner sees below the step, in the order they stand (left to right). */
function controls(el: Element): string[] {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('nav button, .pe details:not([open]) > summary')].filter(shown);
  return all.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left).map(text);
}

const control = (el: Element, label: RegExp) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pe details:not([open]) > summary')].find((s) => shown(s) && label.test(text(s)))!;

/** Presses `key` on the visible control `label`, as a learner with a keyboard (or a switch) does. */
async function press(el: Element, label: RegExp, key: string): Promise<void> {
  const c = control(el, label);
  expect(c, `no visible ${label}`).to.not.equal(undefined);
  c.focus();
  await sendKeys({ press: key });
}

const TITLES = ['Kode OTP adalah kunci', 'Pilih jawaban', 'Benar atau salah', 'Lakukan hari ini', 'Penutup'];

/** The page with langkah.js failing (the frame `size`d first, if given), and its lesson. */
async function withoutBundle(size: Partial<CSSStyleDeclaration> = {}): Promise<{ f: HTMLIFrameElement; el: LangkahLesson }> {
  document.cookie = 'offline=cdn/langkah.js; path=/';
  const f = await open();
  Object.assign(f.style, size);
  expect(await script(f, BLOCKED)).to.equal('error');
  return { f, el: lessonIn(f) };
}

/** Taps Next until step `to` (0 is the first) shows, as a learner does before the script. */
async function tapTo(el: Element, to: number): Promise<void> {
  for (let k = 1; k <= to; k++) {
    control(el, /Lanjut/).click();
    await until(() => step(el).title === TITLES[k], `Next did not show step ${k + 1}`);
  }
}


describe('a prerendered lesson without its script', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.cookie = 'offline=; path=/; max-age=0';
    document.querySelectorAll('iframe').forEach((n) => n.remove());
    clearStorage();
  });

  it('moves between all its steps with Next and Back (Enter and Space), the focus on the new step, under the CSP', async () => {
    document.cookie = 'offline=cdn/langkah.js; path=/';
    const f = await open();
    expect(await script(f, BLOCKED)).to.equal('error');
    const el = lessonIn(f);
    expect(f.contentWindow!.customElements.get('langkah-lesson')).to.equal(undefined);
    expect(step(el)).to.deep.equal({ title: TITLES[0], counter: 'Langkah 1 dari 5' });
    // Step 2's summary stands for Next, alone, as the element's Next does on step 1.
    expect(controls(el)).to.deep.equal(['Lanjut →']);
    for (let k = 1; k < 5; k++) {
      await press(el, /Lanjut/, k % 2 ? 'Enter' : ' ');
      await until(() => step(el).title === TITLES[k], `Next did not show step ${k + 1}`);
      expect(step(el).counter).to.equal(`Langkah ${k + 1} dari 5`);
      expect(shown($(el, 'article')), 'step 1 still shows').to.equal(false);
      // The focus is where the new step starts: its summary, named by the lesson, the counter and the step's title.
      const active = el.shadowRoot!.activeElement!;
      expect(active.localName).to.equal('summary');
      expect((active.parentElement as HTMLDetailsElement).open).to.equal(true);
      expect(text(active)).to.contain(`Langkah ${k + 1} dari 5 ${TITLES[k]}`);
      expect(controls(el)).to.deep.equal(k < 4 ? ['← Kembali', 'Lanjut →'] : ['← Kembali']);
      // Only the last step, which has no end without the script, says that nothing is saved yet (review 16b, F6), where
      // the element's Finish button will stand: on the right of Back, as high as the button.
      const end = el.shadowRoot!.querySelector<HTMLElement>('.pe > .end')!;
      expect(shown(end), `step ${k + 1}`).to.equal(k === 4);
      if (k === 4) {
        expect([...end.children].filter(shown).map((n) => n.textContent).join('')).to.equal('Memuat…Halaman belum selesai dimuat, jadi kemajuan Anda belum tersimpan.');
        const words = end.firstElementChild as HTMLElement;
        expect(words.getBoundingClientRect().width, 'its words are cut short').to.be.at.most(end.clientWidth);
        const back = control(el, /Kembali/).getBoundingClientRect();
        expect(end.getBoundingClientRect().top).to.equal(back.top);
        expect(end.getBoundingClientRect().height).to.equal(back.height);
        expect(end.getBoundingClientRect().left).to.be.greaterThan(back.right);
      }
    }
    for (let k = 3; k >= 0; k--) {
      await press(el, /Kembali/, 'Enter');
      await until(() => step(el).title === TITLES[k], `Back did not show step ${k + 1}`);
      expect(text(el.shadowRoot!.activeElement!)).to.contain(TITLES[k]!);
      expect(controls(el)).to.deep.equal(k ? ['← Kembali', 'Lanjut →'] : ['Lanjut →']);
    }
    expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });

  it('says on the last step that the page has not loaded once the script has not come a minute after the page, counted from the page (review 16g, G5; 16i, I2, I3)', async () => {
    for (const width of ['300px', '340px', '360px', '640px']) {
      const { f, el } = await withoutBundle({ width, height: '640px' });
      const root = el.shadowRoot!;
      const pe = root.querySelector<HTMLElement>('.pe')!;
      const end = root.querySelector<HTMLElement>('.pe > .end')!;
      const line = root.querySelector<HTMLElement>('.pe > .late')!;
      // Counted from the page: the time is on the steps' box, drawn from the start, not on the end.
      const [late, ...more] = pe.getAnimations();
      expect(more).to.deep.equal([]);
      expect((late!.effect as KeyframeEffect).getTiming().delay).to.equal(60_000);
      expect(end.getAnimations()).to.deep.equal([]);
      await tapTo(el, 4);
      // What is seen and heard: the box's words, and the sentence's.
      const visible = (n: Element) => n.checkVisibility({ visibilityProperty: true });
      const seen = () => [...[...end.children].filter(visible).map((n) => [n.className, n.textContent]), ...(visible(line) ? [['late', line.textContent]] : [])];
      expect(seen()).to.deep.equal([['', 'Memuat…'], ['sr', 'Halaman belum selesai dimuat, jadi kemajuan Anda belum tersimpan.']]);
      // Held still at each moment: a busy machine can take longer than the 100 ms between them to draw a frame (CI).
      late!.pause();
      late!.currentTime = 59_900;
      await nextFrame();
      expect(seen()[0], width).to.deep.equal(['', 'Memuat…']);
      const backBefore = JSON.stringify(control(el, /Kembali/).getBoundingClientRect());
      const endBefore = JSON.stringify(end.getBoundingClientRect());
      late!.currentTime = 60_000;
      await nextFrame();
      // A sentence, seen and heard, not an order in a box that looks like a button (16i, I2): a line of its own below
      // Back, every word shown, not stuck over the text; the box blank, in its place.
      expect(seen(), width).to.deep.equal([['late', 'Halaman belum selesai dimuat, jadi kemajuan Anda belum tersimpan. Periksa sinyal, lalu muat ulang halaman.']]);
      const back = control(el, /Kembali/).getBoundingClientRect();
      // Nothing above the sentence moves (review 16j, J1), Back below the box on a narrow screen too (16j, J3).
      expect(JSON.stringify(back), width).to.equal(backBefore);
      expect(JSON.stringify(end.getBoundingClientRect()), width).to.equal(endBefore);
      const box = line.getBoundingClientRect();
      expect(box.top, width).to.be.at.least(back.bottom);
      expect(line.scrollWidth, width).to.be.at.most(line.clientWidth);
      expect(line.scrollHeight, width).to.be.at.most(line.clientHeight);
      expect(box.right, width).to.be.at.most(pe.getBoundingClientRect().right);
      expect(getComputedStyle(line).position, width).to.not.equal('sticky');
      // The blank box takes no tap: a tap there reaches what is under it.
      const r = end.getBoundingClientRect();
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit === end || end.contains(hit), `${width}: the blank box takes a tap`).to.equal(false);
      expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
      f.remove();
    }
  });

  it('keeps the open step when the learner taps its title (review 16b, F1)', async () => {
    const { el } = await withoutBundle();
    await tapTo(el, 2);
    const at = el.shadowRoot!.querySelector<HTMLElement>('.pe details[open]')!;
    // A real tap hits what is under the finger: not the summary (a script's click() on the h3 would still toggle it).
    const h3 = at.querySelector('h3')!.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(h3.left + 5, h3.top + h3.height / 2);
    expect(hit !== null && at.querySelector('summary')!.contains(hit), 'the title takes the tap').to.equal(false);
    (hit as HTMLElement | null)?.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(step(el).title).to.equal(TITLES[2]);
  });

  it('at 200 % zoom on a phone, an open step fits the screen, with Back and Next on lines of their own (review 16b, F3)', async () => {
    const { f, el } = await withoutBundle({ width: '180px', height: '320px' });
    await tapTo(el, 2);
    const doc = f.contentDocument!.documentElement;
    expect(doc.scrollWidth, 'the page scrolls sideways').to.be.at.most(doc.clientWidth);
    const at = el.shadowRoot!.querySelector('.pe details[open]')!;
    for (const p of at.querySelectorAll('p, li, h3')) expect(p.getBoundingClientRect().right, text(p)).to.be.at.most(doc.clientWidth + 0.5);
    const back = control(el, /Kembali/).getBoundingClientRect();
    const next = control(el, /Lanjut/).getBoundingClientRect();
    expect(next.top >= back.bottom - 0.5 || back.top >= next.bottom - 0.5, 'Back and Next overlap').to.equal(true);
    expect(back.height).to.be.at.least(44);
    expect(next.height).to.be.at.least(44);
  });

  it('at 200 % zoom on a phone, never lays Next or the last step\'s end over Back while the learner scrolls, and Next comes first, as the element\'s (review 16j, J3)', async () => {
    const { f, el } = await withoutBundle({ width: '180px', height: '320px' });
    const win = f.contentWindow!;
    const doc = f.contentDocument!.documentElement;
    const over: string[] = [];
    for (let k = 1; k <= 4; k++) {
      control(el, /Lanjut/).click();
      await until(() => step(el).title === TITLES[k], `Next did not show step ${k + 1}`);
      // The main control: Next's summary, or the last step's end ("Memuat…") where Finish will stand.
      const main = k < 4 ? control(el, /Lanjut/) : el.shadowRoot!.querySelector<HTMLElement>('.pe > .end')!;
      const back = control(el, /Kembali/);
      win.scrollTo(0, doc.scrollHeight);
      if (main.getBoundingClientRect().bottom > back.getBoundingClientRect().top + 0.5) over.push(`step ${k + 1}: Next is not above Back`);
      let inView = 0;
      for (let y = 0; y <= doc.scrollHeight - win.innerHeight; y += 8) {
        win.scrollTo(0, y);
        const a = main.getBoundingClientRect();
        const b = back.getBoundingClientRect();
        if (b.bottom <= 0 || b.top >= win.innerHeight) continue;
        inView++;
        if (a.bottom > b.top + 0.5 && a.top < b.bottom - 0.5 && a.right > b.left + 0.5 && a.left < b.right - 0.5) over.push(`step ${k + 1} at scrollY ${y}`);
      }
      expect(inView, `step ${k + 1}: Back never came into view`).to.be.above(0);
      win.scrollTo(0, 0);
    }
    expect(over).to.deep.equal([]);
  });

  /** Where the open step's title and text stand on the screen: the element's own step, or the open one before the script. */
  const where = (el: Element) => {
    const root = el.shadowRoot!;
    const at = root.querySelector('.pe details[open]') ?? root.querySelector('article')!;
    return ['h3', '[part="step"] > ol', '[part="step"] > blockquote'].map((s) => `${s} ${Math.round(at.querySelector(s)!.getBoundingClientRect().top)}`);
  };

  it('at 200 % zoom in a page\'s margins of 1rem, as a pack\'s lesson page has them, takes over a learner on a step without moving its text or Back (review 16k, K2)', async () => {
    const { f, el } = await withoutBundle({ width: '180px', height: '320px' });
    f.contentDocument!.body.style.margin = '1rem';
    f.contentWindow!.speechSynthesis.getVoices = () => [{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }] as unknown as SpeechSynthesisVoice[];
    await tapTo(el, 1);
    const back = () => Math.round(([...el.shadowRoot!.querySelectorAll('nav button')].find((b) => /Kembali/.test(b.textContent!)) ?? control(el, /Kembali/)).getBoundingClientRect().top);
    const before = [...where(el), `back ${back()}`];
    document.cookie = 'offline=; path=/; max-age=0';
    expect(await script(f, BUNDLE)).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending, 'the lesson did not take over');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(step(el).title).to.equal(TITLES[1]);
    expect([...where(el), `back ${back()}`], 'the text or Back moved').to.deep.equal(before);
  });

  for (const [phone, voices] of [
    ['with no voice', []],
    ['with an Indonesian voice', [{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }]],
  ] as const) {
    it(`takes over a learner reading a step they moved to: the page not scrolled, the text not moved (a phone ${phone}; review 16b, F2)`, async () => {
      const { f, el } = await withoutBundle({ width: '360px', height: '400px' });
      f.contentWindow!.speechSynthesis.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
      await tapTo(el, 1);
      f.contentWindow!.scrollTo(0, 60);
      const y = f.contentWindow!.scrollY;
      const before = where(el);
      document.cookie = 'offline=; path=/; max-age=0';
      expect(await script(f, BUNDLE)).to.equal('load');
      await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending, 'the lesson did not take over');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(step(el).title).to.equal(TITLES[1]);
      expect(f.contentWindow!.scrollY, 'the page scrolled').to.equal(y);
      expect(where(el), 'the text moved').to.deep.equal(before);
      expect(el.shadowRoot!.activeElement?.localName).to.equal('h3');
      // "Listen" is off without a voice, its reason the button's description; on with one.
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button.listen')!.disabled).to.equal(!voices.length);
      if (!voices.length) expect(el.shadowRoot!.querySelector('#no-voice')!.className).to.equal('sr');
    });
  }

  it('shows a quiz drawn as it will be, with nothing picked and nothing to pick until the page has loaded: nothing that would be lost', async () => {
    const f = await open();
    const el = lessonIn(f);
    control(el, /Lanjut/).click();
    await until(() => step(el).title === TITLES[1], 'Next did not show step 2');
    const at = el.shadowRoot!.querySelector('.pe details[open]')!;
    const quiz = at.querySelector('langkah-quiz')!;
    const inputs = [...quiz.shadowRoot!.querySelectorAll('input')];
    expect(inputs.length).to.be.greaterThan(1);
    expect(inputs.map((i) => [i.checked, i.disabled])).to.deep.equal(inputs.map(() => [false, true]));
    expect(text(quiz.shadowRoot!.querySelector('legend')!)).to.not.equal('');
    inputs[0]!.closest('label')!.click();
    expect(inputs.some((i) => i.checked), 'a tap picked an option no script saves').to.equal(false);
    // Its other blocks are there, drawn by the element: the list and the quote.
    expect(text(at.querySelector('ol')!)).to.equal('Baca soal. Pilih jawaban.');
  });

  it('draws the box\'s sides across the gap between step 1 and Next before the script (review 16f, F6)', async () => {
    // A screen tall enough for the whole step: Next is not stuck at its bottom.
    const { f, el } = await withoutBundle({ height: '2000px' });
    const w = f.contentWindow!;
    const article = el.shadowRoot!.querySelector('article')!;
    const pe = el.shadowRoot!.querySelector<HTMLElement>('.pe')!;
    const gap = pe.getBoundingClientRect().top - article.getBoundingClientRect().bottom;
    expect(gap, 'no gap to cover').to.be.greaterThan(0);
    const side = w.getComputedStyle(pe, '::before');
    expect(side.content).to.not.equal('none');
    expect(parseFloat(side.height), 'the sides stop short of step 1').to.be.at.least(gap);
    expect([side.borderLeftWidth, side.borderRightWidth, side.borderTopWidth]).to.deep.equal(['1px', '1px', '0px']);
    expect([side.borderLeftColor, side.left]).to.deep.equal([w.getComputedStyle(article).borderLeftColor, '-1px']);
    // Once a step is open the box is that step's: nothing drawn above it.
    control(el, /Lanjut/).click();
    await until(() => step(el).title === TITLES[1], 'Next did not show step 2');
    expect(w.getComputedStyle(pe, '::before').content).to.equal('none');
  });

  it('keeps Next filled in forced colours (high contrast) before the script, as the element\'s main button is (review 16f, F7)', async () => {
    const emulated = !!(await executeServerCommand('forced-colors', { active: true }));
    try {
      const { f, el } = await withoutBundle();
      if (!emulated) {
        // Firefox cannot emulate it: the rule is in the fragment's styles, for the browsers that apply it.
        const css = [...el.shadowRoot!.styleSheets].flatMap((x) => [...x.cssRules]).map((r) => r.cssText).join(' ');
        expect(css).to.match(/@media \(forced-colors: active\)[^@]*\[open\] \+ :not\(\[open\]\) > summary \{[^}]*background: highlight/i);
        return;
      }
      expect(f.contentWindow!.matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (const to of [0, 1]) {
        if (to) await tapTo(el, 1);
        const css = f.contentWindow!.getComputedStyle(control(el, /Lanjut/));
        expect(css.backgroundColor, `step ${to + 1}: Next is not filled`).to.not.equal(f.contentWindow!.getComputedStyle(el.shadowRoot!.querySelector('.pe')!).backgroundColor);
        expect(css.color).to.not.equal(css.backgroundColor);
        if (to) expect(css.backgroundColor, 'Next looks as Back').to.not.equal(f.contentWindow!.getComputedStyle(control(el, /Kembali/)).backgroundColor);
      }
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('takes over a learner scrolled down into a quiz step without scrolling the page back to the top (review 16e, E1)', async () => {
    const { f, el } = await withoutBundle({ width: '360px', height: '400px' });
    await tapTo(el, 1);
    const w = f.contentWindow!;
    const bottom = f.contentDocument!.documentElement.scrollHeight - w.innerHeight;
    expect(bottom, 'the step is not longer than the screen').to.be.greaterThan(150);
    w.scrollTo(0, Math.round(bottom / 2));
    const y = w.scrollY;
    // The page's own min-height on the element, less than the lesson's: kept through the take-over (review 16f, F5).
    el.style.minHeight = '120px';
    document.cookie = 'offline=; path=/; max-age=0';
    expect(await script(f, BUNDLE)).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending && !el.shadowRoot!.querySelector('.pe'), 'the lesson did not take over');
    await (el.shadowRoot!.querySelector('article langkah-quiz') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));
    expect(w.scrollY, 'the page scrolled').to.equal(y);
    expect(el.style.minHeight, 'the height kept during the take-over was not let go, or the page\'s own lost').to.equal('120px');
    expect((w as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });

  it('takes over a learner scrolled down into a step of the page\'s own type, whose element a later script defines, without moving them (review 16f, F2)', async () => {
    document.cookie = 'offline=cdn/langkah.js; path=/';
    const f = await frame('/test/fixtures/prerendered/sendiri.html');
    Object.assign(f.style, { width: '360px', height: '300px' });
    expect(await script(f, BLOCKED)).to.equal('error');
    const el = lessonIn(f);
    control(el, /Lanjut/).click();
    await until(() => step(el).title === 'Dua', 'Next did not show step 2');
    const w = f.contentWindow!;
    w.scrollTo(0, f.contentDocument!.documentElement.scrollHeight);
    const y = w.scrollY;
    expect(y, 'the step is not longer than the screen').to.be.greaterThan(50);
    document.cookie = 'offline=; path=/; max-age=0';
    // langkah.js, then the step type registered, and its element defined 800 ms later.
    expect(await script(f, '/test/fixtures/pages/own-step.js')).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending && !el.shadowRoot!.querySelector('.pe'), 'the lesson did not take over');
    // Its element comes with a chunk of its own, a moment after the step.
    await until(() => el.shadowRoot!.querySelector('uji-tinggi'), 'the step type\'s element is not there');
    const own = el.shadowRoot!.querySelector('uji-tinggi')!;
    expect(w.customElements.get('uji-tinggi'), 'defined already').to.equal(undefined);
    await new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));
    expect(w.scrollY, 'the page scrolled while the element was not there yet').to.equal(y);
    await until(() => w.customElements.get('uji-tinggi') && (own as HTMLElement).offsetHeight === 400, 'the element was not drawn');
    await new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));
    expect(w.scrollY, 'the page scrolled').to.equal(y);
    expect(el.hasAttribute('style'), 'the height kept was not let go').to.equal(false);
  });

  it('takes over a learner on a quiz step with nothing moving: the quiz and the buttons below it stand where they stood (review 16c, C2)', async () => {
    const { f, el } = await withoutBundle({ width: '360px', height: '640px' });
    await tapTo(el, 1);
    /** The question, each option, the step's list, and Next: where they stand, to the pixel. */
    const where = () => {
      const root = el.shadowRoot!;
      const at = root.querySelector('.pe details[open]') ?? root.querySelector('article')!;
      const quiz = at.querySelector('langkah-quiz')!;
      const next = [...root.querySelectorAll<HTMLElement>('.pe details:not([open]) > summary, nav .primary')].filter((n) => n.checkVisibility() && /Lanjut/.test(text(n)));
      expect(next).to.have.length(1);
      return [at.querySelector('ol')!, quiz.shadowRoot!.querySelector('legend')!, ...quiz.shadowRoot!.querySelectorAll('label'), next[0]!].map((n) => Math.round(n.getBoundingClientRect().top));
    };
    const before = where();
    const cls: number[] = [];
    const w = f.contentWindow as unknown as typeof globalThis;
    if (w.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) new w.PerformanceObserver((l) => l.getEntries().forEach((e) => cls.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
    document.cookie = 'offline=; path=/; max-age=0';
    expect(await script(f, BUNDLE)).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending && !el.shadowRoot!.querySelector('.pe'), 'the lesson did not take over');
    const quiz = el.shadowRoot!.querySelector('article langkah-quiz') as HTMLElement & { updateComplete: Promise<boolean> };
    await quiz.updateComplete;
    await new Promise((r) => f.contentWindow!.requestAnimationFrame(() => f.contentWindow!.requestAnimationFrame(r)));
    expect(where(), 'something moved').to.deep.equal(before);
    expect(el.hasAttribute('style'), 'a style attribute left behind').to.equal(false);
    expect(cls, 'layout shifts').to.deep.equal([]);
    // And the quiz works now.
    expect([...quiz.shadowRoot!.querySelectorAll('input')].every((i) => !i.disabled)).to.equal(true);
  });

  it('opens, once the script arrives, at the step the learner moved to: saved, the focus on its heading', async () => {
    const { f, el } = await withoutBundle();
    for (let k = 1; k <= 2; k++) {
      await press(el, /Lanjut/, 'Enter');
      await until(() => step(el).title === TITLES[k], `Next did not show step ${k + 1}`);
    }
    document.cookie = 'offline=; path=/; max-age=0';
    expect(await script(f, BUNDLE)).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending, 'the lesson did not take over');
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.localName === 'h3', 'the focus is not on the step\'s heading');
    expect(el.shadowRoot!.querySelector('.pe')).to.equal(null);
    expect(step(el)).to.deep.equal({ title: TITLES[2], counter: 'Langkah 3 dari 5' });
    expect(text(el.shadowRoot!.activeElement!)).to.equal(TITLES[2]);
    expect(stored(KEY).step).to.equal(2);
    // The steps on the way were seen: the summary counts them.
    expect(stored(KEY).seen).to.deep.equal(['kunci', 'pilih', 'benar-salah']);
    // The quiz of step 3 is the element's own now, and Back works as ever.
    expect(el.shadowRoot!.querySelector('langkah-quiz')).to.not.equal(null);
    await nav(el, /Kembali/);
    expect(step(el).title).to.equal(TITLES[1]);
    expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });

  for (const width of [400, 180])
    it(`taken over with no step opened: step 2's summary stood exactly where the element's Next stands (${width} px wide${width < 200 ? ': 200 % zoom on a phone' : ''})`, async () => {
    const f = await open();
    f.style.width = `${width}px`;
    const el = lessonIn(f);
    const before = control(el, /Lanjut/).getBoundingClientRect();
    const height = el.getBoundingClientRect().height;
    expect(await script(f, BUNDLE)).to.equal('load');
    await until(() => el.lesson && !el.hasAttribute('prerendered') && !el.isUpdatePending, 'the lesson did not take over');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pe')).to.equal(null);
    const after = $(el, 'nav .primary').getBoundingClientRect();
    for (const side of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(after[side] - before[side]), side).to.be.below(0.5);
    // At 200 % zoom the element's nav is its buttons on lines of their own, and the box ends 4.5 px higher than
    // with the summary (a margin that collapses differently, not found yet): the button itself does not move.
    expect(Math.abs(el.getBoundingClientRect().height - height)).to.be.at.most(width < 200 ? 4.5 : 0);
    expect(stored(KEY).step).to.equal(0);
  });

  it('passes axe with no step open, on a middle step and on the last, light and dark', async () => {
    const page = await (await fetch(PAGE)).text();
    // Under a name no script defines (this page defines langkah-lesson): the markup as the server wrote it.
    const fragment = page.slice(page.indexOf('<langkah-lesson'), page.indexOf('</langkah-lesson>') + '</langkah-lesson>'.length).replace(/<(\/?)langkah-lesson\b/g, '<$1pe-lesson').replace(/href="(langkah-[\w-]+\.css)"/g, 'href="/test/fixtures/prerendered/$1"');
    // The dark palette as `--langkah-*` overrides, as a11y.test.ts shows it in any browser.
    const dark = base.cssText.slice(base.cssText.indexOf('prefers-color-scheme: dark'));
    const overrides = [...dark.matchAll(/--_([\w-]+): var\(--langkah-([\w-]+), (#[0-9a-f]+)\)/g)].map((m) => `--langkah-${m[2]}: ${m[3]}`).join(';');
    for (const scheme of ['', overrides]) {
      const host = document.createElement('div');
      host.setAttribute('style', scheme);
      (host as unknown as { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(fragment);
      document.body.append(host);
      const el = host.firstElementChild!;
      expect(el.shadowRoot, 'no declarative shadow root').to.not.equal(null);
      await expect(el, 'none open').to.be.accessible();
      for (const k of [2, 4]) {
        (el.shadowRoot!.querySelector(`.pe details[data-step="${k}"]`) as HTMLDetailsElement).open = true;
        await until(() => step(el).title === TITLES[k], `step ${k + 1} does not show`);
        await expect(el, `step ${k + 1}`).to.be.accessible();
      }
      host.remove();
    }
  });
});
