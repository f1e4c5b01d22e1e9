// Review 16g: r16c-lib.mjs's slow server, with a cache header for the .css files (--cache no-store|no-cache|max-age=600,
// with ETag/304 for revalidation) and an HTML page optionally sent in two parts: up to the first occurrence of
// `split` (a string), then the rest `splitMs` later (a parser that stops mid-step).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { HELD, launch } from './r16c-lib.mjs';
export { launch };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function slowServer(dir, { lat = 300, hold = 0, cache = 'no-store', all = false } = {}) {
  const root = resolve(dir);
  const s = { lat, hold, nav: 0, cache, all, split: null, splitMs: 0, log: [] };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/blank') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>-</title>');
    const path = join(root, decodeURIComponent(url.pathname));
    s.log.push(`${Date.now() - s.nav} ${url.pathname}${req.headers['if-none-match'] ? ' (revalidate)' : ''}`);
    const send = () => {
      if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return res.writeHead(404).end();
      const body = readFileSync(path); const ext = extname(path);
      const etag = '"' + createHash('sha1').update(body).digest('hex').slice(0, 16) + '"';
      const cc = ext === '.css' || (s.all && !HELD.test(url.pathname) && ext !== '.html') ? s.cache : 'no-store';
      const h = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cc, etag };
      if (cc !== 'no-store' && req.headers['if-none-match'] === etag) return res.writeHead(304, h).end();
      if (ext === '.html' && s.split) {
        const t = body.toString('utf8'); const i = t.indexOf(s.split);
        if (i >= 0) { res.writeHead(200, h); res.write(t.slice(0, i + s.split.length)); return void setTimeout(() => res.end(t.slice(i + s.split.length)), s.splitMs); }
      }
      res.writeHead(200, h).end(body);
    };
    setTimeout(() => {
      if (HELD.test(url.pathname) && s.hold) {
        if (s.hold === Infinity) return void res.destroy();
        const left = s.nav + s.hold - Date.now();
        if (left > 0) return void setTimeout(send, left);
      }
      send();
    }, s.lat);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  s.base = `http://127.0.0.1:${server.address().port}`;
  s.close = () => server.close();
  return s;
}
