/**
 * The progress report code a learner sends to their trainer over WhatsApp:
 * short enough to read aloud, and checked so a typo is caught.
 *
 *   LK2-<groups of Crockford base32>   e.g. LK2-3Q8M-0D2K-…-7QXM
 *
 * The learner's name is not in the code: the WhatsApp message carries it in
 * plain words ("Nama: Bu Sri"), and the roster reads it from there. The code
 * holds one number, written in base32 (most significant first), and a 15-bit
 * CRC. The number is, from the least significant end: the minute of last
 * activity (UTC) since 2026-01-01 (23 bits, until December 2041); one bit set
 * when every lesson is done; then one digit per lesson (mixed radix), the
 * first lesson least significant. The digit of a lesson of `q` questions has
 * `q + 3` values — 0 not started, 1 started, 2 + k done with k answers wrong —
 * or, when every lesson is done, `q + 1` (k answers wrong). Both sides know
 * each lesson's number of questions from the curriculum, so the count of right
 * answers is exact and the score (its percentage) is the one the learner saw.
 * A learner with the later lessons still to do, or with fewer wrong answers,
 * gets a shorter code.
 *
 * The CRC covers the curriculum's fingerprint, each lesson's number of
 * questions and the code's length as well as the number: a code for another
 * course, or another version of it, fails the check like a typo (the code has
 * no room to say which). As a CRC of degree 15 it catches every error within
 * three neighbouring characters: every wrong character and every swap of two
 * neighbours. Crockford's alphabet has no I, L, O or U, and reading accepts
 * i/l as 1 and o as 0.
 *
 * LK1 codes (before December 2026) still decode, without the course: a version
 * byte, the curriculum fingerprint (4 bytes), the time of last activity, name
 * length (1) + name (UTF-8, ≤ 40 bytes), one byte per lesson (0 not started, 1
 * started, 2–102 done with score 0–100 %, 103 done without questions), then a
 * 20-bit FNV-1a checksum. The time is, in version 2, the minute since
 * 2020-01-01 (4 bytes); version 1 carried only the learner's calendar day (2
 * bytes), and decodes with `dayOnly`.
 *
 * A code is self-reported: the checksum catches typos, not forgeries. Anyone
 * with this (public) package can make a code for any name and any scores, and
 * no key hidden in a bundle that every learner downloads would stay secret.
 */

export const CODE_PREFIX = 'LK2';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const EPOCH = Date.UTC(2020, 0, 1);
/** LK2 times count from here. */
const EPOCH2 = Date.UTC(2026, 0, 1);
const TIME_BITS = 23;
const CRC_BITS = 15;
/** CRC-15/CAN: x^15 + x^14 + x^10 + x^8 + x^7 + x^4 + x^3 + 1. */
const CRC_POLY = 0x4599;
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
  /** The learner's name: inside an LK1 code; beside an LK2 code, in the message. */
  name: string;
  /** When the learner was last active (ms since epoch, to the minute); with `dayOnly`, the learner's calendar day at UTC midnight. */
  last: number;
  /** Set when the code carries only the day (version 1 codes). */
  dayOnly?: true;
  lessons: LessonState[];
}

/** What reading an LK2 code needs to know of its course: the fingerprint, and each lesson's number of questions, in order. */
export interface CodeCourse {
  course: number;
  questions: number[];
}

/**
 * Why a code could not be read: not a code (`format`), a typo in an LK1 code
 * (`checksum`), a typo or a code of another course in an LK2 code
 * (`mismatch`), an unknown version, or an LK2 code read without its course.
 */
export type ReportFault = 'format' | 'checksum' | 'mismatch' | 'version' | 'course';

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

/** CRC-15 of the course, the code's length in characters and `bits` bits of `value`. */
function crc(course: CodeCourse, chars: number, value: bigint, bits: number): number {
  let reg = 0;
  const feed = (bit: number) => {
    const top = (reg >>> 14) ^ bit;
    reg = (reg << 1) & 0x7fff;
    if (top & 1) reg ^= CRC_POLY;
  };
  const bytes = [course.course >>> 24, (course.course >>> 16) & 255, (course.course >>> 8) & 255, course.course & 255, ...course.questions.map((q) => Math.min(q, 255)), chars];
  for (const b of bytes) for (let i = 7; i >= 0; i--) feed((b >>> i) & 1);
  for (const bit of value.toString(2).padStart(bits, '0')) feed(+bit);
  return reg;
}

/** The code's groups: the prefix, then four characters at a time. */
const grouped = (prefix: string, body: string) => `${prefix}-${body.match(/.{1,4}/g)!.join('-')}`;

/**
 * Encodes a report as an LK2 code, for a course whose lessons have `questions`
 * questions each (in order); the name stays out of it.
 * @example encodeReport({ course, name: 'Bu Sri', last: Date.now(), lessons }, [4, 3, 0]) // 'LK2-…'
 */
