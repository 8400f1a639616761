export { assertRelationalDepth } from './assert-relational-depth.js';
export type {
  AccountabilityVariable,
  DynamicVariable,
  NowAdjustment,
  NowAdjustmentUnit,
  NowVariable,
} from './dynamic-variable.js';
export {
  type FieldFunction,
  type FieldFunctionName,
  type FieldReference,
  fieldFunctionNames,
  isFieldFunctionName,
} from './field-reference.js';
export type { JsonPathSegment } from './lib/parse-json-path.js';
export { parseDynamicVariable } from './parse-dynamic-variable.js';
export { type ParseFieldReferenceOptions, parseFieldReference } from './parse-field-reference.js';
export { type ParseFilterOptions, parseFilter } from './parse-filter.js';
export { type ParseQueryOptions, parseQuery } from './parse-query.js';
export { resolveNow } from './resolve-now.js';
export { toFunctionOutputKey } from './to-function-output-key.js';
