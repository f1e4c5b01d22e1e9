/**
 * Which files a lesson may bring into a build or a course pack. A lesson is
 * untrusted input, and whatever the build copies is served from the same
 * address as the course and the learner's saved progress: a file that a
 * browser would run as a page (HTML, an SVG with a script) could read or wipe
 * that progress. So a picture, a sound or a file a link points at must be
 *
 * - a regular file whose real path (links followed) lies inside the module
 *   folder, so a symlink to `/etc/passwd` or to a key beside the project
 *   never travels;
 * - of an allowed type, judged by its first bytes, not by its name: PNG,
 *   JPEG, WebP, GIF or SVG for a picture; MP3, Ogg (Vorbis or Opus) or M4A
 *   for a sound; and named with an extension of that type, because a web host
 *   picks the Content-Type from the name (an `.html` file that starts like a
 *   PNG is still served, and run, as a page);
 * - for an SVG, free of anything active: scripts, event attributes,
 *   `<foreignObject>`, HTML inside the picture, references to other files,
 *   `javascript:` addresses, entity declarations. Such a picture is refused,
 *   not cleaned: a cleaned picture may silently lose what it was meant to
 *   show, and a small strict check is easier to trust than a sanitizer (an
 *   SVG drawn for a lesson has none of these). The check reads the markup
 *   itself; anything it cannot read is refused too.
 *
 * The same rules hold when the build copies the file: it copies the bytes it
 * checked, read again at that moment.
 */
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import type { AssetInfo } from '../content/markdown.js';
import { isRelative } from '../content/url.js';
import { imageSize } from './image-size.js';

/** What a lesson uses a file for: an image block, a step's `::audio`, or a link. */
export type AssetUse = 'image' | 'audio' | 'link';

interface FileType {
  name: string;
  use: 'image' | 'audio';
  extensions: string[];
}

const TYPES: Record<string, FileType> = {
  png: { name: 'a PNG picture', use: 'image', extensions: ['.png'] },
  jpeg: { name: 'a JPEG picture', use: 'image', extensions: ['.jpg', '.jpeg'] },
  webp: { name: 'a WebP picture', use: 'image', extensions: ['.webp'] },
  gif: { name: 'a GIF picture', use: 'image', extensions: ['.gif'] },
  svg: { name: 'an SVG picture', use: 'image', extensions: ['.svg'] },
  mp3: { name: 'an MP3 sound', use: 'audio', extensions: ['.mp3'] },
  ogg: { name: 'an Ogg sound', use: 'audio', extensions: ['.ogg', '.oga', '.opus'] },
  m4a: { name: 'an M4A sound', use: 'audio', extensions: ['.m4a'] },
};

/** ISO media brands of an M4A (MP4 audio) file. */
const MP4_BRANDS = new Set(['M4A ', 'M4B ', 'mp42', 'mp41', 'isom', 'iso2', 'dash']);

const ascii = (b: Buffer, from: number, to: number) => (b.length >= to ? b.toString('latin1', from, to) : '');

/**
 * The allowed type that `bytes` hold, judged by their content, or undefined.
 * @example sniff(readFileSync('menu.png')) // 'png'
 */
export function sniff(bytes: Buffer): keyof typeof TYPES | undefined {
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  if (ascii(bytes, 4, 8) === 'ftyp' && MP4_BRANDS.has(ascii(bytes, 8, 12))) return 'm4a';
  // An ID3 tag, or an MPEG audio layer III frame header (11 sync bits, a known version, layer bits 01).
  if (ascii(bytes, 0, 3) === 'ID3') return 'mp3';
  if (bytes[0] === 0xff && bytes[1] !== undefined && (bytes[1] & 0xe6) === 0xe2 && (bytes[1] & 0x18) !== 0x08) return 'mp3';
  const text = utf8(bytes);
  if (text !== undefined && svgRoot(text)) return 'svg';
  return undefined;
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
/** Elements that run code or embed a document: never in a lesson picture. */
const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** A reference an SVG may make: a fragment of itself, or an embedded raster picture. */
const LOCAL_REF = /^(#[^\s]*|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*)$/i;

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/** Decodes the character references an attribute value may hold. */
const decode = (v: string) =>
  v.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref[0] !== '#') return named[ref.toLowerCase()]!;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** What is active in text that a browser reads as CSS or as an address, if anything. */
function activeText(raw: string): string | undefined {
  // CSS reads `\\69` or `\\i` as `i`: judge the text as the browser reads it (`@\\69mport`, `u\\72l(`).
  const text = raw.replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([^\n])/gi, (_, hex?: string, ch?: string) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : ch!));
  // Browsers ignore white space and control characters inside a scheme (`java\nscript:`).
  // eslint-disable-next-line no-control-regex
  const squeezed = text.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/(javascript|vbscript):/i.test(squeezed)) return 'a javascript: address';
  if (/@import/i.test(squeezed)) return 'a CSS @import';
  // image-set() takes a plain string as an address, without url().
  if (/image-set\(/i.test(squeezed)) return 'a reference to another file, image-set()';
  for (const m of text.matchAll(/url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\)/gi)) {
    const target = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!LOCAL_REF.test(target)) return `a reference to another file, url(${target.slice(0, 40)})`;
  }
  if (/url\s*\(/i.test(text.replace(/url\s*\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\)/gi, ''))) return 'markup that could not be read';
  return undefined;
}

