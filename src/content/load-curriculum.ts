/**
 * Loads a built curriculum for the course elements. A module of its own so
 * that its code travels with those (lazily loaded) elements, not with lessons.
 */
import type { BuiltCurriculum } from './course-schema.js';
import { BUILT_CURRICULUM } from './course-shapes.js';
import { fetchText, LoadError, problemOf } from './load.js';
import { mismatch } from './shape.js';

/**
 * Fetches and validates `curriculum.json`; lesson URLs come back absolute.
 * @example const course = await loadCurriculum('course/curriculum.json', signal);
 */
export async function loadCurriculum(src: string, signal?: AbortSignal): Promise<BuiltCurriculum> {
  const url = new URL(src, document.baseURI);
  const { text } = await fetchText(url, signal);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LoadError('content', 'the curriculum is not valid JSON', url.href);
  }
  const wrong = mismatch(BUILT_CURRICULUM, data);
  if (wrong) {
    throw new LoadError('content', 'the curriculum does not match the curriculum format', url.href, undefined, [problemOf(wrong, url.href)]);
  }
  const course = data as BuiltCurriculum;
  for (const m of course.modules) {
    for (const l of m.lessons) l.src = { id: new URL(l.src.id, url).href, en: new URL(l.src.en, url).href };
  }
  return course;
}
