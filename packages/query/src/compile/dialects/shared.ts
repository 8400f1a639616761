import type { FieldOverview } from '@plinth/types';

/** Concealed and hashed fields read back as asterisks (or null). */
export function concealed(field: FieldOverview): boolean {
  return field.type === 'hash' || field.special.includes('conceal');
}

/** Whether a field holds numbers. */
export function isNumericField(field: FieldOverview): boolean {
  return ['integer', 'bigInteger', 'float', 'decimal'].includes(field.type);
}

/** The `data` column as JSON: drivers that return JSON text get it parsed, the others pass through. */
export function parseJsonText(data: unknown): unknown {
  return typeof data === 'string' ? JSON.parse(data) : data;
}
