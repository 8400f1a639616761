import {
  IllegalAssetTransformationError,
  InvalidQueryError,
  isPlinthError,
  ServiceUnavailableError,
  UnsupportedMediaTypeError,
} from '@plinth/errors';

/** The 503 a transform that ran out of time answers with. */
export function transformTimeoutError(cause?: unknown): Error {
  return new ServiceUnavailableError({ service: 'assets', reason: 'Transformation timed out' }, { cause });
}

/**
 * Maps an error sharp raised while building or running a transform to a stable wire error: the pixel limit
 * → ILLEGAL_ASSET_TRANSFORMATION (400); sharp's own timeout → SERVICE_UNAVAILABLE (503); a bad argument or
 * crop region → INVALID_QUERY (400); anything else (the bytes are not a decodable image of that type) →
 * UNSUPPORTED_MEDIA_TYPE (415). Plinth errors pass through.
 */
export function toTransformError(error: unknown, sourceType: string): Error {
  if (isPlinthError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new IllegalAssetTransformationError(
      { invalidTransformations: ['width', 'height'] },
      { cause: error },
    );
  }
  if (/timeout/i.test(message)) return transformTimeoutError(error);
  if (/^Expected|extract_area|bad extract area/i.test(message)) {
    return new InvalidQueryError({ reason: message.replace(/\.$/, '') }, { cause: error });
  }
  return new UnsupportedMediaTypeError(
    { mediaType: sourceType, where: 'the stored file, which is not a readable image' },
    { cause: error },
  );
}
