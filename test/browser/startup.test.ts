/**
 * Issue 10, item 4: on a slow phone the page's start-up (evaluating the
 * bundle, defining the elements) is one long task; a lesson's first drawing
 * (its styles, the "loading" line, the start of its fetch) waits for a task
 * of its own instead of making that task longer.
 */
import { expect } from '@open-wc/testing';
import { LESSON, clearStorage, ready } from './helpers.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';

describe('a lesson that appears on the page', () => {
  beforeEach(clearStorage);

  it('draws for the first time in a later task, not in the one that connected it, and then loads as before', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = `<langkah-lesson src="${LESSON}"></langkah-lesson>`;
    const el = host.firstElementChild as LangkahLesson;
    // Microtasks of this task run here (no timer, no event can): Lit's first update used to run among them.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(el.hasUpdated, 'updated in the task that connected it').to.equal(false);
    expect(el.shadowRoot?.childElementCount ?? 0, 'drew in the task that connected it').to.equal(0);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part~="step"] h3')?.textContent).to.be.a('string').and.not.equal('');
    host.remove();
  });
});
