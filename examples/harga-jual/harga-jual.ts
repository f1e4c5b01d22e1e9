/**
 * `<harga-jual>`: a calculator step for Langkah lessons. The learner enters
 * what a batch costs (ingredients, gas and labour), the packaging per
 * portion and a margin, and sees the cost and a selling price per portion,
 * rounded up to a sum a buyer pays without small change. What they typed is
 * saved with the lesson's progress, so it is there when they come back.
 *
 * Needs `lit` only. Langkah sets `data`, `blockId`, `lang`, `answer` and
 * `save` (docs/extending.md). Register it on the page with
 * `registerStepType(hargaJual)`.
 */
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { price } from './price.js';
import type { HargaJualData } from './schema.js';
import { HARGA_JUAL_SHAPE } from './shape.js';

/** The interface in both languages; the dish and ingredients come from the lesson. */
const TEXT = {
  id: {
    legend: (dish: string) => `Hitung harga jual ${dish}`,
    portions: 'Jumlah porsi sekali masak',
    ingredients: 'Bahan sekali masak (Rp)',
    packaging: 'Kemasan per porsi (Rp)',
    gas: 'Gas dan tenaga sekali masak (Rp)',
    margin: 'Untung (%)',
    result: (cost: string, sell: string) => `Modal per porsi ${cost}. Harga jual per porsi ${sell}.`,
    locale: 'id-ID',
  },
  en: {
    legend: (dish: string) => `Work out the selling price of ${dish}`,
    portions: 'Portions per batch',
    ingredients: 'Ingredients per batch (Rp)',
    packaging: 'Packaging per portion (Rp)',
    gas: 'Gas and labour per batch (Rp)',
    margin: 'Profit (%)',
    result: (cost: string, sell: string) => `Cost per portion ${cost}. Selling price per portion ${sell}.`,
    locale: 'en-GB',
  },
};

/** The block's element. Declared with `static properties` (no decorators), as a default tsconfig and Vite need. */
export class HargaJual extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    answer: { attribute: false },
    save: { attribute: false },
    lang: { reflect: true },
    values: { state: true },
  };

  static override styles = css`
    :host { display: block; margin: 1em 0; }
    fieldset { border: 1px solid var(--langkah-border, #767676); border-radius: var(--langkah-radius, 0.5em); padding: 0.75em; }
    legend { font-weight: bold; padding: 0 0.25em; }
    label { display: block; margin: 0.75em 0 0.25em; }
    input { box-sizing: border-box; width: 100%; min-height: 44px; font: inherit; padding: 0.25em 0.5em;
      border: 1px solid var(--langkah-border, #767676); border-radius: var(--langkah-radius, 0.5em);
      background: var(--langkah-bg, #fff); color: var(--langkah-fg, #1a1a1a); }
    input:focus-visible { outline: 3px solid var(--langkah-focus, #1a5fb4); outline-offset: 2px; }
    output { display: block; margin-top: 1em; font-weight: bold; color: var(--langkah-accent, #0b6e4f); }
  `;

  /** The block's content (set by `<langkah-lesson>`). */
  declare data?: HargaJualData;
  /** What the learner saved last time: the numbers they typed. */
  declare answer?: { value: number[] };
  /** Saves the learner's numbers with the lesson's progress. */
  declare save?: (value: number[], correct: boolean) => void;
  /** The numbers shown now: portions, each ingredient, packaging, gas, margin. */
  declare values?: number[];

  /** The numbers: what the learner saved, else the lesson's. */
  private current(d: HargaJualData): number[] {
    const start = [d.portions, ...d.ingredients.map((i) => i.price), d.packaging, d.gas, d.margin];
    const saved = this.values ?? this.answer?.value;
    return saved?.length === start.length ? saved : start;
  }

  private change(index: number, input: HTMLInputElement) {
    const n = Math.max(0, Math.round(Number(input.value)));
    if (!Number.isFinite(n) || !this.data) return;
    const next = [...this.current(this.data)];
    next[index] = n;
    this.values = next;
    // There is no wrong answer: every sum the learner does counts.
    this.save?.(next, true);
  }

  override render() {
    const d = this.data;
    if (!d) return null;
    const t = this.lang === 'en' ? TEXT.en : TEXT.id;
    const v = this.current(d);
    const n = d.ingredients.length;
    const rupiah = new Intl.NumberFormat(t.locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
    const result = price({ portions: v[0]!, ingredients: v.slice(1, n + 1), packaging: v[n + 1]!, gas: v[n + 2]!, margin: v[n + 3]! });
    const field = (index: number, label: string, min = 0) =>
      html`<label for="f${index}">${label}</label>
        <input id="f${index}" type="number" inputmode="numeric" min=${min} step="1" .value=${String(v[index])}
          @change=${(e: Event) => this.change(index, e.target as HTMLInputElement)} />`;
    return html`<fieldset>
      <legend>${t.legend(d.dish)}</legend>
      ${field(0, t.portions, 1)}
      <p>${t.ingredients}</p>
      ${d.ingredients.map((ing, i) => field(i + 1, ing.name))}
      ${field(n + 1, t.packaging)} ${field(n + 2, t.gas)} ${field(n + 3, t.margin)}
      <output aria-live="polite">${t.result(rupiah.format(result.cost), rupiah.format(result.price))}</output>
    </fieldset>`;
  }
}

if (!customElements.get('harga-jual')) customElements.define('harga-jual', HargaJual);

/** The registration for a page: `registerStepType(hargaJual)` (the schema joins it where lessons are parsed). */
export const hargaJual = { name: 'harga-jual', tag: 'harga-jual', shape: HARGA_JUAL_SHAPE };

declare global {
  interface HTMLElementTagNameMap {
    'harga-jual': HargaJual;
  }
}
