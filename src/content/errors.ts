/**
 * The catalog of author errors. Each problem has a permanent code, a message
 * that says what is wrong, and a hint that says how to fix it, in plain
 * English. `npm run docs` writes the table of them in `docs/authoring.md`
 * (scripts/docs.ts), and a test fails while that table is stale.
 */

export interface Problem {
  /** Permanent name, e.g. `question-no-correct`. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  /** Path of the source file, as given to the checker. */
  file?: string;
  /** 1-based line and column in that file. */
  line?: number;
  col?: number;
}

type Vars = Record<string, string | number>;
/** One kind of problem: its message and hint may name `{vars}`. */
export interface CatalogEntry {
  message: string;
  hint?: string;
  severity?: 'warning';
}

/** Every problem an author can meet, by code. Messages may name `{vars}` that the caller fills in. */
export const CATALOG: Readonly<Record<string, CatalogEntry>> = {
  'yaml-syntax': { message: 'YAML syntax error: {detail}', hint: 'check for a missing space after ":", a tab, or an unclosed quote' },
  'frontmatter-missing': { message: 'the lesson has no frontmatter', hint: 'start the file with a line "---", the fields (id, title, goal, duration, checked, sources), and another "---"' },
  'frontmatter-unclosed': { message: 'the frontmatter is not closed', hint: 'end the fields with a line that holds only "---"' },
  'field-unknown': { message: 'unknown field "{key}"', hint: 'remove it or correct the spelling; allowed here: {allowed}' },
  'field-missing': { message: 'required field {key} is missing', hint: 'add it; see docs/authoring.md' },
  'field-invalid': { message: '{key} {detail}', hint: 'see docs/authoring.md for what this field holds' },
  'key-duplicate': { message: 'the field "{value}" is written twice', hint: 'keep one of them' },
  'id-invalid': { message: '"{value}" is not a valid id', hint: 'use lowercase letters, digits and hyphens, starting with a letter (not "constructor", a name browsers reserve), e.g. "kode-otp"' },
  'id-reserved': { message: '"{value}" cannot be an id: every object in a browser already has a property of that name', hint: 'choose another id, e.g. "{value}-1"' },
  'id-mismatch': { message: 'id "{value}" does not match the {what} name "{expected}"', hint: 'rename the {what} or change the id so that both are "{expected}"' },
  'id-duplicate': { message: 'the id "{value}" is used twice', hint: 'give one of them another id' },
  'text-empty': { message: 'this text is empty', hint: 'write something, or remove the line' },
  'title-long': { message: 'the title is longer than 80 characters', hint: 'shorten it so it fits on a phone screen' },
  'month-invalid': { message: '"checked" must be a month written YYYY-MM, e.g. 2026-11', hint: 'write the month you last checked the app steps on a real phone' },
  'source-url': { message: 'a source must be a web address starting with https:// or http://', hint: 'give the full address of the page that backs the facts' },
  'url-invalid': { message: 'the address "{value}" is not a web address a browser can open', hint: 'check it: the full address, e.g. https://faq.whatsapp.com/, with a host and a port below 65536' },
  'url-unsafe': { message: 'the address "{value}" uses a scheme that is not allowed', hint: 'use https: (links may also use mailto:, tel: or a relative path; images only https:, http: or a relative path)' },
  'block-unknown': { message: 'unknown block ":::{name}"', hint: 'use :::quiz, :::checklist, :::tip or :::warning{registered}' },
  'block-unclosed': { message: 'the block ":::{name}" is never closed', hint: 'add a line that holds only ":::" where the block ends' },
  'block-stray-close': { message: 'a ":::" line closes no block', hint: 'remove it, or open the block with ":::quiz", ":::checklist", ":::tip" or ":::warning"' },
  'block-nested': { message: 'a ":::{name}" block cannot stand inside another block', hint: 'close the outer block first with ":::"' },
  'directive-unknown': { message: 'unknown directive "::{name}"', hint: 'the only one-line directive is ::audio[label]{src="file.mp3"}' },
  'attribute-unknown': { message: 'unknown attribute "{key}" on ":::{name}"', hint: 'allowed here: {allowed}' },
  'attribute-invalid': { message: 'attribute "{key}" on "{name}" {detail}', hint: 'see docs/authoring.md' },
  'audio-duplicate': { message: 'a step can have only one ::audio', hint: 'keep one recording per step' },
  'audio-no-src': { message: '::audio needs a file: ::audio[label]{src="audio/file.mp3"}', hint: 'give the path of the sound file, relative to the lesson' },
  'question-type-unknown': { message: 'unknown question type "{value}"', hint: 'write ?[multiple], ?[true-false], ?[order], ?[chat] or ?[chat multiple]; plain "?" is single choice' },
  'question-no-correct': { message: 'the question has no correct answer', hint: 'mark the right option with "- [x]"' },
  'question-one-correct': { message: 'a single-choice question needs exactly one correct option, this one has {count}', hint: 'keep one "- [x]", or write "?[multiple]" to let learners pick several' },
  'question-too-few-options': { message: 'the question has fewer than two options', hint: 'give learners at least two options to choose from' },
  'question-no-answer': { message: 'the true-false question has no answer line', hint: 'add a line "= true" or "= false" under the question' },
  'chat-no-message': { message: 'the chat scenario has no customer message', hint: 'add at least one line "< Name: message" before the replies' },
  'quiz-empty': { message: 'the quiz has no question', hint: 'start a question with a line beginning with "?"' },
  'quiz-line-unexpected': { message: 'this line is not part of a question: "{value}"', hint: '{detail}' },
  'option-no-box': { message: 'an option needs a box: "- [ ]" or "- [x]"', hint: 'write "- [x]" for a right option and "- [ ]" for a wrong one' },
  'checklist-empty': { message: 'the checklist has no item', hint: 'add items as lines "- [ ] something to do"' },
  'checklist-line-unexpected': { message: 'this line is not a checklist item: "{value}"', hint: 'items start with "- [ ]"; help text under an item starts with two spaces and ">"' },
  'step-empty': { message: 'the step "{value}" has no content', hint: 'write something under the heading, or remove the heading' },
  'lesson-no-steps': { message: 'the lesson has no steps', hint: 'start each step with a "## " heading' },
  'content-before-step': { message: 'text before the first step', hint: 'start the lesson body with a "## " heading; the title comes from the frontmatter' },
  'heading-level': { message: 'a "#" heading is not allowed in a lesson', hint: 'use "## " to start a step and "### " for a small heading inside a step' },
  'table-unsupported': { message: 'tables are not supported: they do not fit a phone screen', hint: 'write a list instead' },
  'image-no-alt': { message: 'the image has no alt text', hint: 'describe what the picture shows inside ![…], for learners who cannot see it' },
  'image-inline': { message: 'an image must stand on its own line', hint: 'move the image to a line of its own, with an empty line before and after' },
  'asset-missing': { message: 'the file "{value}" does not exist', hint: 'check the path: it is relative to the lesson file' },
  'asset-outside': { message: 'the file "{value}" is outside the module folder', hint: 'keep pictures and sounds inside the module folder so they travel with it' },
  // Files a lesson brings into a build or pack (src/cli/assets.ts): only safe pictures and sounds travel.
  'asset-link-outside': { message: 'the file "{value}" is a link to a file outside the module folder', hint: 'copy the file itself into the module folder: a build never follows a link out of the module' },
  'asset-not-file': { message: '"{value}" is not an ordinary file', hint: 'point at a picture or sound file, not at a folder or a device' },
  'asset-type': { message: 'the file "{value}" is not a picture or sound that a lesson can use', hint: 'use a PNG, JPEG, WebP, GIF or SVG picture, or an MP3, Ogg/Opus or M4A sound; the build reads the type from the file itself, not from its name' },
  'asset-use': { message: 'the file "{value}" is {found}, but {what} needs {expected}', hint: 'point at the right file' },
  'asset-name': { message: 'the file "{value}" is {found}, but its name ends in "{ext}"', hint: 'rename it to end in {expected}: web hosts choose how to serve a file by its name' },
  'asset-name-chars': { message: 'the path of the file "{value}" holds {detail}, which a web address cannot carry as it is', hint: 'rename the file (and any folder on its path) with letters, digits, "-", "_" and "." only, and write the new name here' },
  'svg-unsafe': { message: 'the picture "{value}" contains {detail}, which a lesson picture may not have', hint: 'draw it again without it, save it as plain SVG (e.g. Inkscape "Optimized SVG") or export a PNG: pictures cannot run scripts or load other files' },
  'lesson-missing-language': { message: 'the lesson "{value}" has no {language} version', hint: 'write {expected} too: every lesson exists in Bahasa Indonesia and in English' },
  'lesson-not-listed': { message: 'the lesson "{value}" is not listed in module.yaml', hint: 'add "{value}" to "lessons" in module.yaml, or remove the file' },
  'lesson-order-missing': { message: 'module.yaml lists the lesson "{value}", but there is no file {expected}', hint: 'write the lesson, or remove "{value}" from "lessons"' },
  'module-no-lessons': { message: 'the module lists no lessons', hint: 'list the lesson ids under "lessons"' },
  'module-missing': { message: 'there is no module.yaml in {value}', hint: 'create it, or run "npx langkah new module <id>"' },
  'ref-invalid': { message: '"{value}" is not a module or module/lesson reference', hint: 'write "module-id" or "module-id/lesson-id"' },
  'curriculum-module-unknown': { message: 'unknown module "{value}"', hint: '{suggest}use the id of a folder with a module.yaml; known modules: {allowed}' },
  'curriculum-module-broken': { message: 'the module "{value}" cannot be used: its module.yaml has errors', hint: 'fix the errors reported for {file}' },
  'curriculum-lesson-unknown': { message: 'module "{module}" has no lesson "{value}"', hint: '{suggest}its lessons are: {allowed}' },
  'curriculum-requires-unknown': { message: '"requires" names "{value}", which is not in this curriculum', hint: '{suggest}require a module or module/lesson that the curriculum includes' },
  'curriculum-cycle': { message: 'prerequisites go round in a circle: {value}', hint: 'remove one "requires" so that some module can be done first' },
  // Days and sessions of a curriculum (docs/trainers.md).
  'curriculum-day-order': { message: 'day {value} comes after {previous}', hint: 'number the days 1, 2, 3 in course order, each with at least one module: write {choices} here' },
  'curriculum-part-first': { message: 'the module "{value}" is in no day or session', hint: 'the course has days or sessions: start them at its first module ("day: 1", or a "session")' },
  // The trainer's number and the organiser of a curriculum (docs/trainers.md).
  'whatsapp-invalid': { message: '"{value}" is not a WhatsApp number in international form', hint: 'write digits only: the country code and the number without its leading 0, e.g. 6281234567890 for 0812-3456-7890' },
  'organiser-sample': { severity: 'warning', message: 'the organiser is still the sample text "{value}"', hint: 'write the name of your organisation: learners see it on the course page and on every certificate' },
  'curriculum-session-duplicate': { message: 'the session "{value}" comes twice on {day}', hint: 'give each session of a day its own name, or put its modules one after the other' },
  // Facilitator guides (modules/<id>/guide.yaml, checked in src/cli/guide.ts).
  'guide-missing': { severity: 'warning', message: 'the module "{value}" has no facilitator guide', hint: 'write {expected} for the trainers who teach it: see "Facilitator guide" in docs/authoring.md' },
  'guide-lesson-unknown': { message: 'the module has no lesson "{value}"', hint: '{suggest}the guide has one entry per lesson of module.yaml: {allowed}' },
  'guide-lesson-missing': { message: 'the guide has nothing for the lesson "{value}"', hint: 'add "{value}:" with discuss, task, before and mistakes, in the order of module.yaml' },
  'guide-lesson-order': { message: 'the lesson "{value}" comes before "{expected}" here, but after it in module.yaml', hint: 'keep the lessons in the order of module.yaml: {allowed}' },
  'guide-text-long': { message: 'this text is longer than 300 characters', hint: 'say it in shorter sentences: a trainer takes it in at a glance, in class' },
  'guide-verify-path': { severity: 'warning', message: 'this item names a menu path ("{value}") but is not marked "verify: true"', hint: 'add "verify: true" under it: menus change, and the guide tells the trainer to check them on a phone before class' },
  'path-missing': { message: 'nothing to check at "{value}"', hint: 'give a modules folder, a module folder, a lesson .md file or a curriculum .yaml file' },
  // Limits (src/content/limits.ts): past them, content is too big to read on a phone, and to check quickly.
  'lesson-too-large': { message: 'the lesson is larger than {max} KB', hint: 'split it into smaller lessons: each is read on a phone in one sitting' },
  'yaml-too-large': { message: 'the file is larger than {max} KB, far more than a module or curriculum needs', hint: 'keep only the fields that docs/authoring.md describes' },
  'nesting-deep': { message: 'lists and quotes are nested {count} levels deep here, more than {max}', hint: 'a phone screen shows two or three levels well: flatten the list or the quote' },
  'step-too-large': { message: 'the step "{value}" is larger than {max} KB', hint: 'split it into steps that each fit one phone screen: a phone draws a whole step at once' },
  'step-too-many-parts': {
    message: 'the step "{value}" draws {count} parts, more than {max}',
    hint: 'split it into smaller steps: a phone draws a whole step at once; each paragraph, list item, bold, italic or linked word, option and checklist item is a part, a picture 3 (4 with a caption), a quiz, checklist or question 11',
  },
  'lesson-too-many-steps': { message: 'the lesson has {count} steps, more than {max}', hint: 'split it into two lessons: a lesson is done in one sitting' },
  'question-too-many-options': { message: 'the question has {count} options, more than {max}', hint: 'keep at most {max}, so a learner can compare them on one screen' },
  'checklist-too-many-items': { message: 'the checklist has {count} items, more than {max}', hint: 'split it into two checklists, or keep the {max} that matter most' },
  'encoding-invalid': { message: 'this line is not valid UTF-8 text (byte {value})', hint: 'save the file as UTF-8 in your editor; the character here may show as "\uFFFD"' },
  'yaml-aliases': { message: 'the YAML repeats values through too many aliases (*name)', hint: 'write the values out: Langkah files do not need & and * aliases' },
  'yaml-deep': { message: 'the YAML is nested more than {max} levels deep here', hint: 'write lists and maps a few levels deep at most: Langkah files need no more than three' },
  'asset-path-invalid': { message: 'the path "{value}" has a "%" that starts no escape such as %20', hint: 'write the file name as it is, or %25 for a percent sign' },
  'file-unreadable': { message: 'the file cannot be read ({detail})', hint: 'check that it is a file and that you may read it' },
  'parse-failed': { message: 'the checker could not read this file: {detail}', hint: 'simplify the part you changed last; if it looks right, report it as a bug' },
  'step-long': { severity: 'warning', message: 'the step "{value}" has {count} words, more than fits one phone screen', hint: 'split it into two steps, or shorten it to at most {max} words' },
  'translation-mismatch': { severity: 'warning', message: 'the {language} version has {count} {what}, the {other} version {expected}', hint: 'keep both languages step by step and question by question the same' },
  'quiz-longest-right': { severity: 'warning', message: 'in {count} of {total} single-choice questions ({percent}%) the right option is the longest', hint: 'learners who guess "the longest" pass; keep it at most {max}%: make wrong options as full and plausible as the right one' },
  'quiz-shortest-right': { severity: 'warning', message: 'in {count} of {total} single-choice questions ({percent}%) the right option is the shortest', hint: 'learners who guess "the shortest" pass; keep it at most {max}%: vary which option is the longest and the shortest' },
  'quiz-true-false-skew': { severity: 'warning', message: '{count} of {total} true/false answers are "{value}"', hint: 'learners who always answer "{value}" pass; keep either answer at most {max}%' },
  'quiz-one-wrong-option': { severity: 'warning', message: 'the multiple-choice question {value} has only one wrong option', hint: 'add wrong options that are mistakes real sellers make, or make it a single-choice question' },
  'quiz-short-wrong': { severity: 'warning', message: 'in {value} a wrong option is much shorter than the right one', hint: 'a short wrong option gives the answer away: write wrong options as full as the right one' },
  'asset-large': { severity: 'warning', message: 'the file "{value}" is {size} KB, heavy for a phone on 3G', hint: 'keep pictures under {max} KB: shrink the image or simplify the SVG' },
};

