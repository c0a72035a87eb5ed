// A magazine made with pdfkit at test time (three columns, spanning title, letter-spaced byline, drop cap,
// captioned photo with a credit, interview with bold questions, a "Continued on Page N" jump) read by the
// PDF reader, and the same content as a text dump read by the text reader.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedDocument, Line, RawDocument } from '../../src/domain/types.ts';
import { readPdf } from '../../src/extract/pdf/readPdf.ts';
import { readText } from '../../src/extract/readText.ts';
import { extractDocument } from '../../src/pipeline.ts';
import { loadLexicon } from '../../src/lexicon.ts';
import { ARTICLE_A, buildMagazine, FIRST_PRINTED_PAGE, type Magazine } from './magazine.ts';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const textLines = (raw: RawDocument): Line[] => raw.pages.flatMap((p) => p.lines.filter((l) => l.text !== ''));

let mag: Magazine;
let raw: RawDocument;
let fromPdf: ExtractedDocument;
let fromText: ExtractedDocument;

before(async () => {
  mag = await buildMagazine();
  raw = await readPdf(mag.pdf, 'magazine.pdf');
  const lexicon = loadLexicon();
  fromPdf = extractDocument(raw, { id: 'magazine' }, { lexicon });
  fromText = extractDocument(readText(mag.dump, 'magazine.txt'), { id: 'magazine' }, { lexicon });
});

describe('PDF reader on a three-column magazine', () => {
  it('reads every printed line once, in reading order across columns and pages', () => {
    assert.deepEqual(textLines(raw).map((l) => l.text), mag.lines.map((l) => l.text));
  });

  it('takes printed page labels from the page numbers and leaves running heads out', () => {
    assert.deepEqual(raw.pages.map((p) => p.label), [FIRST_PRINTED_PAGE, FIRST_PRINTED_PAGE + 1, FIRST_PRINTED_PAGE + 2]);
    const texts = textLines(raw).map((l) => l.text);
    for (const furniture of ['POLICY REVIEW', 'NOVEMBER 2020', String(FIRST_PRINTED_PAGE)]) assert.ok(!texts.includes(furniture), furniture);
  });

  it('marks title, byline and caption, joins the letter-spaced byline and the drop cap', () => {
    const lines = textLines(raw);
    const find = (t: string): Line => lines.find((l) => l.text === t) ?? assert.fail(`no line ${t}`);
    for (const t of ARTICLE_A.title) assert.equal(find(t).role, 'title');
    assert.equal(find(ARTICLE_A.byline).role, 'byline');
    assert.equal(find(ARTICLE_A.caption).role, 'caption');
    assert.ok(lines.some((l) => l.text.startsWith(ARTICLE_A.paragraphs[0]!.split(' ').slice(0, 4).join(' '))), 'drop cap merged into its word');
  });

  it('marks bold questions, paragraph starts from indents, and nothing else', () => {
    const lines = textLines(raw);
    const columnLines = mag.lines.map((s, i) => ({ s, l: lines[i]! })).filter(({ s }) => s.block.startsWith('col'));
    for (const { s, l } of columnLines) {
      assert.equal(l.bold === true, s.bold === true, `bold: ${s.text}`);
      assert.equal(l.paragraphStart === true, s.start === true, `paragraph start: ${s.text}`);
    }
  });

  it('puts blank lines between blocks and a box on every line', () => {
    for (const p of raw.pages) {
      assert.notEqual(p.lines[0]?.text, '');
      p.lines.forEach((l, i) => {
        if (l.text === '') return assert.notEqual(p.lines[i - 1]?.text, '', 'no double blank lines');
        assert.equal(l.box?.page, p.index);
        assert.ok(l.box.x >= 0 && l.box.y >= 0 && l.box.x + l.box.w <= 612 && l.box.y + l.box.h <= 792, l.text);
        assert.ok((l.fontSize ?? 0) > 0);
      });
    }
    assert.equal(raw.lineEndHyphens, 'resolve');
  });
});

describe('same content through the PDF path and the text path', () => {
  const owner = (doc: ExtractedDocument, text: string) => doc.paragraphs.filter((p) => norm(p.text).includes(norm(text)));

  it('keeps every paragraph whole and in order in both paths', () => {
    for (const doc of [fromPdf, fromText]) {
      const at = mag.paragraphs.map((sp) => {
        const found = owner(doc, sp.text);
        assert.equal(found.length, 1, `one paragraph holds: ${sp.text.slice(0, 50)}`);
        return doc.paragraphs.indexOf(found[0]!);
      });
      assert.deepEqual(at, [...at].sort((a, b) => a - b), 'document order');
    }
  });

  it('gives each paragraph the printed page it starts on (PDF path)', () => {
    for (const sp of mag.paragraphs) assert.equal(owner(fromPdf, sp.text)[0]?.page, sp.page, sp.text.slice(0, 50));
  });

  it('gives the same paragraphs the same speakers in both paths', () => {
    let compared = 0;
    for (const sp of mag.paragraphs) {
      const [a] = owner(fromPdf, sp.text);
      const [b] = owner(fromText, sp.text);
      if (!a || !b || norm(a.text) !== norm(b.text)) continue;
      assert.deepEqual(a.speakers, b.speakers, sp.text.slice(0, 50));
      compared++;
    }
    assert.ok(compared >= mag.paragraphs.length / 2, `compared ${compared}`);
  });

  it('keeps the caption credit apart', () => {
    const caption = fromPdf.paragraphs.find((p) => p.kind === 'caption');
    assert.equal(caption?.credit, 'Jan Novak');
  });
});
