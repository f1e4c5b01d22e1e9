#!/usr/bin/env node
// A small static server for the examples, the offline course pack and the
// benchmarks: the right MIME types, gzip like a real host, and a strict
// Content-Security-Policy on the pages that demonstrate it. No dependencies.
//
//   node scripts/serve.mjs [folder …] [--port 8000] [--host 127.0.0.1] [--cache-bundle]
//
// Addresses are paths from the current folder, but only files inside the
// folders named on the command line are served (default: examples, dist and
// modules, what the examples use; `.` serves the whole current folder), and
// never a file or folder whose name starts with a dot (.git, .env). `/` opens
// the first folder.
//
// Every file is sent with `Cache-Control: no-cache`, so an edit shows on the
// next reload. `--cache-bundle` serves dist/cdn/ the way a CDN serves a
// versioned URL (a year, immutable); the benchmarks use it to measure a
// learner's second lesson on the same site.
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Ends the program with one line for a person, never a stack trace. */
const fail = (line) => {
  console.error(`serve: ${line}`);
  process.exit(1);
};

let values, positionals;
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      quiet: { type: 'boolean' },
      'cache-bundle': { type: 'boolean' },
    },
  }));
} catch (e) {
  fail(`${e.message}. Usage: node scripts/serve.mjs [folder …] [--port 8000] [--host 127.0.0.1]`);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port ${values.port} is not a port number: use 0 to 65535, e.g. --port 8080.`);

const root = realpathSync('.');
const names = positionals.length ? positionals : ['examples', 'dist', 'modules'];
/** The real paths of the folders given, each inside the current folder. */
const allowed = names.map((name) => {
  let real;
  try {
    real = realpathSync(resolve(root, name));
  } catch {
    fail(`there is no folder "${name}" here (${root}).`);
  }
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) fail(`"${name}" is outside the current folder: start the server from a folder that holds it.`);
  return real;
});
const first = relative(root, allowed[0]).split(sep).filter(Boolean);
const start = first.length ? `/${first.map(encodeURIComponent).join('/')}/` : '/';
const hidden = (parts) => parts.some((p) => p.startsWith('.'));

/**
 * The real path of the file an address names, or undefined when it must not be
 * served: a name with a dot in front (`.git`, `..`) or a backslash, or a real
 * path (links followed) outside every folder given.
 */
async function locate(path) {
  const parts = path.split('/').filter(Boolean);
  if (hidden(parts) || parts.some((p) => p.includes('\\') || p.includes('\0'))) return undefined;
  const real = await realpath(join(root, ...parts)).catch(() => undefined);
  if (!real) return undefined;
  const base = allowed.find((dir) => real === dir || real.startsWith(dir + sep));
  return base && !hidden(relative(base, real).split(sep)) ? real : undefined;
}

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

const notFound = (res) => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad address');
      return;
    }
    if (path === '/' && start !== '/') {
      res.writeHead(302, { location: start }).end();
      return;
    }
    let file = await locate(path);
    let info = file && (await stat(file));
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        // From the parts, so `/%2F%2Fhost` cannot turn into `//host/`, an address on another host.
        res.writeHead(301, { location: `/${path.split('/').filter(Boolean).map(encodeURIComponent).join('/')}/` }).end();
        return;
      }
      path += 'index.html';
      file = await locate(path);
      info = file && (await stat(file));
    }
    if (!info?.isFile()) {
      notFound(res);
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
  } catch {
    if (!res.headersSent) res.writeHead(500).end('server error');
  }
});

server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') fail(`port ${port} is busy (another program, or this server already running): choose another with --port, e.g. npm start -- --port 8080`);
  if (e.code === 'EACCES') fail(`port ${port} needs administrator rights: choose one above 1023 with --port, e.g. npm start -- --port 8080`);
  fail(`cannot listen on ${values.host}:${port}: ${e.message}`);
});

server.listen(port, values.host, () => {
  const { port } = server.address();
  if (!values.quiet) console.log(`Langkah examples: http://localhost:${port}${start}  (Ctrl+C to stop)`);
  // Tests and benchmarks read the port from this line when started with --port 0.
  if (values.quiet) console.log(`port ${port}`);
});
