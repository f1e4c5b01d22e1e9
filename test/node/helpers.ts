import { existsSync, mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { main } from '../../src/cli/main.js';

/** A lesson that passes `check`; tests break one thing in it at a time. */
export const lessonText = (id = 'pelajaran', extra = '') => `---
id: ${id}
title: Contoh pelajaran
goal: Anda tahu satu hal.
duration: 3
checked: 2026-11
sources:
  - https://faq.whatsapp.com/1131652977717250/
---

## Langkah satu

Teks langkah satu.

## Latihan

:::quiz
? Mana yang benar?
- [x] Ini
  > Betul.
- [ ] Itu
  > Bukan.
:::
${extra}`;

export const moduleYaml = (id = 'contoh', lessons = ['pelajaran']) => `id: ${id}
version: 1
level: basic
title:
  id: Contoh
  en: Example
description:
  id: Modul contoh.
  en: An example module.
lessons:
${lessons.map((l) => `  - ${l}`).join('\n')}
`;

/** A facilitator guide that passes `check`, with one entry per lesson; tests break one thing in it at a time. */
export const guideYaml = (lessons = ['pelajaran']) => `# Panduan fasilitator
lessons:
${lessons
  .map(
    (l) => `  ${l}:
    discuss:
      id: Apa yang Anda lakukan kemarin?
      en: What did you do yesterday?
    task:
      id: Buka Setelan di HP Anda.
      en: Open Settings on your phone.
    before:
      - id: Buka WhatsApp → Setelan → Akun.
        en: Open WhatsApp → Settings → Account.
        verify: true
      - id: Siapkan satu HP contoh.
        en: Have one demo phone.
    mistakes:
      - id: Peserta lupa PIN. Minta mereka menulisnya.
        en: Learners forget the PIN. Ask them to write it down.`,
  )
  .join('\n')}
`;

/**
 * Removes a folder a test made with `mkdtemp` under the system's temporary
 * folder, and nothing else: a path that is empty, relative, outside
 * `os.tmpdir()` or not one of our `langkah-` folders is refused with an
 * error. (A test's `after` once removed `join('', '..')`, the folder above
 * the checkout, when its `before` had failed.)
 */
export function removeTemp(dir: string | undefined): void {
  if (!dir) return;
  const abs = resolve(dir);
  const rel = existsSync(abs) ? relative(realpathSync(tmpdir()), realpathSync(abs)) : '';
  const first = rel.split(sep)[0] ?? '';
  if (!rel || first === '..' || isAbsolute(rel) || !first.startsWith('langkah-')) {
    if (!existsSync(abs)) return;
    throw new Error(`removeTemp: refusing to remove ${JSON.stringify(dir)}: not a langkah- folder under ${tmpdir()}`);
  }
  rmSync(abs, { recursive: true, force: true });
}

/** Writes files into a fresh temporary folder; returns its path relative to the working folder. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'langkah-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return relative(process.cwd(), root);
}

/** A module folder `contoh` with both languages; `files` override or add entries. */
export function module(files: Record<string, string> = {}): string {
  return tree({
    'contoh/module.yaml': moduleYaml(),
    'contoh/guide.yaml': guideYaml(),
    'contoh/id/pelajaran.md': lessonText(),
    'contoh/en/pelajaran.md': lessonText(),
    ...files,
  });
}

/** Runs the CLI in-process; returns the exit code and what it printed. */
export async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
