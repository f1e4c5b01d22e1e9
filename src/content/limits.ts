/**
 * How big content may be. Each limit is far above what a lesson for a phone
 * needs (the largest lesson shipped is 6.7 KB with 11 steps, 6 options and 8
 * checklist items) and keeps checking fast and bounded: past it, an author gets
 * an error with the reason. docs/authoring.md lists them; keep the two in step.
 */
export interface Limits {
  /** Bytes in one lesson `.md` (UTF-8). */
  lessonBytes: number;
  /** Bytes in a `module.yaml` or curriculum file. */
  yamlBytes: number;
  /** Lists and quotes nested inside each other. */
  depth: number;
  /** Lists and maps nested inside each other in YAML (module.yaml, a curriculum, a lesson's frontmatter). */
  yamlDepth: number;
  /** Steps in one lesson. */
  steps: number;
  /** Bytes of Markdown in one step: what a phone draws at once. */
  stepBytes: number;
  /** Parts one step draws (`stepParts` in blocks/measure.ts): what a phone lays out at once. */
  stepParts: number;
  /** Options (or items to order) in one question. */
  options: number;
  /** Items in one checklist. */
  items: number;
}

export const LIMITS: Readonly<Limits> = {
  lessonBytes: 64 * 1024,
  yamlBytes: 64 * 1024,
  depth: 8,
  // 16: Langkah's own files need three; the yaml library's stack gives out somewhere past a few hundred (review 10, F3).
  yamlDepth: 16,
  steps: 40,
  // 5 KB: at 8 KB, a step of 2,000 emphasised words or of lists nested 8 deep took 200–290 ms of CPU to draw
  // at 4× CPU throttling (BENCHMARKS.md §6); the longest shipped step is 3.4 KB with its quiz.
  stepBytes: 5 * 1024,
  // 150: 5 KB can still hold 1,250 emphasised words or 500 list items 7 deep, 200–300 ms of CPU to draw at 4×
  // (BENCHMARKS.md §6); the busiest shipped step makes 95 parts (a quiz of 6 questions), half make at most 8.
  stepParts: 150,
  options: 10,
  items: 30,
};

/** True when `text` takes more than `max` bytes in UTF-8 (counted without encoding it, stopping early). */
export function overBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let n = 0;
  for (let i = 0; i < text.length && n <= max; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n > max;
}
