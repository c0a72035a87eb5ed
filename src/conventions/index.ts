// Conventions: what publishers print and how we read it (cue verbs, byline, jump and label patterns,
// opinion markers, thresholds), as typed data with generic defaults, kept apart from the stages that use it.
// Each area owns one file here; a document's metadata may override any field (see `withOverrides`).
//
// Areas add their own `XxxConventions` interface and `DEFAULT_XXX` object in `src/conventions/<area>.ts`
// and register it below.
import { InputError } from '../domain/errors.ts';

import { DEFAULT_ARTICLES, DEFAULT_VOICE, type ArticleConventions, type VoiceConventions } from './articles.ts';
import { DEFAULT_ATTRIBUTION, type AttributionConventions } from './attribution.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from './furniture.ts';
import { DEFAULT_PARAGRAPHS, type ParagraphConventions } from './paragraphs.ts';
import { DEFAULT_PDF, type PdfConventions } from './pdf.ts';
import { DEFAULT_REPAIR, type RepairConventions } from './repair.ts';

export interface Conventions {
  articles: ArticleConventions;
  voice: VoiceConventions;
  attribution: AttributionConventions;
  furniture: FurnitureConventions;
  paragraphs: ParagraphConventions;
  pdf: PdfConventions;
  repair: RepairConventions;
}

export const DEFAULT_CONVENTIONS: Conventions = {
  articles: DEFAULT_ARTICLES,
  voice: DEFAULT_VOICE,
  attribution: DEFAULT_ATTRIBUTION,
  furniture: DEFAULT_FURNITURE,
  paragraphs: DEFAULT_PARAGRAPHS,
  pdf: DEFAULT_PDF,
  repair: DEFAULT_REPAIR,
};

/** What a document's metadata may say: per area, per field, a JSON value (`{"attribution": {"cueVerbs": [...]}}`). */
export type ConventionOverrides = Partial<Record<string, Record<string, unknown>>>;

/**
 * A document's overrides on top of the defaults, field by field. Each value must have the shape of the default it
 * replaces (a number for a number, a list for a list, a pattern's source string for a RegExp); an unknown area or
 * field, or a value of another shape, is refused with a message that names it.
 */
export function withOverrides(base: Conventions, overrides: ConventionOverrides = {}): Conventions {
  const out: Record<string, unknown> = { ...base };
  for (const [area, fields] of Object.entries(overrides)) {
    const defaults = (base as unknown as Record<string, Record<string, unknown> | undefined>)[area];
    if (!defaults) throw new InputError(`conventions: unknown area '${area}' (known: ${Object.keys(base).join(', ')})`, 'bad_conventions');
    const merged: Record<string, unknown> = { ...defaults };
    for (const [field, value] of Object.entries(fields ?? {})) {
      if (!(field in defaults)) throw new InputError(`conventions: '${area}' has no field '${field}'`, 'bad_conventions');
      merged[field] = coerceLike(defaults[field], value, `${area}.${field}`);
    }
    out[area] = merged;
  }
  return out as unknown as Conventions;
}

/** The override as the default's type, or an InputError naming the field. */
function coerceLike(def: unknown, value: unknown, where: string): unknown {
  const bad = (want: string) => new InputError(`conventions: ${where} must be ${want}`, 'bad_conventions');
  if (def instanceof RegExp) {
    if (typeof value !== 'string') throw bad('a pattern (a string)');
    try {
      return new RegExp(value, def.flags);
    } catch {
      throw bad('a valid pattern');
    }
  }
  if (def instanceof Set) {
    if (!Array.isArray(value)) throw bad('a list');
    return new Set(value);
  }
  if (Array.isArray(def)) {
    if (!Array.isArray(value)) throw bad('a list');
    const sample = def[0];
    return sample === undefined ? value : value.map((v, i) => coerceLike(sample, v, `${where}[${i}]`));
  }
  if (def !== null && typeof def === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad('an object');
    const merged: Record<string, unknown> = { ...(def as Record<string, unknown>) };
    for (const [k, v] of Object.entries(value)) {
      if (!(k in merged)) throw new InputError(`conventions: ${where} has no field '${k}'`, 'bad_conventions');
      merged[k] = coerceLike(merged[k], v, `${where}.${k}`);
    }
    return merged;
  }
  if (typeof value !== typeof def) throw bad(`a ${typeof def}`);
  return value;
}
