import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mountedRouterPaths } from '../../src/http/openapi-more.ts';
import { openApiDocument } from '../../src/http/openapi.ts';

test('/openapi.json lists the annotation and upload routes only when they are mounted', () => {
  const cases: [boolean, boolean, string[], string[]][] = [
    [true, true, ['/api/annotations', '/api/annotations/{id}/claimreview', '/api/documents', '/api/keys/me'], []],
    [true, false, ['/api/annotations'], ['/api/documents']],
    [false, false, ['/api/search'], ['/api/annotations', '/api/documents']],
  ];
  for (const [annotations, documents, present, absent] of cases) {
    const extra = mountedRouterPaths({ annotations, documents });
    const doc = openApiDocument('0', extra) as { paths: Record<string, unknown>; components: Record<string, unknown> };
    for (const p of present) assert.ok(doc.paths[p], `${p} listed (${annotations}, ${documents})`);
    for (const p of absent) assert.equal(doc.paths[p], undefined, `${p} not listed (${annotations}, ${documents})`);
    assert.equal('securitySchemes' in doc.components, annotations || documents);
  }
});
