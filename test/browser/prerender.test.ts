/**
 * A lesson prerendered by `langkah build --prerender` (the page is
 * test/fixtures/prerendered/index.html, written by scripts/prerender-fixture.ts,
 * under Content-Security-Policy: default-src 'self'): readable before any
 * script, then taken over by the CDN bundle (dist/cdn/langkah.js, so run after
 * npm run build: its templates are the minified ones the server must match)
 * without drawing anything anew.
 */
import { expect } from '@open-wc/testing';
import type { LangkahLesson } from '../../src/define.js';
import { fingerprint } from '../../src/content/hash.js';
import type { Lesson, Question } from '../../src/content/schema.js';
import { questionsIn } from '../../src/internal/content.js';
import { $, $$, clearStorage, KEY, LESSON, nav, stored, text, until } from './helpers.js';

const PAGE = '/test/fixtures/prerendered/index.html';

/** The page in a frame; `sandbox` (without allow-scripts) runs no script at all. */
async function open(scripts = true, page = PAGE): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 400px; height: 600px';
  if (!scripts) f.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => (f.onload = resolve));
  f.src = page;
  document.body.append(f);
  await loaded;
  return f;
}

const lessonIn = (f: HTMLIFrameElement) => f.contentDocument!.querySelector('langkah-lesson') as LangkahLesson;

/** Adds the bundle (or `src`) to the page, as its script tag would, and waits until the lesson holds its content. */
async function start(f: HTMLIFrameElement, src = '/dist/cdn/langkah.js'): Promise<LangkahLesson> {
  const s = f.contentDocument!.createElement('script');
  s.type = 'module';
  s.src = src;
  f.contentDocument!.head.append(s);
  const el = lessonIn(f);
  await until(() => f.contentWindow!.customElements.get('langkah-lesson') && el.lesson && el.hasUpdated && !el.isUpdatePending, 'the lesson did not take over');
  await el.updateComplete;
  return el;
}

/** The primary button's colour: the element's styles apply. */
const styled = (f: HTMLIFrameElement) => f.contentWindow!.getComputedStyle($(lessonIn(f), 'nav .primary')).backgroundColor === 'rgb(11, 110, 79)';

/** The shadow root's own `<style>`, applied: what the server wrote inside, with the CSP's leave (its hash). */
const ownStyles = (el: Element) => {
  const style = el.shadowRoot!.querySelector('style');
  return !!style?.sheet && style.sheet.cssRules.length > 0 && [...el.shadowRoot!.styleSheets].includes(style.sheet);
};

