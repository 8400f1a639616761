import type { FilterOperator } from '@plinth/types';
import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** The rule that failed: a filter operator of the rule, or one of the named checks. */
export type FailedValidationType = FilterOperator | 'required' | 'email' | 'regex';

/** A value a rule compared against. */
export type ValidationValue = string | number | boolean | null;

/** Extensions of {@link FailedValidationError}. */
export interface FailedValidationErrorExtensions {
  field: string;
  /** Path of the item inside a nested payload (`[]` for the root item, `['author']`, `['tags', 0]`). */
  path: (string | number)[];
  type: FailedValidationType;
  /** What the value had to be (`eq`, `lt`, `lte`, `gt`, `gte`, `in`, `between`). */
  valid?: ValidationValue | ValidationValue[];
  /** What the value must not be (`neq`, `nin`, `nbetween`). */
  invalid?: ValidationValue | ValidationValue[];
  /** The text a string rule looked for (`contains`, `starts_with`, ...). */
  substring?: string;
  /** The batch rows the rule failed for, when one error covers several rows. */
  rows?: unknown[];
}

type Values = ValidationValue | ValidationValue[] | undefined;

// Comparison rules only explain themselves when the compared value is known.
const against = (text: string, value: Values): string | undefined =>
  value === undefined
    ? undefined
    : `${text} ${(Array.isArray(value) ? value : [value]).map((entry) => `"${entry}"`).join(', ')}.`;

type Explain = (ext: FailedValidationErrorExtensions) => string | undefined;

const explanations: Partial<Record<FailedValidationType, Explain>> = {
  eq: (ext) => against('Value has to be', ext.valid),
  neq: (ext) => against("Value can't be", ext.invalid),
  lt: (ext) => against('Value has to be less than', ext.valid),
  lte: (ext) => against('Value has to be less than or equal to', ext.valid),
  gt: (ext) => against('Value has to be greater than', ext.valid),
  gte: (ext) => against('Value has to be greater than or equal to', ext.valid),
  in: (ext) => against('Value has to be one of', ext.valid),
  nin: (ext) => against("Value can't be one of", ext.invalid),
  between: (ext) => against('Value has to be between', ext.valid),
  nbetween: (ext) => against("Value can't be between", ext.invalid),
  contains: (ext) => against('Value has to contain', ext.substring),
  icontains: (ext) => against('Value has to contain', ext.substring),
  ncontains: (ext) => against("Value can't contain", ext.substring),
  nicontains: (ext) => against("Value can't contain", ext.substring),
  starts_with: (ext) => against('Value has to start with', ext.substring),
  istarts_with: (ext) => against('Value has to start with', ext.substring),
  nstarts_with: (ext) => against("Value can't start with", ext.substring),
  nistarts_with: (ext) => against("Value can't start with", ext.substring),
  ends_with: (ext) => against('Value has to end with', ext.substring),
  iends_with: (ext) => against('Value has to end with', ext.substring),
  nends_with: (ext) => against("Value can't end with", ext.substring),
  niends_with: (ext) => against("Value can't end with", ext.substring),
  null: () => 'Value has to be null.',
  nnull: () => "Value can't be null.",
  empty: () => 'Value has to be empty.',
  nempty: () => "Value can't be empty.",
  submitted: () => 'Value is required.',
  required: () => 'Value is required.',
  email: () => 'Value has to be a valid email address.',
  regex: () => "Value doesn't have the correct format.",
};

const toMessage = (ext: FailedValidationErrorExtensions): string => {
  const head = `Validation failed for field "${ext.field}".`;
  const detail = explanations[ext.type]?.(ext);
  return detail ? `${head} ${detail}` : head;
};

/**
 * 400: a written value broke a rule (NOT NULL column, field validation, permission validation). One error per
 * failed rule; several are sent together.
 */
export const FailedValidationError = defineError(ErrorCode.FailedValidation, 400, toMessage);

/** An instance of {@link FailedValidationError}. */
export type FailedValidationError = InstanceType<typeof FailedValidationError>;
