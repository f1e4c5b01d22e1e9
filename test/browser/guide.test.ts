/**
 * The facilitator guide page of the default course pack (`dist/course/`, as
 * `npm run build` writes it and `npm start` serves it), in a real browser: on
 * a 360 px phone and at 200 % zoom, under the pack's strict CSP, accessible,
 * and printed on A4 with no lesson cut across pages, no navigation, black on
 * white.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { until } from './helpers.js';

const PAGE = '/dist/course/guide.html';
const canEmulate = navigator.userAgent.includes('Chrome');

/** Loads a page of the pack in a frame `width` CSS pixels wide. */
async function frame(src: string, width: number): Promise<Document> {
  const el = document.createElement('iframe');
  el.title = src;
  el.style.cssText = `width:${width}px;height:640px;border:0`;
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  el.src = src;
  document.body.append(el);
  await loaded;
  return el.contentDocument!;
}

/** Opens the guide in a frame `width` CSS pixels wide (a phone, or a phone at 200 % zoom). */
async function open(width: number): Promise<Document> {
  const doc = await frame(PAGE, width);
  expect(doc.querySelector('article.lesson'), `${PAGE} has no lesson: run "npm run build" first`).to.exist;
  // guide.js, allowed by the page's CSP (script-src 'self'), shows the print button.
  await until(() => !doc.querySelector<HTMLButtonElement>('#print')?.hidden, 'guide.js did not run');
  return doc;
}

/** Every rule of the page's style sheets (classes of the frame's own window: instanceof does not cross windows). */
const rules = (doc: Document) => [...doc.styleSheets].flatMap((s) => [...s.cssRules]);
const win = (doc: Document) => doc.defaultView as Window & typeof globalThis;
const overflows = (doc: Document) => doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

describe('facilitator guide page', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    if (canEmulate) await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('fits a 360 px phone, and the same phone at 200 % zoom, with 44 px touch targets', async () => {
    for (const width of [360, 180]) {
      const doc = await open(width);
      expect(overflows(doc), `no sideways scrolling at ${width} px`).to.equal(false);
      for (const target of doc.querySelectorAll('a, button')) {
        expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(44);
      }
      document.querySelector('iframe')!.remove();
    }
  });

  it('is accessible: headings in order, lessons as articles, nothing axe objects to', async function () {
    // axe reads every lesson of a two-day course: more than the default 10 s on a busy machine.
    this.timeout(60_000);
    const doc = await open(360);
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5')].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).to.be.at.most(1));
    expect(doc.querySelectorAll('article.lesson h4').length).to.equal(doc.querySelectorAll('article.lesson').length);
    // axe runs in this document: the page's body, with its own style sheet, checked here.
    const page = await fixture<HTMLElement>(`<div><link rel="stylesheet" href="/dist/course/guide.css">${doc.body.innerHTML}</div>`);
    await until(() => [...document.styleSheets].some((s) => s.href?.endsWith('/guide.css')), 'guide.css did not load');
    await expect(page).to.be.accessible();
  });

  it('prints on A4: each lesson whole, no navigation, black on white even in dark mode', async () => {
    const doc = await open(360);
    const page = rules(doc).find((r): r is CSSPageRule => r instanceof win(doc).CSSPageRule)!;
    expect(page.style.getPropertyValue('size').toLowerCase()).to.equal('a4');
    expect(page.style.getPropertyValue('margin-top')).to.equal('15mm');
    const lesson = doc.querySelector('article.lesson')!;
    const nav = doc.querySelector('nav')!;
    if (canEmulate) {
      expect(style(nav).display).to.not.equal('none');
      await emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(style(nav).display).to.equal('none');
      expect(style(doc.querySelector('#print')!.parentElement!).display).to.equal('none');
      expect(style(lesson).breakInside).to.equal('avoid');
      expect(style(doc.body).color).to.equal('rgb(0, 0, 0)');
      expect(style(doc.body).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(doc.querySelector('.verify')!).borderTopColor).to.equal('rgb(0, 0, 0)');
    } else {
      // This browser cannot be switched to print media from a test: check that the page took the print rules.
      const print = rules(doc).filter((r): r is CSSMediaRule => r instanceof win(doc).CSSMediaRule && r.conditionText === 'print');
      const text = print.flatMap((m) => [...m.cssRules].map((r) => r.cssText)).join(' ');
      expect(text).to.match(/\.screen \{ display: none; \}/);
      expect(text).to.match(/\.lesson \{[^}]*break-inside: avoid/);
      expect(text).to.match(/body \{[^}]*color: (rgb\(0, 0, 0\)|#000)[^}]*background: (rgb\(255, 255, 255\)|#fff)/);
      expect(style(lesson).breakInside).to.equal('auto', 'on screen the print rules do not apply');
    }
  });

  it('is linked from the trainer page, and the links stay off the printed class table', async () => {
    const doc = await frame('/dist/course/trainer.html', 360);
    const links = doc.querySelector('.guide-links')!;
    expect([...links.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['guide.html', 'guide.en.html']);
    if (canEmulate) {
      expect(style(links).display).to.not.equal('none');
      await emulateMedia({ media: 'print' });
      expect(style(links).display).to.equal('none');
    } else {
      const print = rules(doc).filter((r): r is CSSMediaRule => r instanceof win(doc).CSSMediaRule && r.conditionText === 'print');
      expect(print.map((m) => m.cssText).join(' ')).to.match(/\.guide-links[^{]*\{ display: none; \}/);
    }
  });

  it('trainer page: every link and button is a 44 px target with text of at least 16 px, the course title link too (review 12b, finding 11)', async () => {
    const doc = await frame('/dist/course/trainer.html', 360);
    const small = [...doc.querySelectorAll('a, button')]
      .filter((e) => e.getBoundingClientRect().width)
      .flatMap((e) => {
        const r = e.getBoundingClientRect();
        const size = parseFloat(win(doc).getComputedStyle(e).fontSize);
        return r.height < 44 || size < 16 ? [`${e.localName} "${e.textContent!.trim().slice(0, 30)}": ${Math.round(r.height)} px tall, text ${size} px`] : [];
      });
    expect(small).to.deep.equal([]);
  });
});
