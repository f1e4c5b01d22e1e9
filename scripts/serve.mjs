#!/usr/bin/env node
// A small static server for the examples, the offline course pack and the
// benchmarks: the right MIME types, gzip like a real host, and a strict
// Content-Security-Policy on the pages that demonstrate it. No dependencies.
//
//   node scripts/serve.mjs [root] [--port 8000] [--cache-bundle]
//
// Every file is sent with `Cache-Control: no-cache`, so an edit shows on the
// next reload. `--cache-bundle` serves dist/cdn/ the way a CDN serves a
// versioned URL (a year, immutable); the benchmarks use it to measure a
// learner's second lesson on the same site.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8000' },
    host: { type: 'string', default: '127.0.0.1' },
    quiet: { type: 'boolean' },
    'cache-bundle': { type: 'boolean' },
  },
});
const root = resolve('.');
const start = '/' + (positionals[0] ?? 'examples').replace(/^\.?\/*|\/*$/g, '') + '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.mjs', '.json', '.md', '.css', '.svg', '.webmanifest', '.map']);
// Pages whose name says so are served as a partner with a strict policy would serve them.
const STRICT_CSP = "default-src 'self'; img-src 'self' https:; media-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const gzipped = new Map();

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: start }).end();
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: path + '/' }).end();
        return;
      }
      file = join(file, 'index.html');
      path += 'index.html';
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': values['cache-bundle'] && path.startsWith('/dist/cdn/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (ext === '.html' && /csp|strict/i.test(path)) headers['content-security-policy'] = STRICT_CSP;
    if (/(^|\/)sw\.js$/.test(path)) headers['service-worker-allowed'] = '/';
    let body = await readFile(file);
    if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${info.mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  if (!values.quiet) console.log(`Langkah examples: http://localhost:${port}${start}  (Ctrl+C to stop)`);
  // Tests and benchmarks read the port from this line when started with --port 0.
  if (values.quiet) console.log(`port ${port}`);
});
