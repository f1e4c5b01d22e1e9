/**
 * Names of progress records. A lesson on its own is `lesson:<module>/<lesson>@<lang>`,
 * shared by every page of a site that embeds it; inside a course the same key
 * is prefixed with the course's scope, `course:<id>@<folder of curriculum.json>|`,
 * so that two courses (or one course in two folders) never share a record.
 * The course element and the LMS runtimes (SCORM, cmi5) use these to agree.
 */

/** The scope of a course's records, from its id and the URL of its `curriculum.json`. */
export const courseScope = (id: string, curriculumUrl: string): string =>
  `course:${id}@${new URL(curriculumUrl, document.baseURI).pathname.replace(/[^/]*$/, '')}|`;

/** The key of a lesson's record (`ref` is `<module>/<lesson>`), within `scope`. */
export const lessonKey = (ref: string, lang: string, scope = ''): string => `${scope}lesson:${ref}@${lang}`;
