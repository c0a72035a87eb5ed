// Pure geometry of the page view: where a quote sits among a page's text items (no pdf.js, no DOM).

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text item placed on the rendered page (viewport pixels): x, baseline, width and font size. */
export interface PlacedItem {
  str: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
}

/** Items whose baseline lies inside a region (grown by a little slack for rounding), in reading order. */
export function itemsIn(items: PlacedItem[], region: Rect): PlacedItem[] {
  const slack = 2;
  return items.filter(
    (it) => it.baseline >= region.y - slack && it.baseline - it.size * 0.5 <= region.y + region.h + slack && it.x + it.width >= region.x - slack && it.x <= region.x + region.w + slack,
  );
}

/** Letters and digits only, lower-cased: hyphens, ligature splits and line breaks do not stop a match. */
function key(ch: string): string {
  return /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase() : '';
}

/**
 * The rectangles covering `quote` among `items`: the quote's letters are found in the items' letters (so the
 * printed line breaks and hyphens do not matter), and each item it touches gives the part of its width it spans.
 */
export function quoteRects(items: PlacedItem[], quote: string): Rect[] {
  const letters: { item: number; at: number }[] = [];
  let hay = '';
  items.forEach((it, i) => {
    [...it.str].forEach((ch, at) => {
      const k = key(ch);
      if (k) (hay += k, letters.push({ item: i, at }));
    });
  });
  const needle = [...quote].map(key).join('');
  const start = needle ? hay.indexOf(needle) : -1;
  if (start < 0) return [];
  const spans = new Map<number, { from: number; to: number }>();
  for (const l of letters.slice(start, start + needle.length)) {
    const s = spans.get(l.item);
    spans.set(l.item, s ? { from: s.from, to: l.at + 1 } : { from: l.at, to: l.at + 1 });
  }
  return [...spans.entries()].map(([i, s]) => {
    const it = items[i]!;
    const per = it.width / Math.max(1, [...it.str].length);
    return { x: it.x + s.from * per, y: it.baseline - it.size * 0.85, w: (s.to - s.from) * per, h: it.size * 1.1 };
  });
}

export function scaleRect(r: Rect, scale: number): Rect {
  return { x: r.x * scale, y: r.y * scale, w: r.w * scale, h: r.h * scale };
}
