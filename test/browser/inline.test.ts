/**
 * Inline quizzes and checklists (child Markdown) are read by the small
 * parser: the page never downloads the lesson parser (marked, yaml, zod) for
 * them, unless the content has a problem to explain or Markdown beyond the
 * small parser's subset; then the lesson parser answers as it always did.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { collect, text, until } from './helpers.js';

type Block = HTMLElement & { updateComplete: Promise<boolean> };

/** Files this page fetched whose names belong to the lesson parser. */
const parserFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /markdown|marked|\/yaml\/|\/zod\//.test(name));

async function shown(el: Block): Promise<Block> {
  await until(() => el.shadowRoot?.querySelector('fieldset, li input'), 'the block did not render');
  await el.updateComplete;
  return el;
}

describe('inline quizzes and checklists', () => {
  // First in the file: nothing on this page may have loaded the parser before.
  it('render bold, code and safe links without downloading the lesson parser', async () => {
    const quiz = await shown(
      await fixture<Block>(html`<langkah-quiz id="kuis-ringan">
        <template>
          ? Di mana **balasan cepat** disimpan? {#q-simpan}
          - [x] Di menu \`/bayar\`, lihat [panduan](https://faq.whatsapp.com/)
            > Benar.
          - [ ] Di *galeri* foto
        </template>
      </langkah-quiz>`),
    );
    const checklist = await shown(
      await fixture<Block>(html`<langkah-checklist id="cek-ringan">
        <script type="text/markdown">
:::checklist{title="Cek profil"}
- [ ] Isi **jam buka** {#jam}
  > Menu *Pengaturan*.
:::
        </script>
      </langkah-checklist>`),
    );
    const legend = quiz.shadowRoot!.querySelector('legend')!;
    expect(legend.querySelector('strong')!.textContent).to.equal('balasan cepat');
    const labels = [...quiz.shadowRoot!.querySelectorAll('label')];
    const right = labels.find((l) => l.querySelector('a'))!;
    expect(right.querySelector('code')!.textContent).to.equal('/bayar');
    expect(right.querySelector('a')!.getAttribute('href')).to.equal('https://faq.whatsapp.com/');
    expect(labels.some((l) => l.querySelector('em')?.textContent === 'galeri')).to.equal(true);
    expect(text(checklist.shadowRoot!.querySelector('li')!)).to.contain('Isi jam buka');
    expect(parserFiles()).to.deep.equal([]);
    await expect(quiz).to.be.accessible();
    await expect(checklist).to.be.accessible();
  });

  it('hands Markdown beyond its subset to the lesson parser, which reads it as before', async () => {
    const quiz = await shown(
      await fixture<Block>(html`<langkah-quiz id="kuis-garis">
        <template>
          ? Pilih yang _benar_
          - [x] Ya
          - [ ] Tidak
        </template>
      </langkah-quiz>`),
    );
    expect(quiz.shadowRoot!.querySelector('legend em')!.textContent).to.equal('benar');
    expect(parserFiles().some((f) => f.includes('langkah-markdown-parser'))).to.equal(true);
  });

  it('reports a problem with the lesson parser\'s own message and line', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error');
    host.innerHTML = `<langkah-quiz id="kuis-salah"><template>
? Mana yang benar?
- [x] Ini
- [x] Itu
</template></langkah-quiz>`;
    const quiz = host.firstElementChild as Block;
    await until(() => quiz.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
    expect(errors[0]!.detail.problems).to.deep.equal([
      {
        code: 'question-one-correct',
        severity: 'error',
        message: 'a single-choice question needs exactly one correct option, this one has 2',
        hint: 'keep one "- [x]", or write "?[multiple]" to let learners pick several',
        file: 'inline',
        line: 2,
        col: 1,
      },
    ]);
  });

  it('refuses an unsafe link in an option, as the lesson parser does', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = collect(host, 'langkah-error');
    host.innerHTML = `<langkah-checklist><template>- [ ] [klik](javascript:alert(1))</template></langkah-checklist>`;
    const list = host.firstElementChild as Block;
    await until(() => list.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
    expect(list.shadowRoot!.querySelector('a')).to.equal(null);
    expect(errors[0]!.detail.problems!.map((p) => p.code)).to.deep.equal(['url-unsafe']);
  });
});
