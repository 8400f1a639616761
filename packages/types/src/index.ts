export type { Accountability } from './accountability.js';
export { type Aggregate, type AggregateOperation, aggregateOperations } from './aggregate.js';
export type {
  CollectionAccountability,
  CollectionMeta,
  CollectionOverview,
  CollectionSchema,
  CollectionTranslation,
} from './collection-overview.js';
export type { DatabaseClient, DatabaseConfig, DatabasePoolConfig } from './database-config.js';
export type { DeepQuery, DeepQueryNode, DeepQueryParams } from './deep-query.js';
export type {
  ActionEventName,
  EventName,
  FilterEventName,
  ItemEvent,
  ItemsEventName,
} from './event-name.js';
export type { FieldMeta, FieldOverview, FieldSchema, FieldWidth } from './field-overview.js';
export type { FieldSpecial, KnownFieldSpecial } from './field-special.js';
export {
  type FieldType,
  fieldTypes,
  type GeometryFieldType,
  geometryFieldTypes,
  isFieldType,
} from './field-type.js';
export {
  type AndFilter,
  type FieldFilter,
  type FieldFilterOperator,
  type Filter,
  type FilterGeometry,
  type FilterScalar,
  isFilterOperatorKey,
  type LogicalFilter,
  type OrFilter,
} from './filter.js';
export {
  type FilterOperator,
  type FilterOperatorKey,
  filterOperators,
  isFilterOperator,
  type LogicalFilterOperator,
  type RelationalFilterOperator,
} from './filter-operator.js';
export type { Item } from './item.js';
export type { Permission, PermissionAction } from './permission.js';
export type { PrimaryKey } from './primary-key.js';
export type { ExportFormat, Query, QueryMeta } from './query.js';
export type {
  ForeignKeyAction,
  RelationMeta,
  RelationOverview,
  RelationSchema,
} from './relation-overview.js';
export type { SchemaOverview } from './schema-overview.js';
