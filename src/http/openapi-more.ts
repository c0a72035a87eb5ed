// OpenAPI paths of the annotation and upload routers, merged into /openapi.json when those routers are mounted.
type Json = Record<string, unknown>;

const anyJson = (description: string): Json => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const ld = (description: string): Json => ({ description, content: { 'application/ld+json': { schema: { type: 'object' } } } });
const err = (description: string): Json => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const id = (what: string): Json => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: `${what} id` });
const bearer = [{ apiKey: [] }];
const e401 = { 401: err('Missing or wrong API key') };
const e403 = { 403: err('Role too low') };
const e404 = { 404: err('Unknown id (or a private annotation of someone else)') };
const e400 = { 400: err('Bad input') };
const ifMatch: Json = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag from GET (`"<version>"`); without it the write is unconditional' };
const e412 = { 412: err('If-Match names an older version: error.currentVersion is the current one (precondition_failed)') };

const annotationPaths: Json = {
  '/api/annotations': {
    get: {
      summary: 'List annotations (W3C JSON-LD); filters: paragraph, article, speaker, tag, creator, motivation, verdict, status (anchored|orphaned|needs-review|deleted), q',
      responses: { 200: ld('An annotation collection page'), ...e400 },
    },
    post: { summary: 'Create an annotation on a paragraph, optionally on a quote in it', security: bearer, responses: { 201: ld('The annotation'), ...e400, ...e401, ...e403 } },
  },
  '/api/annotations/export': { get: { summary: 'Export as JSON-LD, CSV or Markdown (format=jsonld|csv|md); the list filters apply, and speaker, article and verdict may repeat (any of them)', responses: { 200: anyJson('The export'), ...e400 } } },
  '/api/annotations/{id}': {
    get: { summary: 'One annotation; the ETag header is its version', parameters: [id('Annotation')], responses: { 200: ld('The annotation'), ...e404 } },
    patch: { summary: 'Edit (creator or admin); the previous version goes to history; `{"reviewed": true}` accepts the words a needs-review note was moved onto', security: bearer, parameters: [id('Annotation'), ifMatch], responses: { 200: ld('The annotation'), ...e400, ...e401, ...e403, ...e404, ...e412 } },
    delete: { summary: 'Delete (creator or admin): a restorable tombstone', security: bearer, parameters: [id('Annotation'), ifMatch], responses: { 204: { description: 'Deleted' }, ...e401, ...e403, ...e404, ...e412 } },
  },
  '/api/annotations/{id}/restore': { post: { summary: 'Restore a deleted annotation (admin)', security: bearer, parameters: [id('Annotation')], responses: { 200: ld('The annotation'), ...e401, ...e403, ...e404 } } },
  '/api/annotations/{id}/history': { get: { summary: 'Earlier versions and moves of an annotation (versions that were private: creator and admins only)', parameters: [id('Annotation')], responses: { 200: anyJson('The history'), ...e404 } } },
  '/api/annotations/{id}/claimreview': { get: { summary: 'schema.org ClaimReview of an assessing annotation', parameters: [id('Annotation')], responses: { 200: ld('ClaimReview'), ...e404 } } },
  '/api/paragraphs/{id}/annotations': { get: { summary: 'Annotations of one paragraph', parameters: [id('Paragraph')], responses: { 200: ld('An annotation collection page'), ...e404 } } },
  '/api/keys/me': { get: { summary: 'The API key in use: id, name, role', security: bearer, responses: { 200: anyJson('The key'), ...e401 } } },
};

const documentPaths: Json = {
  '/api/documents': {
    get: { summary: 'Every report (the corpus and uploads): title, publisher, date, pages, articles, paragraphs, annotation count, file; without a key, done documents only and no upload details', responses: { 200: anyJson('Documents') } },
    post: {
      summary: 'Upload a PDF or text file (multipart field `file`; optional title, publisher, date, url, replaces); processed in the background. `replaces` needs the uploader or an admin (a corpus document: an admin)',
      security: bearer,
      parameters: [{ name: 'confirm', in: 'query', required: false, schema: { type: 'string', enum: ['orphan'] }, description: 'Replace even though annotations would be orphaned' }],
      responses: {
        202: anyJson('The document record (status queued)'), 200: anyJson('The same bytes again: the existing document'), ...e400, ...e401, ...e403, 413: err('Too large'),
        422: err('Not text (not_text): invalid UTF-8, control characters, or too few dictionary words'),
        503: err('Too many uploads in flight (busy): retry after the Retry-After seconds'),
        409: err('The document is being processed, or the replacement would orphan annotations (would_orphan: error.orphaned, error.needsReview)'),
      },
    },
  },
  '/api/documents/{id}': {
    get: { summary: 'For its uploader and admins: status (queued, extracting, indexing, done, failed), counts, error and repair statistics; for others the public view of an indexed document', parameters: [id('Document')], responses: { 200: anyJson('The document record'), ...e404 } },
    delete: { summary: 'Remove from the index (admin); its annotations are kept, orphaned', security: bearer, parameters: [id('Document')], responses: { 200: anyJson('Removed'), ...e401, ...e403, ...e404 } },
  },
  '/api/documents/{id}/file': {
    get: {
      summary: 'The original file (PDF or text), under the same access rules as the document (an upload not yet done needs a key)',
      parameters: [id('Document')],
      responses: { 200: { description: 'The file', content: { 'application/pdf': {}, 'text/plain': {} } }, ...e404 },
    },
  },
};

const securitySchemes: Json = { apiKey: { type: 'http', scheme: 'bearer', description: 'A key from `verbatim keys create`' } };

/** The extra paths for the routers that are mounted. */
export function mountedRouterPaths(opts: { annotations: boolean; documents: boolean }): { paths: Json; securitySchemes?: Json } {
  return {
    paths: { ...(opts.annotations ? annotationPaths : {}), ...(opts.documents ? documentPaths : {}) },
    ...(opts.annotations || opts.documents ? { securitySchemes } : {}),
  };
}
