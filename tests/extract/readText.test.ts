import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/extract/readText.ts';

const cases: { name: string; input: string; pages: string[][] }[] = [
  { name: 'form feed starts a page', input: 'one\ntwo\fthree', pages: [['one', 'two'], ['three']] },
  { name: 'single leading space starts a page', input: ' first\nline\n second page', pages: [['first', 'line'], ['second page']] },
  { name: 'two leading spaces do not', input: 'a\n  indented\nb', pages: [['a', 'indented', 'b']] },
  { name: 'blank lines are kept inside a page', input: 'a\n\nb', pages: [['a', '', 'b']] },
  { name: 'CRLF is normalised', input: 'a\r\nb', pages: [['a', 'b']] },
  { name: 'empty pages are dropped', input: '\f\fa', pages: [['a']] },
];

for (const c of cases) {
  test(`readText: ${c.name}`, () => {
    const doc = readText(c.input, 'x.txt');
    assert.deepEqual(doc.pages.map((p) => p.lines.map((l) => l.text)), c.pages);
    assert.deepEqual(doc.pages.map((p) => p.index), c.pages.map((_, i) => i + 1));
  });
}
