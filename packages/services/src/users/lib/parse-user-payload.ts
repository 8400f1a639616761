import { FailedValidationError, ForbiddenError, InvalidPayloadError } from '@plinth/errors';

type FieldKind = 'string' | 'email' | 'password' | 'json' | 'uuid' | 'boolean' | 'status';

/** The writable columns of `directus_users` and how their values are checked. */
const USER_FIELDS: Record<string, FieldKind> = {
  id: 'uuid',
  first_name: 'string',
  last_name: 'string',
  email: 'email',
  password: 'password',
  location: 'string',
  title: 'string',
  description: 'string',
  tags: 'json',
  avatar: 'uuid',
  language: 'string',
  tfa_secret: 'string',
  status: 'status',
  role: 'uuid',
  token: 'string',
  last_page: 'string',
  provider: 'string',
  external_identifier: 'string',
  auth_data: 'json',
  email_notifications: 'boolean',
  appearance: 'string',
  theme_dark: 'string',
  theme_light: 'string',
  theme_light_overrides: 'json',
  theme_dark_overrides: 'json',
  text_direction: 'string',
};

/** What a user may change on their own row through `PATCH /users/me`. */
export const OWN_PROFILE_FIELDS: ReadonlySet<string> = new Set([
  'first_name',
  'last_name',
  'email',
  'password',
  'location',
  'title',
  'description',
  'tags',
  'avatar',
  'language',
  'email_notifications',
  'appearance',
  'theme_dark',
  'theme_light',
  'theme_light_overrides',
  'theme_dark_overrides',
  'text_direction',
  'last_page',
]);

/** The statuses `directus_users.status` may hold. */
export const USER_STATUSES = ['draft', 'invited', 'unverified', 'active', 'suspended', 'archived'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `value` is a UUID in its usual text form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A user payload checked field by field; `password` is still plain text (hashing is the writer's). */
export interface UserPayload {
  values: Record<string, unknown>;
  /** The new password, when the payload sets one. */
  password?: string | null;
}

function invalid(reason: string): never {
  throw new InvalidPayloadError({ reason });
}

function checkValue(field: string, kind: FieldKind, value: unknown): unknown {
  if (value === null) {
    if (kind === 'status' || kind === 'boolean') invalid(`"${field}" can't be null`);
    return null;
  }
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : invalid(`"${field}" must be a string`);
    case 'password':
      if (typeof value !== 'string' || value === '') invalid(`"${field}" must be a non-empty string`);
      return value;
    case 'email':
      if (typeof value !== 'string') invalid(`"${field}" must be a string`);
      if (!EMAIL.test(value)) throw new FailedValidationError({ field, path: [], type: 'email' });
      return value;
    case 'uuid':
      return isUuid(value) ? value.toLowerCase() : invalid(`"${field}" must be a UUID`);
    case 'boolean':
      return typeof value === 'boolean' ? value : invalid(`"${field}" must be a boolean`);
    case 'status':
      return (USER_STATUSES as readonly unknown[]).includes(value)
        ? value
        : invalid(`"${field}" must be one of [${USER_STATUSES.join(', ')}]`);
    case 'json':
      return JSON.stringify(value);
  }
}

/**
 * Checks a `directus_users` payload: an object whose keys are writable columns, each value of its
 * column's kind. JSON columns are serialised here, so every engine stores the same text.
 *
 * @throws INVALID_PAYLOAD for a non-object or a value of the wrong kind; FORBIDDEN for a field the caller
 * may not write here (unknown ones included); FAILED_VALIDATION for a malformed email.
 */
export function parseUserPayload(raw: unknown, writable: ReadonlySet<string>): UserPayload {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    invalid('"value" must be of type object');
  const values: Record<string, unknown> = {};
  const result: UserPayload = { values };
  for (const [field, value] of Object.entries(raw)) {
    // Refused before its value is looked at, as a permission check would: `policies` is a 403, not a 400.
    if (!writable.has(field)) {
      throw new ForbiddenError({
        reason: `You don't have permission to perform "update" for field "${field}" in collection "directus_users" or it does not exist.`,
      });
    }
    const kind = USER_FIELDS[field];
    if (kind === undefined) invalid(`"${field}" is not allowed`);
    const checked = checkValue(field, kind, value);
    if (field === 'password') result.password = checked as string | null;
    else values[field] = checked;
  }
  return result;
}
