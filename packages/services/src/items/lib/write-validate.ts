import { FailedValidationError } from '@plinth/errors';
import type { CollectionOverview, FieldOverview, Filter } from '@plinth/types';
import { writeEvaluateRule } from './write-evaluate-rule.js';

/** Where the item sits in the request body: `[]` for the root, `['author']`, `['tags', 0, 'tags_id']`. */
export type WritePath = (string | number)[];

// Columns the database fills itself may be left out even when NOT NULL.
function fillsItself(field: FieldOverview): boolean {
  return (
    field.generated || field.schema?.has_auto_increment === true || (field.defaultValue ?? null) !== null
  );
}

function nullFailures(
  overview: CollectionOverview,
  values: Record<string, unknown>,
  isCreate: boolean,
): FailedValidationError[] {
  const errors: FailedValidationError[] = [];
  for (const field of Object.values(overview.fields)) {
    if (field.alias || field.nullable) continue;
    const present = Object.hasOwn(values, field.field);
    const value = values[field.field];
    const missing = isCreate
      ? (value === undefined || value === null) && !(present === false && fillsItself(field))
      : present && value === null;
    if (missing) errors.push(new FailedValidationError({ field: field.field, path: [], type: 'nnull' }));
  }
  return errors;
}

/**
 * Everything the payload breaks, checked before the row is written: NOT NULL columns left null (on
 * create: missing without a default too), the fields' `meta.validation` rules, which apply to admins
 * as well, and the caller's permission `validation` (the AND of their rules'; null for admins). One
 * FAILED_VALIDATION error per broken rule.
 */
export function writeValidate(
  overview: CollectionOverview,
  values: Record<string, unknown>,
  mode: 'create' | 'update',
  path: WritePath,
  permissionValidation: Filter | null = null,
): FailedValidationError[] {
  const errors = nullFailures(overview, values, mode === 'create');
  const failed = new Set(errors.map((error) => error.extensions.field));
  for (const field of Object.values(overview.fields)) {
    if (!field.validation) continue;
    for (const failure of writeEvaluateRule(field.validation, values)) {
      if (failure.type === 'nnull' && failed.has(failure.field)) continue;
      errors.push(new FailedValidationError({ ...failure, path }));
    }
  }
  if (permissionValidation) {
    for (const failure of writeEvaluateRule(permissionValidation, values)) {
      if (failure.type === 'nnull' && failed.has(failure.field)) continue;
      errors.push(new FailedValidationError({ ...failure, path }));
    }
  }
  return errors.map((error) =>
    error.extensions.path === path ? error : new FailedValidationError({ ...error.extensions, path }),
  );
}

/** Throws the errors of {@link writeValidate}: one as itself, several together as an AggregateError. */
export function assertValid(errors: FailedValidationError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Validation failed');
}
