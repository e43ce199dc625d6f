/**
 * Every error Marsad raises says what went wrong and what to do next, so a command-line user
 * or an API client can act on it without reading the code.
 */
export class MarsadError extends Error {
  readonly code: string;
  readonly hint: string;

  constructor(code: string, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
  }
}

/** The user's input (a file, a record, an argument) is unusable as given. */
export class InputError extends MarsadError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('INPUT', message, hint, options);
  }
}

/** The database is missing, locked, from a newer version of Marsad, or otherwise not usable. */
export class StoreError extends MarsadError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('STORE', message, hint, options);
  }
}

/** A data file Marsad ships or is pointed at (a lexicon, a model) is missing or malformed. */
export class DataError extends MarsadError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('DATA', message, hint, options);
  }
}
