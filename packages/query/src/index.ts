export { assertRelationalDepth } from './assert-relational-depth.js';
export { compileCount } from './compile/compile-count.js';
export { type CompileReadOptions, compileRead, type ReadRow } from './compile/compile-read.js';
export { getReadDialect } from './compile/dialects/get-read-dialect.js';
export {
  type ExecuteReadOptions,
  executeMeta,
  executeRead,
  type PreparedRead,
  prepareRead,
  runPreparedRead,
  runPreparedReadJson,
} from './compile/execute-read.js';
export type { ReadDialect, WireJson } from './compile/read-dialect.js';
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
export type {
  A2oTarget,
  AggregateField,
  AggregateNode,
  CollectionTarget,
  DatePart,
  FilterNode,
  FilterValue,
  GroupField,
  M2oStep,
  ManyLink,
  Operand,
  ReadField,
  ReadNode,
  SortNode,
} from './validate/read-node.js';
export { allowAll, type ReadPolicy, type ReadPolicyResolver } from './validate/read-policy.js';
export { type ValidateQueryOptions, validateQuery } from './validate/validate-query.js';
