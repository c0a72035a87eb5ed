// Memoised helpers answer as the function does, compute each key once, and stay bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoize } from '../../src/text/memo.ts';

test('a memoised function answers as the function and computes each key once', () => {
  let calls = 0;
  const len = memoize((s) => (calls++, s.length), 10);
  assert.equal(len('harbour'), 7);
  assert.equal(len('harbour'), 7);
  assert.equal(len('quay'), 4);
  assert.equal(calls, 2);
});

test('the store is emptied at its limit, and answers stay right after that', () => {
  let calls = 0;
  const up = memoize((s) => (calls++, s.toUpperCase()), 2);
  for (const s of ['a', 'b', 'c', 'a']) up(s);
  assert.equal(calls, 4, 'the third key emptied the store, so `a` was computed again');
  assert.equal(up('c'), 'C');
});
