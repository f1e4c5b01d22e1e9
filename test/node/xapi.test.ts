/**
 * xAPI reporting without a browser: every statement the elements can cause,
 * for every question of every shipped lesson, passes Learning Locker's
 * validator; and the queue delivers to a loopback LRS as xAPI 1.0.3 asks —
 * version header, JSON, auth, order, no duplicates across a "reload", retry
 * after the network comes back, a stop on refused credentials.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import validate from '@learninglocker/xapi-validation';
import { loadProject } from '../../src/cli/project.js';
import type { Lesson, Question } from '../../src/content/schema.js';
import { StatementQueue, type QueueProblem } from '../../src/report/xapi/queue.js';
import {
  answerStatement,
  lessonStatement,
  progressStatement,
  response,
  type Actor,
  type Statement,
  type Where,
} from '../../src/report/xapi/statements.js';
import { startLrs } from './lrs.js';

const check = ((validate as unknown as { default?: typeof validate }).default ?? validate) as unknown as (s: unknown) => unknown[];
const actor: Actor = { objectType: 'Agent', name: 'Bu Sri', account: { homePage: 'https://dinas.example.go.id', name: 'peserta-0042' } };

/** A Storage in memory, as a page's localStorage would be across a reload. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  failing = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failing) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

const lessons: Lesson[] = loadProject(['modules']).modules.flatMap((m) => [...m.lessons.id.values(), ...m.lessons.en.values()].map((l) => l.lesson));
const whereOf = (l: Lesson): Where => ({
  base: 'https://dinas.example.go.id/langkah/',
  lang: l.lang,
  lesson: { id: l.id, title: l.title, ...(l.module ? { module: l.module } : {}) },
  course: { id: 'kelas-digital-umkm', title: 'Kelas digital' },
  registration: '3f1c2a9e-6b1d-4d7a-9a53-1f0e2c3d4b5a',
});

/** A right and a wrong answer, as `LangkahAnswerDetail.value` carries them. */
function answers(q: Question): number[][] {
  if (q.kind === 'true-false') return [[q.answer ? 1 : 0], [q.answer ? 0 : 1]];
  if (q.kind === 'order') return [q.items.map((_, i) => i), q.items.map((_, i) => i).reverse()];
  const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
  const wrong = q.options.flatMap((o, i) => (o.correct ? [] : [i])).slice(0, 1);
  return [right, wrong];
}

