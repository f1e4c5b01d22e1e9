/**
 * What a quiz line should have been, in words, for the hint of
 * `quiz-line-unexpected`. The quiz grammar reports a key (the question's
 * kind, `start` or `answer`); the lesson parser words it, so the small
 * parser of inline quizzes carries none of this prose.
 */
const OPTIONS = 'options start with "- [ ]" or "- [x]"; feedback under an option starts with two spaces and ">"';

const EXPECTED: Record<string, string> = {
  start: 'a quiz starts with a question line beginning with "?"',
  answer: 'write "= true" or "= false"',
  single: OPTIONS,
  multiple: OPTIONS,
  chat: 'customer messages are "< Name: text" before the replies; replies start with "- [ ]" or "- [x]"; under a reply, "  > feedback" and "  < Name: answer"',
  order: 'items of an ordering question are numbered lines "1. …" in the right order',
  'true-false': 'a true-false question takes one line "= true" or "= false" and ">" lines of explanation',
};

/** The hint for a line that fits no question, from the key the grammar reported. */
export const expected = (key: string | number | undefined): string => EXPECTED[String(key)] ?? 'see docs/authoring.md';
