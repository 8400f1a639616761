/** A field as the data model forms collect it. */
export interface NewField {
  field: string;
  /** A column type, or `m2o` for a reference to an item of `related`. */
  type: string;
  required: boolean;
  /** The collection an `m2o` field points to. */
  related?: string;
}

/** The types the forms offer: column types, and `m2o`. */
export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'bigInteger',
  'float',
  'decimal',
  'boolean',
  'date',
  'dateTime',
  'timestamp',
  'time',
  'json',
  'uuid',
  'm2o',
] as const;

const INTERFACE_BY_TYPE: Record<string, string> = {
  text: 'input-multiline',
  boolean: 'boolean',
  json: 'input-code',
  date: 'datetime',
  dateTime: 'datetime',
  timestamp: 'datetime',
  time: 'datetime',
  m2o: 'select-dropdown-m2o',
};

/** Whether a form row is complete enough to send. */
export function isFilled(field: NewField): boolean {
  return field.field !== '' && (field.type !== 'm2o' || Boolean(field.related));
}

/**
 * The `POST /fields` body of a field. An m2o column takes the type of the related primary key
 * (`keyType`); "required" makes the column NOT NULL, which the API checks on every write.
 */
export function toFieldPayload(field: NewField, keyType = 'integer') {
  const isM2o = field.type === 'm2o';
  return {
    field: field.field,
    type: isM2o ? keyType : field.type,
    schema: field.required ? { is_nullable: false } : {},
    meta: {
      interface: INTERFACE_BY_TYPE[field.type] ?? 'input',
      required: field.required,
      ...(isM2o ? { special: ['m2o'] } : {}),
    },
  };
}

/**
 * The `POST /collections` body: a table with an auto-increment `id` and the named fields (rows
 * without a name, and an `id` row, left out). `keyTypes` gives the primary-key type of each
 * collection an m2o row points to.
 */
export function toCollectionPayload(
  collection: string,
  fields: readonly NewField[],
  keyTypes: Readonly<Record<string, string>> = {},
) {
  return {
    collection,
    meta: {},
    schema: {},
    fields: [
      {
        field: 'id',
        type: 'integer',
        schema: { is_primary_key: true, has_auto_increment: true },
        meta: { hidden: true, readonly: true, interface: 'numeric' },
      },
      ...fields
        .filter((field) => isFilled(field) && field.field !== 'id')
        .map((field) => toFieldPayload(field, field.related ? keyTypes[field.related] : undefined)),
    ],
  };
}

/** The `POST /relations` body for an m2o row of `collection`. */
export function toRelationPayload(collection: string, field: NewField) {
  return {
    collection,
    field: field.field,
    related_collection: field.related!,
    schema: { on_delete: 'SET NULL' },
  };
}
