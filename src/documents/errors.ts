// Errors of the uploads adapter that the shared hierarchy (src/domain/errors.ts) has no class for.
import { AppError, InputError } from '../domain/errors.ts';

/** The document is being processed: the request must wait for it to finish. */
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
