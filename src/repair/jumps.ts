// Jump lines (`Continued on page N`, `(Continued on p. N)`, `See WORD, Page N`) and their heads on the jump page
// (`Continued from page M`, `WORD, from Page M`): removed from the text, remembered on the neighbouring lines so
// that the jumped text can be moved back behind the text it continues, and used as weak page-number evidence.
import type { Line, Page } from '../domain/types.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from '../conventions/furniture.ts';

export interface JumpResult {
  pages: Page[];
  /** Printed page number per physical page (index-aligned with pages), null where nothing tells. */
  labels: (number | null)[];
  jumps: number;
  /** Pages that ended with a jump marker: their last sentence goes on overleaf. */
  jumpedPages: boolean[];
}

interface Marker {
  kind: 'out' | 'in';
  page: number;
  key?: string;
  rest: string; // the line's words beside the marker
}

function matchMarker(text: string, conv: FurnitureConventions): Marker | undefined {
  const t = text.trim();
  for (const re of conv.jumpOut) {
    const m = re.exec(t);
    if (m) return { kind: 'out', page: Number(m[1]), rest: t.slice(0, m.index).trim() };
  }
  const see = conv.jumpSee.exec(t);
  if (see) return { kind: 'out', page: Number(see[2]), key: see[1]!.trim().toLowerCase(), rest: t.slice(0, see.index).trim() };
  for (const re of conv.jumpIn) {
    const m = re.exec(t);
    if (m) return { kind: 'in', page: Number(m[1]), rest: t.slice(m[0].length).trim() };
  }
  const from = conv.jumpKeywordFrom.exec(t);
  if (from) return { kind: 'in', page: Number(from[2]), key: from[1]!.trim().toLowerCase(), rest: '' };
  return undefined;
}

/** Remove jump markers, and label pages from them where folios say nothing (see `jumpLabels`). */
export function repairJumps(pages: Page[], conv: FurnitureConventions = DEFAULT_FURNITURE): JumpResult {
  const found: Found[] = [];
  const cleaned = pages.map((page, i) => {
    const lines: Line[] = [];
    let pendingIn: Line['jump'] | undefined;
    for (const l of page.lines) {
      const m = matchMarker(l.text, conv);
      if (!m) {
        lines.push(pendingIn && l.text.trim() ? { ...l, jump: pendingIn } : l);
        if (l.text.trim()) pendingIn = undefined;
        continue;
      }
      found.push({ ...m, at: i });
      const jump = m.kind === 'out' ? { to: m.page, ...(m.key ? { key: m.key } : {}) } : { from: m.page, ...(m.key ? { key: m.key } : {}) };
      if (m.kind === 'out' && !m.rest) tagLastLine(lines, jump);
      else if (m.rest) lines.push({ ...l, text: m.rest, jump });
      else pendingIn = jump;
    }
    return { ...page, lines };
  });
  const jumpedPages = pages.map((_, i) => found.some((f) => f.kind === 'out' && f.at === i));
  return { pages: cleaned, labels: jumpLabels(pages, found), jumps: found.length, jumpedPages };
}

interface Found extends Marker {
  at: number; // physical page index (0-based)
}

/**
 * A jump line to page N on page i and its head `from page M` on page j say that i is M and j is N. A jump line
 * without its head says the text goes on overleaf: i is N−1 and i+1 is N. When the labels so found agree on one
 * offset from the physical pages, the pages between them take it too.
 */
/** Jump-derived labels fill the pages between them only when this many pages agree on one offset. */
const MIN_AGREEING_PAGES = 3;

function jumpLabels(pages: Page[], found: Found[]): (number | null)[] {
  const labels: (number | null)[] = pages.map((p) => p.label ?? null);
  const set = (i: number, n: number): void => {
    if (i >= 0 && i < labels.length && labels[i] == null) labels[i] = n;
  };
  for (const out of found.filter((f) => f.kind === 'out')) {
    const h = found.find((f) => f.kind === 'in' && f.at > out.at && (out.key && f.key ? f.key === out.key : out.page - f.page === f.at - out.at));
    if (h) {
      set(out.at, h.page);
      set(h.at, out.page);
    } else {
      set(out.at, out.page - 1);
      set(out.at + 1, out.page);
    }
  }
  const known = labels.flatMap((l, i) => (l == null ? [] : [l - pages[i]!.index]));
  const offsets = new Set(known);
  const [only] = offsets;
  if (offsets.size !== 1 || only === undefined || known.length < MIN_AGREEING_PAGES) return labels;
  const first = labels.findIndex((l) => l != null);
  const last = labels.length - 1 - [...labels].reverse().findIndex((l) => l != null);
  return pages.map((p, i) => labels[i] ?? (i > first && i < last ? p.index + only : null));
}

function tagLastLine(lines: Line[], jump: NonNullable<Line['jump']>): void {
  for (let k = lines.length - 1; k >= 0; k--) {
    if (!lines[k]!.text.trim()) continue;
    lines[k] = { ...lines[k]!, jump: { ...lines[k]!.jump, ...jump } };
    return;
  }
}
