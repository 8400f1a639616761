import { readFieldsByCollection, readItems } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { useDebounced } from './use-debounced.js';

/** Props of {@link M2oPicker}. */
export interface M2oPickerProps {
  id: string;
  name: string;
  disabled: boolean;
  related: string;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}

interface Option {
  key: string;
  label: string;
}

/** Picks the related item of an m2o field: a search box narrowing a select of up to 50 items. */
export function M2oPicker({ related, value, onChange, ...select }: M2oPickerProps) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [labelField, setLabelField] = useState<{ key: string; label: string | null } | null>(null);
  const debounced = useDebounced(search, 300);

  useEffect(() => {
    client.request(readFieldsByCollection(related)).then(
      (fields) => setLabelField(toLabelFields(fields as FieldInfo[])),
      () => setLabelField({ key: 'id', label: null }),
    );
  }, [related]);

  useEffect(() => {
    if (!labelField) return;
    const fields = [labelField.key, ...(labelField.label ? [labelField.label] : [])];
    const query = { fields, limit: 50, ...(debounced ? { search: debounced } : {}) };
    client.request(readItems(related, query)).then(
      (rows) =>
        setOptions(
          (rows as Record<string, unknown>[]).map((row) => {
            const key = String(row[labelField.key]);
            const label = labelField.label ? row[labelField.label] : null;
            return { key, label: label ? `${String(label)} (#${key})` : `#${key}` };
          }),
        ),
      () => setOptions([]),
    );
  }, [related, labelField, debounced]);

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
        <option value="">— none —</option>
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

/** The related collection's key and the first visible text field to show beside it. */
function toLabelFields(fields: FieldInfo[]): { key: string; label: string | null } {
  const key = fields.find((field) => field.schema?.is_primary_key)?.field ?? 'id';
  const label = fields.find(
    (field) =>
      !field.schema?.is_primary_key && !field.meta?.hidden && ['string', 'text'].includes(field.type),
  );
  return { key, label: label?.field ?? null };
}
