/**
 * The `meta.special` flags Plinth acts on. Unknown flags (from extensions or newer versions) are kept as plain
 * strings, hence the open end of {@link FieldSpecial}.
 */
export type KnownFieldSpecial =
  | 'uuid'
  | 'hash'
  | 'conceal'
  | 'cast-boolean'
  | 'cast-json'
  | 'cast-csv'
  | 'cast-timestamp'
  | 'cast-datetime'
  | 'date-created'
  | 'date-updated'
  | 'user-created'
  | 'user-updated'
  | 'role-created'
  | 'role-updated'
  | 'encrypt'
  | 'm2o'
  | 'o2m'
  | 'm2m'
  | 'm2a'
  | 'file'
  | 'files'
  | 'translations'
  | 'alias'
  | 'no-data'
  | 'group';

/** A `meta.special` flag; autocompletes the known ones and still accepts any string. */
export type FieldSpecial = KnownFieldSpecial | (string & {});
