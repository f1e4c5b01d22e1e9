/**
 * The development server (`scripts/serve.mjs`) serves the folders it was
 * given and nothing else: no dotfiles, nothing outside those folders however
 * the address is spelled, no link that points out. A busy port ends in one
 * line that names `--port`, and `npm start -- --port N` listens on N.
 *
 * Each test starts the server on a free port in a folder made for it.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { removeTemp } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVE = join(ROOT, 'scripts/serve.mjs');

interface Started {
  child: ChildProcess;
  port: number;
}

/** Starts the server with `args` in `cwd`; resolves once it prints its port. */
function serve(cwd: string, args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [SERVE, ...args, '--quiet'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /port (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`the server exited with ${code} before listening: ${err}`)));
  });
}

/** Runs the server expecting it to stop at once; resolves with its exit code and output. */
function runToEnd(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SERVE, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const timer = setTimeout(() => child.kill(), 10_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** GETs `path` exactly as written: no client tidies `..` or backslashes first. */
function get(port: number, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('scripts/serve.mjs', () => {
  let dir: string;
  let server: Started;

  before(async () => {
    // A project folder: `site` is given; `.git`, `other` and the links out are not.
    dir = mkdtempSync(join(tmpdir(), 'langkah-serve-'));
    mkdirSync(join(dir, 'site/.hidden'), { recursive: true });
    mkdirSync(join(dir, 'site/pages'));
    mkdirSync(join(dir, 'other'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'site/index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'site/pages/lesson.json'), '{"ok":true}');
    writeFileSync(join(dir, 'site/.env'), 'TOKEN=site-secret');
    writeFileSync(join(dir, 'site/.hidden/notes.txt'), 'hidden-secret');
    writeFileSync(join(dir, 'other/secret.txt'), 'outside-secret');
    writeFileSync(join(dir, '.git/config'), '[remote "origin"] git-secret');
    symlinkSync('../other/secret.txt', join(dir, 'site/linked.txt'));
    symlinkSync('../other', join(dir, 'site/linked-folder'));
    symlinkSync('/etc/passwd', join(dir, 'site/passwd'));
    symlinkSync('.env', join(dir, 'site/env.txt'));
    server = await serve(dir, ['site', '--port', '0']);
  });

  after(async () => {
    await stop(server.child);
    removeTemp(dir);
  });

  it('serves the files of the folder it was given, and opens it at /', async () => {
    const home = await get(server.port, '/site/');
    assert.equal(home.status, 200);
    assert.equal(home.body, '<p>home</p>');
    assert.equal((await get(server.port, '/site/pages/lesson.json')).body, '{"ok":true}');
    const root = await get(server.port, '/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/site/');
  });

  it('never serves a dotfile or anything in a dot-folder', async () => {
    for (const path of ['/.git/config', '/site/.env', '/site/.hidden/notes.txt', '/site/%2eenv', '/site/.hidden/', '/.git/']) {
      const res = await get(server.port, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /secret/, path);
    }
  });

  it('never serves a file outside the folders given, however the address is spelled', async () => {
    const paths = [
      '/other/secret.txt',
      '/site/../other/secret.txt',
      '/site/%2e%2e/other/secret.txt',
      '/site/%2E%2E/other/secret.txt',
      '/site/..%2fother/secret.txt',
      '/site/%252e%252e/other/secret.txt',
      '/site/%252e%252e%252fother%252fsecret.txt',
      '/site/..%5cother%5csecret.txt',
      '/site\\..\\other\\secret.txt',
      '/site/%5c..%5c..%5cother/secret.txt',
      '/site/%00/../other/secret.txt',
    ];
    for (const path of paths) {
      const res = await get(server.port, path);
      assert.notEqual(res.status, 200, path);
      assert.doesNotMatch(res.body, /secret/, path);
    }
  });

  it('never follows a link that points out of the folder or at a dotfile', async () => {
    for (const path of ['/site/linked.txt', '/site/linked-folder/secret.txt', '/site/passwd', '/site/env.txt']) {
      const res = await get(server.port, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /secret|root:/, path);
    }
  });

  it('redirects a folder to itself on this host, never to another host (/%2F%2Fsite is not //site/)', async () => {
    for (const path of ['/%2F%2Fsite/pages', '/%2f%2f%2fsite/pages', '/site/pages']) {
      const res = await get(server.port, path);
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.location, '/site/pages/', path);
    }
  });

  it('answers a malformed address with 400, not a crash', async () => {
    assert.equal((await get(server.port, '/site/%')).status, 400);
    assert.equal((await get(server.port, '/site/')).status, 200);
  });

  it('refuses to start on a folder outside the current one, in one line', async () => {
    const { code, stderr } = await runToEnd(join(dir, 'site'), ['../other', '--port', '0']);
    assert.equal(code, 1);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /outside the current folder/);
  });

  it('says in one line that a busy port is busy, and how to choose another', async () => {
    const { code, stdout, stderr } = await runToEnd(dir, ['site', '--port', String(server.port)]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, new RegExp(`port ${server.port} is busy`));
    assert.match(stderr, /--port/);
    assert.doesNotMatch(stderr, /\n\s+at |Error:/);
  });

  it('listens on the port that `npm start -- --port N` passes', async () => {
    // npm appends the words after `--` to the start script: run its server command the same way.
    const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
    const command = script.split('&&').at(-1)!.trim().split(/\s+/);
    assert.deepEqual(command.slice(0, 2), ['node', 'scripts/serve.mjs']);
    const port = await freePort();
    const started = await serve(ROOT, [...command.slice(2), '--port', String(port)]);
    try {
      assert.equal(started.port, port);
      const res = await get(port, '/');
      assert.equal(res.status, 302);
      assert.equal(res.headers.location, '/examples/');
      assert.equal((await get(port, '/examples/')).status, 200);
      assert.equal((await get(port, '/package.json')).status, 404);
      assert.equal((await get(port, '/.git/config')).status, 404);
    } finally {
      await stop(started.child);
    }
  });
});
