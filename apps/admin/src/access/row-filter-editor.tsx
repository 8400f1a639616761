import { FILTER_OPERATORS, type FilterOperator, type FilterRule, takesNoValue } from '../lib/filter-rules.js';

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
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
        <fieldset key={index} className="filter-row">
          <legend className="visually-hidden">Condition {index + 1}</legend>
          <label>
            <span className="visually-hidden">Field</span>
            <select value={rule.field} onChange={(event) => update(index, { field: event.target.value })}>
              {fields.map((field) => (
                <option key={field} value={field}>
                  {field}
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
                placeholder="Value or $CURRENT_USER"
                onChange={(event) => update(index, { value: event.target.value })}
              />
            </label>
          )}
          <button
            type="button"
            aria-label={`Remove condition ${index + 1}`}
            onClick={() => onChange(rules.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </fieldset>
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
