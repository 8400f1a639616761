import { InvalidPayloadError } from '@plinth/errors';
import type { ShareInviteInput } from '@plinth/services';
import { asObject } from '../auth/parse-auth-body.js';

// Deliberately loose, as for logins: the mail server has the last word on an address.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The body of `POST /shares/invite`: `share` and `emails` (an array of email addresses).
 *
 * @throws INVALID_PAYLOAD naming the first key that is missing or of the wrong shape.
 */
export function parseShareInviteBody(raw: unknown): ShareInviteInput {
  const body = asObject(raw);
  const { share, emails } = body;
  if (typeof share !== 'string') throw new InvalidPayloadError({ reason: '"share" is required' });
  if (!Array.isArray(emails)) throw new InvalidPayloadError({ reason: '"emails" must be an array' });
  for (const [index, email] of emails.entries()) {
    if (typeof email !== 'string' || !EMAIL.test(email)) {
      throw new InvalidPayloadError({ reason: `"emails[${index}]" must be a valid email` });
    }
  }
  return { share, emails: emails as string[] };
}
