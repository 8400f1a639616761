/** The database family a snapshot was taken on, as the wire format names it. */
export type SnapshotVendor = 'sqlite' | 'postgres' | 'mysql' | 'mssql';

/** A user collection in a snapshot: its meta row and the table name (null schema = folder). */
export interface SnapshotCollection {
  collection: string;
  meta: Record<string, unknown> | null;
  schema: { name: string } | null;
}

/** A field in a snapshot: meta without its id, and the column description without vendor-only keys. */
export interface SnapshotField {
  collection: string;
  field: string;
  type: string;
  meta: Record<string, unknown> | null;
  schema: Record<string, unknown> | null;
}

/** An index someone added to a system field, the one change to system tables a snapshot carries. */
export interface SnapshotSystemField {
  collection: string;
  field: string;
  schema: { is_indexed: boolean };
}

/** A relation in a snapshot: meta without its id. */
export interface SnapshotRelation {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: Record<string, unknown> | null;
  schema: Record<string, unknown> | null;
}

/** The data model of a project, portable between databases: `GET /schema/snapshot`. */
export interface Snapshot {
  version: 1;
  /** The server version that took it. */
  directus: string;
  vendor: SnapshotVendor;
  collections: SnapshotCollection[];
  fields: SnapshotField[];
  systemFields: SnapshotSystemField[];
  relations: SnapshotRelation[];
}

/**
 * One difference, in the record format of the `deep-diff` library that the wire protocol uses:
 * N new (rhs), D deleted (lhs), E edited (lhs → rhs at path), A array change at `index` (`item`).
 */
export type DiffRecord =
  | { kind: 'N'; path?: Array<string | number>; rhs: unknown }
  | { kind: 'D'; path?: Array<string | number>; lhs: unknown }
  | { kind: 'E'; path?: Array<string | number>; lhs: unknown; rhs: unknown }
  | { kind: 'A'; path?: Array<string | number>; index: number; item: DiffRecord };

/** What `POST /schema/diff` answers: every change that turns the current model into the snapshot's. */
export interface SchemaDiff {
  collections: Array<{ collection: string; diff: DiffRecord[] }>;
  fields: Array<{ collection: string; field: string; diff: DiffRecord[] }>;
  systemFields: Array<{ collection: string; field: string; diff: DiffRecord[] }>;
  relations: Array<{
    collection: string;
    field: string;
    related_collection: string | null;
    diff: DiffRecord[];
  }>;
}
