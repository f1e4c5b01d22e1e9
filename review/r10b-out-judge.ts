// review10b: judges --out paths outside any temp dir with assessOut only (it reads, never writes).
// node --import tsx review/r10b-out-judge.ts
import { assessOut } from '../src/cli/out-dir.ts';
import { homedir } from 'node:os';
for (const p of ['/', '//', '/.', '/..', '/tmp/..', homedir(), homedir() + '/', '~', '/home', '/etc', '/usr', '/root/..', process.cwd() + '/../..', '/proc', '/dev']) {
  try { const r = assessOut(p); console.log(JSON.stringify(p), 'ALLOWED', r.dir, r.previous.length); }
  catch (e) { console.log(JSON.stringify(p), '→', (e as Error).name, (e as Error).message.slice(0, 120)); }
}
