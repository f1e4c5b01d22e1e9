// A small Learning Record Store for tests, on 127.0.0.1 only: it stores
// statements in memory and holds requests to what xAPI 1.0.3 asks of a client
// (version header, JSON, auth, unique ids). `mode` makes it fail on purpose.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from '../../src/report/xapi/statements.js';

interface LogEntry {
  ids: string[];
  version?: string;
  type?: string;
  auth?: string;
  status: number;
}

export interface LrsState {
  /** Statements stored, in the order they arrived. */
  stored: Statement[];
  /** Every POST. */
  requests: LogEntry[];
  /** Problems a real LRS would refuse or that break the contract. */
  violations: string[];
  /** 'ok' | 'down500' | 'reject400:<id>' | 'auth401' */
  mode: string;
  token?: string;
  /** cmi5: how often the fetch URL was called, and the state requests' query strings. */
  fetches: number;
  stateRequests: string[];
}

export interface LrsOptions {
  token?: string;
  files?: (path: string) => { type: string; body: Buffer | string } | undefined;
  /** cmi5: the one-time token `POST /fetch` hands out (once), and the LMS.LaunchData the state API returns. */
  cmi5?: { token: string; launchData: unknown };
}

export async function startLrs(opts: LrsOptions = {}) {
  const state: LrsState = {
    stored: [],
    requests: [],
    violations: [],
    mode: 'ok',
    fetches: 0,
    stateRequests: [],
    ...(opts.token ? { token: opts.token } : {}),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (opts.cmi5 && url.pathname === '/fetch' && req.method === 'POST') {
      // cmi5: the token may be fetched once per launch.
      state.fetches++;
      const body = state.fetches === 1 ? { 'auth-token': opts.cmi5.token } : { 'error-code': '1', 'error-text': 'already fetched' };
      res.writeHead(state.fetches === 1 ? 200 : 401, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    if (opts.cmi5 && url.pathname.endsWith('/activities/state')) {
      state.stateRequests.push(url.search);
      if (req.headers.authorization !== `Basic ${opts.cmi5.token}`) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(opts.cmi5.launchData));
      return;
    }
    if (!url.pathname.endsWith('/statements')) {
      let file;
      try {
        file = opts.files?.(url.pathname);
      } catch {
        file = undefined;
      }
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const version = req.headers['x-experience-api-version'] as string | undefined;
      const type = req.headers['content-type'];
      const auth = req.headers.authorization;
      const send = (status: number, payload?: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      if (req.method !== 'POST') return send(405);
      let list: Statement[];
      try {
        list = JSON.parse(body);
      } catch {
        state.violations.push('body is not JSON');
        return send(400);
      }
      if (!Array.isArray(list)) list = [list];
      const ids = list.map((s) => s.id);
      const log: LogEntry = { ids, status: 0, ...(version ? { version } : {}), ...(type ? { type } : {}), ...(auth ? { auth } : {}) };
      state.requests.push(log);
      const reply = (status: number, payload?: unknown) => {
        log.status = status;
        send(status, payload);
      };
      if (version !== '1.0.3') state.violations.push(`X-Experience-API-Version: ${version}`);
      if (!String(type).startsWith('application/json')) state.violations.push(`Content-Type: ${type}`);
      if (state.mode === 'down500') return reply(503);
      // A captive portal or a broken proxy: 200 with a page, and nothing stored.
      if (state.mode === 'portal200') {
        log.status = 200;
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Login to the hotspot</body></html>');
      }
      if (state.mode === 'auth401' || (state.token && auth !== state.token)) return reply(401);
      if (state.mode.startsWith('reject400:') && ids.includes(state.mode.slice(10))) return reply(400, { message: 'refused' });
      if (new Set(ids).size !== ids.length) return reply(400, { message: 'duplicate ids in one batch' });
      const known = new Map(state.stored.map((s) => [s.id, s]));
      for (const s of list) {
        if (!s.id) state.violations.push('statement without id');
        const old = known.get(s.id);
        // Same id, same statement: the spec lets the LRS answer without storing it twice.
        if (old && JSON.stringify(old) !== JSON.stringify(s)) return reply(409, { message: `conflict on ${s.id}` });
      }
      for (const s of list) if (!known.has(s.id)) state.stored.push(s);
      reply(200, ids);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
