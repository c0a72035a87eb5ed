// Pure: one spelling for the British and American forms of a word, so that either finds the other. The key is
// the American form where one exists ("democratisation" → "democratization", "colour" → "color"); words that
// only look like a variant map to a key nobody reads, harmless because text and query get the same key.

import { memoize } from './memo.ts';

export interface SpellingRule {
  /** Applied to a lower-case word; the first rule that matches gives the key. */
  pattern: RegExp;
  replacement: string;
  /** Why the rule holds (and what it must leave alone). */
  why: string;
}

/** Pairs no rule covers. */
export const SPELLING_PAIRS: Readonly<Record<string, string>> = {
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', licence: 'license',
  licences: 'licenses', pretence: 'pretense', programme: 'program', programmes: 'programs', grey: 'gray',
  judgement: 'judgment', judgements: 'judgments', ageing: 'aging', aluminium: 'aluminum', plough: 'plow',
  sceptic: 'skeptic', sceptics: 'skeptics', sceptical: 'skeptical', scepticism: 'skepticism', manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers', enrol: 'enroll', fulfil: 'fulfill', skilful: 'skillful', instalment: 'installment',
  centred: 'centered', centring: 'centering', jewellery: 'jewelry', cheque: 'check', cheques: 'checks',
};

/** Words a rule would turn into another real word. */
export const SPELLING_EXCEPTIONS: ReadonlySet<string> = new Set(['flour', 'flours', 'timbre', 'timbres', 'prise', 'prised']);

export const SPELLING_RULES: readonly SpellingRule[] = [
  { pattern: /^(\p{L}{2,})logue(s?)$/u, replacement: '$1log$2', why: 'dialogue/dialog, catalogue/catalog' },
  {
    pattern: /^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers|able)$/u, replacement: '$1iz$2',
    why: 'organise/organize, democratisation/democratization; stems of 3+ letters keep rise, wise, raise apart',
  },
  { pattern: /^(\p{L}{2,})ys(e|es|ed|ing|er|ers)$/u, replacement: '$1yz$2', why: 'analyse/analyze, paralysed/paralyzed' },
  {
    pattern: /^(\p{L}{2,}?)our(s|ed|ing|ful|fully|less|able|ably|ite|ites|er|ers|ist|ists|ism|y|hood)?$/u,
    replacement: '$1or$2', why: 'colour/color, honourable/honorable, favourite/favorite; two-letter stems keep four, hour, your',
  },
  { pattern: /^(\p{L}{2,})([tbg])re(s?)$/u, replacement: '$1$2er$3', why: 'centre/center, fibre/fiber, meagre/meager' },
  {
    pattern: /^(\p{L}{2,}[ea])ll(ed|ing|er|ers)$/u, replacement: '$1l$2',
    why: 'travelled/traveled, labelling/labeling, signalled/signaled (stems ending in -el, -al only)',
  },
];

/** Endings some rule needs: most words have none, and skip the rules (speed only). */
const RULE_ENDING = /(?:logues?|[sz](?:e|es|ed|ing|ation|ations|er|ers|able)|our[a-z]{0,5}|[tbg]res?|ll(?:ed|ing|er|ers))$/;
/** Distinct words kept memoised: a corpus repeats its words. */
const MEMO_LIMIT = 50_000;

/** The spelling key of a lower-case word (the word itself when no rule applies). */
export const spellingKey: (word: string) => string = memoize(keyOf, MEMO_LIMIT);

function keyOf(word: string): string {
  const pair = SPELLING_PAIRS[word];
  if (pair) return pair;
  if (SPELLING_EXCEPTIONS.has(word) || !RULE_ENDING.test(word)) return word;
  for (const rule of SPELLING_RULES) if (rule.pattern.test(word)) return word.replace(rule.pattern, rule.replacement);
  return word;
}
