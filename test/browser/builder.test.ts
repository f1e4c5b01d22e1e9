// <langkah-builder> as a trainer meets it, on the real catalogue that
// `npm run build` writes (dist/modules/index.json): picking, arranging with
// the keyboard (announced), the draft kept over a reload, English, a narrow
// phone, axe. The results against the CLI: test/node/builder.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/builder/page.js';
import type { LangkahBuilder } from '../../src/builder/builder.js';
import { decodeLink } from '../../src/builder/link.js';
import { $, $$, text, until } from './helpers.js';

const CATALOGUE = '/dist/modules/index.json';

function forget() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('langkah.builder')) localStorage.removeItem(k);
}

async function builder(): Promise<LangkahBuilder> {
  const el = await fixture<LangkahBuilder>(html`<div lang="id"><langkah-builder catalogue=${CATALOGUE} course-page="/examples/course.html"></langkah-builder></div>`).then(
    (d) => d.querySelector('langkah-builder')!,
  );
  await until(() => el.shadowRoot?.querySelector('#search'), 'the catalogue did not load');
  return el;
}

async function typeInto(el: LangkahBuilder, selector: string, value: string) {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

const live = (el: LangkahBuilder) => text($(el, '[role=status][aria-live]'));
const plan = (el: LangkahBuilder) => $$(el, '.plan > li').map((li) => li.className);

describe('<langkah-builder>', () => {
  beforeEach(forget);
  afterEach(forget);

  it('finds lessons by a word of their goal or title, with minutes and level, in the trainer\'s language', async () => {
    const el = await builder();
    await typeInto(el, '#search', 'qris');
    const found = $$(el, '.lesson');
    expect(found.length).to.be.greaterThan(0);
    // Each lesson found, or its module, names QRIS.
    for (const li of found) expect(text(li.closest('details')!).toLowerCase()).to.match(/qris/);
    expect(text(found[0]!)).to.match(/\d+ menit · (dasar|menengah|lanjut)/);
    await typeInto(el, '#search', 'zzzz-tidak-ada');
    expect(text($(el, 'section[aria-labelledby=catalogue]'))).to.contain('Tidak ada pelajaran yang cocok.');
  });

  it('arranges with the keyboard alone: picks, a new day, moves announced, focus kept on the moved item', async () => {
    const el = await builder();
    await typeInto(el, '#title-id', 'Kelas Pasar');
    await typeInto(el, '#organiser', 'Desa Maju');
    // Open a module of the catalogue, Tab to its "Tambah semua", press Enter; twice.
    for (const i of [0, 1]) {
      $$(el, 'summary')[i]!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.className).to.equal('add-module');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    $(el, '.add-day').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The new day is last; focus is on its "Naik" button. Enter moves it above the second module.
    expect(plan(el)).to.deep.equal(['day', 'planned-module', 'planned-module', 'day']);
    expect(el.shadowRoot!.activeElement?.textContent).to.match(/^Naik/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(plan(el)).to.deep.equal(['day', 'planned-module', 'day', 'planned-module']);
    expect(live(el)).to.equal('Hari baru 2 dipindah ke urutan 2 dari 3.');
    expect(el.shadowRoot!.activeElement?.closest('li')?.className).to.equal('day');
    const headings = $$(el, 'li.day h3').map(text);
    expect(headings[0]).to.match(/^Hari 1 · \d+ menit$/);
    expect(headings[1]).to.match(/^Hari 2 · \d+ menit$/);
    const link = ($(el, '#link') as HTMLInputElement).value;
    const course = decodeLink(new URL(link).hash);
    expect(course.modules.map((m) => m.day)).to.deep.equal([1, 2]);
    expect(course.title).to.deep.equal({ id: 'Kelas Pasar', en: 'Kelas Pasar' });
  });

  it('also moves by drag and drop (a mouse): a day dropped on a module takes its place', async () => {
    const el = await builder();
    ($$(el, '.add-module')[0] as HTMLButtonElement).click();
    ($$(el, '.add-module')[1] as HTMLButtonElement).click();
    ($(el, '.add-day') as HTMLButtonElement).click();
    await el.updateComplete;
    const [, first, , day] = $$(el, '.plan > li');
    expect(plan(el)).to.deep.equal(['day', 'planned-module', 'planned-module', 'day']);
    const data = new DataTransfer();
    day!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    $$(el, '.plan > li')[2]!.dispatchEvent(over);
    expect(over.defaultPrevented, 'the module accepts the drop').to.equal(true);
    $$(el, '.plan > li')[2]!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(plan(el)).to.deep.equal(['day', 'planned-module', 'day', 'planned-module']);
    expect(live(el)).to.equal('Hari baru 2 dipindah ke urutan 2 dari 3.');
    // The first day never moves: it is not draggable, and nothing can be dropped above it.
    expect($$(el, '.plan > li')[0]!.getAttribute('draggable')).to.equal('false');
    first!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: new DataTransfer(), bubbles: true }));
    $$(el, '.plan > li')[0]!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(plan(el)).to.deep.equal(['day', 'planned-module', 'day', 'planned-module']);
  });

  it('says what to fix instead of giving a broken course: an empty day, no title', async () => {
    const el = await builder();
    ($$(el, '.add-module')[0] as HTMLButtonElement).click();
    ($(el, '.add-day') as HTMLButtonElement).click();
    await el.updateComplete;
    const problems = text($(el, '.problems'));
    expect(problems).to.contain('Isi judul kursus.');
    expect(problems).to.contain('Ada hari tanpa pelajaran');
    expect(el.shadowRoot!.querySelector('#link')).to.equal(null);
  });

  it('keeps the draft over a reload, and speaks English when asked', async () => {
    let el = await builder();
    await typeInto(el, '#title-id', 'Kelas Simpan');
    await typeInto(el, '#organiser', 'Desa');
    ($$(el, '.add-module')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    const before = ($(el, '#yaml') as HTMLTextAreaElement).value;
    el.remove();
    el = await builder();
    expect(($(el, '#title-id') as HTMLInputElement).value).to.equal('Kelas Simpan');
    expect($$(el, '.planned-module').length).to.equal(1);
    ($(el, '.switch') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#details'))).to.equal('1. Course details');
    expect(text($(el, 'li.day h3'))).to.match(/^Day 1 · \d+ min$/);
    // The course stays the same whatever language the page speaks.
    expect(($(el, '#yaml') as HTMLTextAreaElement).value).to.equal(before);
    el.remove();
    el = await builder();
    expect(text($(el, '#details'))).to.equal('1. Course details');
  });

  it('escapes what a trainer types: markup in a title is text', async () => {
    const el = await builder();
    await typeInto(el, '#title-id', '<img src=x onerror=alert(1)>');
    await typeInto(el, '#organiser', 'Desa');
    ($$(el, '.add-module')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(($(el, '#yaml') as HTMLTextAreaElement).value).to.contain('title: { id: "<img src=x onerror=alert(1)>"');
  });

  it('fits a 360 px phone with 44 px targets, and is accessible', async function () {
    // axe reads the whole catalogue (about 150 lessons): more than the default 10 s on a busy machine.
    this.timeout(40_000);
    await setViewport({ width: 360, height: 740 });
    const el = await builder();
    await typeInto(el, '#title-id', 'Kelas');
    await typeInto(el, '#organiser', 'Desa');
    ($$(el, '.add-module')[0] as HTMLButtonElement).click();
    ($(el, '.add-session') as HTMLButtonElement).click();
    await el.updateComplete;
    ($$(el, 'details')[0] as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const b of $$(el, 'button, summary, input, select, a')) {
      if ((b as HTMLInputElement).type === 'checkbox') continue;
      const r = b.getBoundingClientRect();
      if (!r.width) continue;
      expect(r.height, `${b.tagName} ${text(b)}`).to.be.at.least(44);
    }
    for (const label of $$(el, '.lesson label')) if (label.getBoundingClientRect().width) expect(label.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });
});
