// Review 16c: the slow static server and browser launch shared by review/r16c-*.mjs.
// CACHE=1 (review 16f): answers cacheable (max-age=600) instead of no-store.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' };
/** The bundle and its chunks (not langkah-resume.js), and the pack's pack.js. */
export const HELD = /\/(pack\.js|langkah(?!-resume)[^/]*\.js)$/;

/**
 * Serves `dir`, every answer `lat` ms late; HELD files are held until `hold` ms after `s.nav` (set it before each
 * navigation), or failed at once when `hold` is Infinity ("blocked"). `s.hold`/`s.lat` may be changed between loads.
 */
export async function slowServer(dir, { lat = 400, hold = 0 } = {}) {
  const root = resolve(dir);
  const s = { lat, hold, nav: 0, extra: {} };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/blank') return res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>-</title>');
    const path = join(root, decodeURIComponent(url.pathname));
    const send = () => {
      if (s.respond) return s.respond(req, res, url, path, root); // review 16g: a server of its own answers (r16g-lib.mjs)
      if (s.extra[url.pathname]) return res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'text/html; charset=utf-8', 'cache-control': process.env.CACHE ? 'max-age=600' : 'no-store' }).end(s.extra[url.pathname]);
      if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': process.env.CACHE ? 'max-age=600' : 'no-store' }).end(readFileSync(path));
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

export const launch = (ff) => ff
  ? puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true })
  : puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
