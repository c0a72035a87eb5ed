// Input schemas (zod) for the annotation API, and the rules that tie motivation, note, tags and verdict.
import { z } from 'zod';
import { InputError } from '../domain/errors.ts';
import { MOTIVATIONS, VERDICTS, VISIBILITIES, type Motivation, type Verdict } from './model.ts';
import { cpLength } from './text.ts';

/** A fact-check rationale can run to a few pages, not to a whole article. */
export const NOTE_MAX_CHARS = 10_000;
/** Tags are for grouping; more than this is a note in disguise. */
export const TAGS_MAX = 20;
export const TAG_MAX_CHARS = 64;
/** The longest paragraphs of a report run to a few thousand characters; a quote cannot be longer than its paragraph. */
export const EXACT_MAX_CHARS = 5_000;
/** express.json limit for the annotation routes: the largest valid note and quote fit with room to spare. */
export const BODY_LIMIT = '64kb';

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be an id of letters, digits, - and _');
const Tag = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'tags must not be empty').max(TAG_MAX_CHARS).regex(/^[^\p{Cc}]*$/u, 'tags must not contain control characters'));
const Tags = z.array(Tag).max(TAGS_MAX).transform(dedupeTags);
const Note = z.string().max(NOTE_MAX_CHARS);

export const SelectorSchema = z
  .object({
    exact: z.string().min(1).max(EXACT_MAX_CHARS),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    prefix: z.string().max(1000).optional(),
    suffix: z.string().max(1000).optional(),
  })
  .strict()
  .refine((s) => s.end === undefined || (s.start !== undefined && s.end - s.start === cpLength(s.exact)), {
    message: 'end must equal start + the length of exact (in code points)',
    path: ['end'],
  });
export type SelectorBody = z.infer<typeof SelectorSchema>;

export const CreateSchema = z
  .object({
    paragraph: ID,
    motivation: z.enum(MOTIVATIONS).optional(),
    note: Note.optional(),
    tags: Tags.default([]),
    verdict: z.enum(VERDICTS).optional(),
    visibility: z.enum(VISIBILITIES).default('public'),
    selector: SelectorSchema.optional(),
  })
  .strict();
export type CreateBody = z.infer<typeof CreateSchema>;

export const PatchSchema = z
  .object({
    paragraph: ID.optional(),
    motivation: z.enum(MOTIVATIONS).optional(),
    note: Note.nullable().optional(),
    tags: Tags.optional(),
    verdict: z.enum(VERDICTS).nullable().optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    selector: SelectorSchema.nullable().optional(),
    /** true: the note fits the words it was moved onto; a `needs-review` annotation becomes `anchored`. */
    reviewed: z.literal(true).optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type PatchBody = z.infer<typeof PatchSchema>;

const Text = z.string().min(1).max(200);
export const ListQuerySchema = z.object({
  paragraph: ID.optional(),
  document: ID.optional(),
  article: ID.optional(),
  speaker: Text.optional(),
  tag: Text.optional(),
  creator: Text.optional(),
  motivation: z.enum(MOTIVATIONS).optional(),
  verdict: z.enum(VERDICTS).optional(),
  status: z.enum(['anchored', 'orphaned', 'needs-review', 'deleted']).optional(),
  q: Text.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ExportQuerySchema = z.object({ format: z.enum(['jsonld', 'csv', 'md']).default('jsonld') });
/** Filters an export may repeat (the page's facets combine values with OR): `?verdict=false&verdict=misleading`. */
export const MultiFilterSchema = z.object({
  speaker: z.preprocess(asList, z.array(Text).max(50)),
  verdict: z.preprocess(asList, z.array(z.enum(VERDICTS)).max(VERDICTS.length)),
  article: z.preprocess(asList, z.array(ID).max(50)),
});

function asList(v: unknown): unknown {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
export const IdSchema = z.object({ id: ID });

/** Parse with a zod schema or throw a one-line InputError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'request'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
  throw new InputError(`invalid ${what}: ${where}${issue?.message ?? 'bad value'}`, 'invalid_input');
}

function dedupeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => (seen.has(t.toLowerCase()) ? false : (seen.add(t.toLowerCase()), true)));
}

/** The motivation a caller meant when they did not say: a verdict assesses, a note comments, tags tag. */
export function inferMotivation(b: { verdict?: Verdict | null; note?: string | null; tags?: string[] }): Motivation {
  if (b.verdict) return 'assessing';
  if (b.note) return 'commenting';
  if (b.tags?.length) return 'tagging';
  return 'highlighting';
}

/** The rules between fields, checked on the merged result of a create or an edit. */
export function checkConsistency(a: { motivation: Motivation; note: string | null; tags: string[]; verdict: Verdict | null }): void {
  if (a.motivation === 'assessing' && !a.verdict) throw new InputError('an assessing annotation needs a verdict', 'invalid_input');
  if (a.motivation !== 'assessing' && a.verdict) throw new InputError('only an assessing annotation has a verdict', 'invalid_input');
  if ((a.motivation === 'commenting' || a.motivation === 'questioning') && !a.note?.trim()) {
    throw new InputError(`a ${a.motivation} annotation needs a note`, 'invalid_input');
  }
  if (a.motivation === 'tagging' && a.tags.length === 0) throw new InputError('a tagging annotation needs tags', 'invalid_input');
}