export function encodeReport(report: Report, questions: number[]): string {
  const all = report.lessons.every((l) => l.status === 'done');
  let value = 0n;
  for (let i = report.lessons.length - 1; i >= 0; i--) {
    const l = report.lessons[i]!;
    const q = questions[i] ?? 0;
    const wrong = l.status === 'done' ? q - Math.max(0, Math.min(q, Math.round(((l.score ?? 100) * q) / 100))) : 0;
    const digit = all ? wrong : l.status === 'none' ? 0 : l.status === 'started' ? 1 : 2 + wrong;
    value = value * BigInt(all ? q + 1 : q + 3) + BigInt(digit);
  }
  const minute = Math.max(0, Math.min(2 ** TIME_BITS - 1, Math.floor((report.last - EPOCH2) / MINUTE)));
  value = ((value * 2n + (all ? 1n : 0n)) << BigInt(TIME_BITS)) + BigInt(minute);
  const chars = Math.ceil((value.toString(2).length + CRC_BITS) / 5);
  const sum = crc({ course: report.course, questions }, chars, value, chars * 5 - CRC_BITS);
  const whole = (value << BigInt(CRC_BITS)) | BigInt(sum);
  let body = '';
  for (let i = chars - 1; i >= 0; i--) body += ALPHABET[Number((whole >> BigInt(5 * i)) & 31n)];
  return grouped(CODE_PREFIX, body);
}

/** Normalises what a person may have typed: case, spaces, I/L for 1, O for 0. */
const normalise = (text: string) =>
  text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');

/** Reads the body of an LK2 code against its course. */
function decodeLk2(body: string, course: CodeCourse): { report: Report } | { fault: ReportFault } {
  let whole = 0n;
  for (const ch of body) whole = (whole << 5n) | BigInt(ALPHABET.indexOf(ch));
  let value = whole >> BigInt(CRC_BITS);
  if (Number(whole & 0x7fffn) !== crc(course, body.length, value, body.length * 5 - CRC_BITS)) return { fault: 'mismatch' };
  const last = EPOCH2 + Number(value & BigInt(2 ** TIME_BITS - 1)) * MINUTE;
  value >>= BigInt(TIME_BITS);
  const all = (value & 1n) === 1n;
  value >>= 1n;
  const lessons: LessonState[] = course.questions.map((q) => {
    const radix = BigInt(all ? q + 1 : q + 3);
    const digit = Number(value % radix);
    value /= radix;
    const wrong = all ? digit : digit - 2;
    if (!all && digit < 2) return { status: digit ? 'started' : 'none' };
    return q ? { status: 'done', score: Math.round((100 * (q - wrong)) / q) } : { status: 'done' };
  });
  // A number too large for the course passed the check by chance: not this course's code.
  if (value) return { fault: 'mismatch' };
  return { report: { course: course.course, name: '', last, lessons } };
}

/**
 * Reads a code; returns the report, or the reason it cannot be read. An LK2
 * code needs its `course`, and comes back without a name (the message has it);
 * an LK1 code carries both.
 * @example decodeReport('LK2-…', { course, questions }) // { report } or { fault: 'mismatch' }
 */
export function decodeReport(code: string, course?: CodeCourse): { report: Report } | { fault: ReportFault } {
  const compact = code.trim().toUpperCase().replace(/[\s-]/g, '');
  const lk2 = /^[L1I]K2/.test(compact);
  if (!lk2 && !/^[L1I]K[1IL]/.test(compact)) return { fault: 'format' };
  const body = normalise(compact.slice(CODE_PREFIX.length));
  if (/[^0-9A-HJKMNP-TV-Z]/.test(body)) return { fault: 'format' };
  if (lk2) {
    if (body.length < 4) return { fault: 'format' };
    return course ? decodeLk2(body, course) : { fault: 'course' };
  }
  if (body.length < 14) return { fault: 'format' };
  const check = body.slice(-4);
  const bytes = fromBase32(body.slice(0, -4));
  const sum = fnv(bytes ?? new Uint8Array()) & 0xfffff;
  const expected = ALPHABET[(sum >>> 15) & 31]! + ALPHABET[(sum >>> 10) & 31] + ALPHABET[(sum >>> 5) & 31] + ALPHABET[sum & 31];
  // Spare bits that are not zero in the last character are a typo too.
  if (!bytes || expected !== check) return { fault: 'checksum' };
  const dayOnly = bytes[0] === 1;
  if (!dayOnly && bytes[0] !== 2) return { fault: 'version' };
  const at = dayOnly ? 7 : 9;
  if (bytes.length <= at) return { fault: 'format' };
  const view = new DataView(bytes.buffer);
  const nameLength = bytes[at]!;
  if (bytes.length < at + 1 + nameLength) return { fault: 'format' };
  const name = fromUtf8.decode(bytes.subarray(at + 1, at + 1 + nameLength));
  const lessons: LessonState[] = [...bytes.slice(at + 1 + nameLength)].map((b) =>
    b === 0 ? { status: 'none' } : b === 1 ? { status: 'started' } : b === 103 ? { status: 'done' } : { status: 'done', score: b - 2 },
  );
  const fingerprint = view.getUint32(1);
  return {
    report: dayOnly
      ? { course: fingerprint, name, last: EPOCH + view.getUint16(5) * DAY, dayOnly, lessons }
      : { course: fingerprint, name, last: EPOCH + view.getUint32(5) * MINUTE, lessons },
  };
}

/**
 * A code in one spelling (capitals, digits for I, L and O, groups of four), so
 * that the same code typed twice is kept once. Only for a code that decodes.
 * @example canonicalCode('lk2 3q8m od2k …') // 'LK2-3Q8M-0D2K-…'
 */
export function canonicalCode(code: string): string {
  const compact = code.trim().toUpperCase().replace(/[\s-]/g, '');
  return grouped(/^[L1I]K2/.test(compact) ? 'LK2' : 'LK1', normalise(compact.slice(3)));
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
  return [...text.matchAll(/\bLK[12](?:-[0-9A-Za-z]{1,4})+/gi)].map((m) => m[0]);
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
