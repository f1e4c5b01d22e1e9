/**
 * Issue 10, item 4: on a slow phone the page's start-up (evaluating the
 * bundle, defining the elements) is one long task; a lesson's first drawing
 * (its styles, the "loading" line, the start of its fetch) waits for a task
 * of its own instead of making that task longer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LESSON, KEY, clearStorage, ready, stored } from './helpers.js';
import { contentShapes, vouch } from '../../src/content/load.js';
import type { Lesson, Progress, Quiz } from '../../src/content/schema.js';
import type { LangkahLesson } from '../../src/elements/lesson/lesson.js';
import { ProgressStore } from '../../src/progress/store.js';

/** Calls of `Storage#getItem` while `run` runs, by key. */
async function reads(run: () => Promise<unknown>): Promise<string[]> {
  const getItem = Storage.prototype.getItem;
  const keys: string[] = [];
  Storage.prototype.getItem = function (key: string) {
    keys.push(key);
    return getItem.call(this, key);
  };
  try {
    await run();
  } finally {
    Storage.prototype.getItem = getItem;
  }
  return keys;
}

// First in this file: the lesson chunk is loaded once per page, by the first lesson that opens.
describe('the lesson chunk', () => {
  it('opens the page\'s storage and fetches the summary\'s body when the lesson chunk arrives, before the lesson is drawn', async () => {
    const summary = () => performance.getEntriesByType('resource').filter((e) => /\/summary\.(js|ts)\b/.test(e.name));
    const before = summary().length;
    const keys = await reads(() => contentShapes());
    // Any read opens the storage; the chunk reads a key no record has.
    expect(keys, 'storage opened').to.include('');
    // A resource's entry is made when its response ends: on a busy machine (CI) that can take longer than any fixed wait.
    await waitUntil(() => summary().length > before, 'the summary\'s body was not asked for', { timeout: 8_000 });
  });
});

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

/**
 * The task that draws a lesson's first step was the longest of opening it on a slow phone (40 rich steps:
 * 214 ms of CPU at 4× slowdown); part of it was work over the whole lesson that the first step does not need.
 */
describe('opening a lesson does no work over all its steps that its record does not need', () => {
  beforeEach(clearStorage);

  /** The test lesson, checked (as a loader returns it), whose last question counts how often it is read whole (fingerprinted). */
  async function counted(): Promise<{ lesson: Lesson; whole: () => number }> {
    const lesson: Lesson = await (await fetch(LESSON)).json();
    const quizzes = lesson.steps.flatMap((s) => s.blocks).filter((b): b is Quiz => b.t === 'quiz');
    const last = quizzes.at(-1)!.questions.at(-1)!;
    expect(lesson.steps.findIndex((s) => s.blocks.some((b) => b === quizzes.at(-1))), 'the counted question is on a later step').to.be.above(0);
    let n = 0;
    const prompt = last.prompt;
    // JSON.stringify (fingerprint) reads every key; drawing the first step never reads this question.
    Object.defineProperty(last, 'prompt', { enumerable: true, get: () => (n++, prompt) });
    vouch(lesson, ...lesson.steps.flatMap((s) => s.blocks));
    return { lesson, whole: () => n };
  }

  async function open(lesson: Lesson): Promise<LangkahLesson> {
    const el = document.createElement('langkah-lesson') as LangkahLesson;
    el.lesson = lesson;
    document.body.append(el);
    await ready(el);
    return el;
  }

  it('fingerprints no question of a later step for a new record, or one of the same content', async () => {
    const { lesson, whole } = await counted();
    const el = await open(lesson);
    expect(el.progress.record!.step).to.equal(0);
    expect(whole(), 'a new record').to.equal(0);
    el.remove();
    // The record now exists, of this very content.
    expect(stored().content).to.equal(lesson.version);
    const again = await open(lesson);
    expect(whole(), 'a record of the same content').to.equal(0);
    again.remove();
  });

  it('still matches a record of other content against every question (answers of changed questions are dropped)', async () => {
    const { lesson, whole } = await counted();
    const old: Progress = {
      v: 1, key: 'lesson:uji/latihan@id', content: 'an-older-version', step: 1, seen: [lesson.steps[0]!.id, lesson.steps[1]!.id],
      answers: { 'q-banyak': { value: [0], correct: false, fp: 'reworded', at: 6 } }, checks: {}, started: 1, updated: 6,
    };
    localStorage.setItem(KEY, JSON.stringify(old));
    const el = await open(lesson);
    expect(whole(), 'the lesson\'s shape was worked out').to.be.above(0);
    expect(stored().content).to.equal(lesson.version);
    expect(stored().answers).to.deep.equal({});
    expect(el.progress.dropped).to.equal(1);
    el.remove();
  });

  it('does not read a record back from storage after writing it when no other element listens', async () => {
    const store = new ProgressStore();
    const record: Progress = { v: 1, key: 'quiz:c', content: 'c', step: 0, seen: [], answers: {}, checks: {}, started: 1, updated: 1 };
    const mine = () => undefined;
    store.watch('quiz:c', mine);
    expect(await reads(async () => store.write(record, mine)), 'only the writer listens').to.deep.equal([]);
    const heard: (Progress | undefined)[] = [];
    store.watch('quiz:c', (r) => heard.push(r));
    expect(await reads(async () => store.write({ ...record, step: 1 }, mine)), 'another element listens').to.deep.equal(['langkah:quiz:c']);
    expect(heard).to.deep.equal([{ ...record, step: 1 }]);
  });

});
