// Subheads in text dumps: a short mixed-case line between paragraphs, weighed from its shape and place (invented text).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDumpSubhead, type SubheadInput } from '../../src/segment/subheads.ts';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { blocks, line } from '../helpers/pages.ts';

const WIDTH = 36;
const END = line('the ferry left the quay at noon.');
const FULL = line('Replacement boats will sail every');
const at = (text: string, extra: Partial<SubheadInput> = {}): SubheadInput => ({
  prev: END, line: line(text), next: FULL, spaceAbove: false, width: WIDTH, nextLabelled: false, loneLineShare: 0.2, ...extra,
});

describe('isDumpSubhead: the evidence of a dump line', () => {
  const cases: [string, SubheadInput, boolean][] = [
    ['short, sentence case, after a paragraph, before a full line', at('Boats replace the ferry'), true],
    ['title case with a blank line above', at('The Long Crossing Home', { spaceAbove: true }), true],
    ['before a labelled turn', at('A summer of storms', { next: line('HOST: How did the boats cope with'), nextLabelled: true }), true],
    ['a full stop ends it', at('Boats replace the ferry.'), false],
    ['a comma ends it', at('When the boats came,'), false],
    ['inside a sentence, no space above', at('Boats replace the ferry', { prev: line('the harbour master said that the') }), false],
    ['the next line goes on in lower case', at('Boats replace the ferry', { next: line('every half hour from the quay.') }), false],
    ['nothing follows (a signature at the end)', at('Jane Roe', { next: undefined }), false],
    ['it ends on a function word', at('The ferry was built by', { next: line('Absalom Reay in the old yard.') }), false],
    ['a speaker\'s words after a colon label', at('We will hear the case', { prev: line('CHIEF JUSTICE ROE:'), spaceAbove: true }), false],
    ['a conjunction joins it to the sentence before', at('And I would add', { spaceAbove: true }), false],
    ['line-number gutter', at('12 The boats came late', { prev: line('11 and nobody was on the quay.'), next: line('13 Nobody knew why the ferry had') }), false],
    ['page furniture with odd tokens', at('VerDate Mar<15>2010 Jkt 240001', { spaceAbove: true }), false],
    ['a capitals line is another rule\'s', at('BOATS REPLACE THE FERRY'), false],
    ['a line near the column width', at('Replacement boats will sail every half'), false],
    ['no line above: the text opens there', at('Boats replace the ferry', { prev: undefined, spaceAbove: true }), false],
    ['only a byline above', at('Boats replace the ferry', { prev: line('By Jane Roe'), spaceAbove: true }), false],
    ['a short line with no comma', at('Roe the chair'), true],
    ['a comma inside: a clause', at('Roe, the chair'), false],
    ['a photo credit', at('Photo courtesy of Jane Roe', { spaceAbove: true }), false],
    ['a longer title-case line with a blank line above', at('Boats Replace The Old Ferry', { spaceAbove: true }), true],
    ['the same line with no blank line above', at('Boats Replace The Old Ferry'), false],
    ['a dump that sets nearly every line apart', at('Boats replace the ferry', { loneLineShare: 0.95 }), false],
    ['a line with layout evidence (PDF) is the reader\'s to judge', at('Boats replace the ferry', { line: { ...line('Boats replace the ferry'), box: { page: 1, x: 0, y: 0, w: 90, h: 9 } } }), false],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(isDumpSubhead(input), want));
});

describe('segmentParagraphs: a dump subhead stands apart from the paragraphs around it', () => {
  const TEXT = `The ferry will not sail until the pier
is repaired, the harbour master said.
Boats replace the ferry
Replacement boats will sail every half
hour from the slipway by the station.`;
  const cases: [string, string, string[]][] = [
    ['no blank lines (-raw)', TEXT, ['body', 'heading', 'body']],
    ['a blank line above (default mode)', TEXT.replace('said.\n', 'said.\n\n'), ['body', 'heading', 'body']],
    ['a stop after it: a sentence', TEXT.replace('Boats replace the ferry', 'Boats came.'), ['body', 'body']],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const ps = segmentParagraphs(blocks(text), new Map([[1, 38]]), new Set());
      assert.deepEqual(ps.map((p) => p.kind), want);
    });
  }
});
