/**
 * Synthesised recordings of a lesson, one file per step, for a course whose
 * learners' phones have no voice in the lesson's language (docs/authoring.md,
 * "No recording yet?"). Reads each step as the "listen" button would (its
 * title, then its text, the questions and their options; no feedback), with
 * espeak-ng, and encodes it as small mono Ogg Opus (opusenc, 8 kbit/s: speech stays clear, a minute is about 60 KB).
 *
 *   node --import tsx scripts/speak-lesson.ts modules/kunci-akun/id/kode-otp.md
 *
 * writes `audio/<lesson>-<n>.ogg` beside the lesson. Add the `::audio` lines
 * yourself, labelled as a computer voice; run it again when a step's text
 * changes. Needs `espeak-ng` and `opus-tools` (Debian: apt-get install
 * espeak-ng opus-tools).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseLesson } from '../src/content/markdown.js';
import { spoken } from '../src/internal/player.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node --import tsx scripts/speak-lesson.ts <lesson.md>');
  process.exit(2);
}
const lang = basename(dirname(file)) === 'en' ? 'en' : 'id';
const { lesson } = parseLesson(readFileSync(file, 'utf8'), { lang, file });
if (!lesson) {
  console.error(`${file} does not parse: run langkah check on it first`);
  process.exit(1);
}
const out = join(dirname(file), 'audio');
mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'langkah-speak-'));
try {
  lesson.steps.forEach((step, i) => {
    // Emoji would be read out by name; a pause after each sentence-like part.
    const text = [step.title, ...spoken(step.blocks)]
      .map((s) => s.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').trim())
      .filter(Boolean)
      .map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`))
      .join('\n');
    const txt = join(tmp, `${i + 1}.txt`);
    const wav = join(tmp, `${i + 1}.wav`);
    const ogg = join(out, `${lesson.id}-${i + 1}.ogg`);
    writeFileSync(txt, text);
    execFileSync('espeak-ng', ['-v', lang, '-s', '140', '-f', txt, '-w', wav]);
    execFileSync('opusenc', ['--quiet', '--bitrate', '8', '--downmix-mono', '--comment', 'comment=synthesised with espeak-ng', wav, ogg]);
    console.log(`${ogg}  ${step.title}`);
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
