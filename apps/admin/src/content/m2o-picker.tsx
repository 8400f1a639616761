import { readFieldsByCollection, readItems } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { renderTemplate, templateFields, toDisplayTemplate } from './display-template.js';
import { useDebounced } from './use-debounced.js';

/** Props of {@link M2oPicker}. */
export interface M2oPickerProps {
  id: string;
  name: string;
  disabled: boolean;
  related: string;
  value: string;
  onChange: (value: string) => void;
  /** How to show an item; defaults to its first visible text field. */
  template?: string | undefined;
  /** The text of the empty choice. @default '— none —' */
  noneText?: string;
  'aria-label'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

interface Option {
  key: string;
  label: string;
}

/** Picks an item of `related`: a search box narrowing a select of up to 50 items. */
export function M2oPicker({
  related,
  value,
  onChange,
  template,
  noneText = '— none —',
  ...select
}: M2oPickerProps) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [shape, setShape] = useState<{ key: string; template: string } | null>(null);
  const debounced = useDebounced(search, 300);

  useEffect(() => {
    client.request(readFieldsByCollection(related)).then(
      (fields) => {
        const key = (fields as FieldInfo[]).find((field) => field.schema?.is_primary_key)?.field ?? 'id';
        setShape({ key, template: toDisplayTemplate(fields as FieldInfo[], template) });
      },
      () => setShape({ key: 'id', template: '{{id}}' }),
    );
  }, [related, template]);

  useEffect(() => {
    if (!shape) return;
    const fields = [...new Set([shape.key, ...templateFields(shape.template)])];
    const query = { fields, limit: 50, ...(debounced ? { search: debounced } : {}) };
    client.request(readItems(related, query)).then(
      (rows) =>
        setOptions(
          (rows as Record<string, unknown>[]).map((row) => {
            const key = String(row[shape.key]);
            const label = renderTemplate(shape.template, row);
            return { key, label: label && label !== key ? `${label} (#${key})` : `#${key}` };
          }),
        ),
      () => setOptions([]),
    );
  }, [related, shape, debounced]);

  const known = value === '' || options.some((option) => option.key === value);
  return (
    <div className="m2o">
      <input
        type="search"
        aria-label={`Search ${related}`}
        placeholder={`Search ${related}…`}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select {...select} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{noneText}</option>
        {!known && <option value={value}>#{value}</option>}
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
