import { ErrorCode } from './error-code.js';
import { InternalServerError } from './errors/internal-server-error.js';
import { isPlinthError } from './is-plinth-error.js';

/** How much of an unknown error the envelope may reveal. */
export interface ErrorEnvelopeOptions {
  /**
   * Send the real message of non-Plinth errors instead of the generic one. Meant for admins.
   * @default false
   */
  exposeUnknown?: boolean;
  /**
   * Add each error's `stack` to its extensions. Meant for development only.
   * @default false
   */
  includeStack?: boolean;
}

/** One entry of the `errors` array. */
export interface ErrorEnvelopeEntry {
  message: string;
  /** The error's own extensions, then `code` (and `stack` when asked for). */
  extensions: Record<string, unknown>;
}

/** The status and body of an error response. */
export interface ErrorEnvelope {
  status: number;
  body: { errors: ErrorEnvelopeEntry[] };
}

const toEntry = (
  error: unknown,
  options: ErrorEnvelopeOptions,
): { status: number; entry: ErrorEnvelopeEntry } => {
  const stack =
    options.includeStack && error instanceof Object && typeof (error as Error).stack === 'string'
      ? { stack: (error as Error).stack }
      : {};

  if (isPlinthError(error)) {
    const own = typeof error.extensions === 'object' && error.extensions !== null ? error.extensions : {};
    return {
      status: error.status,
      entry: { message: error.message, extensions: { ...own, ...stack, code: error.code } },
    };
  }

  const exposed = options.exposeUnknown ? messageOf(error) : undefined;
  return {
    status: InternalServerError.status,
    entry: {
      message: exposed ?? new InternalServerError().message,
      extensions: { ...stack, code: ErrorCode.InternalServerError },
    },
  };
};

const messageOf = (error: unknown): string | undefined => {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string') {
    return (error as Error).message;
  }
  return undefined;
};

/**
 * Writes the wire envelope for one error or several (`{"errors": [{message, extensions}]}`) and picks the
 * status: the status the errors share, or 500 when they disagree. Errors that are not Plinth errors become
 * `INTERNAL_SERVER_ERROR` with the generic message, unless `exposeUnknown` is set. An empty list is treated as
 * one unknown error, since an error response must say something.
 */
export function toErrorEnvelope(errors: unknown, options: ErrorEnvelopeOptions = {}): ErrorEnvelope {
  const list = Array.isArray(errors) ? errors : [errors];
  const entries = (list.length > 0 ? list : [undefined]).map((error) => toEntry(error, options));
  const statuses = new Set(entries.map(({ status }) => status));
  const status = statuses.size === 1 ? entries[0]!.status : InternalServerError.status;

  return { status, body: { errors: entries.map(({ entry }) => entry) } };
}
