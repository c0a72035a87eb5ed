// Lost ligatures: holes the PDF reader marked with U+FFFD get the letters that make a known word.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOST_GLYPH as X, restoreLigatures } from '../../src/repair/ligatures.ts';
import { lexiconFromWords } from '../../src/text/lexicon.ts';
import { cleanGlyphs } from '../../src/extract/pdf/layout.ts';
import type { Page } from '../../src/domain/types.ts';

const lexicon = lexiconFromWords(['efforts', 'briefing', 'first', 'office', 'staff', 'link', 'the', 'influenza', 'lifter', 'field', 'said', 'cargo', 'plane']);

function run(lines: string[]): string[] {
  const pages: Page[] = [{ index: 1, lines: lines.map((text) => ({ text })) }];
  return restoreLigatures(pages, lexicon).pages[0]!.lines.map((l) => l.text);
}

describe('restoreLigatures', () => {
  const cases: { name: string; lines: string[]; want: string[] }[] = [
    { name: 'words of the word list', lines: [`Our e${X}orts at the Brie${X}ng`], want: ['Our efforts at the Briefing'] },
    { name: 'capitals stay capitals', lines: [`THE ${X}RST O${X}ICE`], want: ['THE FIRST OFFICE'] },
    { name: 'a name printed whole elsewhere in the document', lines: [`said Dr. Cli${X}on.`, 'Dr. Clifton spoke.'], want: ['said Dr. Clifton.', 'Dr. Clifton spoke.'] },
    {
      name: 'a name never printed whole takes the ligature most holes were',
      lines: [`the ${X}rst sta${X}, in${X}uenza, ${X}rst`, `said Dr. Gar${X}eld`],
      want: ['the first staff, influenza, first', 'said Dr. Garfield'],
    },
    { name: 'a name ending in a known word across the hole', lines: [`the Dreamli${X}er cargo plane, Dr. Wake${X}eld said`], want: ['the Dreamlifter cargo plane, Dr. Wakefield said'] },
    { name: 'a stray hole after a whole word goes', lines: [`the link${X} here`], want: ['the link here'] },
    { name: 'lines without holes are untouched', lines: ['plain text'], want: ['plain text'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(run(c.lines), c.want));
});

describe('cleanGlyphs (PDF reader): no control characters leave it', () => {
  const cases: [string, string][] = [
    ['Red\u0000eld', `Red${X}eld`],
    ['link\uF1FC', 'link'],
    ['\uF001rst \uF002at', 'first flat'],
    ['a\u0007b', 'ab'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => assert.equal(cleanGlyphs(input), want));
});

describe('restoreLigatures on a text dump', () => {
  it('fills the raw U+0000 of a text layer too', () => {
    const pages: Page[] = [{ index: 1, lines: [{ text: 'Our e\u0000orts' }] }];
    assert.equal(restoreLigatures(pages, lexicon).pages[0]!.lines[0]!.text, 'Our efforts');
  });
});
