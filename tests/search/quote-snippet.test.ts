// Snippets centred on a quote, and the forms of a name found in texts (pure, table-driven).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteSnippet } from '../../src/search/quote-snippet.ts';
import { countNameForms, cueAfter, cueDescription, nameForms } from '../../src/search/name-variants.ts';

const opts = { cropLength: 6, cropMarker: '…', highlightPreTag: '<mark>', highlightPostTag: '</mark>' };
const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const bytes = (text: string, part: string) => ({ start: Buffer.byteLength(text.slice(0, text.indexOf(part))), length: Buffer.byteLength(part) });

test('quoteSnippet: windows, marks inside and across the quote, escaping', () => {
  const long = 'one two three four five six seven eight “ab cd” nine ten eleven';
  const amp = 'Tom & Jerry said “a <b> c” then left.';
  const cases: Array<[string, string, string, string[], string]> = [
    ['short text: all of it', 'He said “go now” twice.', 'go now', [], 'He said “<q>go now</q>” twice.'],
    ['quote late in a long text: the window moves to it', long, 'ab cd', [], '…seven eight “<q>ab cd</q>” nine ten…'],
    ['a match inside the quote', long, 'ab cd', ['cd'], '…seven eight “<q>ab <mark>cd</mark></q>” nine ten…'],
    ['a match outside the quote, in the window', long, 'ab cd', ['seven'], '…<mark>seven</mark> eight “<q>ab cd</q>” nine ten…'],
    ['a match across the quote edge is split, tags stay nested', 'x “ab cd” y', 'ab cd', ['“ab'], 'x <mark>“</mark><q><mark>ab</mark> cd</q>” y'],
    ['HTML is escaped', amp, 'a <b> c', [], '…said “<q>a &lt;b&gt; c</q>” then left.'],
  ];
  for (const [name, text, quote, matches, want] of cases) {
    assert.equal(quoteSnippet(text, span(text, quote), matches.map((m) => bytes(text, m)), opts), want, name);
  }
});

test('quoteSnippet: a quote longer than the window opens near its start', () => {
  const text = 'Lead: “' + Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ') + '” end.';
  const quote = { start: text.indexOf('w0'), end: text.indexOf('”') };
  assert.equal(quoteSnippet(text, quote, [], opts), '…“<q>w0 w1 w2 w3 w4 w5</q>…', 'the quote is closed where the window ends');
});

test('nameForms: whole name, tails, first and last', () => {
  assert.deepEqual(nameForms('Ana Maria Lopez'), ['Ana Maria Lopez', 'Maria Lopez', 'Ana Lopez', 'Lopez']);
  assert.deepEqual(nameForms('Lopez'), ['Lopez']);
});

test('countNameForms: each occurrence counted once, as its longest form, on word boundaries', () => {
  const counts = countNameForms('Ana Lopez', ['Ana Lopez spoke. Lopez left.', 'Lopez’s dog met Lopezian and Ana-Lopez.']);
  assert.deepEqual(Object.fromEntries(counts), { 'Ana Lopez': 1, Lopez: 2 });
});

test('cueDescription: what a cue calls the speaker when it does not name them', () => {
  const cases: Array<[string, string | null]> = [
    ['the minister said', 'the minister'],
    ['said the former mayor', 'the former mayor'],
    ['Lopez said', null],
    ['she added', null],
    ['said', null],
  ];
  for (const [cue, want] of cases) assert.equal(cueDescription(cue, 'Ana Lopez'), want, cue);
});

test('resolveSpeakerName: exact, then any case and accents, then a unique surname', async () => {
  const { resolveSpeakerName } = await import('../../src/search/speakers.ts');
  const names = ['Ana Lopez', 'Élise Martin', 'Paul Martin', 'Bo Sample'];
  const cases: Array<[string, string | null]> = [
    ['Ana Lopez', 'Ana Lopez'], ['ana lopez', 'Ana Lopez'], ['Elise Martin', 'Élise Martin'], ['lopez', 'Ana Lopez'],
    ['Martin', null], ['Nobody', null], ['Sample', 'Bo Sample'],
  ];
  for (const [asked, want] of cases) assert.equal(resolveSpeakerName(asked, names), want, asked);
});

test('cueAfter: the attribution right after a quote, when it describes the speaker', () => {
  const at = (text: string) => ({ end: text.indexOf('”') });
  const cases: Array<[string, string | null]> = [
    ['“We won,” said the former mayor. Later that day…', 'said the former mayor'],
    ['“We won,” the minister added, smiling.', 'the minister added'],
    ['“We won,” Lopez said in his address.', null],
    ['“We won,” he said.', null],
    ['“We won.” The results came in late.', null],
  ];
  for (const [text, want] of cases) assert.equal(cueAfter(text, at(text)), want, text);
});
