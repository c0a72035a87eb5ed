// Accept a W3C Web Annotation (as this API serves them) on POST, by converting it to the plain create body.
import { z } from 'zod';
import { InputError } from '../domain/errors.ts';
import { MOTIVATIONS, VISIBILITIES } from './model.ts';
import { NOTE_MAX_CHARS, TAGS_MAX } from './input.ts';

const TextualBody = z.object({
  type: z.literal('TextualBody').optional(),
  purpose: z.string().max(40).optional(),
  value: z.string().max(NOTE_MAX_CHARS),
  format: z.string().optional(),
  language: z.string().optional(),
});

const Selector = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);

export const W3CAnnotationSchema = z.object({
  '@context': z.union([z.string(), z.array(z.unknown())]).optional(),
  type: z.literal('Annotation'),
  motivation: z.enum(MOTIVATIONS).optional(),
  body: z.union([TextualBody, z.array(TextualBody).max(TAGS_MAX + 2)]).optional(),
  target: z.union([
    z.string().min(1).max(2000),
    z.object({ source: z.string().min(1).max(2000), selector: z.union([Selector, z.array(Selector).max(2)]).optional() }),
  ]),
  visibility: z.enum(VISIBILITIES).optional(),
});

export function looksLikeW3C(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'Annotation';
}

/** `…/p/<id>` (a permalink this service issued) or a bare paragraph id. */
export function paragraphIdFromSource(source: string): string {
  const m = /(?:^|\/p\/)([A-Za-z0-9_-]{1,100})$/.exec(source);
  if (!m?.[1]) throw new InputError('the target must be a paragraph permalink (…/p/<id>)', 'invalid_input');
  return m[1];
}

/** The plain create body for a W3C annotation (then validated by CreateSchema like any other). */
export function fromW3C(input: z.infer<typeof W3CAnnotationSchema>): Record<string, unknown> {
  const bodies = input.body === undefined ? [] : Array.isArray(input.body) ? input.body : [input.body];
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const verdicts = bodies.filter((b) => b.purpose === 'assessing').map((b) => b.value);
  const notes = bodies.filter((b) => b.purpose !== 'tagging' && b.purpose !== 'assessing').map((b) => b.value);
  if (notes.length > 1 || verdicts.length > 1) throw new InputError('at most one note body and one verdict body', 'invalid_input');
  const target = typeof input.target === 'string' ? { source: input.target, selector: undefined } : input.target;
  const selectors = target.selector === undefined ? [] : [target.selector].flat();
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (position && !quote) throw new InputError('a TextPositionSelector needs a TextQuoteSelector beside it', 'invalid_input');
  return {
    paragraph: paragraphIdFromSource(target.source),
    ...(input.motivation ? { motivation: input.motivation } : {}),
    ...(notes[0] !== undefined ? { note: notes[0] } : {}),
    tags,
    ...(verdicts[0] !== undefined ? { verdict: verdicts[0] } : {}),
    ...(input.visibility ? { visibility: input.visibility } : {}),
    ...(quote
      ? { selector: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position?.start, end: position?.end } }
      : {}),
  };
}
