import { InvalidPayloadError } from '@plinth/errors';
import type { AuthMode, PasswordLoginInput } from '@plinth/services';

const MODES: readonly AuthMode[] = ['json', 'cookie', 'session'];
// Deliberately loose: the lookup decides whether an account exists; this only catches non-emails.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function invalid(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

/** The body as an object; a JSON array, string, number or nothing at all is refused. */
export function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) invalid('"value" must be of type object');
  return body as Record<string, unknown>;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') invalid(`"${key}" must be a string`);
  return value;
}

/** `mode` when it is given. @throws INVALID_PAYLOAD for any other value. */
export function parseMode(body: Record<string, unknown>): AuthMode | undefined {
  const mode = body['mode'];
  if (mode === undefined || mode === null) return undefined;
  if (!MODES.includes(mode as AuthMode)) invalid(`"mode" must be one of [${MODES.join(', ')}]`);
  return mode as AuthMode;
}

/**
 * The body of `POST /auth/login`: `email`, `password`, optional `otp` and `mode` (other keys are
 * allowed and ignored).
 *
 * @throws INVALID_PAYLOAD naming the first key that is missing or of the wrong shape.
 */
export function parseLoginBody(raw: unknown): PasswordLoginInput & { mode?: AuthMode | undefined } {
  const body = asObject(raw);
  const email = optionalString(body, 'email');
  if (email === undefined) invalid('"email" is required');
  if (!EMAIL.test(email)) invalid('"email" must be a valid email');
  const password = optionalString(body, 'password');
  if (password === undefined) invalid('"password" is required');
  return { email, password, otp: optionalString(body, 'otp'), mode: parseMode(body) };
}

/**
 * The mode of `/auth/refresh` and `/auth/logout`: the body's `mode`, else `json` when the body has a
 * `refresh_token`, else `cookie`.
 */
export function resolveTokenMode(body: Record<string, unknown>): AuthMode {
  return parseMode(body) ?? (optionalString(body, 'refresh_token') ? 'json' : 'cookie');
}

/** The body's `refresh_token`, if it is a non-empty string. */
export function bodyRefreshToken(body: Record<string, unknown>): string | undefined {
  return optionalString(body, 'refresh_token') || undefined;
}
