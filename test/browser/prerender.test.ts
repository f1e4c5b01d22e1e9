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
