// Poor text layers (OCR over scans): detected from word-by-word sizes and non-words; indexed, never attributed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assessQuality } from '../../src/extract/quality.ts';
import { wordSizeJitter } from '../../src/extract/pdf/textLayer.ts';
import { makeFrag } from '../../src/extract/pdf/geometry.ts';
import { lexiconFromWords } from '../../src/text/lexicon.ts';
import { extractDocument } from '../../src/pipeline.ts';
import type { RawDocument } from '../../src/domain/types.ts';

const WORDS = ['the', 'council', 'met', 'and', 'said', 'that', 'budget', 'was', 'agreed', 'for', 'year', 'mayor', 'spoke'];
const lexicon = lexiconFromWords(WORDS);
const good = Array.from({ length: 40 }, () => 'the council met and said that the budget was agreed for the year');
const garbled = Array.from({ length: 40 }, () => 'tbe cauncil rnet aud said tliat the budgct was agrecd for tlie year');

describe('assessQuality', () => {
  const cases: { name: string; texts: string[]; jitter: number; low: boolean }[] = [
    { name: 'clean text, one size per line', texts: good, jitter: 0, low: false },
    { name: 'clean text in a fitted OCR layer: no reason to doubt the words', texts: good, jitter: 0.9, low: false },
    { name: 'garbled words', texts: garbled, jitter: 0, low: true },
    { name: 'too little text to judge', texts: garbled.slice(0, 2), jitter: 0, low: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(assessQuality(c.texts, c.jitter, lexicon)?.quality === 'low', c.low));
  it('names its reasons', () => assert.match(assessQuality(garbled, 0.9, lexicon)!.reasons.join('; '), /own sizes.*not words/));
});

describe('wordSizeJitter', () => {
  const word = (text: string, x: number, size: number) => ({ text, x, baseline: 100, width: text.length * 5, fontSize: size });
  it('counts lines whose words were each fitted to their own size', () => {
    const fitted = makeFrag([word('one', 0, 10), word('two', 20, 11.5), word('three', 40, 9), word('four', 70, 10.8)]);
    const even = makeFrag([word('one', 0, 10), word('two', 20, 10), word('three', 40, 10), word('four', 70, 10)]);
    assert.equal(wordSizeJitter([fitted, even]), 0.5);
  });
});

describe('extractDocument on a poor text layer', () => {
  it('marks the document low and attributes nobody', () => {
    const lines = ['Tbe Mayor spoke', '', '"Tbe budgct was agrecd," said Mayor Jane Roe.', '', ...garbled];
    const raw: RawDocument = { source: 'scan.pdf', pages: [{ index: 1, lines: lines.map((text) => ({ text })) }], wordSizeJitter: 0.8 };
    const doc = extractDocument(raw, { id: 'scan' }, { lexicon });
    assert.equal(doc.document.quality, 'low');
    assert.ok(doc.document.qualityReasons?.length);
    assert.ok(doc.paragraphs.length > 0);
    assert.ok(doc.paragraphs.every((p) => p.speakers.length === 0));
  });
});
