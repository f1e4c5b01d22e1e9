import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cleanName, courseFingerprint, decodeReport, encodeReport, findCodes, fromTheFuture, nameKey, type Report } from '../../src/report/code.js';

const course = courseFingerprint('kelas-digital-umkm', 1, ['a/b', 'a/c', 'd/e']);
const sample: Report = {
  course,
  name: 'Bu Sri Wahyuni',
  last: Date.UTC(2026, 10, 28),
  lessons: [{ status: 'done', score: 85 }, { status: 'started' }, { status: 'none' }],
};

describe('progress report code', () => {
  it('round-trips a report', () => {
    const code = encodeReport(sample);
    assert.match(code, /^LK1(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    assert.deepEqual(decodeReport(code), { report: sample });
  });

  it('round-trips any report (names in any script, any scores)', () => {
    const state = fc.oneof(
      fc.constant({ status: 'none' as const }),
      fc.constant({ status: 'started' as const }),
      fc.constant({ status: 'done' as const }),
      fc.integer({ min: 0, max: 100 }).map((score) => ({ status: 'done' as const, score })),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(state, { maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (name, lessons, c) => {
        const report = { course: c, name: name.trim(), last: Date.UTC(2026, 0, 5), lessons };
        assert.deepEqual(decodeReport(encodeReport(report)), { report });
      }),
    );
  });

  it('catches every single-character typo', () => {
    const code = encodeReport(sample);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let tried = 0;
    for (let i = 4; i < code.length; i++) {
      if (code[i] === '-') continue;
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        const result = decodeReport(typo);
        assert.ok('fault' in result, `typo at ${i} (${ch}) was not caught`);
        tried++;
      }
    }
    assert.ok(tried > 500);
  });

  it('reads a code typed by hand: lowercase, spaces, O for 0 and I/L for 1', () => {
    const code = encodeReport(sample);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    assert.deepEqual(decodeReport(sloppy), { report: sample });
  });

  it('keeps the time of last activity to the minute, so the afternoon report is newer than the morning one', () => {
    const morning = { ...sample, last: Date.UTC(2026, 10, 28, 1, 5) };
    const afternoon = { ...sample, last: Date.UTC(2026, 10, 28, 7, 40) };
    const read = (r: Report) => {
      const result = decodeReport(encodeReport(r));
      assert.ok('report' in result);
      return result.report;
    };
    assert.deepEqual(read(morning), morning);
    assert.ok(read(afternoon).last > read(morning).last);
    // Seconds are not carried: the minute is enough to order two reports.
    assert.equal(read({ ...sample, last: Date.UTC(2026, 10, 28, 7, 40, 59, 999) }).last, afternoon.last);
  });

  it('still reads a code made before codes carried the time (version 1: the day only), and writes it back as it was', () => {
    // Made by the version 1 encoder for `sample` (28 November 2026).
    const old = 'LK1-06H3-NCND-17DG-WGKN-419Q-4T90-AXGP-GYBN-DSMN-E080-YDF5';
    const result = decodeReport(old);
    assert.deepEqual(result, { report: { ...sample, dayOnly: true } });
    assert.equal(encodeReport((result as { report: Report }).report), old);
  });

  it('says when a report claims a time in the future', () => {
    const now = Date.UTC(2026, 11, 3, 12, 0);
    assert.equal(fromTheFuture({ ...sample, last: now - 60_000 }, now), false);
    assert.equal(fromTheFuture({ ...sample, last: now + 30 * 60_000 }, now), false, 'a phone clock a little fast');
    assert.equal(fromTheFuture({ ...sample, last: now + 2 * 3_600_000 }, now), true);
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 4) }, now), true);
    // A day-only code names the learner's calendar day: in UTC+9 it is already 4 December at 15:00 UTC.
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 4), dayOnly: true }, Date.UTC(2026, 11, 3, 15)), false);
    assert.equal(fromTheFuture({ ...sample, last: Date.UTC(2026, 11, 5), dayOnly: true }, Date.UTC(2026, 11, 3, 15)), true);
  });

  it('finds every code in a pasted chat', () => {
    const a = encodeReport(sample);
    const b = encodeReport({ ...sample, name: 'Pak Budi' });
    const chat = `[28/11 07.10] Bu Sri: Laporan belajar\nKode: ${a}\n[28/11 07.12] Pak Budi: Kode: ${b} terima kasih`;
    assert.deepEqual(findCodes(chat), [a, b]);
  });
});

describe('learner names in the roster', () => {
  it('shows a name without invisible characters, in one Unicode spelling, spaces collapsed', () => {
    assert.equal(cleanName('  Bu\u00a0 Sri\t'), 'Bu Sri');
    assert.equal(cleanName('Bu\u200b Sri\u200d'), 'Bu Sri', 'zero-width space and joiner');
    assert.equal(cleanName('\u202eBu Sri\u202c\u2066'), 'Bu Sri', 'bidi overrides and isolates');
    assert.equal(cleanName('\ufeffＢｕ Ｓｒｉ'), 'Bu Sri', 'byte order mark, full-width letters');
    assert.equal(cleanName('Bu Sri\u00ad\r\nRT 3'), 'Bu Sri RT 3', 'soft hyphen, line break');
    assert.equal(cleanName('Pak Budi, RT 3'), 'Pak Budi, RT 3');
  });

  it('gives one key to every spelling of one name, and different keys to different names', () => {
    const spellings = ['Bu Sri', 'bu sri', 'BU  SRI', 'Bu\u200bSri'.replace('\u200b', '\u200b '), '\u200fBu Sri', 'Ｂｕ Ｓｒｉ', 'Bu\u00a0Sri '];
    assert.deepEqual(new Set(spellings.map(nameKey)), new Set(['bu sri']));
    assert.notEqual(nameKey('Bu Sri'), nameKey('Bu Siti'));
    assert.notEqual(nameKey('Bu Sri'), nameKey('BuSri'));
  });
});

describe('certificate verification code', () => {
  it('is the same for the same progress and differs when a score, lesson or name differs', async () => {
    const { verificationCode } = await import('../../src/report/code.js');
    const code = verificationCode(sample);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(verificationCode({ ...sample, last: 0 }), code, 'the day of last activity does not matter');
    assert.equal(verificationCode({ ...sample, name: ' bu sri wahyuni ' }), code, 'case and spaces of the name do not matter');
    assert.notEqual(verificationCode({ ...sample, name: 'Bu Ani' }), code);
    assert.notEqual(verificationCode({ ...sample, lessons: [{ status: 'done', score: 86 }, ...sample.lessons.slice(1)] }), code);
    const decoded = decodeReport(encodeReport(sample));
    assert.ok('report' in decoded);
    assert.equal(verificationCode(decoded.report), code, 'the roster computes it from the report code');
  });

  it('matches the roster for a name longer than the 40 bytes a report code carries', async () => {
    const { verificationCode } = await import('../../src/report/code.js');
    const long = { ...sample, name: 'Sri Wahyuni Kusumawardhani binti Abdul Rahman' };
    const decoded = decodeReport(encodeReport(long));
    assert.ok('report' in decoded);
    assert.equal(decoded.report.name, 'Sri Wahyuni Kusumawardhani binti Abdul R');
    assert.equal(verificationCode(decoded.report), verificationCode(long));
  });
});
