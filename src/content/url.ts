/**
 * URL rules for content. Lessons are untrusted input: a link or image may only
 * use a scheme that cannot run code or smuggle a document into the page.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];
const IMAGE_SCHEMES = ['http', 'https'];

/** Browsers ignore these characters inside a scheme (`java\tscript:`), so must we. */
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

function schemeOf(url: string): string | undefined {
  const m = SCHEME.exec(url.replace(IGNORED, ''));
  return m ? m[1]!.toLowerCase() : undefined;
}

function isSafe(url: string, allowed: string[]): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  const scheme = schemeOf(url);
  // A relative URL has no scheme; `//host/x` is protocol-relative and thus http(s).
  return scheme === undefined ? !/^\s*\\/.test(url) : allowed.includes(scheme);
}

/**
 * True when `url` may be a link target: http, https, mailto, tel, or relative.
 * @example isSafeLink('https://faq.whatsapp.com/') // true
 * @example isSafeLink('javascript:alert(1)') // false
 */
export const isSafeLink = (url: string): boolean => isSafe(url, LINK_SCHEMES);

/**
 * True when `url` may be an image source: http, https, or relative.
 * @example isSafeImage('images/menu.svg') // true
 * @example isSafeImage('data:image/svg+xml,…') // false
 */
export const isSafeImage = (url: string): boolean => isSafe(url, IMAGE_SCHEMES);

/** True for a URL that names a file beside the content (no scheme, no host). */
export const isRelative = (url: string): boolean =>
  schemeOf(url) === undefined && !url.startsWith('//') && !url.startsWith('/');
