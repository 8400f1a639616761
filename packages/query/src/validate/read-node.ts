import type { AggregateOperation, FieldOverview, FilterOperator } from '@plinth/types';
import type { JsonPathSegment } from '../lib/parse-json-path.js';

/** A date part `year(...)` ... `second(...)` extracts. */
export type DatePart = 'year' | 'month' | 'week' | 'day' | 'weekday' | 'hour' | 'minute' | 'second';

/** A collection as the compiler needs it: its table and primary key, checked against the schema. */
export interface CollectionTarget {
  collection: string;
  table: string;
  primaryKey: string;
}

/**
 * The rows of a collection that point at a parent row: `collection.field = parent.parentField`. Serves
 * o2m fields, the junction side of m2m and m2a fields, and `count(o2m)`.
 */
export interface ManyLink {
  child: CollectionTarget;
  /** The child's foreign key column. */
  field: string;
  /** The parent column the foreign key holds (the parent's primary key). */
  parentField: string;
  /** The child collection's row filter from the policy, applied wherever its rows are looked at. */
  policyFilter: FilterNode | null;
}

/**
 * Set on what reads a field the policy grants only on some rows (`ReadPolicy.fieldFilters`): the row
 * filter under which the value is real. Elsewhere it reads as NULL, in output, filters, sorts and groups.
 */
export interface FieldGuard {
  guard?: FilterNode;
}

/** A value read from the current row: a column, a date part of one, a JSON path, or a count. */
export type Operand =
  | ({ kind: 'column'; field: FieldOverview } & FieldGuard)
  | ({ kind: 'date-part'; field: FieldOverview; part: DatePart } & FieldGuard)
  | ({ kind: 'json-path'; field: FieldOverview; path: JsonPathSegment[] } & FieldGuard)
  | ({ kind: 'json-count'; field: FieldOverview } & FieldGuard)
  | ({ kind: 'count'; link: ManyLink } & FieldGuard)
  | { kind: 'aggregate'; aggregate: AggregateField };

/** A step through a many-to-one field to the related row. */
export interface M2oStep extends FieldGuard {
  field: FieldOverview;
  related: CollectionTarget;
  policyFilter: FilterNode | null;
}

/** The resolved filter: operators checked against types, values cast, relations resolved. */
export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'condition'; operand: Operand; operator: FilterOperator; value: FilterValue }
  | { kind: 'm2o'; step: M2oStep; filter: FilterNode }
  | { kind: 'many'; quantifier: 'some' | 'none'; link: ManyLink; filter: FilterNode }
  | {
      kind: 'a2o';
      field: FieldOverview;
      collectionField: string;
      target: CollectionTarget;
      filter: FilterNode;
    }
  /** A relational filter through a guarded field: `filter` where `guard` holds, `otherwise` elsewhere. */
  | { kind: 'guarded'; guard: FilterNode; filter: FilterNode; otherwise: boolean }
  | { kind: 'constant'; value: boolean };

/** A cast filter value: a scalar, or a list for the list operators. */
export type FilterValue = string | number | boolean | null | Array<string | number | boolean | null>;

/** One sort key: an operand, possibly reached through many-to-one fields. */
export interface SortNode {
  path: M2oStep[];
  operand: Operand;
  descending: boolean;
}

/** One field of the result, under its output key. */
export type ReadField =
  | { kind: 'value'; key: string; operand: Operand }
  | ({ kind: 'm2o'; key: string; field: FieldOverview; node: ReadNode } & FieldGuard)
  | ({ kind: 'many'; key: string; link: ManyLink; node: ReadNode } & FieldGuard)
  | ({ kind: 'keys'; key: string; link: ManyLink; node: ReadNode } & FieldGuard)
  | ({
      kind: 'a2o';
      key: string;
      field: FieldOverview;
      collectionField: string;
      targets: A2oTarget[];
      /** Allowed collections the caller cannot read: rows pointing there return null. */
      hidden?: string[];
    } & FieldGuard);

/** What an a2o field returns for rows pointing at one collection. */
export interface A2oTarget {
  collection: string;
  node: ReadNode;
}

/** One aggregate output: `{ sum: { price } }`, or `{ count }` for `count(*)` and `countAll`. */
export interface AggregateField extends FieldGuard {
  operation: AggregateOperation;
  /** `null` for `count(*)`/`countAll`, which are returned bare. */
  field: FieldOverview | null;
}

/** A group key of `groupBy`, returned under `key`. */
export interface GroupField {
  key: string;
  operand: Operand;
}

/** `aggregate` with its `groupBy`. */
export interface AggregateNode {
  fields: AggregateField[];
  groupBy: GroupField[];
}

/**
 * One level of a validated read: what to select from a collection, which rows, in what order. The root
 * of a read is one, and so is every expanded relation.
 */
export interface ReadNode extends CollectionTarget {
  fields: ReadField[];
  /** The user's filter and search AND-ed with the policy's row filter. */
  filter: FilterNode | null;
  /** The policy's row filter alone, for `total_count`. */
  policyFilter: FilterNode | null;
  sort: SortNode[];
  /** `null` for no limit. */
  limit: number | null;
  offset: number;
  aggregate: AggregateNode | null;
}
