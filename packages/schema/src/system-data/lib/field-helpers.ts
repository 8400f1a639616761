import type { SystemFieldSpec } from '../system-data-types.js';

/** A presentation divider of the admin form: no column, no value. */
export function divider(field: string, extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec {
  return { field, special: ['alias', 'no-data'], interface: 'presentation-divider', width: 'full', ...extra };
}

/** A presentation notice of the admin form: no column, no value. */
export function notice(field: string, group: string): SystemFieldSpec {
  return { field, special: ['alias', 'no-data'], interface: 'presentation-notice', width: 'full', group };
}

/** A raw group that other fields of the form are nested in. */
export function group(field: string): SystemFieldSpec {
  return { field, special: ['alias', 'no-data', 'group'], interface: 'group-raw' };
}

/** The id of most system tables: a UUID generated on create. */
export function uuidId(extra: Partial<SystemFieldSpec> = {}): SystemFieldSpec {
  return { field: 'id', special: ['uuid'], ...extra };
}

/** `date_created` / `date_updated` style columns. */
export function dateField(field: string, flag: 'date-created' | 'date-updated'): SystemFieldSpec {
  return { field, special: [flag, 'cast-timestamp'], readonly: true };
}

/** `user_created` / `user_updated` style columns. */
export function userField(field: string, flag: 'user-created' | 'user-updated'): SystemFieldSpec {
  return { field, special: [flag], interface: 'select-dropdown-m2o', display: 'user', readonly: true };
}
