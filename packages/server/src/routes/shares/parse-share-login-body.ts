import { InvalidPayloadError } from '@plinth/errors';
import type { AuthMode, ShareLoginInput } from '@plinth/services';
import { asObject, parseMode } from '../auth/parse-auth-body.js';

/**
 * The body of `POST /shares/auth`: `share` (required), optional `password` and `mode` (other keys are
 * allowed and ignored).
 *
 * @throws INVALID_PAYLOAD naming the first key that is missing or of the wrong shape.
 */
export function parseShareLoginBody(raw: unknown): ShareLoginInput & { mode?: AuthMode | undefined } {
  const body = asObject(raw);
  const { share, password } = body;
  if (share === undefined || share === null) throw new InvalidPayloadError({ reason: '"share" is required' });
  if (typeof share !== 'string') throw new InvalidPayloadError({ reason: '"share" must be a string' });
  if (password !== undefined && password !== null && typeof password !== 'string') {
    throw new InvalidPayloadError({ reason: '"password" must be a string' });
  }
  return { share, password: password ?? undefined, mode: parseMode(body) };
}
