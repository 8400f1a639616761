import { type FormEvent, useEffect, useState } from 'react';
import type { FilterRule } from '../lib/filter-rules.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { FilterConditionRow } from './filter-condition-row.js';
import { toColumnCandidates } from './list-state.js';

/** Props of {@link FilterBuilder}. */
export interface FilterBuilderProps {
  fields: readonly FieldInfo[];
  rules: readonly FilterRule[];
  onApply: (rules: FilterRule[]) => void;
}

/** Rows of field, operator and value, all AND-ed; applied with a button so typing does not refetch. */
export function FilterBuilder({ fields, rules, onApply }: FilterBuilderProps) {
  const [draft, setDraft] = useState<FilterRule[]>([...rules]);
  useEffect(() => setDraft([...rules]), [rules]);
  const candidates = toColumnCandidates(fields);
  const fieldNames = candidates.map((field) => field.field);
  const update = (index: number, patch: Partial<FilterRule>) =>
    setDraft(draft.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)));
  const add = () => setDraft([...draft, { field: candidates[0]?.field ?? '', operator: '_eq', value: '' }]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      {draft.map((rule, index) => (
        <FilterConditionRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          key={index}
          index={index}
          rule={rule}
          fields={fieldNames}
          noun="Filter"
          placeholder="Value"
          onUpdate={(patch) => update(index, patch)}
          onRemove={() => setDraft(draft.filter((_, at) => at !== index))}
        />
      ))}
      <div className="filter-actions">
        <button type="button" onClick={add}>
          Add filter
        </button>
        {(draft.length > 0 || rules.length > 0) && <button type="submit">Apply filters</button>}
      </div>
    </form>
  );
}
