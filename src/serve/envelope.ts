import { MarsadError } from '../core/index.js';

/** The one error shape every route answers with: status, message, and what to do next. */
export interface ApiError {
  error: { status: number; message: string; hint: string };
}

export class HttpError extends Error {
  readonly status: number;
  readonly hint: string;

  constructor(status: number, message: string, hint: string) {
    super(message);
    this.status = status;
    this.hint = hint;
  }
}

export function errorBody(status: number, message: string, hint: string): ApiError {
  return { error: { status, message, hint } };
}

/** Bad input the core rejected is the client's to fix (400); anything else is ours (500) and says so. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpError) return errorBody(error.status, error.message, error.hint);
  if (error instanceof MarsadError) {
    const status = error.name === 'InputError' ? 400 : 500;
    return errorBody(status, error.message, error.hint);
  }
  const message = error instanceof Error ? error.message : String(error);
  return errorBody(500, `internal error: ${message}`, 'this is a bug in Marsad: report it with the request that caused it');
}
