import { type FormEvent, useEffect, useState } from 'react';
import { FILTER_OPERATORS, type FilterOperator, type FilterRule, takesNoValue } from '../lib/filter-rules.js';
import type { FieldInfo } from '../lib/schema-types.js';
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
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
        <fieldset key={index} className="filter-row">
          <legend className="visually-hidden">Filter {index + 1}</legend>
          <label>
            <span className="visually-hidden">Field</span>
            <select value={rule.field} onChange={(event) => update(index, { field: event.target.value })}>
              {candidates.map((field) => (
                <option key={field.field} value={field.field}>
                  {field.field}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">Operator</span>
            <select
              value={rule.operator}
              onChange={(event) => update(index, { operator: event.target.value as FilterOperator })}
            >
              {Object.entries(FILTER_OPERATORS).map(([operator, words]) => (
                <option key={operator} value={operator}>
                  {words}
                </option>
              ))}
            </select>
          </label>
          {!takesNoValue(rule.operator) && (
            <label>
              <span className="visually-hidden">Value</span>
              <input
                value={rule.value}
                placeholder="Value"
                onChange={(event) => update(index, { value: event.target.value })}
              />
            </label>
          )}
          <button
            type="button"
            aria-label={`Remove filter ${index + 1}`}
            onClick={() => setDraft(draft.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </fieldset>
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
