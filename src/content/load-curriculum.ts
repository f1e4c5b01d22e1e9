/**
 * Loads a built curriculum for the course elements. A module of its own so
 * that its code travels with those (lazily loaded) elements, not with lessons.
 */
import type { BuiltCurriculum } from './course-schema.js';
import { BUILT_CURRICULUM } from './course-shapes.js';
import { checked, fetchText, LoadError } from './load.js';

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
  const course = checkCurriculum(data, url.href);
  for (const m of course.modules) {
    for (const l of m.lessons) l.src = { id: new URL(l.src.id, url).href, en: new URL(l.src.en, url).href };
  }
  return course;
}

/** Checks a built curriculum given as data (a course builder's link), as one from a file is. */
export const checkCurriculum = (data: unknown, where: string): BuiltCurriculum => checked<BuiltCurriculum>(BUILT_CURRICULUM, data, 'curriculum', where);
