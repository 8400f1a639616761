import { InvalidCredentialsError, isPlinthError, ServiceUnavailableError } from '@plinth/errors';

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

/**
 * What a failed redirect login tells the client: an unreachable provider is SERVICE_UNAVAILABLE; any
 * other failure (state or PKCE mismatch, an error sent back by the provider, a token that does not
 * verify) is INVALID_CREDENTIALS, without the provider's details.
 */
export function toRedirectLoginError(error: unknown, provider: string): Error {
  if (isPlinthError(error)) return error;
  if (isUnreachable(error)) {
    return new ServiceUnavailableError({ service: provider, reason: 'The identity provider did not answer' });
  }
  return new InvalidCredentialsError();
}
