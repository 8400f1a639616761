import { FilterConditionRow } from '../content/filter-condition-row.js';
import type { FilterRule } from '../lib/filter-rules.js';

/** Props of {@link RowFilterEditor}. */
export interface RowFilterEditorProps {
  fields: readonly string[];
  rules: readonly FilterRule[];
  onChange: (rules: FilterRule[]) => void;
}

/**
 * The rows a rule's item filter is built from: field, operator and value, all AND-ed, with the list
 * view's operators. Values may be dynamic variables such as `$CURRENT_USER`. Unlike the list view's
 * builder it edits in place (it sits inside the permission form, so it cannot be a form of its own).
 */
export function RowFilterEditor({ fields, rules, onChange }: RowFilterEditorProps) {
  const update = (index: number, patch: Partial<FilterRule>) =>
    onChange(rules.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)));
  return (
    <fieldset className="filters">
      <legend>Rows this rule covers</legend>
      {rules.length === 0 && <p className="muted">Every row.</p>}
      {rules.map((rule, index) => (
        <FilterConditionRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          key={index}
          index={index}
          rule={rule}
          fields={fields}
          noun="Condition"
          placeholder="Value or $CURRENT_USER"
          onUpdate={(patch) => update(index, patch)}
          onRemove={() => onChange(rules.filter((_, at) => at !== index))}
        />
      ))}
      <button
        type="button"
        onClick={() => onChange([...rules, { field: fields[0] ?? '', operator: '_eq', value: '' }])}
      >
        Add condition
      </button>
    </fieldset>
  );
}
