/**
 * `langkah build`: compiles checked modules to the JSON the elements load.
 *
 *   <out>/index.json                       every module and lesson
 *   <out>/<lang>/<module>/<lesson>.json    one lesson
 *   <out>/assets/<module>/<path>           pictures and sounds, shared by both languages (checked: src/cli/assets.ts)
 *   <out>/guides/<module>.json             the module's facilitator guide (guide.yaml), for the course builder's packs
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { countQuestions } from '../content/markdown.js';
import { fingerprint } from '../content/hash.js';
import { questionsIn } from '../internal/content.js';
import { FORMAT, LANGS, type Block, type ContentIndex, type Lesson } from '../content/schema.js';
import { isRelative } from '../content/url.js';
import { copyAsset, relink } from './assets.js';
import type { LoadedModule } from './project.js';

export interface BuildReport {
  files: { path: string; bytes: number }[];
}

const posix = (p: string) => p.split('\\').join('/');

/** Rewrites a lesson's relative asset URLs (pictures, sounds, links) so they work from the built JSON's folder. */
function rewriteAssets(lesson: Lesson, mod: LoadedModule, sourceFile: string, jsonFile: string, out: string): Lesson {
  const map = (src: string) => {
    if (!isRelative(src)) return src;
    const inModule = posix(relative(mod.dir, resolve(dirname(sourceFile), src.split(/[?#]/)[0]!)));
    return posix(relative(dirname(jsonFile), join(out, 'assets', mod.module.id, inModule)));
  };
  const block = (b: Block): Block => {
    switch (b.t) {
      case 'image':
        return { ...b, src: map(b.src) };
      case 'list':
        return { ...b, items: b.items.map((item) => item.map(block)) };
      case 'quote':
      case 'callout':
        return { ...b, c: b.c.map(block) };
      default:
        return b;
    }
  };
  const steps = lesson.steps.map((s) => ({
    ...s,
    blocks: s.blocks.map(block),
    ...(s.audio ? { audio: { ...s.audio, src: map(s.audio.src) } } : {}),
  }));
  return { ...lesson, steps: relink(steps, map) };
}

/** Writes every module's lessons, assets and the index to `out`. */
export function buildModules(modules: LoadedModule[], out: string): BuildReport {
  const files: BuildReport['files'] = [];
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text) });
  };
  const index: ContentIndex = { format: FORMAT, modules: [] };
  for (const mod of modules) {
    // The guide is a file of its own: a trainer who never makes a pack never loads it.
    const guide = mod.guide ? `guides/${mod.module.id}.json` : undefined;
    if (guide) write(join(out, guide), JSON.stringify(mod.guide));
    const entry: ContentIndex['modules'][number] = { ...mod.module, assets: [...mod.assets].sort(), ...(guide ? { guide } : {}), lessons: [] };
    for (const id of mod.module.lessons) {
      const versions = LANGS.map((lang) => ({ lang, found: mod.lessons[lang].get(id) }));
      // check refuses such a module first; a lesson is never left out without a word.
      const gap = versions.find((v) => !v.found);
      if (gap) throw new Error(`the lesson "${mod.module.id}/${id}" has no checked ${gap.lang} version: run "langkah check" and fix what it reports`);
      const src: Record<string, string> = {};
      const version: Record<string, string> = {};
      const fp: Record<string, Record<string, string>> = {};
      for (const { lang, found } of versions) {
        const jsonFile = join(out, lang, mod.module.id, `${id}.json`);
        const lesson = rewriteAssets(found!.lesson, mod, found!.file, jsonFile, out);
        // Compact JSON: every byte crosses a 3G link.
        write(jsonFile, JSON.stringify(lesson));
        src[lang] = posix(relative(out, jsonFile));
        version[lang] = lesson.version;
        // The questions a lesson's score counts (quiz questions, not custom blocks), as `questions` counts them.
        fp[lang] = Object.fromEntries(questionsIn(lesson.steps.flatMap((s) => s.blocks)).map((q) => [q.id, fingerprint(q)]));
      }
      const idLesson = mod.lessons.id.get(id)!.lesson;
      const enLesson = mod.lessons.en.get(id)!.lesson;
      entry.lessons.push({
        id,
        title: { id: idLesson.title, en: enLesson.title },
        goal: { id: idLesson.goal, en: enLesson.goal },
        duration: idLesson.duration,
        steps: idLesson.steps.length,
        questions: countQuestions(idLesson),
        src: { id: src.id!, en: src.en! },
        version: { id: version.id!, en: version.en! },
        fp: { id: fp.id!, en: fp.en! },
      });
    }
    for (const asset of mod.assets) {
      const target = join(out, 'assets', mod.module.id, asset);
      mkdirSync(dirname(target), { recursive: true });
      copyAsset(mod.dir, asset, target);
      files.push({ path: target, bytes: statSync(target).size });
    }
    index.modules.push(entry);
  }
  write(join(out, 'index.json'), JSON.stringify(index));
  return { files };
}
