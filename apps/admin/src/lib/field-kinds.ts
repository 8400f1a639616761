import type { FieldInfo } from './schema-types.js';

/** Which input the editor shows for a field (`o2m` and `m2m` come from the field's relation, see the item editor). */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'json'
  | 'choices'
  | 'm2o'
  | 'o2m'
  | 'm2m'
  | 'rich-text'
  | 'markdown'
  | 'readonly';

/** A choice from a field's `meta.options.choices`. */
export interface Choice {
  text: string;
  value: string;
}

const BY_TYPE: Record<string, FieldKind> = {
  string: 'text',
  uuid: 'text',
  hash: 'text',
  text: 'textarea',
  integer: 'integer',
  bigInteger: 'integer',
  float: 'decimal',
  decimal: 'decimal',
  boolean: 'boolean',
  date: 'date',
  dateTime: 'datetime',
  timestamp: 'datetime',
  time: 'time',
  json: 'json',
  csv: 'json',
};

/** The input for `field`: a relation makes an m2o picker, choices a select, else the column type decides. */
export function toFieldKind(field: FieldInfo, relatedCollection: string | null): FieldKind {
  if (field.type === 'alias' || field.type === 'unknown' || field.type.startsWith('geometry'))
    return 'readonly';
  if (relatedCollection) return 'm2o';
  if (toChoices(field).length > 0) return 'choices';
  if (field.meta?.interface === 'input-rich-text-html') return 'rich-text';
  if (field.meta?.interface === 'input-rich-text-md') return 'markdown';
  if (field.meta?.interface === 'input-multiline') return 'textarea';
  return BY_TYPE[field.type] ?? 'text';
}

/** The choices a field's interface options offer (`[{text, value}]`), or none. */
export function toChoices(field: FieldInfo): Choice[] {
  const choices = field.meta?.options?.['choices'];
  if (!Array.isArray(choices)) return [];
  return choices.flatMap((choice: unknown) => {
    if (typeof choice === 'string') return [{ text: choice, value: choice }];
    if (choice && typeof choice === 'object' && 'value' in choice) {
      const { text, value } = choice as { text?: unknown; value: unknown };
      return [{ text: String(text ?? value), value: String(value) }];
    }
    return [];
  });
}

/** Fields the editor shows: not hidden, not a primary key the database fills in. */
export function isEditable(field: FieldInfo): boolean {
  if (field.meta?.hidden) return false;
  return !(field.schema?.is_primary_key && field.schema.has_auto_increment);
}
