// OpenAPI: the quote and speaker routes (/api/quotes, /api/speakers/{name}) and their schemas.
import { SPEAKER_FILTER_ROLES } from '../search/speaking.ts';
import { MAX_LIMIT, MAX_OFFSET } from './search.ts';

type Json = Record<string, unknown>;
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const int = { type: 'integer' };
const obj = (properties: Json, required: string[] = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });
const err = (description: string): Json => json(ref('Error'), description);
const ROLES = { type: 'string', enum: ['interviewer', 'interviewee', 'author', 'turn', 'quoted'] };

export const quoteSchemas: Json = {
  Quote: obj({
    id: str, text: { type: 'string', description: 'the quoted words: the paragraph text from start to end' },
    start: { type: 'integer', description: 'offset in the paragraph text (UTF-16 code units)' }, end: int,
    speaker: str, cue: { type: 'string', description: 'the attribution words, when printed' },
    permalink: { type: 'string', description: '/p/{paragraphId}#q-{quoteId}' }, citation: ref('Citation'),
  }, ['id', 'text', 'start', 'end', 'speaker', 'permalink', 'citation']),
  QuoteListItem: {
    allOf: [ref('Quote'), obj({
      paragraph: obj({ id: str, n: int, kind: str, permalink: str }),
      article: { ...obj({ id: str, title: str }), nullable: true },
      document: obj({ id: str, title: str }),
      page: { ...int, nullable: true },
      context: obj({ before: str, after: str }),
    })],
  },
  QuoteList: obj({ speaker: str, total: int, limit: int, offset: int, quotes: { type: 'array', items: ref('QuoteListItem') } }),
  SpeakerProfile: obj({
    name: str, roles: { type: 'array', items: ROLES }, paragraphs: int,
    voiceParagraphs: { type: 'integer', description: 'paragraphs that are wholly their words' }, quotes: int,
    articles: { type: 'array', items: obj({
      id: { ...str, nullable: true }, title: str, document: obj({ id: str, title: str }),
      roles: { type: 'array', items: ROLES }, paragraphs: int, quotes: int,
    }) },
    variants: { type: 'array', description: 'forms of the name in the texts, and descriptions their quotes were attributed by',
      items: obj({ text: str, count: int, kind: { type: 'string', enum: ['name', 'description'] } }) },
    links: obj({ quotes: str, search: str, page: str }),
  }),
  Speaking: obj({ name: str, as: ROLES }),
};

const q = (name: string, schema: Json, description: string, required = false): Json => ({ name, in: 'query', required, description, schema });

export const quotePaths: Json = {
  '/api/quotes': {
    get: {
      summary: 'Everything one speaker said, quote by quote, in document order',
      parameters: [
        q('speaker', str, 'The speaker (full name; a unique surname or another case also finds them)', true),
        { ...q('article', { type: 'array', items: str }, 'Only quotes in this article id (repeatable)'), style: 'form', explode: true },
        q('limit', { type: 'integer', minimum: 0, maximum: MAX_LIMIT, default: 50 }, 'Quotes per response'),
        q('offset', { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 }, 'Quotes to skip'),
      ],
      responses: { 200: json(ref('QuoteList')), 400: err('Bad parameter'), 404: err('Unknown speaker'), 503: err('Meilisearch unavailable') },
    },
  },
  '/api/speakers/{name}': {
    get: {
      summary: 'One speaker: roles, counts per article, forms of the name seen in the texts',
      parameters: [{ name: 'name', in: 'path', required: true, schema: str, description: 'The speaker' }],
      responses: { 200: json(ref('SpeakerProfile')), 404: err('Unknown speaker'), 503: err('Meilisearch unavailable') },
    },
  },
};

/** The `role` search parameter. */
export const roleParameter: Json = {
  name: 'role', in: 'query', required: false, style: 'form', explode: true,
  description: 'With speaker: only where they speak so: quoted (their quotes), voice (paragraphs that are their words), or a voice role (repeatable)',
  schema: { type: 'array', items: { type: 'string', enum: [...SPEAKER_FILTER_ROLES] } },
};

/** The `quote` parameter of /api/paragraphs/{id}. */
export const quoteParameter: Json = q('quote', str, 'A quote id of the paragraph: the answer adds `quote`, with its permalink and citation (404 if unknown)');
