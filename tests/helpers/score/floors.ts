// Floors for the dev set and the real PDFs: the figures today's pipeline reaches, which tests assert it keeps.
// `npm run score -- --write-floors` rewrites the file from the current figures.
import type { CheckResult } from './checkExtract.ts';
import type { RealResult } from './checkReal.ts';

export const FLOORS_FILE = 'tests/fixtures/dev/floors.json';
/** Floors of the held-out reports (tests/fixtures/heldout), kept apart from the dev set's. */
export const HELDOUT_FLOORS_FILE = 'tests/fixtures/heldout/floors.json';
export const HELDOUT_DIR = 'tests/fixtures/heldout';

/** Counts (right answers) a doc+form must keep, and yes/no bars it must keep when they hold today. */
export interface DevFloor {
  core: number;
  speakers: number;
  speakers_hard: number;
  articles: number;
  authors: number;
  pages: number;
  kinds: number;
  not_speaker: number;
  /** No body paragraph over 160 words (asserted only when true). */
  over_160_zero: boolean;
  /** Every paragraph has an id and no two share one (asserted only when true). */
  unique_ids: boolean;
  /** The whole check-extract bar (asserted only when true). */
  pass: boolean;
}

export interface Floors {
  about: string;
  dev: Record<string, Record<string, DevFloor>>;
  real: { total: number; docs: Record<string, number> };
}

export function devFigures(r: CheckResult): DevFloor {
  const f = r.figures;
  const g = r.globals;
  return {
    core: f.exact_core[0], speakers: f.speaker_core[0], speakers_hard: f.speaker_hard[0],
    articles: g.articles_found[0], authors: g.authors_right[0], pages: f.page[0], kinds: f.kind[0],
    not_speaker: f.not_speaker[0], over_160_zero: g.over_160_words === 0, unique_ids: g.unique_ids, pass: r.pass,
  };
}

/** What falls below the floor: one message per figure, empty when every floor holds. */
export function shortfalls(floor: DevFloor, got: DevFloor): string[] {
  const out: string[] = [];
  for (const [k, want] of Object.entries(floor) as [keyof DevFloor, number | boolean][]) {
    const have = got[k];
    if (typeof want === 'number' && (have as number) < want) out.push(`${k}: ${have} < floor ${want}`);
    if (want === true && have !== true) out.push(`${k}: no longer holds`);
  }
  return out;
}

const ABOUT = 'Floors asserted by tests/pipeline/dev-set.test.ts and tests/pipeline/real-pdfs.test.ts: right answers per '
  + 'dev document and form (counts, see tests/helpers/score/floors.ts) and real-PDF checks passed. Rewrite from the '
  + 'current figures with `npm run score -- --write-floors` once the pipeline improves; never lower a floor by hand.';

export function floorsFrom(dev: { name: string; form: string; result?: CheckResult }[], real: RealResult): Floors {
  const floors: Floors = { about: ABOUT, dev: {}, real: { total: real.passed, docs: {} } };
  for (const { name, form, result } of dev) {
    if (!result) continue;
    (floors.dev[name] ??= {})[form] = devFigures(result);
  }
  for (const d of real.docs) floors.real.docs[d.file] = d.passed;
  return floors;
}

export interface HeldoutFloors {
  about: string;
  docs: Record<string, Record<string, DevFloor>>;
}

const HELDOUT_ABOUT = 'Floors asserted by tests/pipeline/heldout.test.ts for the held-out reports (invented texts, see README.md): '
  + 'right answers per document and form. Rewrite with `npm run score -- --write-heldout-floors`; never lower a floor by hand.';

export function heldoutFloorsFrom(docs: { name: string; form: string; result?: CheckResult }[]): HeldoutFloors {
  const floors: HeldoutFloors = { about: HELDOUT_ABOUT, docs: {} };
  for (const { name, form, result } of docs) if (result) (floors.docs[name] ??= {})[form] = devFigures(result);
  return floors;
}
