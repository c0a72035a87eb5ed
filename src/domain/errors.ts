// One error hierarchy for the whole service. The HTTP error handler maps `status` and `code`
// to `{error:{code,message}}`; the CLI prints `message` and exits with `exitCode`.

export class AppError extends Error {
  readonly status: number = 500;
  readonly code: string = 'internal';
  readonly exitCode: number = 1;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The caller sent something we cannot use (bad parameter, bad file). */
export class InputError extends AppError {
  override readonly status: number = 400;
  override readonly code: string = 'bad_request';
  override readonly exitCode = 2;

  constructor(message: string, code?: string, options?: { cause?: unknown }) {
    super(message, options);
    if (code) this.code = code;
  }
}

/** The input is too large (body, file, page count). */
export class TooLargeError extends InputError {
  override readonly status = 413;
  constructor(message: string) {
    super(message, 'too_large');
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = 'not_found';
  override readonly exitCode = 2;
}

/** Missing or wrong credentials. */
export class AuthError extends AppError {
  override readonly status = 401;
  override readonly code = 'unauthorized';
}

/** Valid credentials, insufficient role. */
export class ForbiddenError extends AppError {
  override readonly status = 403;
  override readonly code = 'forbidden';
}

/** A service we depend on (Meilisearch) failed or is unreachable. */
export class UpstreamError extends AppError {
  override readonly status = 503;
  override readonly code = 'upstream_unavailable';
}

/** The resource is busy (a document still being processed): try again when it is done. */
export class ConflictError extends AppError {
  override readonly status = 409;
  override readonly code = 'conflict';
  override readonly exitCode = 2;
}

/** The declared type of an upload is not one we read, or the bytes say it is something else. */
export class UnsupportedTypeError extends InputError {
  override readonly status = 415;
  constructor(message: string, code = 'unsupported_type') {
    super(message, code);
  }
}

/**
 * A conditional write (If-Match) named a version that is no longer current: 412. `details` go into the error body
 * beside code and message (the current version), so a client can fetch it and merge.
 */
export class PreconditionFailedError extends AppError {
  override readonly status = 412;
  override readonly code = 'precondition_failed';
  override readonly exitCode = 2;
  constructor(message: string, readonly details: Record<string, unknown>) {
    super(message);
  }
}

/** The request is well formed but its content cannot be used (a "text" file that is not text). */
export class UnprocessableError extends InputError {
  override readonly status = 422;
  constructor(message: string, code = 'unprocessable') {
    super(message, code);
  }
}
