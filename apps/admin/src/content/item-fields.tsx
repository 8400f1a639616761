import type { ReactNode } from 'react';
import type { FormValue } from '../lib/form-values.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { FieldInput } from './field-input.js';
import { kindOf, type Values } from './item-values.js';
import type { RelatedListSpec } from './related-list-spec.js';
import type { CollectionSchema } from './use-collection-schema.js';

/** Props of {@link ItemFields}. */
export interface ItemFieldsProps {
  schema: CollectionSchema;
  fields: readonly FieldInfo[];
  values: Values;
  errors: Record<string, string>;
  onChange: (field: string, value: FormValue) => void;
  /** Draws an o2m / m2m field; without it such fields are left out. */
  renderList?: (field: FieldInfo, spec: RelatedListSpec) => ReactNode;
}

/** The inputs of an item's fields, in order, each with its error. */
export function ItemFields({ schema, fields, values, errors, onChange, renderList }: ItemFieldsProps) {
  return fields.map((field) => {
    const spec = schema.lists[field.field];
    if (spec) return renderList?.(field, spec) ?? null;
    return (
      <FieldInput
        key={field.field}
        field={field}
        kind={kindOf(schema, field)}
        related={schema.relatedBy[field.field] ?? null}
        value={values[field.field] ?? null}
        error={errors[field.field]}
        onChange={(value) => onChange(field.field, value)}
      />
    );
  });
}
