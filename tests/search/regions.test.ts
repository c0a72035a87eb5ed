import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionsOf } from '../../src/search/present.ts';

test('regionsOf: line boxes merge into one rectangle per physical page', () => {
  const boxes = [
    { page: 3, x: 50, y: 100, w: 200, h: 10 },
    { page: 3, x: 40, y: 112, w: 180, h: 10 },
    { page: 4, x: 300, y: 60, w: 150, h: 12 },
  ];
  assert.deepEqual(regionsOf(boxes), [
    { page: 3, x: 40, y: 100, w: 210, h: 22 },
    { page: 4, x: 300, y: 60, w: 150, h: 12 },
  ]);
  assert.deepEqual(regionsOf([]), []);
});