const fill = (text: string, vars: Vars) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));

/**
 * Makes a problem from the catalog.
 * @example problem('question-no-correct', { file: 'a.md', line: 3, col: 1 })
 */
export function problem(
  code: string,
  at: { file?: string; line?: number; col?: number } = {},
  vars: Vars = {},
): Problem {
  const entry: CatalogEntry = CATALOG[code] ?? { message: code };
  const filled: Vars = { registered: '', allowed: '(none)', suggest: '', ...vars };
  return {
    code,
    severity: entry.severity ?? 'error',
    message: fill(entry.message, filled),
    ...(entry.hint ? { hint: fill(entry.hint, filled) } : {}),
    ...at,
  };
}

/** True when `code` names a catalog entry (used to tell catalog messages from zod's own). */
export const isCatalogCode = (code: string): boolean => code in CATALOG;

/** Formats a problem as `path:line:col  message  (hint)`, the line editors and CI understand. */
export function formatProblem(p: Problem): string {
  const where = [p.file ?? '<input>', p.line ?? 1, p.col ?? 1].join(':');
  const level = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${level}${p.message}${p.hint ? `  (${p.hint})` : ''}`;
}

/** Sorts problems by file, then line, then column, so output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
}

/** The error a loader throws when content fails its checks; `problems` says why. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n') || 'invalid content');
    this.name = 'ContentError';
  }
}
