// HTTP: the OpenAPI 3.0 description served at /openapi.json. Other routers describe themselves through `extra`.
import { Router } from 'express';
import { PARAGRAPH_KINDS } from '../search/query.ts';
import { quoteParameter, quotePaths, quoteSchemas, roleParameter } from './openapi-quotes.ts';
import { MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS } from './search.ts';

type Json = Record<string, unknown>;
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const int = { type: 'integer' };
const strList = { type: 'array', items: str };
const counts = { type: 'object', additionalProperties: int };
const obj = (properties: Json, required: string[] = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((c) => [String(c), json(ref('Error'), ({ 400: 'Bad parameter', 404: 'Unknown id', 429: 'Too many requests', 503: 'Meilisearch unavailable' } as Record<number, string>)[c] ?? 'Error')]));
const q = (name: string, schema: Json, description: string, explode = false): Json => ({
  name, in: 'query', required: false, description, schema, ...(explode ? { style: 'form', explode: true } : {}),
});
const idPath = (what: string): Json => ({ name: 'id', in: 'path', required: true, schema: str, description: `${what} id` });

const schemas: Json = {
  Error: obj({ error: obj({ code: str, message: str }) }),
  Citation: obj({
    permalink: str, text: str, markdown: str,
    csl: { type: 'object', description: 'CSL-JSON item', properties: { id: str, type: str, title: str, URL: str }, required: ['id', 'type', 'title', 'URL'] },
  }),
  Paragraph: obj({
    id: str, text: str, n: int,
    article: { ...obj({ id: str, title: str }), nullable: true },
    document: obj({ id: str, title: str }),
    page: { ...int, nullable: true },
    kind: { type: 'string', enum: [...PARAGRAPH_KINDS] },
    speakers: strList,
    citation: ref('Citation'),
  }),
  FullParagraph: {
    allOf: [ref('Paragraph'), obj({
      roles: { type: 'object', additionalProperties: { type: 'string', enum: ['interviewer', 'interviewee', 'author', 'turn', 'quoted'] } },
      quotes: { type: 'array', items: ref('Quote') },
      voice: { type: 'string', nullable: true, description: 'whose words the whole paragraph is, or null' },
    }), {
      type: 'object',
      properties: {
        credit: str,
        regions: { type: 'array', description: 'where the paragraph is printed, per physical page (PDF input; points, origin top left)',
          items: obj({ page: int, x: { type: 'number' }, y: { type: 'number' }, w: { type: 'number' }, h: { type: 'number' } }) },
      },
    }],
  },
  Hit: {
    allOf: [obj({
      id: str, n: int,
      snippet: { type: 'string', description: 'HTML-escaped text around the matches, in <mark>' },
      article: { ...obj({ id: str, title: str }), nullable: true },
      document: obj({ id: str, title: str }),
      page: { ...int, nullable: true },
      kind: { type: 'string', enum: [...PARAGRAPH_KINDS] },
      speakers: strList,
      roles: { type: 'object', additionalProperties: str, description: 'speaker name → role (interviewer, interviewee, author, quoted, turn)' },
      permalink: { type: 'string', description: 'URL of the paragraph (/p/:id)' },
      annotations: obj({ count: int, verdicts: strList }),
      text: { type: 'string', description: 'the full paragraph: with fields=text or fields=citation only' },
      citation: { allOf: [ref('Citation')], description: 'with fields=citation only' },
    }, ['id', 'n', 'snippet', 'article', 'document', 'page', 'kind', 'speakers', 'roles', 'permalink', 'annotations']), {
      type: 'object', description: 'with a speaker filter: how they speak here, and their quote (centred in the snippet, in <q>)',
      properties: { speaking: { type: 'array', items: ref('Speaking') }, quote: ref('Quote') },
    }],
  },
  SearchResponse: obj({
    hits: { type: 'array', items: ref('Hit') },
    total: int,
    facets: obj({ speakers: counts, articles: counts, kinds: counts }),
    processingTimeMs: int,
    suggestions: { ...strList, description: 'When nothing matched a query: close queries that find something ("Did you mean …?"); else empty' },
  }),
  ParagraphContext: obj({
    paragraph: ref('FullParagraph'),
    previous: { type: 'object', allOf: [ref('FullParagraph')], nullable: true },
    next: { type: 'object', allOf: [ref('FullParagraph')], nullable: true },
    quote: ref('Quote'), // only with ?quote=
  }, ['paragraph', 'previous', 'next']),
  Article: obj({
    id: str, title: str, authors: strList, kind: { type: 'string', enum: ['news', 'interview', 'opinion'] },
    pages: { type: 'array', items: { ...int, nullable: true }, minItems: 2, maxItems: 2 },
    docId: str, docTitle: str, paragraphCount: int,
  }),
  ArticleWithParagraphs: { allOf: [ref('Article'), obj({ paragraphs: { type: 'array', items: ref('FullParagraph') } })] },
  Speaker: obj({ name: str, paragraphs: int, roles: { type: 'array', items: { type: 'string', enum: ['interviewer', 'interviewee', 'author', 'turn', 'quoted'] } } }),
  ...quoteSchemas,
  Health: obj({
    status: { type: 'string', enum: ['ok', 'degraded'] }, version: str,
    meilisearch: obj({ status: { type: 'string', enum: ['available', 'unavailable'] } }),
    documents: int, paragraphs: int,
  }),
};

