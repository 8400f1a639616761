import { toClassName } from './lib/to-class-name.js';

/**
 * The `name` every Plinth error instance carries. {@link isPlinthError} keys on it (with `code`), so an error
 * thrown by another copy of this package, or by an extension built against another version, is still
 * recognised.
 */
export const PLINTH_ERROR_NAME = 'PlinthError';

/** The extensions of an error that has none: only `{}` is accepted. */
export type NoExtensions = Record<string, never>;

/** Builds an error's message from its extensions; a plain string for errors whose message never varies. */
export type ErrorMessage<Extensions extends object> = string | ((extensions: Extensions) => string);

/**
 * Constructor arguments: extensions are optional when every key of them is optional, required otherwise.
 * `options.cause` keeps the original error (a driver error, a parser error) for logs.
 */
export type ErrorArgs<Extensions extends object> =
  Record<never, never> extends Extensions
    ? [extensions?: Extensions, options?: ErrorOptions]
    : [extensions: Extensions, options?: ErrorOptions];

/** An instance of an error class made by {@link defineError}. */
export interface PlinthError<Code extends string = string, Extensions extends object = object> extends Error {
  readonly name: typeof PLINTH_ERROR_NAME;
  /** The stable wire code (`extensions.code`), never renamed. */
  readonly code: Code;
  /** The HTTP status the error answers with. */
  readonly status: number;
  /** Extra keys written into the envelope's `extensions`, before `code`. */
  readonly extensions: Extensions;
}

/** An error class made by {@link defineError}; `code` and `status` are readable without an instance. */
export interface PlinthErrorClass<Code extends string = string, Extensions extends object = object> {
  new (...args: ErrorArgs<Extensions>): PlinthError<Code, Extensions>;
  readonly code: Code;
  readonly status: number;
}

/** Any error class made by {@link defineError}, whatever its extensions. */
export interface AnyPlinthErrorClass {
  new (...args: never[]): PlinthError;
  readonly code: string;
  readonly status: number;
}

/**
 * Defines the error class for one stable code. The message is computed once, from the extensions, when the
 * error is created.
 *
 * @example
 * export const RouteNotFoundError = defineError(
 *   ErrorCode.RouteNotFound, 404, ({ path }: { path: string }) => `Route ${path} doesn't exist.`,
 * );
 */
export function defineError<Code extends string, Extensions extends object = NoExtensions>(
  code: Code,
  status: number,
  message: ErrorMessage<Extensions>,
): PlinthErrorClass<Code, Extensions> {
  const ErrorClass = class extends Error {
    static readonly code = code;
    static readonly status = status;
    override readonly name = PLINTH_ERROR_NAME;
    readonly code = code;
    readonly status = status;
    readonly extensions: Extensions;

    constructor(extensions?: Extensions, options?: ErrorOptions) {
      const ext = extensions ?? ({} as Extensions);
      super(typeof message === 'function' ? message(ext) : message, options);
      // A shallow copy, so a caller mutating its object later cannot change what the envelope sends.
      this.extensions = { ...ext };
    }
  };

  // Shows `ForbiddenError` rather than an anonymous class in inspectors and log serializers.
  Object.defineProperty(ErrorClass, 'name', { value: toClassName(code) });

  return ErrorClass as unknown as PlinthErrorClass<Code, Extensions>;
}
