/**
 * The progress report code a learner sends to their trainer over WhatsApp:
 * compact, readable aloud, and checksummed so a typo is caught.
 *
 *   LK1-<groups of Crockford base32>   e.g. LK1-0B2G-8R0A-…-7QXM
 *
 * Payload (bytes): version (1) · curriculum fingerprint (4) · time of last
 * activity · name length (1) + name (UTF-8, ≤ 40 bytes) · one byte per lesson
 * in curriculum order — 0 not started, 1 started, 2–102 done with score
 * 0–100 %, 103 done without questions. Then a 20-bit FNV-1a checksum of all of
 * it. Crockford's alphabet has no I, L, O or U, and reading accepts i/l as 1
 * and o as 0, so a code copied by hand still decodes.
 *
 * The time of last activity is, in version 2, the minute (UTC) since
 * 2020-01-01 (4 bytes), so that of two reports sent the same day the later one
 * wins. Version 1 (codes made before December 2026) carried only the learner's
 * calendar day (2 bytes); such codes still decode, with `dayOnly`, and are
 * written back as version 1 so they never gain a time they did not have.
 *
 * A code is self-reported: the checksum catches typos, not forgeries. Anyone
 * with this (public) package can make a code for any name and any scores, and
 * no key hidden in a bundle that every learner downloads would stay secret.
 */

export const CODE_PREFIX = 'LK1';
const VERSION = 2;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export type LessonState = { status: 'none' } | { status: 'started' } | { status: 'done'; score?: number };

/** A learner's progress report, as a report code carries it: the course, the name, the time and each lesson's state and score. */
export interface Report {
  /** Fingerprint of the curriculum (id, version, lesson order); ties a code to its course. */
  course: number;
  name: string;
  /** When the learner was last active (ms since epoch, to the minute); with `dayOnly`, the learner's calendar day at UTC midnight. */
  last: number;
  /** Set when the code carries only the day (version 1 codes). */
  dayOnly?: true;
  lessons: LessonState[];
}

/** Why a code could not be read. */
export type ReportFault = 'format' | 'checksum' | 'version';

