// How ingestFiles groups documents for one ingest call: at most so many paragraphs or documents, in order, none lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupDocuments } from '../../src/search/ingest-files.ts';
import type { IngestableDocument } from '../../src/search/records.ts';

/** A stand-in document: only its id and number of paragraphs matter here. */
const doc = (id: string, paragraphs: number) => ({ document: { id }, paragraphs: Array.from({ length: paragraphs }) }) as unknown as IngestableDocument;

const cases: Array<[string, Array<[string, number]>, { maxParagraphs: number; maxDocuments: number }, string[][]]> = [
  ['nothing', [], { maxParagraphs: 10, maxDocuments: 3 }, []],
  ['closes before the paragraph bound is passed', [['a', 4], ['b', 4], ['c', 4]], { maxParagraphs: 10, maxDocuments: 9 }, [['a', 'b'], ['c']]],
  ['the bound itself still fits', [['a', 5], ['b', 5], ['c', 1]], { maxParagraphs: 10, maxDocuments: 9 }, [['a', 'b'], ['c']]],
  ['closes at the document bound', [['a', 1], ['b', 1], ['c', 1], ['d', 1]], { maxParagraphs: 100, maxDocuments: 3 }, [['a', 'b', 'c'], ['d']]],
  ['a document over the bound goes alone', [['a', 2], ['big', 30], ['c', 2]], { maxParagraphs: 10, maxDocuments: 9 }, [['a'], ['big'], ['c']]],
  ['empty documents count as documents', [['a', 0], ['b', 0], ['c', 0]], { maxParagraphs: 10, maxDocuments: 2 }, [['a', 'b'], ['c']]],
];
for (const [name, docs, limits, expected] of cases) {
  test(`groups: ${name}`, async () => {
    const groups: string[][] = [];
    for await (const g of groupDocuments(docs.map(([id, n]) => doc(id, n)), limits)) groups.push(g.map((d) => d.document.id));
    assert.deepEqual(groups, expected);
  });
}

test('groups: documents from an async source, as files are extracted', async () => {
  async function* extracted(): AsyncGenerator<IngestableDocument> {
    for (const id of ['a', 'b', 'c']) yield doc(id, 3);
  }
  const groups: string[][] = [];
  for await (const g of groupDocuments(extracted(), { maxParagraphs: 6, maxDocuments: 10 })) groups.push(g.map((d) => d.document.id));
  assert.deepEqual(groups, [['a', 'b'], ['c']]);
});
