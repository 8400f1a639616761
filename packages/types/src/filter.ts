import { type FilterOperatorKey, isFilterOperator } from './filter-operator.js';

/**
 * A single comparison value. Strings include dynamic variables (`$NOW(-1 year)`, `$CURRENT_USER.role`) and the
 * wire spellings `"true"`, `"false"`, `"null"` that the parser coerces.
 */
export type FilterScalar = string | number | boolean | null;

/** A GeoJSON geometry, as an object or as the JSON text of one. */
export type FilterGeometry = Record<string, unknown> | string;

/**
 * The operators that may appear under one field, with the value each takes. List operators also accept a
 * comma-separated string, as the wire does.
 */
export interface FieldFilterOperator {
  _eq?: FilterScalar;
  _neq?: FilterScalar;
  _ieq?: string;
  _nieq?: string;
  _lt?: string | number;
  _lte?: string | number;
  _gt?: string | number;
  _gte?: string | number;
  _in?: FilterScalar[] | string;
  _nin?: FilterScalar[] | string;
  _between?: (string | number)[] | string;
  _nbetween?: (string | number)[] | string;
  _null?: boolean | string;
  _nnull?: boolean | string;
  _empty?: boolean | string;
  _nempty?: boolean | string;
  _contains?: string;
  _ncontains?: string;
  _icontains?: string;
  _nicontains?: string;
  _starts_with?: string;
  _nstarts_with?: string;
  _istarts_with?: string;
  _nistarts_with?: string;
  _ends_with?: string;
  _nends_with?: string;
  _iends_with?: string;
  _niends_with?: string;
  _intersects?: FilterGeometry;
  _nintersects?: FilterGeometry;
  _intersects_bbox?: FilterGeometry;
  _nintersects_bbox?: FilterGeometry;
  /** Validation rules only (field `meta.validation`, permission `validation`). */
  _regex?: string;
  /** Validation rules only: the key must be present in the payload. */
  _submitted?: boolean;
  /** o2m/m2m only: at least one related row matches. */
  _some?: Filter;
  /** o2m/m2m only: no related row matches. */
  _none?: Filter;
}

/** `{ _and: [...] }`: every branch must match. */
export interface AndFilter {
  _and: Filter[];
}

/** `{ _or: [...] }`: at least one branch must match. */
export interface OrFilter {
  _or: Filter[];
}

/** A logical combination of filters. */
export type LogicalFilter = AndFilter | OrFilter;

/**
 * Field conditions: keys are field names, function keys (`year(date_created)`, `count(comments)`), a2o scopes
 * (`item:headings`) or relational fields whose value filters the related collection. A bare scalar means `_eq`.
 * Several keys in one object are AND-ed.
 */
export interface FieldFilter {
  [field: string]: FieldFilterOperator | FieldFilter | LogicalFilter | FilterScalar;
}

/** A filter as accepted by `?filter=`, permission rules, validation rules and `deep[*]._filter`. */
export type Filter = LogicalFilter | FieldFilter;

/**
 * Narrows an object key to a field operator key such as `_eq`, as opposed to a field name, a logical key
 * (`_and`/`_or`) or a quantifier (`_some`/`_none`).
 */
export function isFilterOperatorKey(key: string): key is FilterOperatorKey {
  return key.startsWith('_') && isFilterOperator(key.slice(1));
}
