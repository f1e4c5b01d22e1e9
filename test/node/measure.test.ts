/**
 * What one step "draws" (stepParts, the limit `step-too-many-parts`): a
 * picture weighs more than a word, since a phone decodes and lays it out
 * (review 10, F2: 150 captioned pictures took twice as long as 150
 * emphasised words to draw at 4× CPU).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../../src/content/schema.js';
import { PART_WEIGHT, stepParts } from '../../src/content/blocks/measure.js';
import { LIMITS } from '../../src/content/limits.js';

const picture = (title?: string) => ({ t: 'image', src: 'images/a.png', alt: 'Foto', ...(title ? { title } : {}) }) as unknown as Block;

describe('stepParts', () => {
  it('counts a picture 3 parts and its caption 1 more', () => {
    assert.equal(stepParts([picture()]), 1 + PART_WEIGHT.picture);
    assert.equal(stepParts([picture('Warung Bu Sri')]), 1 + PART_WEIGHT.picture + PART_WEIGHT.caption);
    assert.equal(stepParts([picture()]), 3);
    assert.equal(stepParts([picture('x')]), 4);
  });

  it('lets 50 pictures or 37 captioned ones into a step, not 51 or 38', () => {
    const n = (k: number, title?: string) => stepParts(Array.from({ length: k }, () => picture(title)));
    assert.ok(n(50) <= LIMITS.stepParts && n(51) > LIMITS.stepParts, `${n(50)} / ${n(51)}`);
    assert.ok(n(37, 'x') <= LIMITS.stepParts && n(38, 'x') > LIMITS.stepParts, `${n(37, 'x')} / ${n(38, 'x')}`);
  });
});
