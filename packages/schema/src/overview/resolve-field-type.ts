import { type FieldSpecial, type FieldType, isFieldType } from '@plinth/types';

/** The special flags that make a field an alias: it has no column of its own. */
export const aliasSpecials: readonly string[] = [
  'alias',
  'o2m',
  'm2m',
  'm2a',
  'o2a',
  'files',
  'translations',
];

/** Whether a field's special flags make it an alias (o2m, m2m, m2a, files, translations, presentation). */
export function isAliasSpecial(special: readonly FieldSpecial[]): boolean {
  return special.some((flag) => aliasSpecials.includes(flag));
}

// Column types a UUID can be stored in: the engines without a uuid type keep it in char(36).
const uuidStorage = new Set<FieldType>(['string', 'text', 'uuid', 'unknown']);

/**
 * The field type of a column once its special flags are taken into account: the flags say what a plain
 * storage type holds (JSON in text, a hash or a UUID in a varchar, a boolean in a tinyint, ...).
 */
export function resolveFieldType(base: FieldType, special: readonly FieldSpecial[]): FieldType {
  const has = (flag: FieldSpecial) => special.includes(flag);
  if (has('cast-json')) return 'json';
  if (has('hash')) return 'hash';
  if (has('cast-csv')) return 'csv';
  if ((has('uuid') || has('file')) && uuidStorage.has(base)) return 'uuid';
  if (has('cast-timestamp')) return 'timestamp';
  if (has('cast-datetime')) return 'dateTime';
  if (has('cast-boolean') && (base === 'integer' || base === 'boolean')) return 'boolean';
  if (base.startsWith('geometry')) {
    const narrowed = special.find((flag) => flag.startsWith('geometry'));
    if (narrowed && isFieldType(narrowed)) return narrowed;
  }
  return base;
}
