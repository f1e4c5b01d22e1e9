/**
 * The "harga jual" (selling price) step type: what an author writes in the
 * `:::harga-jual` block of a lesson, as a zod/mini schema. `langkah check`
 * and `langkah build` check blocks with it (langkah.config.mjs); the browser
 * checks built blocks with its compiled shape (shape.ts), without zod.
 */
import * as z from 'zod/mini';

/** A whole number of rupiah, 0 or more. */
const Rupiah = z.int().check(z.gte(0));

export const HargaJualSchema = z.strictObject({
  /** The dish: "Nasi kuning". */
  dish: z.string().check(z.minLength(1)),
  /** How many portions one batch makes. */
  portions: z.int().check(z.gte(1)),
  /** What one batch needs, with the price the learner starts from. */
  ingredients: z
    .array(z.strictObject({ name: z.string().check(z.minLength(1)), price: Rupiah }))
    .check(z.minLength(1)),
  /** Box, paper or plastic, per portion. */
  packaging: Rupiah,
  /** Gas and labour for one batch. */
  gas: Rupiah,
  /** Profit on top of the cost, in percent. */
  margin: z.int().check(z.gte(0), z.lte(300)),
});

export type HargaJualData = z.infer<typeof HargaJualSchema>;
