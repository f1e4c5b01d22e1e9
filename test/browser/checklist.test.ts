import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { checklists, clearStorage, collect, forward, lesson, reload, stored, text, until } from './helpers.js';

type List = HTMLElement & { updateComplete: Promise<boolean> };
const boxes = (list: Element) => [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const count = (list: Element) => text(list.shadowRoot!.querySelector('[part="count"]')!);
const canEmulate = navigator.userAgent.includes('Chrome');

/** The rules of `list`'s style sheets inside `@media <condition>`. */
const mediaRules = (list: Element, condition: string) =>
  list.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === condition);

describe('<langkah-checklist>', () => {
  beforeEach(clearStorage);
  afterEach(() => (canEmulate ? emulateMedia({ media: 'screen' }) : undefined));

  async function inLesson() {
    const el = await lesson();
    await forward(el, 3);
    const list = checklists(el)[0]! as List;
    await list.updateComplete;
    return { el, list };
  }

  it('lists items as native checkboxes with optional help and "n of m done"', async () => {
    const { list } = await inLesson();
    expect(text(list.shadowRoot!.querySelector('legend')!)).to.equal('HP aman');
    expect(boxes(list).map((b) => text(b.closest('label')!))).to.deep.equal(['Verifikasi dua langkah aktif', 'Kunci layar dengan PIN']);
    const help = list.shadowRoot!.querySelectorAll('details');
    expect(help.length).to.equal(1);
    expect(text(help[0]!.querySelector('summary')!)).to.equal('Caranya');
    expect(help[0]!.open).to.equal(false);
    // The expander shows the browser's open/closed marker.
    expect(getComputedStyle(help[0]!.querySelector('summary')!).display).to.equal('list-item');
    expect(count(list)).to.equal('0 dari 2 selesai');
    expect(list.shadowRoot!.querySelector('[part="count"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(list).to.be.accessible();
  });

  it('ticks by keyboard, saves at once, reports progress and keeps the ticks after a reload', async () => {
    const { el, list } = await inLesson();
    const progress = collect(list, 'langkah-progress');
    boxes(list)[0]!.focus();
    await sendKeys({ type: ' ' });
    await list.updateComplete;
    expect(boxes(list)[0]!.checked).to.equal(true);
    expect(count(list)).to.equal('1 dari 2 selesai');
    expect(stored().checks).to.deep.equal({ v2: true });
    expect(progress[0]!.detail).to.include({ lesson: 'latihan', module: 'uji', step: 'daftar', checklist: 'aman', ticked: 1, items: 2 });
    // Opening the help shows how.
    const summary = list.shadowRoot!.querySelector('summary')!;
    summary.click();
    expect(text(list.shadowRoot!.querySelector('details')!)).to.contain('Buka Setelan > Akun > Verifikasi dua langkah.');
    await expect(list).to.be.accessible();

    const again = await reload(el);
    const list2 = checklists(again)[0]!;
    await list2.updateComplete;
    expect(boxes(list2).map((b) => b.checked)).to.deep.equal([true, false]);
    expect(count(list2)).to.equal('1 dari 2 selesai');
  });

  it('prints with every help text shown and no buttons', async () => {
    const { el, list } = await inLesson();
    if (canEmulate) {
      await emulateMedia({ media: 'print' });
      const printed = list.shadowRoot!.querySelector<HTMLElement>('.print')!;
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(text(printed)).to.equal('Buka Setelan > Akun > Verifikasi dua langkah.');
      expect(getComputedStyle(list.shadowRoot!.querySelector('details')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('nav')!).display).to.equal('none');
    } else {
      // This browser cannot be switched to print media from a test: check that it took the print rules.
      const rules = mediaRules(list, 'print').flatMap((m) => [...m.cssRules].map((r) => r.cssText)).join(' ');
      expect(rules).to.match(/details \{ display: none; \}/);
      expect(rules).to.match(/\.print \{[^}]*display: block/);
    }
    expect(getComputedStyle(list.shadowRoot!.querySelector<HTMLElement>('.print')!).display).to.equal(canEmulate ? 'block' : 'none');
  });

  it('stands on its own with child Markdown, and reports when every item is ticked', async () => {
    const list = await fixture<List>(html`<langkah-checklist id="hari-ini">
      <template>
        - [ ] Pasang PIN
        - [ ] Aktifkan verifikasi dua langkah
          > Setelan > Akun
      </template>
    </langkah-checklist>`);
    await until(() => list.shadowRoot?.querySelector('input'), 'the checklist did not render');
    expect(text(list.shadowRoot!.querySelector('legend')!)).to.equal('Daftar periksa');
    const complete = collect(list, 'langkah-complete');
    boxes(list)[0]!.click();
    boxes(list)[1]!.click();
    await list.updateComplete;
    expect(count(list)).to.equal('2 dari 2 selesai');
    expect(complete).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(`langkah:checklist:${location.pathname}#hari-ini@id`)!).checks).to.deep.equal({ c1: true, c2: true });
    await expect(list).to.be.accessible();
  });

  it('never shows an item as ticked that the learner did not tick, whatever its id (#constructor)', async () => {
    const errors = collect(document, 'langkah-error');
    const list = await fixture<List>(html`<langkah-checklist id="nama-aneh">
      <template>
        - [ ] Pasang PIN {#constructor}
      </template>
    </langkah-checklist>`);
    await until(() => boxes(list).length || errors.length, 'the checklist neither rendered nor reported an error');
    await list.updateComplete;
    // The author hears that the id is not valid; no box is ever shown ticked.
    expect(boxes(list).filter((b) => b.checked)).to.deep.equal([]);
    expect(text(list.shadowRoot!.firstElementChild!)).not.to.match(/1 dari 1/);
  });

  it('loads the first checklist of a lesson from src', async () => {
    const list = await fixture<List>(html`<langkah-checklist src="/test/fixtures/built/en/uji/singkat.json" lang="en"></langkah-checklist>`);
    await until(() => list.shadowRoot?.querySelector('input'), 'the checklist did not render');
    expect(text(list.shadowRoot!.querySelector('legend')!)).to.equal('Checklist');
    expect(count(list)).to.equal('0 of 1 done');
    boxes(list)[0]!.click();
    expect(JSON.parse(localStorage.getItem('langkah:checklist:uji/singkat#cek@en')!).checks).to.deep.equal({ selesai: true });
  });
});
