import type { FieldKind } from './field-kinds.js';

/** What the editor keeps per input: strings for text-like inputs, a boolean for toggles. */
export type FormValue = string | boolean | null;

/** Turns an item value from the API into the editor's value for an input of `kind`. */
export function toFormValue(kind: FieldKind, value: unknown): FormValue {
  if (value === null || value === undefined) return kind === 'boolean' ? false : '';
  if (kind === 'boolean') return value === true || value === 1 || value === '1';
  if (kind === 'json' || kind === 'readonly') return JSON.stringify(value, null, 2);
  if (kind === 'datetime')
    return String(value)
      .replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, '')
      .slice(0, 19);
  if (kind === 'm2o' && typeof value === 'object') {
    const key = Object.values(value as Record<string, unknown>)[0];
    return key === undefined || key === null ? '' : String(key);
  }
  return String(value);
}

/** A value the editor could not turn into what the API expects, with the reason. */
export class FormValueError extends Error {}

/**
 * Turns the editor's value back into the API's: empty means null, numbers and JSON are parsed
 * (throwing {@link FormValueError} when they do not parse), booleans stay booleans.
 */
export function toApiValue(kind: FieldKind, value: FormValue): unknown {
  if (typeof value === 'boolean') return value;
  if (value === null || value === '') return null;
  if (kind === 'integer' || kind === 'decimal') {
    const number = Number(value);
    if (!Number.isFinite(number) || (kind === 'integer' && !Number.isInteger(number))) {
      throw new FormValueError(kind === 'integer' ? 'Enter a whole number.' : 'Enter a number.');
    }
    return number;
  }
  if (kind === 'json') {
    try {
      return JSON.parse(value);
    } catch {
      throw new FormValueError('Enter valid JSON.');
    }
  }
  // Integer keys travel as numbers; uuid and string keys stay as they are.
  if (kind === 'm2o' && /^-?\d+$/.test(value)) return Number(value);
  return value;
}
