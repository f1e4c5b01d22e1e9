/** The sum a seller does on paper, in whole rupiah. */
export interface Costs {
  /** Portions one batch makes (at least 1). */
  portions: number;
  /** What the ingredients of one batch cost. */
  ingredients: number[];
  /** Packaging per portion. */
  packaging: number;
  /** Gas and labour for one batch. */
  gas: number;
  /** Profit in percent of the cost. */
  margin: number;
}

/** Prices end in a round amount that a buyer pays without small change. */
export const ROUND_TO = 500;

/** Cost of one portion, and the selling price: cost plus margin, rounded up to the next Rp 500. */
export function price(c: Costs): { cost: number; price: number } {
  const batch = c.ingredients.reduce((sum, p) => sum + p, 0) + c.gas;
  const cost = Math.ceil(batch / Math.max(1, c.portions) + c.packaging);
  return { cost, price: Math.ceil((cost * (100 + c.margin)) / 100 / ROUND_TO) * ROUND_TO };
}
