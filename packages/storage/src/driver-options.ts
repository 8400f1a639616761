import type { DriverContext, DriverOptions } from './storage-driver-definition.js';
import { StorageError, StorageErrorCode } from './storage-error.js';

const toVariable = (context: DriverContext, option: string): string =>
  `STORAGE_${context.location.toUpperCase()}_${option.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

const invalid = (context: DriverContext, option: string, expected: string): never => {
  throw new StorageError(
    StorageErrorCode.InvalidConfig,
    `Storage location "${context.location}": ${toVariable(context, option)} must be ${expected}.`,
  );
};

/**
 * Reads a text option. Numbers are turned back into text (a bucket called `2024` arrives as a number).
 * With `required`, a missing or empty value throws `STORAGE_INVALID_CONFIG` naming the variable.
 */
export function stringOption(
  options: DriverOptions,
  name: string,
  context: DriverContext,
  required: true,
): string;
export function stringOption(
  options: DriverOptions,
  name: string,
  context: DriverContext,
  required?: false,
): string | undefined;
export function stringOption(
  options: DriverOptions,
  name: string,
  context: DriverContext,
  required = false,
): string | undefined {
  const value = options[name];
  if (value === undefined || value === null || value === '') {
    return required ? invalid(context, name, 'set') : undefined;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return invalid(context, name, 'text');
}

/** Reads a yes/no option (`true`/`false` in the environment); `fallback` when unset. */
export function booleanOption(
  options: DriverOptions,
  name: string,
  context: DriverContext,
  fallback: boolean,
): boolean {
  const value = options[name];
  if (value === undefined || value === null || value === '') return fallback;
  return typeof value === 'boolean' ? value : invalid(context, name, 'true or false');
}

/** Reads a whole-number option ≥ 0; `fallback` when unset. */
export function integerOption(
  options: DriverOptions,
  name: string,
  context: DriverContext,
  fallback: number,
): number {
  const value = options[name];
  if (value === undefined || value === null || value === '') return fallback;
  return Number.isSafeInteger(value) && (value as number) >= 0
    ? (value as number)
    : invalid(context, name, 'a whole number ≥ 0');
}
