import {
  ContentTooLargeError,
  InvalidPayloadError,
  InvalidQueryError,
  isPlinthError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
} from '@plinth/errors';
import type { FastifyError } from 'fastify';

const byFastifyCode: Record<string, (error: FastifyError, url: string) => Error> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ContentTooLargeError(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (error) =>
    new UnsupportedMediaTypeError({ mediaType: mediaTypeOf(error), where: 'request body' }),
  FST_ERR_CTP_INVALID_JSON_BODY: (error) => new InvalidPayloadError({ reason: error.message }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new InvalidPayloadError({ reason: 'Request body is empty' }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new InvalidPayloadError({ reason: 'Request body does not match its Content-Length' }),
  FST_ERR_BAD_URL: (_error, url) => new RouteNotFoundError({ path: url }),
};

function mediaTypeOf(error: FastifyError): string {
  return /: (.+)$/.exec(error.message)?.[1] ?? 'unknown';
}

/**
 * Turns whatever a handler or Fastify threw into a Plinth error, so the envelope always
 * carries a stable code. Errors it does not recognise pass through and become 500s.
 */
export function toPlinthError(error: unknown, url: string): unknown {
  if (isPlinthError(error)) return error;
  if (error instanceof SyntaxError) return new InvalidPayloadError({ reason: error.message });
  const fastifyError = error as FastifyError;
  if (typeof fastifyError?.code === 'string') {
    const convert = byFastifyCode[fastifyError.code];
    if (convert) return convert(fastifyError, url);
  }
  if (fastifyError?.validation) {
    const reason = fastifyError.message.replace(/^(body|querystring|params|headers)\/?/, '').trim();
    return fastifyError.validationContext === 'querystring'
      ? new InvalidQueryError({ reason })
      : new InvalidPayloadError({ reason });
  }
  return error;
}
