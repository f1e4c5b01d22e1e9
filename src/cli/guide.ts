/**
 * Checks a module's facilitator guide (`guide.yaml`, format in
 * docs/authoring.md) against its module.yaml: the schema's rules, and one
 * entry per lesson in the module's order, with the closest lesson id
 * suggested for a typo.
 */
import { problem, type Problem } from '../content/errors.js';
import { GuideSchema, type Guide } from '../content/guide-schema.js';
import { issuesToProblems } from '../content/issues.js';
import type { Module } from '../content/course-schema.js';
import { parseYaml } from '../content/yaml.js';

/** A menu path such as "Setelan → Akun" or "Settings > Account". */
export const MENU_PATH = /[^\s"“”]+(?:\s*(?:→|>)\s*[^\s"“”.,]+)+/;

/**
 * The guide in `text` (read from `file`), or undefined when it has errors;
 * its problems go to `problems`. `closest` finds the lesson id a typo meant.
 */
export function checkGuide(
  text: string,
  file: string,
  module: Module,
  problems: Problem[],
  closest: (value: string, known: string[]) => string | undefined,
): Guide | undefined {
  const yaml = parseYaml(text, file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined) return undefined;
  const before = problems.length;
  const parsed = GuideSchema.safeParse(yaml.data);
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues, yaml.data, yaml.locate, file, GuideSchema));
  const at = (path: (string | number)[], key = false) => ({ file, ...yaml.locate(path, key) });

  const lessons = (yaml.data as { lessons?: unknown } | null)?.lessons;
  if (lessons && typeof lessons === 'object' && !Array.isArray(lessons)) {
    const keys = Object.keys(lessons);
    const allowed = module.lessons.join(', ');
    // A misspelt lesson id is one problem: its lesson is not reported missing as well.
    const meant = new Set<string>();
    for (const key of keys) {
      if (module.lessons.includes(key)) continue;
      const near = closest(key, module.lessons.filter((l) => !keys.includes(l)));
      if (near) meant.add(near);
      problems.push(problem('guide-lesson-unknown', at(['lessons', key], true), { value: key, allowed, suggest: near ? `did you mean "${near}"? ` : '' }));
    }
    for (const id of module.lessons) {
      if (!keys.includes(id) && !meant.has(id)) problems.push(problem('guide-lesson-missing', at(['lessons'], true), { value: id }));
    }
    // The first lesson out of place is enough: moving it may put the rest in order.
    const known = keys.filter((k) => module.lessons.includes(k));
    const order = module.lessons.filter((l) => known.includes(l));
    const i = known.findIndex((k, j) => k !== order[j]);
    if (i >= 0) problems.push(problem('guide-lesson-order', at(['lessons', known[i]!], true), { value: known[i]!, expected: order[i]!, allowed }));
    // A menu path changes with the app: the trainer must be told to check it on a phone.
    for (const key of keys) {
      const items = (lessons as Record<string, { before?: unknown }>)[key]?.before;
      if (!Array.isArray(items)) continue;
      items.forEach((item: { id?: unknown; en?: unknown; verify?: unknown } | null, j) => {
        const path = [item?.id, item?.en].map((t) => (typeof t === 'string' ? MENU_PATH.exec(t)?.[0] : undefined)).find(Boolean);
        // A "verify" that is not true or false is the schema's to report.
        if (path && (item?.verify === undefined || item.verify === false)) problems.push(problem('guide-verify-path', at(['lessons', key, 'before', j], true), { value: path }));
      });
    }
  }
  const failed = problems.slice(before).some((p) => p.severity === 'error');
  return parsed.success && !failed ? parsed.data : undefined;
}
