// review10b: what the learner reads in a lesson when its record is a newer version's (docs/embedding.md says: the
// "older page" notice and the "cannot be saved" notice). node --import tsx review/r10b-newer.ts [BROWSER=firefox]
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, firefox, host, PAGE_HELPERS, ROOT, WAIT } from '../test/node/pack-helpers.ts';
const T = mkdtempSync(join(tmpdir(), 'r10b-newer-'));
cpSync(join(ROOT, 'modules'), join(T, 'proj/modules'), { recursive: true });
writeFileSync(join(T, 'proj/kelas.yaml'), 'id: kelas\nversion: 1\ntitle: {id: Kelas, en: Kelas}\norganiser: Uji\nlanguages: [id, en]\nmodules:\n  - module: kunci-akun\n    lessons: [kode-otp]\n');
execFileSync(process.execPath, [join(ROOT, 'bin/langkah.js'), 'build', 'kelas.yaml', '--out', join(T, 'site/kelas')], { cwd: join(T, 'proj'), stdio: 'ignore' });
const web = await host(join(T, 'site'));
const browser = process.env.BROWSER === 'firefox' ? await firefox() : await chromium();
const KEY = 'langkah:course:kelas@/kelas/|lesson:kunci-akun/kode-otp@id';
const newer = JSON.stringify({ v: 2, key: KEY.slice(8) });
try {
  const p = await browser.newPage();
  p.setDefaultTimeout(WAIT.timeout * 2);
  await p.evaluateOnNewDocument(PAGE_HELPERS);
  await p.goto(`http://127.0.0.1:${web.port}/kelas/`);
  await p.waitForFunction(`!!window.__course()?.querySelector('[data-ref="kunci-akun/kode-otp"]')`);
  await p.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(newer)})`);
  await p.reload();
  await p.waitForFunction(`!!window.__course()?.querySelector('[data-ref="kunci-akun/kode-otp"]')`);
  const notes = () => p.evaluate(`JSON.stringify({ course: [...window.__course().querySelectorAll('[part~=note]')].map(n => n.textContent.trim()), lesson: [...(window.__lesson()?.querySelectorAll('[part~=note]') ?? [])].map(n => n.textContent.trim()) })`);
  console.log('list:', await notes());
  await p.evaluate(`window.__course().querySelector('[data-ref="kunci-akun/kode-otp"]').click()`);
  await p.waitForFunction(`window.__lesson()?.querySelector('.counter')`);
  await new Promise((r) => setTimeout(r, 800));
  console.log('lesson opened:', await notes());
  await p.evaluate(`window.__lesson().querySelector('[part~="nav"] button.primary').click()`);
  await new Promise((r) => setTimeout(r, 800));
  console.log('after Lanjut:', await notes(), '| record untouched:', (await p.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)) === newer);
} finally { await browser.close(); web.server.close(); }
