// Size benchmark: what a phone downloads.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, sizes } from './lib.mjs';

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

export function sizeBench() {
  if (!existsSync('dist/cdn/langkah.js')) throw new Error('run npm run build first');
  const bundle = sizes('dist/cdn/langkah.js');
  const chunks = readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js') && f !== 'langkah.js')
    .map((f) => ({ file: f, ...sizes(join('dist/cdn', f)) }));
  const lessons = walk('dist/modules')
    .filter((f) => f.endsWith('.json') && !f.endsWith('index.json') && !f.includes('/guides/'))
    .map((f) => ({ file: f, ...sizes(f) }));
  const byGzip = [...lessons].sort((a, b) => b.gzip - a.gzip);
  let pack;
  if (existsSync('dist/course')) {
    const files = walk('dist/course').map((f) => sizes(f));
    pack = {
      files: files.length,
      raw: files.reduce((n, f) => n + f.raw, 0),
      gzip: files.reduce((n, f) => n + f.gzip, 0),
      brotli: files.reduce((n, f) => n + f.brotli, 0),
    };
  }
  return {
    bundle,
    markdownChunks: chunks,
    lessons: {
      count: lessons.length,
      median: { raw: median(lessons.map((l) => l.raw)), gzip: median(lessons.map((l) => l.gzip)), brotli: median(lessons.map((l) => l.brotli)) },
      largest: byGzip[0],
    },
    pack,
  };
}
