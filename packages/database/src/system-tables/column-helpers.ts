import type { SystemColumn, SystemColumnDefault, SystemForeignKey } from './system-table-types.js';

type Extra = Partial<Omit<SystemColumn, 'name' | 'type' | 'length' | 'default'>> & {
  default?: string | number | boolean | null | 'now';
};

function toDefault(value: Extra['default']): SystemColumnDefault | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { kind: 'null' };
  if (value === 'now') return { kind: 'now' };
  return { kind: 'value', value };
}

function column(name: string, type: SystemColumn['type'], extra: Extra, length?: number): SystemColumn {
  const { default: defaultValue, ...rest } = extra;
  const result: SystemColumn = { name, type, nullable: true, ...rest };
  if (length !== undefined) result.length = length;
  const converted = toDefault(defaultValue);
  if (converted) result.default = converted;
  return result;
}

/** Short-hands that keep the table declarations readable; they only build plain objects. */
export const col = {
  uuid: (name: string, extra: Extra = {}) => column(name, 'uuid', extra),
  uuidPk: (name = 'id') => column(name, 'uuid', { primary: true, nullable: false }),
  increments: (name = 'id') =>
    column(name, 'integer', { primary: true, autoIncrement: true, unsigned: true, nullable: false }),
  string: (name: string, length: number, extra: Extra = {}) => column(name, 'string', extra, length),
  text: (name: string, extra: Extra = {}) => column(name, 'text', extra),
  json: (name: string, extra: Extra = {}) => column(name, 'json', extra),
  boolean: (name: string, extra: Extra = {}) => column(name, 'boolean', extra),
  integer: (name: string, extra: Extra = {}) => column(name, 'integer', extra),
  bigint: (name: string, extra: Extra = {}) => column(name, 'bigint', extra),
  timestamp: (name: string, extra: Extra = {}) => column(name, 'timestamp', extra),
};

/** A foreign key to `table.column` (default `id`). */
export function ref(table: string, onDelete?: SystemForeignKey['onDelete'], column = 'id'): SystemForeignKey {
  return onDelete ? { table, column, onDelete } : { table, column };
}

/** `NOT NULL` shorthand. */
export const notNull = { nullable: false } as const;
