import type { Item } from '@plinth/types';

const CONCEALED = '**********';
const SECRET_FIELDS = ['password', 'token', 'tfa_secret'] as const;

/** A user row as the wire shows it: password, static token and TOTP secret replaced when set. */
export function concealUser(item: Item): Item {
  const result = { ...item };
  for (const field of SECRET_FIELDS) {
    if (result[field] !== undefined && result[field] !== null) result[field] = CONCEALED;
  }
  return result;
}
