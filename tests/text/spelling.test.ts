// British and American spellings share one key; words that only look like variants stay apart (src/text/spelling.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spellingKey } from '../../src/text/spelling.ts';

/** Pairs that must meet. */
const same: Array<[string, string]> = [
  ['democratisation', 'democratization'], ['organise', 'organize'], ['apologised', 'apologized'], ['recognising', 'recognizing'],
  ['analyse', 'analyze'], ['colour', 'color'], ['honoured', 'honored'], ['favourite', 'favorite'], ['labour', 'labor'],
  ['behaviours', 'behaviors'], ['centre', 'center'], ['theatres', 'theaters'], ['fibre', 'fiber'], ['dialogue', 'dialog'],
  ['catalogues', 'catalogs'], ['travelled', 'traveled'], ['cancelling', 'canceling'], ['defence', 'defense'],
  ['programme', 'program'], ['centred', 'centered'], ['judgement', 'judgment'],
];
for (const [british, american] of same) {
  test(`${british} and ${american} share a key`, () => assert.equal(spellingKey(british), spellingKey(american)));
}

/** Pairs that must stay apart. */
const apart: Array<[string, string]> = [
  ['four', 'for'], ['hour', 'hor'], ['your', 'yor'], ['flour', 'flor'], ['timbre', 'timber'], ['rise', 'rize'],
  ['raise', 'raize'], ['called', 'caled'], ['controlled', 'controled'], ['prise', 'prize'],
];
for (const [a, b] of apart) test(`${a} and ${b} stay apart`, () => assert.notEqual(spellingKey(a), spellingKey(b)));

test('words no rule concerns are their own key', () => {
  for (const w of ['election', 'parliament', 'the', 'opposition', 'tokayev', 'crisis']) assert.equal(spellingKey(w), w);
});