const searchParameters = [
  q('q', { type: 'string', maxLength: MAX_QUERY_CHARS }, 'Keywords, or a "quoted phrase" (typographic quotes too); figures, British/American spellings and each report\'s synonyms match in any form; -word excludes. Empty lists in document order.'),
  q('speaker', strList, 'Only paragraphs of this speaker (repeat for any of several)', true),
  q('article', strList, 'Only paragraphs of this article id (repeatable)', true),
  q('kind', { type: 'array', items: { type: 'string', enum: [...PARAGRAPH_KINDS] } }, 'Paragraph kind (repeatable)', true),
  q('page', { type: 'array', items: { type: 'integer', minimum: 0 } }, 'Printed page (repeatable)', true),
  q('limit', { type: 'integer', minimum: 0, maximum: MAX_LIMIT, default: 20 }, 'Hits per response'),
  q('offset', { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 }, 'Hits to skip'),
  q('sort', { type: 'string', enum: ['relevance', 'document'], default: 'relevance' }, 'Ranking; an empty q always lists in document order'),
  q('annotated', { type: 'string', enum: ['true', 'false'] }, 'Only paragraphs with (true) or without (false) public annotations'),
  q('verdict', strList, 'Only paragraphs annotated with this verdict (repeatable)', true),
  roleParameter,
  q('fields', { type: 'array', items: { type: 'string', enum: ['text', 'citation'] } },
    'Optional parts of each hit: the full text, or the citation with the text (repeatable or comma-separated)', true),
];

const paths: Json = {
  '/api/search': { get: { summary: 'Search paragraphs', parameters: searchParameters, responses: { 200: json(ref('SearchResponse')), ...errors(400, 429, 503) } } },
  '/api/paragraphs/{id}': {
    get: { summary: 'A paragraph with its neighbours and citation (and one quote\'s, with ?quote=)', parameters: [idPath('Paragraph'), quoteParameter], responses: { 200: json(ref('ParagraphContext')), ...errors(400, 404, 503) } },
  },
  '/p/{id}': {
    get: {
      summary: 'Permalink: JSON with Accept: application/json, else the web page (or a redirect to the JSON)',
      parameters: [idPath('Paragraph')],
      responses: { 200: json(ref('ParagraphContext')), 302: { description: 'Redirect to /api/paragraphs/{id}' }, ...errors(404, 503) },
    },
  },
  '/api/articles': { get: { summary: 'All articles', responses: { 200: json({ type: 'array', items: ref('Article') }), ...errors(503) } } },
  '/api/articles/{id}': {
    get: { summary: 'An article with its paragraphs in order', parameters: [idPath('Article')], responses: { 200: json(ref('ArticleWithParagraphs')), ...errors(404, 503) } },
  },
  '/api/speakers': { get: { summary: 'Speakers with paragraph counts and roles', responses: { 200: json({ type: 'array', items: ref('Speaker') }), ...errors(503) } } },
  ...quotePaths,
  '/health': { get: { summary: 'Service and Meilisearch status', responses: { 200: json(ref('Health')), 503: json(ref('Health'), 'Meilisearch unavailable') } } },
};

/** The document; `extraPaths`/`extraSchemas` let other routers (annotations, documents) describe themselves. */
export function openApiDocument(version: string, extra: { paths?: Json; schemas?: Json; securitySchemes?: Json } = {}): Json {
  return {
    openapi: '3.0.3',
    info: {
      title: 'verbatim', version,
      description: 'Full-text search, speaker attribution and citations for reports published as PDF. Any route answers 414 '
        + '(`{error}`) to a request line or headers over 16 kB, and 400 to an unknown query parameter or a malformed id.',
    },
    paths: { ...paths, ...extra.paths },
    components: { schemas: { ...schemas, ...extra.schemas }, ...(extra.securitySchemes ? { securitySchemes: extra.securitySchemes } : {}) },
  };
}

export function openApiRouter(version: string, extra?: { paths?: Json; schemas?: Json; securitySchemes?: Json }): Router {
  const router = Router();
  const doc = openApiDocument(version, extra);
  router.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  return router;
}
