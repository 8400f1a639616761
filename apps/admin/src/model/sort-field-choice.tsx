import { IdentifierInput } from './identifier-input.js';
import { NameOptions } from './name-options.js';
import { NEW_SORT_FIELD, NO_SORT_FIELD } from './sort-field-options.js';

/** Props of {@link SortFieldChoice}. */
export interface SortFieldChoiceProps {
  /** The collection that holds the sort field: the related one (o2m) or the junction (m2m). */
  holder: string;
  /** Its integer fields that could keep the order. */
  options: readonly string[];
  /** {@link NO_SORT_FIELD}, {@link NEW_SORT_FIELD} or one of `options`. */
  value: string;
  newName: string;
  onChange: (value: string) => void;
  onNewName: (name: string) => void;
}

/** Picks the field that keeps a list's manual order (which lets editors reorder it), or names a new one. */
export function SortFieldChoice(props: SortFieldChoiceProps) {
  const { holder, value } = props;
  return (
    <div className="form-row">
      <div className="hinted">
        <label>
          Sort field in {holder}
          <select
            value={value}
            aria-describedby="sort-field-note"
            onChange={(event) => props.onChange(event.target.value)}
          >
            <option value={NO_SORT_FIELD}>None (no manual order)</option>
            <option value={NEW_SORT_FIELD}>A new field…</option>
            <NameOptions names={props.options} />
          </select>
        </label>
        <small id="sort-field-note">Lets editors drag the list's items into order.</small>
      </div>
      {value === NEW_SORT_FIELD && (
        <IdentifierInput label="New sort field name" value={props.newName} onChange={props.onNewName} />
      )}
    </div>
  );
}
