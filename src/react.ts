/**
 * React components around the Langkah elements, made with `@lit/react` (the
 * Lit team's wrapper): objects such as `lesson` are set as properties, and
 * events are props (`onComplete`, `onAnswer`, `onProgress`, `onError`).
 * Importing it registers the elements. Needs `react` (16.8 or later); React 19
 * also takes the plain tags, typed by `langkah/types/jsx`.
 *
 * ```tsx
 * import { LangkahLesson } from 'langkah/react';
 * <LangkahLesson src="/lessons/wa-1.json" onComplete={(e) => save(e.detail.score)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { LangkahChecklist as Checklist } from './elements/checklist/checklist.js';
import { LangkahCurriculum as Curriculum } from './elements/curriculum/curriculum.js';
import { LangkahLesson as Lesson } from './elements/lesson/lesson.js';
import { LangkahQuiz as Quiz } from './elements/quiz/quiz.js';
import { LangkahRoster as Roster } from './elements/roster/roster.js';
import type { LangkahAnswerEvent } from './events/answer.js';
import type { LangkahCompleteEvent } from './events/complete.js';
import type { LangkahErrorEvent } from './events/error.js';
import type { LangkahProgressEvent } from './events/progress.js';
import './define/curriculum.js';
import './define/roster.js';

const onError = 'langkah-error' as EventName<LangkahErrorEvent>;
const onProgress = 'langkah-progress' as EventName<LangkahProgressEvent>;
const onComplete = 'langkah-complete' as EventName<LangkahCompleteEvent>;
const onAnswer = 'langkah-answer' as EventName<LangkahAnswerEvent>;

/** The component for `tag`, named like the element class (`langkah-quiz` → `LangkahQuiz`). */
const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(tagName: string, elementClass: new () => I, events: E) =>
  createComponent({ react: React, tagName, elementClass, events, displayName: tagName.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) });

/** `<langkah-lesson>` as a React component: `lesson` as a property, and `onAnswer`, `onProgress`, `onComplete`, `onError`. */
export const LangkahLesson = wrap('langkah-lesson', Lesson, { onAnswer, onProgress, onComplete, onError });
/** `<langkah-quiz>` as a React component: `data` as a property, and `onAnswer`, `onComplete`, `onError`. */
export const LangkahQuiz = wrap('langkah-quiz', Quiz, { onAnswer, onComplete, onError });
/** `<langkah-checklist>` as a React component: `data` as a property, and `onProgress`, `onComplete`, `onError`. */
export const LangkahChecklist = wrap('langkah-checklist', Checklist, { onProgress, onComplete, onError });
/** `<langkah-curriculum>` as a React component, with `onProgress`, `onComplete`, `onError`. */
export const LangkahCurriculum = wrap('langkah-curriculum', Curriculum, { onProgress, onComplete, onError });
/** `<langkah-roster>` as a React component, with `onError`. */
export const LangkahRoster = wrap('langkah-roster', Roster, { onError });
