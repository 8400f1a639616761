import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { useCollectionSchema } from '../content/use-collection-schema.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { type FilterRule, toFilter } from '../lib/filter-rules.js';
import { FormActions } from '../lib/form-actions.js';
import { FieldPicker } from './field-picker.js';
import { toFilterRules } from './filter-to-rules.js';
import { parseJsonObject, toJsonText } from './permission-level.js';
import { RowFilterEditor } from './row-filter-editor.js';
import { type PermissionTarget, savePermission } from './write-permission.js';

/** Props of {@link PermissionEditor}. */
export interface PermissionEditorProps {
  target: PermissionTarget;
  onDone: (saved: boolean) => void;
}

/**
 * A custom rule: the rows it covers (a filter built from conditions, or JSON when the filter is more
 * than the builder shows), the fields it grants, and its validation and presets as JSON.
 */
export function PermissionEditor({ target, onDone }: PermissionEditorProps) {
  const { existing, collection, action } = target;
  const { schema, error } = useCollectionSchema(collection);
  const initialRules = toFilterRules(existing?.permissions ?? null);
  const [rules, setRules] = useState<FilterRule[]>(initialRules ?? []);
  const [filterJson, setFilterJson] = useState(
    initialRules === null ? toJsonText(existing?.permissions ?? null) : null,
  );
  const [fields, setFields] = useState<string[]>(existing?.fields ?? ['*']);
  const [validation, setValidation] = useState(toJsonText(existing?.validation ?? null));
  const [presets, setPresets] = useState(toJsonText(existing?.presets ?? null));
  const [errors, setErrors] = useState<ApiError[]>([]);
  const title = `${action} on ${collection}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    try {
      const permissions =
        filterJson === null ? (toFilter(rules) ?? {}) : (parseJsonObject(filterJson, 'The row filter') ?? {});
      await savePermission(target, {
        permissions,
        validation: parseJsonObject(validation, 'Validation') ?? {},
        presets: parseJsonObject(presets, 'Presets') ?? {},
        fields,
      });
      onDone(true);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  if (error) return <ErrorList errors={[error]} />;
  const fieldNames = schema?.fields.map((field) => field.field) ?? [];
  return (
    <form className="stack panel permission-editor" onSubmit={submit} aria-label={`Custom ${title}`}>
      <h3>Custom rule: {title}</h3>
      <ErrorList errors={errors} />
      {filterJson === null ? (
        <>
          <RowFilterEditor fields={fieldNames} rules={rules} onChange={setRules} />
          <button type="button" className="link" onClick={() => setFilterJson(toJsonText(toFilter(rules)))}>
            Edit the row filter as JSON
          </button>
        </>
      ) : (
        <label>
          Row filter (JSON)
          <textarea
            className="code"
            rows={5}
            value={filterJson}
            onChange={(e) => setFilterJson(e.target.value)}
          />
        </label>
      )}
      {action !== 'delete' && <FieldPicker fields={fieldNames} value={fields} onChange={setFields} />}
      {(action === 'create' || action === 'update') && (
        <>
          <label>
            Validation (JSON filter the payload must meet)
            <textarea
              className="code"
              rows={3}
              value={validation}
              onChange={(event) => setValidation(event.target.value)}
            />
          </label>
          <label>
            Presets (JSON default values)
            <textarea
              className="code"
              rows={3}
              value={presets}
              onChange={(e) => setPresets(e.target.value)}
            />
          </label>
        </>
      )}
      <FormActions save="Save rule" onCancel={() => onDone(false)} />
    </form>
  );
}
