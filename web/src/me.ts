// Who the session's API key belongs to (GET /api/keys/me), asked once per key; decides which notes are "yours".
import { ApiError, request } from './api.ts';
import { getKey } from './key.ts';

export interface Me {
  id: string;
  name: string;
  role: string;
}

let asked = '';
let answer: Promise<Me | null | undefined> = Promise.resolve(null);

/** The key's owner; null without a key or when the server refuses it (401); undefined when the server could not
 *  say (network or server error: asked again next time). Cached until the key changes. */
export function whoAmI(): Promise<Me | null | undefined> {
  const key = getKey();
  if (key !== asked) {
    asked = key;
    answer = key ? request<Me>('/api/keys/me').catch((err: unknown) => refused(err, key)) : Promise.resolve(null);
  }
  return answer;
}

function refused(err: unknown, key: string): null | undefined {
  if (err instanceof ApiError && err.status === 401) return null;
  if (asked === key) asked = '';
  return undefined;
}

/** The creator IRI the API gives a note made with this key (src/annotations/jsonld.ts creatorIri). */
export function creatorIdOf(me: Me): string {
  return `urn:verbatim:key:${encodeURIComponent(me.id)}`;
}

/** Edit/Delete belong to the key that wrote the note (names repeat; key ids do not); admins may change any note. */
export function mayChange(me: Me | null | undefined, creatorId: string): boolean {
  return !!me && (me.role === 'admin' || (me.id !== '' && creatorId === creatorIdOf(me)));
}
