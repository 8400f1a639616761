import { FILTER_OPERATORS, type FilterOperator, type FilterRule, takesNoValue } from '../lib/filter-rules.js';

/** Props of {@link FilterConditionRow}. */
export interface FilterConditionRowProps {
  /** Position in the list, for the labels ("Filter 2", "Remove filter 2"). */
  index: number;
  rule: FilterRule;
  fields: readonly string[];
  /** What a row is called in its labels: `Filter` in the list view, `Condition` in a permission. */
  noun: 'Filter' | 'Condition';
  placeholder: string;
  onUpdate: (patch: Partial<FilterRule>) => void;
  onRemove: () => void;
}

/** One row of field, operator and value (no value for operators that take none), with its Remove button. */
export function FilterConditionRow({
  index,
  rule,
  fields,
  noun,
  placeholder,
  onUpdate,
  onRemove,
}: FilterConditionRowProps) {
  return (
    <fieldset className="filter-row">
      <legend className="visually-hidden">
        {noun} {index + 1}
      </legend>
      <label>
        <span className="visually-hidden">Field</span>
        <select value={rule.field} onChange={(event) => onUpdate({ field: event.target.value })}>
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
          onChange={(event) => onUpdate({ operator: event.target.value as FilterOperator })}
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
            placeholder={placeholder}
            onChange={(event) => onUpdate({ value: event.target.value })}
          />
        </label>
      )}
      <button type="button" aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`} onClick={onRemove}>
        Remove
      </button>
    </fieldset>
  );
}
