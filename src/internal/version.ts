/** This copy's version, to tell copies apart when a page loads two. Keep in step with package.json. */
export const VERSION = '0.1.0';