/** The SVG's text without comments, and the text of its CDATA sections (read as text, never as markup). */
function strip(text: string): { markup: string; cdata: string } {
  let cdata = '';
  // One pass, as a parser reads: whichever opens first wins, so `<!--` inside CDATA hides nothing.
  const markup = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner?: string) => {
    if (inner !== undefined) cdata += `${inner}\n`;
    return ' ';
  });
  return { markup, cdata };
}

/** True when `text` is an XML document whose first element is `<svg>`. */
function svgRoot(text: string): boolean {
  const { markup } = strip(text);
  const m = /^\s*(<\?xml\s[^>]*\?>\s*)?(<!DOCTYPE[^>[]*>\s*)?<([A-Za-z_][\w.:-]*)[\s/>]/.exec(markup);
  return !!m && local(m[3]!) === 'svg';
}

/**
 * What makes the SVG `text` unsafe as a lesson picture, in words for the
 * author, or undefined when it holds nothing active.
 * @example svgProblem('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') // 'an event attribute "onload"'
 */
export function svgProblem(text: string): string | undefined {
  const { markup, cdata } = strip(text.replace(/^\uFEFF/, ''));
  if (/<!ENTITY/i.test(markup)) return 'an <!ENTITY> declaration';
  if (/<!DOCTYPE[^>]*\[/i.test(markup)) return 'a DOCTYPE with its own declarations';
  const fromCdata = activeText(cdata);
  if (fromCdata) return fromCdata;
  let at = 0;
  let between = '';
  for (let open = markup.indexOf('<'); open >= 0; open = markup.indexOf('<', at)) {
    between += markup.slice(at, open);
    if (open === 0 || /^\s*$/.test(markup.slice(0, open))) {
      const decl = /<\?xml\s[^>]*\?>/y;
      decl.lastIndex = open;
      if (decl.exec(markup)) {
        at = decl.lastIndex;
        continue;
      }
    }
    const doctype = /<!DOCTYPE[^>[]*>/iy;
    doctype.lastIndex = open;
    if (doctype.exec(markup)) {
      at = doctype.lastIndex;
      continue;
    }
    if (markup.startsWith('<?', open)) return `a processing instruction "${markup.slice(open, open + 20).split(/\s/)[0]}"`;
    TAG.lastIndex = open;
    const tag = TAG.exec(markup);
    if (!tag) return 'markup that could not be read';
    at = TAG.lastIndex;
    const element = local(tag[2]!);
    if (ACTIVE.has(element)) return `a <${tag[2]}> element`;
    for (const a of tag[3]!.matchAll(ATTR)) {
      const name = a[1]!;
      const value = decode(a[2] ?? a[3] ?? '');
      const key = local(name);
      if (key.startsWith('on')) return `an event attribute "${name}"`;
      if ((name === 'xmlns' || name.startsWith('xmlns:')) && [XHTML, MATHML].includes(value.trim())) return 'HTML or MathML inside the picture';
      if ((key === 'href' || key === 'src' || name === 'xml:base') && !LOCAL_REF.test(value.trim())) {
        return `a reference to another file, ${name}="${value.slice(0, 40)}"`;
      }
      // An animation may not set an address, the base address, or an event attribute.
      const animated = local(value.trim());
      if (key === 'attributename' && (['href', 'src', 'base'].includes(animated) || animated.startsWith('on'))) return `an animation that changes "${value}"`;
      if (name.startsWith('xmlns')) continue;
      const active = activeText(value);
      if (active) return active;
    }
  }
  return activeText(decode(between + markup.slice(at)));
}

/** Reads a file the lesson refers to, or says why not: it is missing, leads outside `moduleDir`, or is no regular file. */
function readInside(moduleDir: string, path: string): { bytes: Buffer } | AssetInfo {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { status: 'missing' };
  }
  if (!real.startsWith(realpathSync(moduleDir) + sep)) return { status: 'refused', code: 'asset-link-outside', vars: {} };
  if (!statSync(real).isFile()) return { status: 'refused', code: 'asset-not-file', vars: {} };
  return { bytes: readFileSync(real) };
}

/** Checks `bytes` for `use`; the refusal, or the type. */
function judge(bytes: Buffer, name: string, use: AssetUse): { status: 'refused'; code: string; vars: Record<string, string> } | FileType {
  const kind = sniff(bytes);
  if (!kind) return { status: 'refused', code: 'asset-type', vars: {} };
  const type = TYPES[kind]!;
  if (use !== 'link' && type.use !== use) {
    return { status: 'refused', code: 'asset-use', vars: { found: type.name, expected: use === 'image' ? 'a picture' : 'a sound', what: use === 'image' ? 'an image' : '::audio' } };
  }
  const ext = extname(name).toLowerCase();
  if (!type.extensions.includes(ext)) {
    return { status: 'refused', code: 'asset-name', vars: { found: type.name, ext: ext || '(none)', expected: type.extensions.join(' or ') } };
  }
  if (kind === 'svg') {
    const detail = svgProblem(bytes.toString('utf8'));
    if (detail) return { status: 'refused', code: 'svg-unsafe', vars: { detail } };
  }
  return type;
}

/** The lesson's path without query or fragment, as a file path (`%20` is a space); undefined when a `%` escape is broken. */
function filePart(src: string): string | undefined {
  try {
    return decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
}

/** `src` read as one file name, every escape decoded (`%23` is `#`); undefined when an escape is broken. */
function whole(src: string): string | undefined {
  try {
    return decodeURIComponent(src);
  } catch {
    return undefined;
  }
}

/**
 * Characters a file's path may not hold: `#` and `?` end the path of a web
 * address (what follows is no longer the file's name), `%` starts an escape,
 * and white space must be escaped; the built lesson, the pack and a web host
 * would each have to get that right, so such a name is refused instead.
 */
const UNSAFE_NAME = /[#?%\s]/g;

/** The characters of `path` that a file's path may not hold, in words, or undefined. */
const unsafeChars = (path: string): string | undefined =>
  [...new Set(path.match(UNSAFE_NAME))].map((c) => (/\s/.test(c) ? 'a space' : `"${c}"`)).join(', ') || undefined;

/**
 * Looks up a file that a lesson at `lessonFile` refers to as `src`, for
 * `use`; records its path (relative to the module folder) in `used` when it
 * may travel. A link to a fragment of the page (`#…`) names no file.
 */
export function inspectAsset(moduleDir: string, lessonFile: string, src: string, use: AssetUse, used: Set<string>): AssetInfo | undefined {
  if (use === 'link' && /^[?#]/.test(src)) return undefined;
  const name = filePart(src);
  // The catalog code that the CLI's other checks use for such a path (src/content/errors.ts).
  if (name === undefined) return { status: 'refused', code: 'asset-path-invalid', vars: {} };
  // A file whose name holds "#", "?", "%" or a space: refused however the lesson writes it (`menu#1.png`, `menu%231.png`, `foto%20saya.png`).
  const there = [name, whole(src)].find((n) => n !== undefined && existsSync(resolve(dirname(lessonFile), n)));
  const chars = there !== undefined && unsafeChars(relative(moduleDir, resolve(dirname(lessonFile), there)));
  if (chars) return { status: 'refused', code: 'asset-name-chars', vars: { detail: chars } };
  const path = resolve(dirname(lessonFile), name);
  if (!path.startsWith(resolve(moduleDir) + sep)) return { status: 'outside' };
  const read = readInside(moduleDir, path);
  if ('status' in read) return read;
  const verdict = judge(read.bytes, path, use);
  if ('status' in verdict) return verdict;
  used.add(relative(moduleDir, path).split(sep).join('/'));
  const size = verdict.use === 'image' ? imageSize(read.bytes) : undefined;
  return { status: 'ok', bytes: read.bytes.length, ...size };
}

/**
 * Copies the checked file `asset` (relative to `moduleDir`) to `target`,
 * checking it again: a file swapped for something else since the check never
 * travels.
 */
export function copyAsset(moduleDir: string, asset: string, target: string): void {
  const path = resolve(moduleDir, asset);
  const read = readInside(moduleDir, path);
  const verdict = 'status' in read ? read : judge(read.bytes, path, 'link');
  if ('status' in verdict || 'status' in read) {
    throw new Error(`${path} changed after it was checked and is no longer a safe picture or sound: run the build again`);
  }
  writeFileSync(target, read.bytes);
}

/**
 * Rewrites every relative link in `node` (a built lesson, at any depth) with
 * `map`, as the build does for pictures: a link to a file of the module then
 * points at its copy. Links to a fragment (`#…`) stay as written.
 */
export function relink<T>(node: T, map: (href: string) => string): T {
  if (Array.isArray(node)) return node.map((n: unknown) => relink(n, map)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = relink(value, map);
  if (out.t === 'link' && typeof out.href === 'string' && isRelative(out.href) && !/^[?#]/.test(out.href)) out.href = map(out.href);
  return out as T;
}
