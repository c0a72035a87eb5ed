// Where a speech cue is printed: its verb and its subject as one stretch of the paragraph ("said Ada Roe",
// "he added", "Roe, 45, said"), so a quote can show the attribution words the document itself prints.
import type { Cue } from './cues.ts';
import type { NameRun } from './names.ts';
import type { Token } from './tokens.ts';
import { CUE_PARTICLES, DEFINITE } from './words.ts';

export interface Extent {
  start: number;
  end: number;
}

/** A cue longer than this many tokens runs through a clause ("X, who …, said"): only its verb is shown. */
const CUE_MAX_TOKENS = 12;
/** How far from the verb a pronoun or a description's head may stand ("he then added", "said the new minister"). */
const SUBJECT_REACH = 6;

/** Token indices [first, last] of the cue's subject in the sentence, nearest the verb; null when none is printed. */
function subjectAt(s: readonly Token[], c: Cue, runs: readonly NameRun[]): [number, number] | null {
  const v = c.at;
  const near = (k: number) => Math.abs(k - v);
  const ref = c.ref;
  if (ref.kind === 'name') {
    const want = ref.words.join(' ');
    const run = runs.filter((r) => r.words.join(' ') === want).sort((a, b) => near(a.first) - near(b.first))[0];
    return run ? [run.first, run.last] : null;
  }
  if (ref.kind === 'opaque' || ref.kind === 'elided') return null;
  const word = ref.kind === 'pronoun' ? ref.word : ref.head;
  const at = s.map((t, k) => (t.lower === word && near(k) <= SUBJECT_REACH ? k : -1)).filter((k) => k >= 0).sort((a, b) => near(a) - near(b))[0];
  if (at === undefined) return null;
  if (ref.kind === 'pronoun') return [at, at];
  let first = at;
  while (first > 0 && at - first < SUBJECT_REACH && s[first - 1]?.type === 'word') {
    first--;
    if (DEFINITE.has(s[first]?.lower ?? '')) break;
  }
  return [first, at];
}

/** Text offsets of the cue as printed: from the first to the last of its verb (with its particle) and its subject. */
export function cueExtent(s: readonly Token[], c: Cue, runs: readonly NameRun[]): Extent {
  const verb = s[c.at] as Token;
  const particle = s[c.at + 1];
  const verbLast = particle && CUE_PARTICLES[verb.lower]?.has(particle.lower) ? c.at + 1 : c.at;
  const subject = subjectAt(s, c, runs);
  let first = Math.min(c.at, subject?.[0] ?? c.at);
  let last = Math.max(verbLast, subject?.[1] ?? verbLast);
  if (last - first >= CUE_MAX_TOKENS || s.slice(first, last + 1).some((t) => t.type === 'quote')) {
    first = c.at;
    last = verbLast;
  }
  return { start: (s[first] as Token).start, end: (s[last] as Token).end };
}