describe('xAPI statements', () => {
  it('covers lessons of every question kind', () => {
    const kinds = new Set(lessons.flatMap((l) => l.steps.flatMap((s) => s.blocks)).flatMap((b) => (b.t === 'quiz' ? b.questions.map((q) => q.kind) : [])));
    assert.deepEqual([...kinds].sort(), ['chat', 'multiple', 'order', 'single', 'true-false']);
  });

  it('every statement for every shipped lesson and question passes the xAPI validator', () => {
    let count = 0;
    for (const l of lessons) {
      const w = whereOf(l);
      const all: Statement[] = [
        lessonStatement(actor, 'initialized', w),
        ...l.steps.flatMap((s, i) => progressStatement(actor, w, s.id, i + 1, l.steps.length)),
        lessonStatement(actor, 'completed', w, { completion: true, duration: 'PT2M3.5S', score: { scaled: 0.75, raw: 3, min: 0, max: 4 } }),
        lessonStatement(actor, 'passed', w, { success: true, score: { scaled: 0.75, raw: 3, min: 0, max: 4 } }),
        lessonStatement(actor, 'failed', w, { success: false, score: { scaled: 0.25, raw: 1, min: 0, max: 4 } }),
        lessonStatement(actor, 'terminated', w, { duration: 'PT10S' }),
      ];
      for (const b of l.steps.flatMap((s) => s.blocks)) {
        if (b.t !== 'quiz') continue;
        for (const q of b.questions) for (const [i, value] of answers(q).entries()) all.push(answerStatement(actor, w, q, value, i === 0));
      }
      for (const s of all) {
        const warnings = check(JSON.parse(JSON.stringify(s)));
        assert.deepEqual(warnings, [], `${l.lang}/${l.id} ${s.verb.display.en} ${s.object.id}: ${JSON.stringify(warnings).slice(0, 500)}`);
        count++;
      }
    }
    assert.ok(count > 1000, `${count} statements`);
  });

  it('writes responses in the interaction type formats, with the author order of choices', () => {
    const base = { id: 'q', prompt: ['?'], explain: [] };
    assert.equal(response({ ...base, kind: 'true-false', answer: false }, [0]), 'false');
    assert.equal(response({ ...base, kind: 'true-false', answer: false }, [1]), 'true');
    assert.equal(response({ ...base, kind: 'order', items: [['a'], ['b'], ['c']] }, [2, 0, 1]), 'o3[,]o1[,]o2');
    const options = [{ text: ['a'], correct: false }, { text: ['b'], correct: true }, { text: ['c'], correct: true }];
    assert.equal(response({ ...base, kind: 'multiple', options }, [1, 2]), 'o2[,]o3');
  });

  it('makes activity ids from content ids: stable across builds and the same in both languages', () => {
    const id = lessons.find((l) => l.lang === 'id' && l.module)!;
    const en = lessons.find((l) => l.lang === 'en' && l.id === id.id && l.module === id.module)!;
    const a = lessonStatement(actor, 'initialized', whereOf(id));
    const b = lessonStatement(actor, 'initialized', whereOf(en));
    assert.equal(a.object.id, `https://dinas.example.go.id/langkah/${id.module}/${id.id}`);
    assert.equal(a.object.id, b.object.id);
    assert.notEqual(a.id, b.id);
    assert.equal(a.context?.language, 'id');
    assert.equal(b.context?.language, 'en');
  });
});

