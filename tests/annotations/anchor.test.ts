import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorQuote, reanchor } from '../../src/annotations/anchor.ts';
import { cpIndex, selectorAt, unitIndex, wordSimilarity } from '../../src/annotations/text.ts';

const TEXT = 'The minister said the vote was free and fair. Observers said the vote was not free at all.';

test('anchorQuote: position, nearby position, context and failures', () => {
  const cases: { name: string; input: Parameters<typeof anchorQuote>[1]; start: number | null }[] = [
    { name: 'exact at position', input: { exact: 'the vote was', start: 18 }, start: 18 },
    { name: 'second occurrence by position', input: { exact: 'the vote was', start: 61 }, start: 61 },
    { name: 'position a few characters off', input: { exact: 'the vote was', start: 58 }, start: 61 },
    { name: 'no position: first occurrence', input: { exact: 'the vote was' }, start: 18 },
    { name: 'no position: prefix picks the second', input: { exact: 'the vote was', prefix: 'Observers said ' }, start: 61 },
    { name: 'quote absent', input: { exact: 'the vote was rigged' }, start: null },
    { name: 'position far away', input: { exact: 'The minister', start: 80 }, start: null },
    { name: 'case matters', input: { exact: 'THE VOTE' }, start: null },
  ];
  for (const c of cases) {
    const got = anchorQuote(TEXT, c.input);
    assert.equal(got?.start ?? null, c.start, c.name);
    if (got) {
      assert.equal(TEXT.slice(got.start, got.end), c.input.exact, c.name);
      assert.equal(got.prefix, TEXT.slice(Math.max(0, got.start - 32), got.start), c.name);
      assert.equal(got.suffix, TEXT.slice(got.end, got.end + 32), c.name);
    }
  }
});

test('selector offsets count code points, not UTF-16 units', () => {
  const text = '😀 smile 😀 and frown';
  const sel = selectorAt(text, text.indexOf('and'), text.indexOf('and') + 3);
  // '😀', ' ', 's','m','i','l','e',' ','😀',' ' = 10 code points before 'and'
  assert.equal(sel.start, 10);
  assert.equal(sel.end, 13);
  assert.equal(unitIndex(text, 10), text.indexOf('and'));
  assert.equal(cpIndex(text, text.indexOf('and')), 10);
  assert.equal(anchorQuote(text, { exact: 'and', start: 10 })?.start, 10);
});

const OLD = 'Turnout reached a record high of 63 per cent in the capital, officials announced on Monday evening.';
const quote = (text: string, exact: string) => selectorAt(text, text.indexOf(exact), text.indexOf(exact) + exact.length);

test('reanchor: exact, context, fuzzy, orphan', () => {
  const sel = quote(OLD, 'a record high of 63 per cent');
  const other = { id: 'p_other', text: 'Nothing to see in this paragraph about the weather and the harvest.' };
  const cases: { name: string; text: string; method: string | null; exact?: string }[] = [
    { name: 'words changed around the quote', text: OLD.replace('Monday evening', 'Tuesday'), method: 'exact', exact: 'a record high of 63 per cent' },
    { name: 'quote edited, context intact', text: OLD.replace('63 per cent', '64.5 per cent'), method: 'context', exact: 'a record high of 64.5 per cent' },
    {
      name: 'quote and context edited a little',
      text: 'Turnout hit a record high of 63 percent in the capital city, the officials said.',
      method: 'fuzzy',
    },
    { name: 'passage deleted', text: 'Officials announced the results on Monday evening.', method: null },
  ];
  for (const c of cases) {
    const got = reanchor({ paragraphText: OLD, selector: sel }, [other, { id: 'p_new', text: c.text }]);
    assert.equal(got?.method ?? null, c.method, c.name);
    if (!got) continue;
    assert.equal(got.paragraphId, 'p_new', c.name);
    const s = got.selector!;
    assert.equal(c.text.slice(s.start, s.end), s.exact, c.name);
    if (c.exact) assert.equal(s.exact, c.exact, c.name);
    else assert.match(s.exact, /record high of 63 per ?cent/, c.name);
  }
});

test('reanchor: a fuzzy match must meet the similarity floor (4 edits in 28 characters is a different phrase)', () => {
  const sel = quote(OLD, 'a record high of 63 per cent');
  const text = 'Turnout hit a recurd hugh of 64 pur cent in the capital city, the officials said.';
  assert.equal(reanchor({ paragraphText: OLD, selector: sel }, [{ id: 'p_new', text }]), null);
  const one = text.replace('recurd hugh of 64 pur', 'record high of 63 per');
  assert.equal(reanchor({ paragraphText: OLD, selector: sel }, [{ id: 'p_new', text: one }])?.method, 'exact');
});

test('reanchor: a short common quote is not moved to an unrelated paragraph', () => {
  const text = 'The vote was free. Nothing else.';
  const sel = quote(text, 'The vote');
  const got = reanchor({ paragraphText: text, selector: sel }, [{ id: 'p_x', text: 'Elsewhere, the vote was late. The vote counts.' }]);
  assert.equal(got, null);
});

test('reanchor: whole-paragraph annotations follow their paragraph', () => {
  const edited = OLD.replace('officials announced', 'the officials announced');
  const unrelated = { id: 'p_u', text: 'The weather was cold and the harvest came in late this year in the north.' };
  const cases: { name: string; candidates: { id: string; text: string }[]; want: string | null }[] = [
    { name: 'same text, new id', candidates: [unrelated, { id: 'p_same', text: ` ${OLD}  ` }], want: 'p_same' },
    { name: 'lightly edited', candidates: [unrelated, { id: 'p_edit', text: edited }], want: 'p_edit' },
    { name: 'gone', candidates: [unrelated], want: null },
  ];
  for (const c of cases) {
    assert.equal(reanchor({ paragraphText: OLD, selector: null }, c.candidates)?.paragraphId ?? null, c.want, c.name);
  }
});

test('wordSimilarity: unrelated long paragraphs score low, edited ones high', () => {
  assert.ok(wordSimilarity(OLD, OLD.replace('Monday', 'Tuesday')) > 0.8);
  assert.ok(wordSimilarity(OLD, 'The weather was cold and the harvest came in late this year in the north.') < 0.1);
});
