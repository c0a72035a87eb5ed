import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/extract/readText.ts';

const cases: { name: string; input: string; pages: string[][] }[] = [
  { name: 'form feed starts a page', input: 'one\ntwo\fthree', pages: [['one', 'two'], ['three']] },
  { name: 'single leading space after a jump line starts a page', input: ' first\nline\nContinued on Page 2\n second page', pages: [['first', 'line', 'Continued on Page 2'], ['second page']] },
  { name: 'single leading spaces as far apart as pages start pages', input: ` a\n${'x\n'.repeat(20)} b\n${'y\n'.repeat(20)} c`, pages: [['a', ...Array(20).fill('x')], ['b', ...Array(20).fill('y')], ['c']] },
  { name: 'single leading spaces close together are indents', input: 'a\n b\nc\n d\ne', pages: [['a', 'b', 'c', 'd', 'e']] },
  { name: 'foot folios counting up end pages', input: 'a\nb\nc\n— 3 —\nd\ne\nf\n— 4 —\ng', pages: [['a', 'b', 'c', '— 3 —'], ['d', 'e', 'f', '— 4 —'], ['g']] },
  { name: 'head folios counting up start pages', input: 'Page 3\na\nPage 4\nb', pages: [['Page 3', 'a'], ['Page 4', 'b']] },
  { name: 'with form feeds, a leading space is no page break', input: ' a\nContinued on page 2\n b\fc', pages: [['a', 'Continued on page 2', 'b'], ['c']] },
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