function fnv(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

/** A 32-bit fingerprint of a course's identity and lesson order. */
export function courseFingerprint(id: string, version: number, lessonKeys: string[]): number {
  return fnv(utf8.encode(`${id}@${version}:${lessonKeys.join(',')}`));
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Reads base32; undefined for a character outside the alphabet or a last character whose spare bits are not zero (a typo). */
function fromBase32(text: string): Uint8Array | undefined {
  const out = new Uint8Array((text.length * 5) >>> 3);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ALPHABET.indexOf(text[i]!);
    if (v < 0) return undefined;
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[n++] = (buffer >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return buffer & ((1 << bits) - 1) ? undefined : out;
}

/** Trims a name to at most 40 UTF-8 bytes without cutting a character in half. */
function nameBytes(name: string): Uint8Array {
  let n = name.trim();
  while (utf8.encode(n).length > 40) n = n.slice(0, -1);
  return utf8.encode(n);
}

/**
 * Encodes a report as a code.
 * @example encodeReport({ course, name: 'Bu Sri', last: Date.now(), lessons }) // 'LK1-…'
 */
export function encodeReport(report: Report): string {
  const name = nameBytes(report.name);
  // Version 1 only to write back a day-only report as it came.
  const time = report.dayOnly ? 2 : 4;
  const at = 5 + time;
  const bytes = new Uint8Array(at + 1 + name.length + report.lessons.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, report.dayOnly ? 1 : VERSION);
  view.setUint32(1, report.course >>> 0);
  if (report.dayOnly) view.setUint16(5, Math.max(0, Math.min(0xffff, Math.floor((report.last - EPOCH) / DAY))));
  else view.setUint32(5, Math.max(0, Math.min(0xffffffff, Math.floor((report.last - EPOCH) / MINUTE))));
  view.setUint8(at, name.length);
  bytes.set(name, at + 1);
  report.lessons.forEach((l, i) => {
    bytes[at + 1 + name.length + i] =
      l.status === 'none' ? 0 : l.status === 'started' ? 1 : l.score === undefined ? 103 : 2 + Math.max(0, Math.min(100, Math.round(l.score)));
  });
  const sum = fnv(bytes) & 0xfffff;
  const body = toBase32(bytes) + ALPHABET[(sum >>> 15) & 31] + ALPHABET[(sum >>> 10) & 31] + ALPHABET[(sum >>> 5) & 31] + ALPHABET[sum & 31];
  return `${CODE_PREFIX}-${body.match(/.{1,4}/g)!.join('-')}`;
}

/** Normalises what a person may have typed: case, spaces, I/L for 1, O for 0. */
const normalise = (text: string) =>
  text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

/**
 * Reads a code; returns the report, or the reason it cannot be read.
 * @example decodeReport('LK1-…') // { report } or { fault: 'checksum' }
 */
export function decodeReport(code: string): { report: Report } | { fault: ReportFault } {
  const compact = code.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!/^[L1I]K[1IL]/.test(compact)) return { fault: 'format' };
  const body = normalise(compact.slice(CODE_PREFIX.length));
  if (body.length < 14) return { fault: 'format' };
  const check = body.slice(-4);
  if (/[^0-9A-HJKMNP-TV-Z]/.test(body)) return { fault: 'format' };
  const bytes = fromBase32(body.slice(0, -4));
  const sum = fnv(bytes ?? new Uint8Array()) & 0xfffff;
  const expected = ALPHABET[(sum >>> 15) & 31]! + ALPHABET[(sum >>> 10) & 31] + ALPHABET[(sum >>> 5) & 31] + ALPHABET[sum & 31];
  // Spare bits that are not zero in the last character are a typo too.
  if (!bytes || expected !== check) return { fault: 'checksum' };
  const dayOnly = bytes[0] === 1;
  if (!dayOnly && bytes[0] !== VERSION) return { fault: 'version' };
  const at = dayOnly ? 7 : 9;
  if (bytes.length <= at) return { fault: 'format' };
  const view = new DataView(bytes.buffer);
  const nameLength = bytes[at]!;
  if (bytes.length < at + 1 + nameLength) return { fault: 'format' };
  const name = fromUtf8.decode(bytes.subarray(at + 1, at + 1 + nameLength));
  const lessons: LessonState[] = [...bytes.slice(at + 1 + nameLength)].map((b) =>
    b === 0 ? { status: 'none' } : b === 1 ? { status: 'started' } : b === 103 ? { status: 'done' } : { status: 'done', score: b - 2 },
  );
  const course = view.getUint32(1);
  return {
    report: dayOnly
      ? { course, name, last: EPOCH + view.getUint16(5) * DAY, dayOnly, lessons }
      : { course, name, last: EPOCH + view.getUint32(5) * MINUTE, lessons },
  };
}

/**
 * Whether a report claims a time after `now`, beyond what a phone's clock may
 * be off by (an hour). A day-only code names the learner's calendar day, which
 * starts up to 14 hours before UTC's (UTC+14).
 * @example fromTheFuture(report, Date.now()) // false
 */
export function fromTheFuture(report: Report, now: number): boolean {
  return report.last > now + (report.dayOnly ? 14 : 1) * HOUR;
}

/**
 * A name as the roster shows it: Unicode NFKC (full-width letters, non-breaking
 * spaces and ligatures become plain ones), without invisible format characters
 * (zero-width spaces and joiners, bidi controls, soft hyphens) or control
 * characters, spaces collapsed.
 * @example cleanName(' Bu\u200b  Sri ') // 'Bu Sri'
 */
export function cleanName(name: string): string {
  return name.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * The key two reports of one learner share: the clean name, case folded.
 * @example nameKey('BU SRI') === nameKey('bu\u00a0sri') // true
 */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase().normalize('NFKC');
}

/** Every report code in a pasted text (a WhatsApp chat export, several messages). */
export function findCodes(text: string): string[] {
  return [...text.matchAll(/\bLK1(?:-[0-9A-Za-z]{1,4})+/gi)].map((m) => m[0]);
}

/**
 * A short code printed on a certificate, derived from the same data as the
 * report: the trainer's roster shows the same code for the same progress, so
 * a certificate can be checked against the learner's report.
 * @example verificationCode(report) // 'K7Q2-M9XD'
 */
export function verificationCode(report: Report): string {
  const lessons = report.lessons
    .map((l) => (l.status === 'done' ? `d${l.score ?? ''}` : l.status === 'started' ? 's' : 'n'))
    .join('.');
  // The name as the report code carries it (at most 40 bytes), so a certificate
  // with a long name shows the code the roster computes from the report.
  const name = fromUtf8.decode(nameBytes(report.name)).toLowerCase();
  const bytes = utf8.encode(`${report.course}|${name}|${lessons}`);
  const a = fnv(bytes);
  const b = fnv(new Uint8Array([...bytes, 0x5a]));
  const digits = [a, b].map((h) => toBase32(new Uint8Array([h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255])).slice(0, 4));
  return digits.join('-');
}
