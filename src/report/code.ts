/**
 * The progress report code a learner sends to their trainer over WhatsApp:
 * compact, readable aloud, and checksummed so a typo is caught.
 *
 *   LK1-<groups of Crockford base32>   e.g. LK1-0B2G-8R0A-…-7QXM
 *
 * Payload (bytes): version (1) · curriculum fingerprint (4) · day of last
 * activity since 2020-01-01 (2) · name length (1) + name (UTF-8, ≤ 40 bytes) ·
 * one byte per lesson in curriculum order — 0 not started, 1 started,
 * 2–102 done with score 0–100 %, 103 done without questions. Then a 20-bit
 * FNV-1a checksum of all of it. Crockford's alphabet has no I, L, O or U, and
 * reading accepts i/l as 1 and o as 0, so a code copied by hand still decodes.
 */

export const CODE_PREFIX = 'LK1';
const VERSION = 1;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

export type LessonState = { status: 'none' } | { status: 'started' } | { status: 'done'; score?: number };

export interface Report {
  /** Fingerprint of the curriculum (id, version, lesson order); ties a code to its course. */
  course: number;
  name: string;
  /** Day of the learner's last activity (ms since epoch, at UTC midnight). */
  last: number;
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
  return fnv(new TextEncoder().encode(`${id}@${version}:${lessonKeys.join(',')}`));
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

function fromBase32(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** Trims a name to at most 40 UTF-8 bytes without cutting a character in half. */
function nameBytes(name: string): Uint8Array {
  const enc = new TextEncoder();
  let n = name.trim();
  while (enc.encode(n).length > 40) n = n.slice(0, -1);
  return enc.encode(n);
}

/**
 * Encodes a report as a code.
 * @example encodeReport({ course, name: 'Bu Sri', last: Date.now(), lessons }) // 'LK1-…'
 */
export function encodeReport(report: Report): string {
  const name = nameBytes(report.name);
  const day = Math.max(0, Math.min(0xffff, Math.floor((report.last - EPOCH) / DAY)));
  const bytes = new Uint8Array(1 + 4 + 2 + 1 + name.length + report.lessons.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint32(1, report.course >>> 0);
  view.setUint16(5, day);
  view.setUint8(7, name.length);
  bytes.set(name, 8);
  report.lessons.forEach((l, i) => {
    bytes[8 + name.length + i] =
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
  const bytes = fromBase32(body.slice(0, -4));
  const check = body.slice(-4);
  if (!bytes || [...check].some((c) => !ALPHABET.includes(c))) return { fault: 'format' };
  const sum = fnv(bytes) & 0xfffff;
  const expected = [15, 10, 5, 0].map((s) => ALPHABET[(sum >>> s) & 31]).join('');
  if (expected !== check) return { fault: 'checksum' };
  if (bytes[0] !== VERSION) return { fault: 'version' };
  const view = new DataView(bytes.buffer);
  const nameLength = bytes[7]!;
  if (bytes.length < 8 + nameLength) return { fault: 'format' };
  const name = new TextDecoder().decode(bytes.slice(8, 8 + nameLength));
  const lessons: LessonState[] = [...bytes.slice(8 + nameLength)].map((b) =>
    b === 0 ? { status: 'none' } : b === 1 ? { status: 'started' } : b === 103 ? { status: 'done' } : { status: 'done', score: b - 2 },
  );
  return { report: { course: view.getUint32(1), name, last: EPOCH + view.getUint16(5) * DAY, lessons } };
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
  const name = new TextDecoder().decode(nameBytes(report.name)).toLowerCase();
  const bytes = new TextEncoder().encode(`${report.course}|${name}|${lessons}`);
  const a = fnv(bytes);
  const b = fnv(new Uint8Array([...bytes, 0x5a]));
  const digits = [a, b].map((h) => toBase32(new Uint8Array([h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255])).slice(0, 4));
  return digits.join('-');
}
