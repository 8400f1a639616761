/** A field as `GET /fields/:collection` returns it (the parts the app reads). */
export interface FieldInfo {
  collection: string;
  field: string;
  type: string;
  schema: {
    is_primary_key?: boolean;
    has_auto_increment?: boolean;
    is_nullable?: boolean;
    is_unique?: boolean;
    default_value?: unknown;
    max_length?: number | null;
  } | null;
  meta: {
    interface?: string | null;
    options?: Record<string, unknown> | null;
    special?: string[] | null;
    readonly?: boolean;
    hidden?: boolean;
    required?: boolean;
    note?: string | null;
    sort?: number | null;
  } | null;
}

/** A collection as `GET /collections` returns it (the parts the app reads). */
export interface CollectionInfo {
  collection: string;
  meta: {
    hidden?: boolean;
    icon?: string | null;
    note?: string | null;
    system?: boolean;
    singleton?: boolean;
  } | null;
  schema: object | null;
}

/** A relation as `GET /relations/:collection` returns it. */
export interface RelationInfo {
  collection: string;
  field: string;
  related_collection: string | null;
}
