// The one escaping function and the attribute allowlist for Meilisearch filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeFilterValue, filterIn, type FilterAttribute } from '../../src/search/filters.ts';

const literals: Array<[string | number, string]> = [
  ['plain', '"plain"'],
  ['x" OR kind = "caption', '"x\\" OR kind = \\"caption"'],
  ['back\\slash', '"back\\\\slash"'],
  ['ends with backslash\\', '"ends with backslash\\\\"'],
  ['\\"', '"\\\\\\""'],
  ["it's", '"it\'s"'],
  ['', '""'],
  [3, '3'],
  [0, '0'],
];

for (const [value, expected] of literals) {
  test(`escapeFilterValue(${JSON.stringify(value)})`, () => {
    assert.equal(escapeFilterValue(value), expected);
  });
}

test('non-finite numbers and other types are refused', () => {
  assert.throws(() => escapeFilterValue(Number.NaN), TypeError);
  assert.throws(() => escapeFilterValue(Number.POSITIVE_INFINITY), TypeError);
  assert.throws(() => escapeFilterValue({} as unknown as string), TypeError);
});

test('filterIn builds IN clauses, negated on request', () => {
  assert.equal(filterIn('speakers', ['A', 'B "C"']), 'speakers IN ["A", "B \\"C\\""]');
  assert.equal(filterIn('page', [3, 4]), 'page IN [3, 4]');
  assert.equal(filterIn('id', ['p_1'], true), 'NOT id IN ["p_1"]');
});

test('attributes outside the allowlist and empty lists are refused', () => {
  for (const bad of ['text', 'speakers = "x" OR kind', 'kind OR 1', '']) {
    assert.throws(() => filterIn(bad as FilterAttribute, ['x']), TypeError, bad);
  }
  assert.throws(() => filterIn('kind', []), TypeError);
});
