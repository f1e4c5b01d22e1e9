/**
 * Helpers for the end-to-end tests of offline course packs: a server for the
 * pack folder, Chromium as this machine has it, and in-page helpers that act
 * as a learner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { Question } from '../../src/content/schema.js';
import { plain } from '../../src/internal/content.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WAIT = { timeout: 30_000 };

/** Chromium for a root, offline machine; `extra` flags are added. */
export function chromium(...extra: string[]): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...extra],
  });
}

/** Firefox ESR through WebDriver BiDi (puppeteer's own profile keeps it off update and safe-browsing servers). */
export function firefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
}

/**
 * The browsers an end-to-end test runs in: both, or those `BROWSERS` names
 * (`BROWSERS=chromium` while iterating), each with its launcher.
 */
export const BROWSERS = (
  [
    ['Chromium', () => chromium()],
    ['Firefox', () => firefox()],
  ] as const
).filter(([name]) => !process.env.BROWSERS || process.env.BROWSERS.toLowerCase().includes(name.toLowerCase()));

/** Every file under `dir`, relative to it. */
export const files = (dir: string, base = dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path).split('\\').join('/')];
  });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.webmanifest': 'application/manifest+json',
};

/** A static host that sends `Cache-Control: max-age=600` with every answer and counts requests per path. */
export function host(root: string): Promise<{ server: Server; port: number; hits: Map<string, number>; down: (yes: boolean) => void }> {
  const hits = new Map<string, number>();
  let down = false;
  const server = createServer((req, res) => {
    if (down) return req.socket.destroy();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = join(root, path, path.endsWith('/') ? 'index.html' : '');
    const ok = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    res.writeHead(ok ? 200 : 404, { 'content-type': (ok && TYPES[extname(file)]) || 'text/plain', 'cache-control': 'max-age=600' });
    res.end(ok ? readFileSync(file) : 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, hits, down: (yes) => void (down = yes) }),
    ),
  );
}

/** Starts scripts/serve.mjs on `folder` (or folders) of `cwd`; resolves with the port once it listens. */
export function serve(cwd: string, folder: string | string[], port = 0): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), ...[folder].flat(), '--port', String(port), '--quiet'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 10 s')), 10_000);
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /port (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening`));
    });
  });
}

export function stop(child?: ChildProcess): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

// In-page helpers, as plain JavaScript (test code compiled for Node must not leak into the page).
export const PAGE_HELPERS = `
  // Every Content-Security-Policy violation, reported to the test (it survives reloads there).
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation?.(e.violatedDirective + ' ' + e.blockedURI), true);
  window.__course = () => document.querySelector('langkah-curriculum')?.shadowRoot;
  window.__lesson = () => window.__course()?.querySelector('langkah-lesson')?.shadowRoot;
  window.__status = () => document.getElementById('offline-status')?.textContent ?? '';
  window.__state = (ref) => window.__course()?.querySelector('[data-ref="' + ref + '"]')?.closest('li')?.className.replace('lesson', '').trim();
  window.__questions = () => [...(window.__lesson()?.querySelectorAll('langkah-quiz') ?? [])]
    .flatMap((quiz) => [...quiz.shadowRoot.querySelectorAll('fieldset[data-q]')].map((f) => f.dataset.q));
  // Answers question id: ticks the options picks, or moves the items into order (by their text); returns the verdict.
  window.__answer = async (id, picks, order) => {
    const quiz = [...window.__lesson().querySelectorAll('langkah-quiz')].find((q) => q.shadowRoot.querySelector('[data-q="' + id + '"]'));
    const question = () => quiz.shadowRoot.querySelector('[data-q="' + id + '"]');
    // Right on a first try in an earlier round: it stays right, shown as answered, and is not asked again.
    if (question().querySelector('[part="feedback"]').classList.contains('right')) return true;
    if (order) {
      for (let pos = 0; pos < order.length; pos++) {
        for (let moves = 0; ; moves++) {
          const texts = [...question().querySelectorAll('li .text')].map((t) => t.textContent.replace(/\\s+/g, ' ').trim());
          const at = texts.indexOf(order[pos]);
          if (at < 0 || moves > order.length) throw new Error('cannot place "' + order[pos] + '" among ' + JSON.stringify(texts));
          if (at === pos) break;
          question().querySelectorAll('li')[at].querySelector('button.up').click();
          await quiz.updateComplete;
        }
      }
    } else {
      for (const i of picks) {
        // Options are shown shuffled; each input's value is its option's index in the lesson.
        question().querySelector('input[value="' + i + '"]').click();
        await quiz.updateComplete;
      }
    }
    question().querySelector(':scope > button').click();
    await quiz.updateComplete;
    return question().querySelector('[part="feedback"]').classList.contains('right');
  };
`;

/** The right answer to `q`: option indexes to tick, or the items' texts in order. */
export function rightAnswer(q: Question): { picks: number[]; order?: string[] } {
  const text = (t: Parameters<typeof plain>[0]) => plain(t).replace(/\s+/g, ' ').trim();
  switch (q.kind) {
    case 'order':
      return { picks: [], order: q.items.map(text) };
    case 'true-false':
      return { picks: [q.answer ? 0 : 1] };
    default:
      return { picks: q.options.flatMap((o, i) => (o.correct ? [i] : [])) };
  }
}

