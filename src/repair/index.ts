// Repair stage: undo what PDF extraction did to the text, and hand segmentation blocks in reading order.
import type { Block, Page, RawDocument, RepairedDocument, RepairStats } from '../domain/types.ts';
import { buildVocabulary, EMPTY_LEXICON, type Lexicon } from '../text/lexicon.ts';
import { restoreLigatures } from './ligatures.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from '../conventions/furniture.ts';
import { joinSpacedLines, repairLetterSpacing, wordTest } from './letterSpacing.ts';
import { repairJumps } from './jumps.ts';
import { repairRunningHeads } from './runningHeads.ts';
import { documentHyphenates, MERGED_LINE_RATIO, repairLostHyphens, resolveLineEndHyphen, type HyphenEvidence } from './hyphens.ts';
import { splitBlocks, firstText, lastText, type WorkBlock } from './blocks.ts';
import { repairDropCaps } from './dropCaps.ts';
import { moveJumpedText } from './jumpMoves.ts';
import { flatWords, markFurniture, moveInterruptions, withFurnitureAside } from './furnitureBlocks.ts';
import { isOpenEnded, repairColumns } from './columns.ts';
import { startsLowercase, typicalWidth } from '../text/predicates.ts';
import { markContinuations } from './continuations.ts';
import { repairKerning } from './kerning.ts';
import { DEFAULT_REPAIR, type RepairConventions } from '../conventions/repair.ts';

export interface RepairOptions {
  lexicon?: Lexicon;
  /** The publisher's furniture conventions (folios, heads, jump lines, pull quotes); generic defaults otherwise. */
  furniture?: FurnitureConventions;
  /** What keeps blocks apart (dateline and contact lines, section breaks); generic defaults otherwise. */
  repair?: RepairConventions;
}

export function repairDocument(raw: RawDocument, options: RepairOptions = {}): RepairedDocument {
  const stats: RepairStats = { letterSpaced: 0, dropCaps: 0, hyphens: 0, jumps: 0, columns: 0, strayWords: 0 };
  const lexicon = options.lexicon ?? EMPTY_LEXICON;
  raw = { ...raw, pages: restoreLigatures(raw.pages, lexicon).pages };
  const rawVocab = buildVocabulary(raw.pages.flatMap((p) => p.lines.map((l) => l.text)));
  const spaced = raw.pages.map((p) => ({ ...p, lines: joinSpacedLines(p.lines) })).map((p) => mapLines(p, (t) => {
    const r = repairLetterSpacing(t, wordTest(lexicon, rawVocab.count));
    if (r.fixed) stats.letterSpaced++;
    return r.text;
  }));
  const conv = options.furniture ?? DEFAULT_FURNITURE;
  const jumped = repairJumps(spaced, conv);
  stats.jumps = jumped.jumps;
  const heads = repairRunningHeads(jumped.pages, raw.pages.map((p) => p.label ?? null), conv);
  const labels = heads.labels.map((l, i) => l ?? jumped.labels[i] ?? null);
  const repairConv = options.repair ?? DEFAULT_REPAIR;
  const hyphenated = repairHyphens(heads.pages, lexicon, raw.lineEndHyphens ?? 'keep', stats);
  // Lost word spaces, once drop caps are back on their words (`L` + `adies` is no `a dies`).
  const kern = (t: string): string => repairKerning(t, { lexicon, count: rawVocab.count }, repairConv).text;
  const docFlat = flatWords(hyphenated.flatMap((p) => p.lines.map((l) => kern(l.text))).join(' '));
  const pages = splitBlocks(hyphenated, labels).map((blocks) => {
    const r = repairDropCaps(blocks, wordTest(lexicon, rawVocab.count));
    stats.dropCaps += r.fixed;
    const kerned = r.blocks.map((b) => ({ ...b, lines: b.lines.map((l) => ({ ...l, text: kern(l.text) })) }));
    return markFurniture(kerned, docFlat, conv);
  });
  const ordered = pages.flatMap((blocks, i) => {
    const next = pages[i + 1]?.[0];
    const nextStartsOpen = jumped.jumpedPages[i] === true || (!!next && startsLowercase(firstText(next)));
    return withFurnitureAside(blocks, (body) => {
      const r = repairColumns(body, nextStartsOpen);
      stats.columns += r.moved;
      stats.strayWords += r.strayWords;
      return r.blocks;
    }, isOpenEnded);
  });
  const moved = moveJumpedText(ordered);
  stats.columns += moved.moved;
  return { blocks: markContinuations(moveInterruptions(moved.blocks, isOpenEnded), repairConv), stats };
}

function mapLines(page: Page, f: (t: string) => string): Page {
  return { ...page, lines: page.lines.map((l) => ({ ...l, text: f(l.text) })) };
}

/** Lost hyphens in glued lines (text dumps), soft line-end hyphens (PDF). */
function repairHyphens(pages: Page[], lexicon: Lexicon, mode: 'keep' | 'resolve', stats: RepairStats): Page[] {
  const widths = pages.map((p) => typicalWidth(p.lines.map((l) => l.text.length)));
  const isMerged = (pi: number, t: string): boolean => t.length > (widths[pi] ?? Infinity) * MERGED_LINE_RATIO;
  const plain = pages.flatMap((p, pi) => p.lines.filter((l) => !isMerged(pi, l.text)).map((l) => l.text));
  const vocabulary = buildVocabulary(plain);
  const base: HyphenEvidence = { vocabulary, isWord: wordTest(lexicon, vocabulary.count), inLexicon: (w) => lexicon.has(w) };
  const pairs = pages.flatMap((p) => p.lines.slice(1).map((l, k): [string, string] => [p.lines[k]!.text, l.text]));
  const ev: HyphenEvidence = { ...base, hyphenates: documentHyphenates(pairs, base) };
  return pages.map((p, pi) => {
    const lines = p.lines.map((l) => {
      const r = repairLostHyphens(l.text, isMerged(pi, l.text), ev);
      stats.hyphens += r.fixed;
      return { ...l, text: r.text };
    });
    if (mode === 'resolve') resolveSoftHyphens(lines, ev, stats);
    return { ...p, lines };
  });
}

function resolveSoftHyphens(lines: { text: string }[], ev: HyphenEvidence, stats: RepairStats): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const r = resolveLineEndHyphen(lines[i]!.text, lines[i + 1]!.text, ev);
    if (!r) continue;
    lines[i]!.text = r.left;
    lines[i + 1]!.text = r.right;
    stats.hyphens++;
  }
}
