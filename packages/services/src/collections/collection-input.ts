import type { FieldSchemaInput } from '@plinth/schema';

/** A field as the write payloads of `/collections` and `/fields` carry it. */
export interface FieldPayload {
  field: string;
  type?: string | null;
  schema?: FieldSchemaInput | null;
  meta?: Record<string, unknown> | null;
}

/** The body of `POST /collections`. `schema` present (even `{}`) makes a table; absent, a folder. */
export interface CollectionPayload {
  collection: string;
  meta?: Record<string, unknown> | null;
  schema?: Record<string, unknown> | null;
  fields?: FieldPayload[];
}
