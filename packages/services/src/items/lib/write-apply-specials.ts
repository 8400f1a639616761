import { randomUUID } from 'node:crypto';
import type { Accountability, CollectionOverview } from '@plinth/types';
import argon2 from 'argon2';

/**
 * Fills what `meta.special` asks for before a row is written: a v4 UUID for a `uuid` field left empty on
 * create, now for `date-created`/`date-updated`, the caller for `user-created`/`user-updated` and their
 * role for `role-created`/`role-updated`. Returns a new object.
 */
export function writeApplySpecials(
  overview: CollectionOverview,
  values: Record<string, unknown>,
  mode: 'create' | 'update',
  accountability: Accountability | null,
  now: Date,
): Record<string, unknown> {
  const result = { ...values };
  for (const field of Object.values(overview.fields)) {
    if (field.alias) continue;
    const special = new Set(field.special);
    const name = field.field;
    if (mode === 'create') {
      if (special.has('uuid') && (result[name] === undefined || result[name] === null))
        result[name] = randomUUID();
      if (special.has('date-created')) result[name] = now;
      if (special.has('user-created')) result[name] = accountability?.user ?? null;
      if (special.has('role-created')) result[name] = accountability?.role ?? null;
    }
    if (mode === 'update') {
      if (special.has('date-updated')) result[name] = now;
      if (special.has('user-updated')) result[name] = accountability?.user ?? null;
      if (special.has('role-updated')) result[name] = accountability?.role ?? null;
    }
  }
  return result;
}

/** Replaces the values of `hash` fields with their argon2id hash (after validation saw the plain text). */
export async function writeHashValues(
  overview: CollectionOverview,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const result = { ...values };
  for (const field of Object.values(overview.fields)) {
    const value = result[field.field];
    if (!field.special.includes('hash') || typeof value !== 'string' || value === '') continue;
    result[field.field] = await argon2.hash(value, { type: argon2.argon2id });
  }
  return result;
}
