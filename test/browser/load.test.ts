import { expect } from '@open-wc/testing';
import { LoadError, loadLesson } from '../../src/content/load.js';

describe('loadLesson', () => {
  it('parses a raw Markdown lesson in the browser with the lazily loaded parser', async () => {
    const lesson = await loadLesson('/test/fixtures/lessons/id/contoh.md');
    expect(lesson.id).to.equal('contoh');
    expect(lesson.lang).to.equal('id');
    expect(lesson.steps.length).to.be.greaterThan(0);
  });

  it('rejects a missing lesson with an http LoadError', async () => {
    const err = await loadLesson('/test/fixtures/nope.json').catch((e) => e);
    expect(err).to.be.instanceOf(LoadError);
    expect(err.kind).to.equal('http');
    expect(err.status).to.equal(404);
  });
});
