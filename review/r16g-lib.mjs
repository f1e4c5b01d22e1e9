// Review 16g: r16c-lib.mjs's slow server, answering with a cache header for the .css files (cache: no-store|no-cache|
// max-age=600, with ETag/304 for revalidation; all: every file but the bundle and the page) and an HTML page
// optionally sent in two parts: up to the first occurrence of `s.split`, then the rest `s.splitMs` later.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { HELD, launch, slowServer as base } from './r16c-lib.mjs';
export { launch };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

export async function slowServer(dir, { lat = 300, hold = 0, cache = 'no-store', all = false } = {}) {
  const s = await base(dir, { lat, hold });
  Object.assign(s, { cache, all, split: null, splitMs: 0, log: [] });
  s.respond = (req, res, url, path, root) => {
    s.log.push(`${Date.now() - s.nav} ${url.pathname}${req.headers['if-none-match'] ? ' (revalidate)' : ''}`);
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
  return s;
}
