// Whole pipeline on an invented report with the same kinds of damage as the bundled one: what comes out must be
// the paragraphs that were "printed" (written by hand in the expectations below, not taken from the output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFile } from '../../src/corpus.ts';

const doc = await extractFile('tests/fixtures/synthetic/harbour-report.txt');
const para = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start));

test('synthetic report: articles, authors, kinds and rubric', () => {
  assert.deepEqual(doc.articles.map((a) => [a.title, a.authors, a.kind, a.rubric ?? null]), [
    ['Velmora to vote on harbour expansion', ['Marta Koval'], 'news', null],
    ['Engineer: The harbour can be built in three years', ['Marta Koval'], 'interview', 'Q&A'],
    ['Why the harbour matters now', ['Tomas Lind'], 'opinion', 'GUEST OPINION'],
  ]);
});

test('synthetic report: repaired paragraphs, whole, with printed pages', () => {
  const expected: [string, number | null][] = [
    ['The city council of Velmora has approved a referendum on the harbour expansion for 14 March. The vote is seen as a test for Mayor Anton Reyes-Varga.', 2],
    ['The council is the elected council of forty members who sit for a four-year term. Half of the seats were won by independents in the last vote.', 2],
    ['The previous harbour vote was held in 2019 and drew a turnout of just under half of the voters in the city.', 2],
    ['Currently, the mayor’s coalition holds a narrow majority of two seats in the council chamber.', 2],
    ['The plan includes a new container terminal and a long-term lease for the ferry operator.', 3],
    ['How long will the works take? Is the budget realistic?', null],
  ];
  for (const [text, page] of expected) {
    const p = doc.paragraphs.find((x) => x.text === text);
    assert.ok(p, `paragraph missing: ${text}`);
    assert.equal(p.page, page, text);
  }
  const front = para('The port city of Velmora');
  assert.equal(front?.articleId, null);
  assert.equal(front?.page, null);
});

test('synthetic report: kinds and speakers', () => {
  const cases: [string, string, string[]][] = [
    ['The old harbour of Velmora at dawn.', 'caption', []],
    ['“We have waited long enough', 'body', ['Anton Reyes-Varga']],
    // Printed after the byline in the text face, opening with a drop cap: the first paragraph, not a deck (the
    // dev-set gold calls a standfirst only what stands between title and byline or is set in another face).
    // Reported speech without quotation marks ("X told PortWire … that the plan is sound") mentions X: no speaker.
    ['Engineer Ilse Brandvold told PortWire', 'body', []],
    ['Ilse Brandvold is a civil engineer', 'bio', []],
    ['How long will the works take?', 'question', ['Marta Koval']],
    ['Three years, if the weather allows.', 'answer', ['Ilse Brandvold']],
    ['What about the fishermen?', 'question', ['Marta Koval']],
    ['No. The plan keeps the old quay for the fishing fleet, as your readers', 'answer', ['Ilse Brandvold']],
    ['DISCLAIMER: All opinions', 'disclaimer', []],
    ['The harbour is the heart of our city, writes Tomas Lind.', 'body', ['Tomas Lind']], // a drop-cap lead, as above
    ['Tomas Lind is a historian', 'bio', []],
    ['The council warned that delays in the works may lead to a costly loss of trust, as it did in other port towns.', 'body', ['Tomas Lind']],
    ['OUR CHOICE', 'heading', []],
  ];
  for (const [start, kind, speakers] of cases) {
    const p = para(start);
    assert.ok(p, `paragraph missing: ${start}`);
    assert.equal(p.kind, kind, start);
    assert.deepEqual(p.speakers, speakers, start);
  }
  assert.equal(para('The old harbour of Velmora')?.credit, 'Marta Koval');
});

test('synthetic report: no damage left', () => {
  const all = doc.paragraphs.map((p) => p.text).join('\n');
  assert.ok(!/continued on page/i.test(all));
  assert.ok(!/(?:\b\w ){5,}\w\b/.test(all));
  assert.ok(!doc.paragraphs.some((p) => /^\p{L}$/u.test(p.text)));
  assert.ok(doc.stats.dropCaps === 3 && doc.stats.letterSpaced === 3 && doc.stats.jumps === 1, JSON.stringify(doc.stats));
});
