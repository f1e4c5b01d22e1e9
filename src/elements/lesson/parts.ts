/**
 * What a lesson needs before it shows, beside its data: the compiled lesson
 * shape (to check built JSON) and the drawing of its steps. One lazy chunk,
 * fetched while the lesson downloads (`contentShapes` in content/load.ts).
 */
export { LESSON } from '../../content/shapes.js';
export { blocks } from '../shared/prose.js';