describe('a prerendered lesson', () => {
  beforeEach(clearStorage);
  afterEach(() => document.querySelectorAll('iframe').forEach((n) => n.remove()));

  it('is painted in its styles with the page itself: its <style>, allowed by the hash in the CSP', async () => {
    const f = await open(false);
    const el = lessonIn(f);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    // Not a file a round trip later: the styles came with the page, before the step.
    expect(el.shadowRoot!.firstElementChild!.localName).to.equal('style');
    expect(ownStyles(el), 'the <style> is not applied').to.equal(true);
    expect(styled(f)).to.equal(true);
  });

  it('is styled by the linked file under a CSP that does not list the hash, and taken over there too', async () => {
    const f = await open(true, '/test/fixtures/prerendered/no-hash.html');
    expect(ownStyles(lessonIn(f)), 'the CSP let the <style> in').to.equal(false);
    await until(() => styled(f), 'the linked stylesheet did not style the step');
    const el = await start(f);
    await nav(el, /Lanjut/);
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    await until(() => styled(f), 'the step lost its styles');
  });

  it('shows its first step, in its styles, with scripts off', async () => {
    const f = await open(false);
    const el = lessonIn(f);
    expect(f.contentWindow!.customElements.get('langkah-lesson')).to.equal(undefined);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(text($(el, '[part="counter"], #counter'))).to.equal('Langkah 1 dari 5');
    // Content is data: the lesson's "<script>" is characters, and a safe link stays a link.
    const p = $(el, '[part="step"] p');
    expect(p.textContent).to.contain('<script>alert(1)</script>');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect($(el, 'a[href="tel:14017"]').textContent).to.equal('14017');
    await until(() => styled(f), 'the prerendered step is not styled');
    expect(text($(el, 'nav .primary'))).to.match(/^Lanjut/);
  });

  it('is taken over as it is: the same nodes, and Next works, under the CSP', async () => {
    const f = await open();
    const el = lessonIn(f);
    await until(() => styled(f), 'the prerendered step is not styled');
    const before = ['article', 'h3', '[part="step"] p', 'figure img', '.callout', 'nav .primary', 'button.listen'].map((s) => $(el, s));
    const top = el.getBoundingClientRect().height;
    await start(f);
    const after = ['article', 'h3', '[part="step"] p', 'figure img', '.callout', 'nav .primary', 'button.listen'].map((s) => $(el, s));
    after.forEach((n, i) => expect(n === before[i], `the ${n.localName} was drawn anew`).to.equal(true));
    expect($$(el, 'article')).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.equal(top);
    // The listen button works from the recording (the device voice does not matter here).
    expect(($(el, 'button.listen') as HTMLButtonElement).disabled).to.equal(false);
    await nav(el, /Lanjut/);
    expect(text($(el, 'h3'))).to.equal('Pilih jawaban');
    expect(text($(el, '#counter'))).to.equal('Langkah 2 dari 5');
    expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });

  describe('a first step with no recording (no-recording.html): the device\'s voice is known only in the browser', () => {
    const NO_RECORDING = '/test/fixtures/prerendered/no-recording.html';
    const box = (n: Element) => JSON.stringify(n.getBoundingClientRect());
    /** The page, styled, with `voices` as its device's (stubbed before the bundle arrives). */
    async function withVoices(voices: Partial<SpeechSynthesisVoice>[]) {
      const f = await open(true, NO_RECORDING);
      const el = lessonIn(f);
      await until(() => styled(f), 'the prerendered step is not styled');
      // The server knows no voice: "listen" off, its reason for screen readers only, no line.
      expect(text($(el, 'h3'))).to.equal('Satu');
      expect(($(el, 'button.listen') as HTMLButtonElement).disabled).to.equal(true);
      expect($(el, '#no-voice').className).to.equal('sr');
      // What holds it back before the script is the page, not the phone, which most often has a voice (review 16h).
      expect(text($(el, '#no-voice'))).to.equal('Bagian ini bisa dipakai setelah halaman selesai dimuat.');
      f.contentWindow!.speechSynthesis.getVoices = () => voices as SpeechSynthesisVoice[];
      const before = { h3: $(el, 'h3'), head: box($(el, 'h3')), p: box($(el, '[part="step"] p')), height: el.getBoundingClientRect().height };
      return { f, el, before };
    }

    it('on a phone with an Indonesian voice: the listen button comes on after hydration, and the step\'s text does not move', async () => {
      const { f, el, before } = await withVoices([{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }]);
      await start(f);
      await el.updateComplete;
      await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
      expect($(el, 'h3') === before.h3, 'the heading was drawn anew').to.equal(true);
      expect(($(el, 'button.listen') as HTMLButtonElement).disabled).to.equal(false);
      expect(el.shadowRoot!.querySelector('#no-voice')).to.equal(null);
      expect(box($(el, 'h3'))).to.equal(before.head);
      expect(box($(el, '[part="step"] p'))).to.equal(before.p);
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      expect(el.hasAttribute('prerendered')).to.equal(false);
      expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
    });

    it('on a phone with no voice for the language: the text does not move, and the reason shows as a line on the next step', async () => {
      const { f, el, before } = await withVoices([{ lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en-US' }]);
      await start(f);
      await el.updateComplete;
      await new Promise((r) => f.contentWindow!.requestAnimationFrame(r));
      expect($(el, 'h3') === before.h3, 'the heading was drawn anew').to.equal(true);
      expect(($(el, 'button.listen') as HTMLButtonElement).disabled).to.equal(true);
      // The reason is the button's description here: a line would push down the text the learner is reading.
      expect($(el, '#no-voice').className).to.equal('sr');
      expect(text($(el, '#no-voice'))).to.equal('HP ini belum punya suara bahasa ini. Pasang di Setelan HP > Text-to-speech.');
      expect(($(el, 'button.listen') as HTMLButtonElement).getAttribute('aria-describedby')).to.equal('no-voice');
      expect(box($(el, 'h3'))).to.equal(before.head);
      expect(box($(el, '[part="step"] p'))).to.equal(before.p);
      expect(el.getBoundingClientRect().height).to.equal(before.height);
      await nav(el, /Lanjut/);
      expect(text($(el, 'h3'))).to.equal('Dua');
      expect($(el, '#no-voice').className).to.equal('why');
      expect(text($(el, '#no-voice'))).to.equal('HP ini belum punya suara bahasa ini. Pasang di Setelan HP > Text-to-speech.');
      // Seen once per lesson: back on step 1 it is the button's description again.
      await nav(el, /Kembali/);
      expect($(el, '#no-voice').className).to.equal('sr');
    });
  });

  it('brings a returning learner to their own step', async () => {
    let f = await open();
    await nav(await start(f), /Lanjut/);
    f.remove();
    f = await open();
    const el = await start(f);
    await until(() => el.shadowRoot!.querySelector('h3')?.textContent === 'Pilih jawaban', 'the learner is not back on step 2');
    expect($$(el, 'article')).to.have.length(1);
    expect(text($(el, '#counter'))).to.equal('Langkah 2 dari 5');
    // The styles the server wrote stay when the step gives way.
    expect(ownStyles(el), 'the fresh step lost its <style>').to.equal(true);
    await nav(el, /Kembali/);
    expect(text($(el, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });
});

/** A record of the fixture's lesson on this device: at `step` (0 is step 1), with `answers`. */
async function saved(step: number, answers: Record<string, unknown> = {}, more: object = {}): Promise<void> {
  const l = (await (await fetch(LESSON)).json()) as { version: string; steps: { id: string }[] };
  const seen = l.steps.slice(0, step + 1).map((s) => s.id);
  localStorage.setItem(KEY, JSON.stringify({ v: 1, key: KEY.slice(8), content: l.version, lang: 'id', step, seen, answers, checks: {}, started: 1, updated: 1, ...more }));
}

/** What the learner can see of the lesson: nothing (hidden), or the title of the step shown (the element's, or an open step written for before the script). */
const seen = (f: HTMLIFrameElement) => {
  const el = lessonIn(f);
  if (f.contentWindow!.getComputedStyle(el).visibility === 'hidden') return '';
  const h3 = [...el.shadowRoot!.querySelectorAll('h3')].filter((h) => h.checkVisibility());
  return h3.length === 1 ? text(h3[0]!) : `${h3.length} titles`;
};

/** The summary, the lesson done: past the last of its 5 steps. */
const DONE = 5;

describe('a prerendered lesson, for a returning learner (langkah-resume.js)', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((n) => n.remove());
    clearStorage();
  });

  it('opens at the step where the learner stopped before any script (review 16b, F4), and the element takes it over there: never step 1', async () => {
    await saved(2);
    const f = await open();
    await until(() => styled(f), 'the prerendered step is not styled');
    // Before any script of Langkah's: the server's step 1 is in the page, but the learner's step 3 is shown.
    expect(f.contentWindow!.customElements.get('langkah-lesson')).to.equal(undefined);
    expect(seen(f)).to.equal('Benar atau salah');
    expect(text($(lessonIn(f), '.pe [open] .counter'))).to.equal('Langkah 3 dari 5');
    const where = () => {
      const root = lessonIn(f).shadowRoot!;
      const at = root.querySelector('.pe [open]') ?? root.querySelector('article')!;
      // The title, and the first block of the step (before the script its quiz is a line, then the quiz): where each starts.
      return ['h3', '[part="step"] > :not(.head)'].map((q) => Math.round(at.querySelector(q)!.getBoundingClientRect().top));
    };
    const before = where();
    // Every frame from the bundle's arrival until the lesson settles: step 3, drawn by the element in the end.
    const frames: string[] = [];
    let watching = true;
    const watch = () => {
      frames.push(seen(f));
      if (watching) f.contentWindow!.requestAnimationFrame(watch);
    };
    watch();
    const el = await start(f);
    await until(() => !el.shadowRoot!.querySelector('.pe') && seen(f) === 'Benar atau salah', 'the element does not show step 3');
    // `until` polls between frames: let the watcher record the frame that shows step 3 before it stops.
    await new Promise((r) => f.contentWindow!.requestAnimationFrame(() => f.contentWindow!.requestAnimationFrame(r)));
    watching = false;
    expect([...new Set(frames)]).to.deep.equal(['Benar atau salah']);
    expect(el.hasAttribute('prerendered')).to.equal(false);
    expect(text($(el, '#counter'))).to.equal('Langkah 3 dari 5');
    expect(where(), 'the text moved').to.deep.equal(before);
    // The learner did not move: the record is as it was, and the page keeps its focus.
    expect(stored(KEY).step).to.equal(2);
    expect(stored(KEY).updated).to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect((f.contentWindow as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });

  it('opens the learner\'s step as soon as the page reaches it: not after a quiz\'s stylesheet there, which holds Chromium\'s parser (review 16e, E3)', async () => {
    await saved(1);
    // The quiz of step 2 links langkah-quiz.css at the end of its shadow root: 3 s late here.
    document.cookie = 'slow=langkah-quiz.css; path=/';
    try {
      const f = document.createElement('iframe');
      f.style.cssText = 'width: 400px; height: 600px';
      // At an address of its own, so that the stylesheet is not in the cache from the tests before.
      f.src = `/fresh/${Date.now()}${PAGE}`;
      document.body.append(f);
      const ours = () => f.contentDocument?.URL.endsWith(PAGE) && lessonIn(f)?.shadowRoot ? seen(f) : '';
      await until(() => ours() === 'Pilih jawaban', 'the learner\'s step did not show');
      // The learner reads step 2, its question and options, while the stylesheet is still on its way.
      expect(f.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('langkah-quiz.css')).map((e) => e.name)).to.deep.equal([]);
      const quiz = lessonIn(f).shadowRoot!.querySelector('.pe [open] langkah-quiz')!;
      expect(quiz.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(1);
    } finally {
      document.cookie = 'slow=; path=/; max-age=0';
    }
  });

  it('takes a step with a quiz or checklist, and the last step, over where it stands: the box, the title, the text and the buttons, on a wide and a narrow screen (review 16d, D7; 16e, E2)', async () => {
    // 400 px; 340 px (narrower than 22em: less padding); 300 px (narrower than 20em, as big text: one button a line).
    for (const width of [400, 340, 300]) {
      // Step 1 too, where the steps for before the script stand below the element's own step 1.
      // The last step too: its end ("Memuat…") stands where the element's Finish will.
      for (const step of [0, 1, 2, 3, 4]) {
        clearStorage();
        await saved(step);
        const f = document.createElement('iframe');
        f.style.cssText = `width: ${width}px; height: 600px`;
        const loaded = new Promise((resolve) => (f.onload = resolve));
        f.src = PAGE;
        document.body.append(f);
        await loaded;
        const el = lessonIn(f);
        const boxes = () => {
          const root = el.shadowRoot!;
          const tops = (q: string) => [...root.querySelectorAll(q)].filter((n) => n.checkVisibility()).map((n) => Math.round(n.getBoundingClientRect().top));
          // The buttons' right edges too: Next at the right, as the element's (review 16g, G3), and the last step's end
          // box where Finish will end (its words differ).
          const buttons = [...root.querySelectorAll('nav button, .pe > :not([open]) > summary, .pe > .end')].filter((n) => n.checkVisibility()).map((n) => {
            const r = n.getBoundingClientRect();
            return `${Math.round(r.top)} ${Math.round(r.right)}`;
          // Where they stand, not their order in the markup (the element's main button comes first there, before Back).
          }).sort();
          return { height: Math.round(el.getBoundingClientRect().height), title: tops('h3'), blocks: tops('[part="step"] > :not(.head)'), buttons };
        };
        const before = boxes();
        expect(before.title, `${width} px, step ${step + 1}`).to.have.length(1);
        await start(f);
        await until(() => !el.shadowRoot!.querySelector('.pe'), 'the element did not take over');
        await Promise.all([...el.shadowRoot!.querySelectorAll<LangkahLesson>('langkah-quiz, langkah-checklist')].map((n) => n.updateComplete));
        expect(boxes(), `${width} px, step ${step + 1}`).to.deep.equal(before);
        f.remove();
      }
    }
  });

  it('keeps the lesson hidden when the learner\'s step holds answers or ticks of theirs, which the server drew unanswered; not for answers of another step (review 16f, F3)', async () => {
    const built = (await (await fetch(LESSON)).json()) as Lesson;
    const qs = Object.fromEntries(questionsIn(built.steps.flatMap((x) => x.blocks)).map((q) => [q.id, q])) as Record<string, Question>;
    const answer = (id: string) => ({ [id]: { value: [1], correct: true, fp: fingerprint(qs[id]!), at: 1 } });
    for (const [step, answers, checks, before, after] of [
      // Step 2's question answered, on step 2: its answer would look lost.
      [1, answer('q-tunggal'), {}, '', 'Pilih jawaban'],
      // Step 2's question answered, on step 3: step 3's questions are unanswered, as drawn.
      [2, answer('q-tunggal'), {}, 'Benar atau salah', 'Benar atau salah'],
      // A box ticked, on the checklist's step; and one ticked, then unticked.
      [3, {}, { v2: true }, '', 'Lakukan hari ini'],
      [3, {}, { v2: false }, 'Lakukan hari ini', 'Lakukan hari ini'],
    ] as const) {
      clearStorage();
      await saved(step, answers, { checks });
      const f = await open();
      expect(seen(f), `step ${step + 1}, before the script`).to.equal(before);
      const el = await start(f);
      await until(() => !el.shadowRoot!.querySelector('.pe') && seen(f) === after, `step ${step + 1}: the element does not show ${after}`);
      if (step === 1) {
        const quiz = el.shadowRoot!.querySelector('langkah-quiz')!;
        await until(() => quiz.shadowRoot!.querySelectorAll('input:checked').length === 1, 'the answer is not shown');
      }
      f.remove();
    }
  });

  it('does not open the learner\'s step before its title has arrived: the network may cut the page there (review 16g, G1)', async () => {
    await saved(1);
    const f = document.createElement('iframe');
    f.style.cssText = 'width: 400px; height: 600px';
    // The page up to the start of step 2's title, then 2 s of nothing.
    f.src = `/split${PAGE}?at=${encodeURIComponent('<details name="pe" data-step="1"><summary>')}`;
    document.body.append(f);
    await until(() => f.contentDocument?.querySelector('langkah-lesson')?.shadowRoot?.querySelector('.pe > [data-step="1"] > summary'), 'the page did not arrive');
    await new Promise((r) => setTimeout(r, 300));
    // Neither step 1 nor a step without its title ("Details", the browser's own word for a summary with none).
    expect(seen(f), 'cut short').to.equal('');
    await until(() => seen(f) === 'Pilih jawaban', 'the learner\'s step did not show once the page came');
    f.remove();
  });

  it('follows the record when another tab moved on after it opened the step: nothing saved over it, no focus taken (review 16c, C1)', async () => {
    await saved(2);
    const f = await open();
    expect(seen(f)).to.equal('Benar atau salah');
    // The learner taps Next in another tab, where the lesson is open: the record moves on to step 4.
    const newer = { ...stored(KEY), step: 3, seen: [...stored(KEY).seen, 'daftar'], updated: 2 };
    localStorage.setItem(KEY, JSON.stringify(newer));
    const el = await start(f);
    await until(() => !el.shadowRoot!.querySelector('.pe'), 'the element did not take over');
    expect(seen(f)).to.equal('Lakukan hari ini');
    expect(stored(KEY)).to.deep.equal(newer);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('keeps the lesson hidden for a record of an older version of the lesson, whose step may be another now (review 16c, C3)', async () => {
    await saved(2, {}, { content: 'an-older-version' });
    const f = await open();
    expect(seen(f)).to.equal('');
    expect(lessonIn(f).shadowRoot!.querySelector('[data-resumed]')).to.equal(null);
    const el = await start(f);
    await until(() => seen(f) !== '', 'the lesson stays hidden');
    expect(el.shadowRoot!.querySelector('.pe')).to.equal(null);
  });

  it('opens every copy of the lesson on a page at the learner\'s step, a copy further down too (review 16d, D6)', async () => {
    await saved(2);
    const f = await open(true, '/test/fixtures/prerendered/twice.html');
    const copies = () => [...f.contentDocument!.querySelectorAll('langkah-lesson')];
    const seenIn = (el: Element) => {
      if (f.contentWindow!.getComputedStyle(el).visibility === 'hidden') return '';
      const h3 = [...el.shadowRoot!.querySelectorAll('h3')].filter((h) => h.checkVisibility());
      return h3.length === 1 ? text(h3[0]!) : `${h3.length} titles`;
    };
    expect(copies()).to.have.length(2);
    expect(copies().map(seenIn)).to.deep.equal(['Benar atau salah', 'Benar atau salah']);
    await start(f);
    await until(() => copies().every((el) => !el.hasAttribute('prerendered')), 'the copies were not taken over');
    expect(copies().map(seenIn)).to.deep.equal(['Benar atau salah', 'Benar atau salah']);
    expect(stored(KEY).step).to.equal(2);
  });

  it('takes over a learner who moved on from the step it opened: at the step they are on, saved', async () => {
    await saved(2);
    const f = await open();
    const el = lessonIn(f);
    const next = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pe details:not([open]) > summary')].find((x) => x.checkVisibility() && /Lanjut/.test(text(x)))!;
    next.click();
    await until(() => seen(f) === 'Lakukan hari ini', 'Next did not show step 4');
    await start(f);
    await until(() => !el.shadowRoot!.querySelector('.pe'), 'the element did not take over');
    expect(seen(f)).to.equal('Lakukan hari ini');
    expect(stored(KEY).step).to.equal(3);
    // Opened once: the page's later loading (readystatechange to complete) does not take the learner back.
  });

  it('is not thrown or fooled by records it cannot use: a step that is no whole number, a damaged record, keys with quotes and brackets', async () => {
    const lesson = 'lesson:uji/latihan@id';
    for (const [step, shows] of [
      ['"2"', ''],
      ['-1', ''],
      ['1e9', ''],
      ['2.5', ''],
      ['"1\\"]{}*{color:red}"', ''],
      ['[2]', ''],
      ['null', ''],
    ] as const) {
      clearStorage();
      localStorage.setItem(KEY, `{"v":1,"step":${step},"answers":{},"checks":{}}`);
      // Other records of this origin, whose keys a selector must hold safely.
      localStorage.setItem('langkah:lesson:x"]{}*{display:none}', '{"step":2}');
      localStorage.setItem('langkah:lesson:a\\"] , langkah-lesson[data-record="' + lesson, '{"step":2}');
      localStorage.setItem('langkah:lesson:rusak', '{not json');
      const f = await open();
      const errors: string[] = [];
      f.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
      await new Promise((r) => f.contentWindow!.requestAnimationFrame(() => f.contentWindow!.requestAnimationFrame(r)));
      // Hidden (its record is not one to open a step by) until the element shows what it makes of it; never another step.
      expect(seen(f), `step ${step}`).to.equal(shows);
      expect(lessonIn(f).shadowRoot!.querySelector('[data-resumed]'), `step ${step}`).to.equal(null);
      expect(errors, `step ${step}`).to.deep.equal([]);
      f.remove();
    }
    // The page's own record still works beside them all.
    await saved(2);
    const f = await open();
    expect(seen(f)).to.equal('Benar atau salah');
  });

  it('shows step 1 before any script to a learner who never opened the lesson, or left it at step 1', async () => {
    for (const before of [() => undefined, () => saved(0), () => saved(0, { q: { picked: [0], correct: false, fp: 'x', at: 1 } })]) {
      clearStorage();
      await before();
      const f = await open();
      expect(seen(f)).to.equal('Kode OTP adalah kunci');
      const el = await start(f);
      // Taken over where it is, and still shown.
      expect(seen(f)).to.equal('Kode OTP adalah kunci');
      expect(el.hasAttribute('prerendered')).to.equal(false);
      f.remove();
    }
  });

  it('hides a lesson the learner finished (no step of its own before the script), and only the lesson whose record it is', async () => {
    await saved(DONE, {}, { completed: 2 });
    const f = await open();
    expect(seen(f)).to.equal('');
    const other = f.contentDocument!.createElement('div');
    other.innerHTML = lessonIn(f).outerHTML.replace('data-record="lesson:uji/latihan@id"', 'data-record="lesson:uji/lain@id"');
    expect(other.querySelector('langkah-lesson')!.getAttribute('data-record')).to.equal('lesson:uji/lain@id');
    f.contentDocument!.body.append(other);
    expect(f.contentWindow!.getComputedStyle(other.firstElementChild!).visibility).to.equal('visible');
    // The element shows where it takes the learner (with questions never answered: the first of them, issue 12), and the lesson with it.
    const el = await start(f);
    await until(() => seen(f) !== '', 'the finished lesson stays hidden');
    expect(el.shadowRoot!.querySelector('.pe')).to.equal(null);
    expect(seen(f)).to.equal('Pilih jawaban');
  });

  it('shows step 1 after all when the bundle fails to load', async () => {
    await saved(DONE);
    const f = await open();
    expect(seen(f)).to.equal('');
    const s = f.contentDocument!.createElement('script');
    s.src = '/dist/cdn/no-such-langkah.js';
    f.contentDocument!.head.append(s);
    await until(() => seen(f) === 'Kode OTP adalah kunci', 'the lesson stays hidden');
  });

  it('brings a returning learner to their own step when the hydration chunk fails to load, not a hidden lesson (review 16, finding 2)', async () => {
    await saved(2);
    const f = await open();
    expect(seen(f)).to.equal('Benar atau salah');
    // The bundle arrives, the chunk with Lit's hydration does not (the web-test-runner config answers 503).
    document.cookie = 'offline=langkah-hydrate; path=/';
    try {
      const el = await start(f);
      await until(() => seen(f) === 'Benar atau salah', 'the learner does not see their step');
      expect(el.hasAttribute('prerendered')).to.equal(false);
      expect(text($(el, '#counter'))).to.equal('Langkah 3 dari 5');
    } finally {
      document.cookie = 'offline=; path=/; max-age=0';
    }
  });
});

/**
 * A lesson whose first step holds a quiz and a checklist (kuis.html): elements of their own inside the lesson, each
 * with the declarative shadow root Lit's server renderer wrote (review 16b, F0: an option showed as picked before
 * the script, and the quiz was gone after it, "There should be exactly one root part in a render container").
 */
describe('a prerendered lesson whose first step holds a quiz and a checklist', () => {
  const KUIS = '/test/fixtures/prerendered/kuis.html';
  const KUIS_KEY = 'langkah:lesson:uji/kuis@id';
  beforeEach(clearStorage);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((n) => n.remove());
    clearStorage();
  });

  type Block = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> };
  /** The lesson, its quiz and its checklist (the server's elements, or the ones drawn in their place). */
  const parts = (f: HTMLIFrameElement) => {
    const el = lessonIn(f);
    return { el, quiz: $(el, 'langkah-quiz') as Block, list: $(el, 'langkah-checklist') as Block };
  };
  const inputs = (host: Element) => [...host.shadowRoot!.querySelectorAll('input')];
  /** What works in the quiz and checklist: options, boxes, the quiz's button. */
  const controls = (f: HTMLIFrameElement) => {
    const { quiz, list } = parts(f);
    return [...inputs(quiz), ...inputs(list), ...quiz.shadowRoot!.querySelectorAll('button')] as (HTMLInputElement | HTMLButtonElement)[];
  };
  /** Where the step's title, its text, the question, each option and item, and Next stand, to the pixel. */
  const boxes = (f: HTMLIFrameElement) => {
    const { el, quiz, list } = parts(f);
    // Next: step 2's summary before the script (prerender-steps.ts), the element's button after it.
    const next = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pe [data-step="1"] > summary, nav .primary')].filter((n) => n.checkVisibility());
    expect(next).to.have.length(1);
    const all = [$(el, 'article h3'), ...$$(el, 'article [part="step"] > p'), $(quiz, 'legend'), ...$$(quiz, 'label'), $(quiz, 'fieldset > button'), $(list, 'legend'), ...$$(list, 'li'), $(list, '.count'), next[0]!];
    // To the pixel: Next, a summary before and a button after, differs by 0.02 px in width.
    return all.map((n) => {
      const r = n.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 2) / 2).join(' ');
    });
  };
  /** The page's layout shifts from now on (and before, buffered), where the browser reports them (Chromium). */
  const shifts = (f: HTMLIFrameElement) => {
    const out: number[] = [];
    const w = f.contentWindow as unknown as typeof globalThis;
    if (!w.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return undefined;
    new w.PerformanceObserver((l) => l.getEntries().forEach((e) => out.push((e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    return out;
  };
  /** axe-core's violations in the lesson, run in its own page (axe loaded there, as the CSP allows: 'self'). */
  const axe = async (f: HTMLIFrameElement) => {
    const w = f.contentWindow as unknown as { axe?: { run(e: Element): Promise<{ violations: { id: string }[] }> } };
    if (!w.axe) {
      const s = f.contentDocument!.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((r) => ((s.onload = r), f.contentDocument!.head.append(s)));
    }
    return (await w.axe!.run(lessonIn(f))).violations.map((v) => v.id);
  };
  /** Errors the page throws (Lit's hydration errors among them). */
  const errors = (f: HTMLIFrameElement) => {
    const out: string[] = [];
    f.contentWindow!.addEventListener('error', (e) => out.push(e.message));
    f.contentWindow!.addEventListener('unhandledrejection', (e) => out.push(String(e.reason)));
    return out;
  };

  it('shows, before any script, the question and the items with nothing picked or ticked, and nothing to pick that would be lost; Next works', async () => {
    const f = await open(false, KUIS);
    const { el, quiz, list } = parts(f);
    expect(f.contentWindow!.customElements.get('langkah-quiz')).to.equal(undefined);
    expect(text($(el, 'h3'))).to.equal('Jawab dulu');
    expect(text($(quiz, 'legend'))).to.equal('Teman meminta kode OTP Anda. Apa yang Anda lakukan?');
    expect($$(quiz, 'label').map(text)).to.deep.equal(['Jangan kirim', 'Saya kirim kodenya, dia teman saya']);
    expect($$(list, 'li label').map(text)).to.deep.equal(['Saya sudah memasang PIN', 'Verifikasi dua langkah aktif']);
    // Lit's renderer wrote `checked="false"`, which a browser reads as checked: the last option showed as picked (F0).
    const all = controls(f);
    expect(all).to.have.length(5);
    expect(inputs(quiz).concat(inputs(list)).map((i) => i.checked)).to.deep.equal([false, false, false, false]);
    expect(all.map((c) => c.disabled)).to.deep.equal([true, true, true, true, true]);
    // Each says why, to a screen reader (its description) and as a tooltip: not "dimmed" alone (review 16d, D4).
    expect(all.map((c) => c.title)).to.deep.equal(Array(5).fill('Bagian ini bisa dipakai setelah halaman selesai dimuat.'));
    // A tap on an option picks nothing (no script would keep it).
    inputs(quiz)[1]!.click();
    inputs(list)[0]!.click();
    expect(inputs(quiz).concat(inputs(list)).map((i) => i.checked)).to.deep.equal([false, false, false, false]);
    // In their own styles, come with the page.
    expect(ownStyles(quiz), 'the quiz\'s <style> is not applied').to.equal(true);
    expect(ownStyles(list), 'the checklist\'s <style> is not applied').to.equal(true);
    // The help of an item opens without script; Next (step 2's summary) opens step 2.
    ($(list, 'details summary') as HTMLElement).click();
    expect(($(list, 'details') as HTMLDetailsElement).open).to.equal(true);
    ($(el, '.pe details[data-step="1"] > summary') as HTMLElement).click();
    await until(() => seen(f) === 'Selesai', 'Next did not show step 2');
  });

  it('is taken over as it is when the script arrives: the same nodes, no layout shift, axe clean before and after; pick, check and tick are saved and come back', async () => {
    const f = await open(true, KUIS);
    const cls = shifts(f);
    const thrown = errors(f);
    await until(() => styled(f), 'the prerendered step is not styled');
    expect(await axe(f), 'axe, before the script').to.deep.equal([]);
    const { el, quiz, list } = parts(f);
    const nodes = [quiz, list, ...controls(f), $(quiz, 'legend'), $(list, 'legend')];
    const before = boxes(f);
    await start(f);
    await until(() => controls(f).every((c) => !c.disabled), 'the quiz and checklist do not work after the script');
    await Promise.all([quiz.updateComplete, list.updateComplete, el.updateComplete]);
    await new Promise((r) => f.contentWindow!.requestAnimationFrame(() => f.contentWindow!.requestAnimationFrame(r)));
    // Hydrated, not drawn anew: the elements and their nodes are the server's.
    expect(parts(f).quiz === quiz && parts(f).list === list, 'drawn anew').to.equal(true);
    [...controls(f), $(quiz, 'legend'), $(list, 'legend')].forEach((n, i) => expect(n === nodes[i + 2], `the ${n.localName} was drawn anew`).to.equal(true));
    expect(quiz.shadowRoot!.querySelector('[data-wait]')).to.equal(null);
    expect(controls(f).map((c) => c.title), 'still described as waiting').to.deep.equal(Array(5).fill(''));
    expect(quiz.hasAttribute('defer-hydration') || list.hasAttribute('defer-hydration')).to.equal(false);
    expect(boxes(f), 'the step moved').to.deep.equal(before);
    if (cls) expect(cls, 'layout shifts').to.deep.equal([]);
    expect(inputs(quiz).concat(inputs(list)).map((i) => i.checked)).to.deep.equal([false, false, false, false]);
    expect(await axe(f), 'axe, after the script').to.deep.equal([]);
    // It works: the wrong option picked and checked, an item ticked; both saved in the lesson's record.
    inputs(quiz)[1]!.click();
    await quiz.updateComplete;
    ($(quiz, 'fieldset > button') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(text($(quiz, '.verdict'))).to.match(/Belum tepat|Kurang tepat|✗/);
    inputs(list)[0]!.click();
    await list.updateComplete;
    expect(text($(list, '.count'))).to.equal('1 dari 2 selesai');
    const record = stored(KUIS_KEY);
    expect(record.answers['q-awal'].value).to.deep.equal([1]);
    expect(record.answers['q-awal'].correct).to.equal(false);
    expect(record.checks).to.deep.equal({ pin: true });
    expect(thrown).to.deep.equal([]);
    // Under the strict CSP: only axe's own styles (the test's) are refused.
    expect((f.contentWindow as unknown as { violations: string[] }).violations.filter((v) => !v.includes('/axe-core/'))).to.deep.equal([]);
  });

  it('shows a returning learner their answers in the first step, never a wrong pick: nothing picked before the script, theirs after it', async () => {
    const f0 = await open(true, KUIS);
    await start(f0);
    const q0 = parts(f0).quiz;
    await until(() => !inputs(q0)[1]!.disabled, 'the quiz does not work');
    inputs(q0)[1]!.click();
    await q0.updateComplete;
    ($(q0, 'fieldset > button') as HTMLButtonElement).click();
    inputs(parts(f0).list)[0]!.click();
    await until(() => stored(KUIS_KEY)?.checks.pin === true && stored(KUIS_KEY).answers['q-awal'], 'not saved');
    f0.remove();
    // Reloaded: the record is at step 1, with an answer and a tick.
    const f = await open(true, KUIS);
    const thrown = errors(f);
    const cls = shifts(f);
    // Before the script: the server's step, its quiz not answered and not usable (no wrong pick, nothing to lose),
    // and not shown (langkah-resume.js): the learner would take it for their answers lost.
    expect(seen(f)).to.equal('');
    expect(inputs(parts(f).quiz).concat(inputs(parts(f).list)).map((i) => [i.checked, i.disabled])).to.deep.equal([[false, true], [false, true], [false, true], [false, true]]);
    const tops = [$(lessonIn(f), 'article h3'), $(lessonIn(f), 'article [part="step"] > p'), $(parts(f).quiz, 'legend')].map((n) => n.getBoundingClientRect().top);
    await start(f);
    await until(() => parts(f).quiz.shadowRoot?.querySelector('.verdict') && parts(f).list.shadowRoot?.querySelector('input:checked'), 'the learner\'s answers do not show');
    expect(seen(f)).to.equal('Jawab dulu');
    const { quiz, list } = parts(f);
    await Promise.all([quiz.updateComplete, list.updateComplete]);
    expect(inputs(quiz).map((i) => i.checked)).to.deep.equal([false, true]);
    expect(inputs(list).map((i) => [i.checked, i.disabled])).to.deep.equal([[true, false], [false, false]]);
    expect(text($(quiz, 'fieldset > button'))).to.equal('Coba lagi');
    // Drawn afresh with them (new nodes): nothing that was there moves.
    if (cls) expect(cls, 'layout shifts').to.deep.equal([]);
    // Their answer shows where the question stood: the title, the text and the question do not move (the device's
    // "listen" reason is no line pushing them down); below them the verdict takes its place.
    expect([$(lessonIn(f), 'article h3'), $(lessonIn(f), 'article [part="step"] > p'), $(quiz, 'legend')].map((n) => Math.round(n.getBoundingClientRect().top))).to.deep.equal(tops.map(Math.round));
    expect(await axe(f)).to.deep.equal([]);
    expect(thrown).to.deep.equal([]);
  });

  it('draws a quiz afresh whose server markup does not match the bundle\'s (another version of Langkah), and it works', async () => {
    const f = await open(true, KUIS);
    const thrown = errors(f);
    const server = parts(f).quiz;
    // Lit's marker of the quiz's template gone: its hydration throws "exactly one root part" (review 16b, F0).
    const marker = [...server.shadowRoot!.childNodes].find((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data.startsWith('lit-part'))!;
    marker.remove();
    await start(f);
    const quiz = parts(f).quiz;
    await until(() => inputs(quiz).length === 2 && inputs(quiz).every((i) => !i.disabled), 'the quiz does not work');
    expect(quiz.shadowRoot!.querySelectorAll('fieldset')).to.have.length(1);
    expect(text($(quiz, 'legend'))).to.equal('Teman meminta kode OTP Anda. Apa yang Anda lakukan?');
    inputs(quiz)[0]!.click();
    await quiz.updateComplete;
    ($(quiz, 'fieldset > button') as HTMLButtonElement).click();
    await until(() => stored(KUIS_KEY)?.answers['q-awal']?.correct === true, 'the answer is not saved');
    expect(thrown).to.deep.equal([]);
  });

  it('shows the picks not checked yet that the device kept, and Next checks them', async () => {
    localStorage.setItem(`langkah.drafts:${KUIS_KEY.slice(8)}`, JSON.stringify({ 'q-awal': [0] }));
    const f = await open(true, KUIS);
    await start(f);
    const quiz = () => parts(f).quiz;
    await until(() => inputs(quiz())[0]?.checked && !inputs(quiz())[0]!.disabled, 'the pick kept on the device does not show');
    const el = lessonIn(f);
    await el.updateComplete;
    expect(text($(el, 'nav .primary'))).to.equal('Periksa jawaban');
    expect(inputs(quiz()).map((i) => i.checked)).to.deep.equal([true, false]);
  });
});
