// Shared helpers for the benchmarks: statistics, sizes, a local server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const sizes = (path) => {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

/** Starts scripts/serve.mjs on a free port (with any extra `args`); resolves to { url, stop }. */
export function serve(root = '.', args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', root, '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      const m = /port (\d+)/.exec(String(chunk));
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, stop: () => child.kill() });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export const kb = (n) => (n / 1024).toFixed(1);
export const ms = (n) => Math.round(n).toString();

/** The emulated phone's networks (DevTools network conditions): 400 kbit/s with 400 ms, and with 2,000 ms of latency. */
export const PROFILES = {
  '3g-400ms': { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 },
  'slow-3g-2000ms': { latency: 2000, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 },
};
