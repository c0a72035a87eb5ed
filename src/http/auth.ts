// API-key authentication for any router: `Authorization: Bearer <key>` or `X-Api-Key: <key>`.
// No key: anonymous (routes decide). A key that is wrong, revoked or malformed: 401, always.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AuthError, ForbiddenError } from '../domain/errors.ts';
import type { KeyResolver } from '../annotations/keys.ts';
import { ROLES, type Principal, type Role } from '../annotations/model.ts';

export type { Principal, Role } from '../annotations/model.ts';

const PRINCIPAL = Symbol('principal');

type Locals = Record<PropertyKey, unknown>;

/** The key presented with the request: undefined when none, null when the Authorization header is malformed. */
export function presentedKey(req: Request): string | null | undefined {
  const header = req.get('authorization');
  if (header !== undefined) return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1] ?? null;
  const key = req.get('x-api-key');
  return key === undefined ? undefined : key.trim() || null;
}

/** Resolve the caller once per request; later middleware and routes read it with principalOf(res). */
export function authenticate(keys: KeyResolver): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req);
    const principal = typeof key === 'string' ? await keys.resolve(key) : null;
    if (key !== undefined && !principal) {
      res.set('WWW-Authenticate', 'Bearer');
      throw new AuthError(key === null ? 'send the key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"' : 'unknown or revoked API key');
    }
    (res.locals as Locals)[PRINCIPAL] = principal;
    next();
  };
}

/** Who is calling (null: anonymous). Only meaningful after authenticate(). */
export function principalOf(res: Response): Principal | null {
  return ((res.locals as Locals)[PRINCIPAL] as Principal | null | undefined) ?? null;
}

export function hasRole(p: Principal | null, min: Role): boolean {
  return p !== null && ROLES.indexOf(p.role) >= ROLES.indexOf(min);
}

/** The caller, who must hold at least `min` (roles rank reader < annotator < admin): 401 without a key, 403 below. */
export function requirePrincipal(res: Response, min: Role): Principal {
  const p = principalOf(res);
  if (!p) {
    res.set('WWW-Authenticate', 'Bearer');
    throw new AuthError('an API key is required');
  }
  if (!hasRole(p, min)) throw new ForbiddenError(`this needs the ${min} role or above`);
  return p;
}

/** Middleware form of requirePrincipal. */
export function requireRole(min: Role): RequestHandler {
  return (_req, res, next) => {
    requirePrincipal(res, min);
    next();
  };
}
