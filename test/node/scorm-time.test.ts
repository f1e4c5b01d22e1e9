/**
 * Times the LMS and the LRS are given: SCORM 1.2's `HHHH:MM:SS.SS`, SCORM
 * 2004's and xAPI's ISO 8601 durations. Seconds are rounded before they are
 * split, so a session of 59.996 s is one minute, never "60.00" seconds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionTime } from '../../src/report/scorm/api.js';
import { duration } from '../../src/report/xapi/statements.js';

describe('session times and durations', () => {
  it('SCORM 1.2 session time never shows 60 seconds or 60 minutes', () => {
    assert.equal(sessionTime(59_996, '1.2'), '0000:01:00.00');
    assert.equal(sessionTime(3_599_999, '1.2'), '0001:00:00.00');
    assert.equal(sessionTime(61_250, '1.2'), '0000:01:01.25');
  });
  it('SCORM 2004 session time never shows 60 seconds', () => {
    assert.equal(sessionTime(59_996, '2004'), 'PT0H1M0.00S');
    assert.equal(sessionTime(3_599_999, '2004'), 'PT1H0M0.00S');
  });
  it('xAPI durations never show 60 seconds', () => {
    assert.equal(duration(59_996), 'PT1M0S');
    assert.equal(duration(3_599_999), 'PT1H0S');
    assert.equal(duration(65_200), 'PT1M5.2S');
  });
});
