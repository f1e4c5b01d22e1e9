/**
 * The tests' own clean-up can only remove the temporary folders they made: a
 * failed `before` once left a path empty, and `rmSync(join('', '..'))` then
 * removed the folder above the checkout (every git worktree beside it).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { removeTemp } from './helpers.js';

describe('removeTemp', () => {
  it('removes a langkah- folder under the temporary folder, given absolute or relative', () => {
    for (const form of [(p: string) => p, (p: string) => relative(process.cwd(), p)]) {
      const dir = mkdtempSync(join(tmpdir(), 'langkah-temp-'));
      mkdirSync(join(dir, 'course'));
      writeFileSync(join(dir, 'course/a.txt'), 'a');
      removeTemp(form(join(dir, 'course', '..')));
      assert.equal(existsSync(dir), false);
    }
  });

  it('does nothing for an empty path or one that is gone', () => {
    removeTemp('');
    removeTemp(undefined);
    removeTemp(join(tmpdir(), 'langkah-gone-' + process.pid));
  });

  it('refuses the folder above the checkout, the checkout, the temporary folder itself and other folders', () => {
    const other = mkdtempSync(join(tmpdir(), 'not-ours-'));
    try {
      for (const dir of [join('', '..'), '.', process.cwd(), tmpdir(), other, '/', join(tmpdir(), 'langkah-x', '..')]) {
        assert.throws(() => removeTemp(dir), /refusing to remove/, dir);
      }
      assert.ok(existsSync(other) && existsSync('package.json'));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
