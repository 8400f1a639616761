import { InvalidPayloadError } from '@plinth/errors';

function invalid(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

/** `body[key]` when it is a string; undefined when absent or null. @throws INVALID_PAYLOAD otherwise. */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') invalid(`"${key}" must be a string`);
  return value;
}

/** `body[key]` as a non-empty string. @throws INVALID_PAYLOAD when missing, empty or not a string. */
export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === '') invalid(`"${key}" is required`);
  return value;
}

// Deliberately loose, like login's: lookups decide whether an account exists.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** `body[key]` as an email address. @throws INVALID_PAYLOAD when missing or not an email. */
export function requiredEmail(body: Record<string, unknown>, key = 'email'): string {
  const value = requiredString(body, key);
  if (!EMAIL.test(value)) invalid(`"${key}" must be a valid email`);
  return value;
}

/** `body[key]` as one or more emails (`POST /users/invite` takes a string or an array). */
export function requiredEmails(body: Record<string, unknown>, key = 'email'): string[] {
  const value = body[key];
  if (Array.isArray(value)) {
    if (value.length === 0) invalid(`"${key}" must contain at least 1 items`);
    return value.map((_, index) => requiredEmail(value as unknown as Record<string, unknown>, String(index)));
  }
  return [requiredEmail(body, key)];
}