describe('the statement queue, against a loopback LRS', () => {
  let lrs: Awaited<ReturnType<typeof startLrs>>;
  before(async () => {
    lrs = await startLrs({ token: 'Bearer t1' });
  });
  after(() => lrs.close());

  const make = (n: number, tag = 's') =>
    Array.from({ length: n }, (_, i) => lessonStatement(actor, 'progressed', whereOf(lessons[0]!), { extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': i } }, Date.UTC(2026, 11, 1, 8, 0, i)))
      .map((s, i) => ({ ...s, object: { ...s.object, id: `${s.object.id}/${tag}${i}` } }));

  it('sends in order, in batches, with the version header, JSON and the host token', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    const storage = new MemoryStorage();
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi/`, scope: 'a', storage, batch: 4, auth: () => 'Bearer t1' });
    const list = make(10);
    q.add(list);
    await q.flush();
    assert.deepEqual(lrs.state.stored.map((s) => s.id), list.map((s) => s.id));
    assert.deepEqual(lrs.state.requests.map((r) => r.ids.length), [4, 4, 2]);
    assert.deepEqual(lrs.state.violations, []);
    assert.ok(lrs.state.requests.every((r) => r.auth === 'Bearer t1' && r.version === '1.0.3'));
    assert.equal(q.pending.length, 0);
    q.close();
  });

  it('keeps statements across a reload while the LRS is down, and delivers each once when it is back', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    const storage = new MemoryStorage();
    lrs.state.mode = 'down500';
    const first = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'b', storage, auth: () => 'Bearer t1', delay: 60_000 });
    const list = make(5, 'r');
    first.add(list);
    await first.flush();
    assert.equal(lrs.state.stored.length, 0);
    first.close(); // the page goes away
    lrs.state.mode = 'ok';
    const second = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'b', storage, auth: () => 'Bearer t1' });
    assert.equal(second.pending.length, 5);
    await second.flush();
    assert.deepEqual(lrs.state.stored.map((s) => s.id), list.map((s) => s.id));
    // A second flush after "another reload" sends nothing again.
    const third = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'b', storage, auth: () => 'Bearer t1' });
    await third.flush();
    assert.equal(lrs.state.stored.length, 5);
    second.close();
    third.close();
  });

  it('retries after a server error with backoff', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    lrs.state.mode = 'down500';
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'c', storage: new MemoryStorage(), auth: () => 'Bearer t1', delay: 50, maxDelay: 100 });
    q.add(make(2, 'b'));
    await q.flush();
    assert.equal(lrs.state.stored.length, 0);
    lrs.state.mode = 'ok';
    for (let i = 0; i < 50 && lrs.state.stored.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(lrs.state.stored.length, 2);
    q.close();
  });

  it('asks the auth provider again once on 401, then stops and reports auth, keeping the statements', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    const problems: QueueProblem[] = [];
    let calls = 0;
    const tokens = ['Bearer old', 'Bearer t1'];
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'd', storage: new MemoryStorage(), auth: () => tokens[calls++], onProblem: (p) => problems.push(p) });
    q.add(make(1, 'a'));
    await q.flush();
    assert.equal(lrs.state.stored.length, 1, 'a refreshed token goes through');
    const bad = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'e', storage: new MemoryStorage(), auth: () => 'Bearer wrong', onProblem: (p) => problems.push(p) });
    bad.add(make(2, 'x'));
    await bad.flush();
    assert.deepEqual(problems, [{ kind: 'auth', status: 401 }]);
    assert.equal(bad.pending.length, 2);
    q.close();
    bad.close();
  });

  it('drops only the statement the LRS refuses (4xx), reports it, and keeps the order of the rest', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    const problems: QueueProblem[] = [];
    const list = make(5, 'd');
    lrs.state.mode = `reject400:${list[2]!.id}`;
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'f', storage: new MemoryStorage(), auth: () => 'Bearer t1', onProblem: (p) => problems.push(p) });
    q.add(list);
    await q.flush();
    lrs.state.mode = 'ok';
    assert.deepEqual(lrs.state.stored.map((s) => s.id), [0, 1, 3, 4].map((i) => list[i]!.id));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.kind, 'dropped');
    q.close();
  });

  it('a 409 for one statement of a batch does not lose the others (the LRS refuses the whole batch)', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'h', storage: new MemoryStorage(), auth: () => 'Bearer t1' });
    const [a, x, b] = make(3, 'k');
    q.add([x!]);
    await q.flush();
    // The LRS already holds x; a different statement with x's id sits between two new ones.
    const changed = { ...x!, timestamp: new Date(Date.UTC(2026, 11, 2)).toISOString() };
    q.add([a!, changed, b!]);
    await q.flush();
    assert.deepEqual(lrs.state.stored.map((s) => s.id).sort(), [a!.id, x!.id, b!.id].sort());
    assert.equal(lrs.state.stored.find((s) => s.id === x!.id)!.timestamp, x!.timestamp, 'the LRS keeps its own copy');
    assert.equal(q.pending.length, 0);
    q.close();
  });

  it('a 200 that is not the LRS (a captive portal\'s page) keeps the statements for a retry', async () => {
    lrs.state.stored.length = lrs.state.requests.length = 0;
    lrs.state.mode = 'portal200';
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'i', storage: new MemoryStorage(), auth: () => 'Bearer t1', delay: 50, maxDelay: 100 });
    const list = make(3, 'p');
    q.add(list);
    await q.flush();
    assert.equal(q.pending.length, 3, 'nothing counts as sent');
    lrs.state.mode = 'ok';
    for (let i = 0; i < 50 && lrs.state.stored.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(lrs.state.stored.map((s) => s.id), list.map((s) => s.id));
    q.close();
  });

  it('caps the queue, dropping the oldest first with a report, and lives in memory when storage fails', async () => {
    const problems: QueueProblem[] = [];
    const storage = new MemoryStorage();
    lrs.state.mode = 'down500';
    const q = new StatementQueue({ endpoint: `${lrs.url}/xapi`, scope: 'g', storage, cap: 3, delay: 60_000, auth: () => 'Bearer t1', onProblem: (p) => problems.push(p) });
    const list = make(5, 'c');
    q.add(list);
    assert.deepEqual(q.pending.map((s) => s.id), list.slice(2).map((s) => s.id));
    assert.deepEqual(problems[0], { kind: 'dropped', count: 2, reason: 'the queue holds at most 3 statements; the oldest were dropped' });
    storage.failing = true;
    q.add(make(1, 'm'));
    assert.deepEqual(problems.slice(1), [{ kind: 'dropped', count: 1, reason: 'the queue holds at most 3 statements; the oldest were dropped' }, { kind: 'storage', kept: 'memory' }]);
    assert.equal(q.pending.length, 3);
    lrs.state.mode = 'ok';
    q.close();
  });

  it('with localStorage full, waits in the tab\'s sessionStorage across a reload, says so once, and moves back when there is room', async () => {
    const problems: QueueProblem[] = [];
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    local.failing = true;
    lrs.state.mode = 'down500';
    const options = { endpoint: `${lrs.url}/xapi`, scope: 'k', storage: local, spare: session, delay: 60_000, auth: () => 'Bearer t1', onProblem: (p: QueueProblem) => problems.push(p) };
    const first = new StatementQueue(options);
    const list = make(4, 'k');
    first.add(list.slice(0, 2));
    first.add(list.slice(2, 3));
    await first.flush();
    first.close();
    assert.deepEqual(problems, [{ kind: 'storage', kept: 'session' }], 'told once, not at every statement');
    assert.equal(local.getItem(first.key), null);
    assert.equal(JSON.parse(session.getItem(first.key)!).length, 3);
    // The page is reloaded (same tab: same sessionStorage); there is room again.
    local.failing = false;
    const second = new StatementQueue({ ...options, delay: 50 });
    assert.deepEqual(second.pending.map((s) => s.id), list.slice(0, 3).map((s) => s.id));
    second.add(list.slice(3));
    assert.equal(JSON.parse(local.getItem(second.key)!).length, 4, 'back in localStorage');
    assert.equal(session.getItem(second.key), null, 'and not twice');
    lrs.state.mode = 'ok';
    await second.flush();
    assert.deepEqual(lrs.state.stored.filter((s) => s.object.id.includes('/k')).map((s) => s.id), list.map((s) => s.id));
    assert.equal(second.pending.length, 0);
    second.close();
  });

  it('where the browser refuses localStorage itself, the queue waits in sessionStorage, and says so', () => {
    const problems: QueueProblem[] = [];
    const session = new MemoryStorage();
    const q = new StatementQueue({ endpoint: 'https://lrs.a.example/xapi', scope: 'z', storage: null, spare: session, delay: 60_000, fetch: () => Promise.reject(new Error('offline')), onProblem: (p) => problems.push(p) });
    q.add(make(2, 'z'));
    assert.deepEqual(problems, [{ kind: 'storage', kept: 'session' }]);
    assert.equal(new StatementQueue({ endpoint: 'https://lrs.a.example/xapi', scope: 'z', storage: null, spare: session, fetch: () => Promise.reject(new Error('offline')) }).pending.length, 2);
    q.close();
  });

  it('keeps the queues of two endpoints or two learners apart', () => {
    const storage = new MemoryStorage();
    const a = new StatementQueue({ endpoint: 'https://lrs.a.example/xapi', scope: 'x', storage, delay: 60_000, fetch: () => Promise.reject(new Error('offline')) });
    const b = new StatementQueue({ endpoint: 'https://lrs.a.example/xapi', scope: 'y', storage, delay: 60_000, fetch: () => Promise.reject(new Error('offline')) });
    a.add(make(2, 'p'));
    assert.equal(b.pending.length, 0);
    assert.notEqual(a.key, b.key);
    assert.ok(!a.key.startsWith('langkah:'), 'never under the progress prefix');
    a.close();
    b.close();
  });
});
