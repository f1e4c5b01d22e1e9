import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, clearStorage, frame, lesson, lessonsReady, nav, ready, text, until } from './helpers.js';

describe('on any host page', () => {
  beforeEach(clearStorage);
  afterEach(() => document.querySelectorAll('iframe, style[data-hostile]').forEach((n) => n.remove()));

  it('renders in Shadow DOM, untouched by hostile page CSS', async () => {
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `
      html { font-size: 62.5% !important; }
      body * { font-size: 40px !important; line-height: 4 !important; letter-spacing: 0.5em !important;
        color: red !important; text-transform: uppercase !important; font-style: italic !important;
        text-align: center !important; word-spacing: 2em !important; }
      button, p, h3 { display: none !important; }
      * { box-sizing: content-box !important; border: 5px dotted red !important; }`;
    document.head.append(style);
    const el = await lesson();
    const p = $(el, '[part="step"] p');
    const cs = getComputedStyle(p);
    expect(cs.fontSize).to.equal('18px');
    expect(cs.letterSpacing).to.equal('normal');
    expect(cs.textTransform).to.equal('none');
    expect(cs.fontStyle).to.equal('normal');
    expect(cs.textAlign).to.be.oneOf(['start', 'left']);
    expect(cs.display).to.equal('block');
    expect(parseFloat(cs.lineHeight)).to.be.closeTo(18 * 1.55, 0.5);
    expect(cs.color).not.to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle($(el, 'nav button')).display).not.to.equal('none');
    expect(getComputedStyle($(el, 'h3')).display).to.equal('block');
  });

  it('follows a larger browser text size, up to twice the default, but not a page that blows up its root size', async () => {
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = 'html { font-size: 300% !important; }';
    document.head.append(style);
    const el = await lesson();
    expect(getComputedStyle($(el, '[part="step"] p')).fontSize).to.equal('36px');
  });

  it('takes its colours from --langkah-* custom properties', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--langkah-accent: rgb(1, 2, 3); --langkah-bg: rgb(250, 250, 240)"></div>`);
    host.innerHTML = '<langkah-lesson src="/test/fixtures/built/id/uji/latihan.json"></langkah-lesson>';
    const el = await ready(host.firstElementChild as never);
    expect(getComputedStyle($(el, 'nav .primary')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '[part="base"]')).backgroundColor).to.equal('rgb(250, 250, 240)');
  });

  it('exposes stable parts for theming', async () => {
    const el = await lesson();
    const parts = $$(el, '[part]').map((n) => n.getAttribute('part'));
    expect(parts).to.include.members(['base', 'title', 'progress', 'step', 'nav', 'listen', 'figure', 'callout']);
  });

  it('works under Content-Security-Policy: default-src \'self\' (no inline script, no eval, no inline style)', async () => {
    const f = await frame('/test/fixtures/pages/csp.html');
    const doc = f.contentDocument!;
    const [built, md] = await lessonsReady(doc);
    expect(text($(built!, 'h3'))).to.equal('Kode OTP adalah kunci');
    expect(text($(md!, 'h3'))).to.equal('Kode OTP adalah kunci akun Anda');
    // Styles arrive as constructed style sheets, which the policy allows.
    expect(f.contentWindow!.getComputedStyle($(built!, 'nav .primary')).backgroundColor).to.equal('rgb(11, 110, 79)');
    const quiz = doc.querySelector('langkah-quiz')!;
    await until(() => quiz.shadowRoot?.querySelector('fieldset'), 'the inline quiz did not render under CSP');
    await nav(built!, /Lanjut/);
    const win = f.contentWindow as unknown as Window & { violations: string[]; Function: FunctionConstructor };
    expect(win.violations).to.deep.equal([]);
    // The policy is in force: the same page refuses eval, and reports it.
    expect(() => new win.Function('')).to.throw();
    await until(() => win.violations.length === 1, 'the eval was not reported');
  });

  it('works when a page loads several copies of the library, and each copy says so once', async () => {
    const f = await frame('/test/fixtures/pages/two-copies.html');
    const win = f.contentWindow as unknown as Window & { warnings: string[] };
    const [el] = await lessonsReady(f.contentDocument!);
    expect(text($(el!, 'h3'))).to.equal('Satu');
    await nav(el!, /Lanjut/);
    // The older copy's checklist element stays registered, and our lesson uses it.
    expect($(el!, 'langkah-checklist').textContent).to.equal('old checklist');
    // Two copies of this version loaded after an old one that holds two tags: one warning per copy.
    const ours = win.warnings.filter((w) => w.startsWith('langkah'));
    expect(ours, win.warnings.join('\n')).to.have.length(2);
    for (const w of ours) expect(w).to.match(/^langkah 0\.1\.0: <langkah-(quiz|checklist)> is already defined by langkah 0\.0\.1; keeping that one\.$/);
    expect(win.customElements.get('langkah-lesson')).to.be.a('function');
  });
});
