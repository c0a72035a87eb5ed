// Conventions: what publishers print and how we read it (cue verbs, byline, jump and label patterns,
// opinion markers, thresholds), as typed data with generic defaults, kept apart from the stages that use it.
// Each area owns one file here; a document's metadata may override any field (see `withOverrides`).
//
// Areas add their own `XxxConventions` interface and `DEFAULT_XXX` object in `src/conventions/<area>.ts`
// and register it below.

import { type AttributionConventions, DEFAULT_ATTRIBUTION } from './attribution.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from './furniture.ts';
import { DEFAULT_PDF, type PdfConventions } from './pdf.ts';

export interface Conventions {
  furniture: FurnitureConventions;
  pdf: PdfConventions;
  attribution: AttributionConventions;
}

export const DEFAULT_CONVENTIONS: Conventions = {
  furniture: DEFAULT_FURNITURE,
  pdf: DEFAULT_PDF,
  attribution: DEFAULT_ATTRIBUTION,
};

/** Shallow per-area merge of a document's overrides onto the defaults. */
export function withOverrides(base: Conventions, overrides: Partial<Record<keyof Conventions, object>> = {}): Conventions {
  const out: Record<string, unknown> = { ...base };
  for (const [area, value] of Object.entries(overrides)) {
    out[area] = { ...(out[area] as Record<string, unknown> | undefined), ...(value as Record<string, unknown>) };
  }
  return out as unknown as Conventions;
}
