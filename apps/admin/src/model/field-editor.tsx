import { deleteField, updateField } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { FormActions } from '../lib/form-actions.js';
import type { FieldInfo } from '../lib/schema-types.js';
import {
  EDITOR_INTERFACES,
  type FieldDraft,
  PLACEHOLDER_INTERFACES,
  toFieldDraft,
  toFieldPatch,
} from './field-draft.js';
import { FlagChecks } from './flag-checks.js';
import { NameOptions } from './name-options.js';

/** Props of {@link FieldEditor}. */
export interface FieldEditorProps {
  field: FieldInfo;
  /** Called after a save or delete (`true`) or on cancel (`false`). */
  onDone: (changed: boolean) => void;
}

const FLAGS = [
  ['required', 'Required (a value must be given)'],
  ['readonly', 'Read-only in the editor'],
  ['hidden', 'Hidden in the editor'],
] as const;

/** Edits one field: note, flags, column default and uniqueness, interface and its options; or deletes it. */
export function FieldEditor({ field, onDone }: FieldEditorProps) {
  const [draft, setDraft] = useState<FieldDraft>(() => toFieldDraft(field));
  const [errors, setErrors] = useState<ApiError[]>([]);
  const name = `${field.collection}.${field.field}`;
  const set = (patch: Partial<FieldDraft>) => setDraft({ ...draft, ...patch });
  const interfaces = [...new Set([...EDITOR_INTERFACES, toFieldDraft(field).interface])];

  async function run(write: () => Promise<unknown>) {
    setErrors([]);
    try {
      await write();
      onDone(true);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const patch = toFieldPatch(field, draft);
      if (patch) await client.request(updateField(field.collection, field.field, patch as never));
    });
  }

  function remove() {
    if (!window.confirm(`Delete the field ${name}? Its values in every item are lost.`)) return;
    void run(() => client.request(deleteField(field.collection, field.field)));
  }

  return (
    <form className="stack panel field-editor" onSubmit={save} aria-label={`Edit field ${name}`}>
      <h3>Field {name}</h3>
      <ErrorList errors={errors} />
      <label>
        Note
        <input value={draft.note} onChange={(event) => set({ note: event.target.value })} />
      </label>
      <label>
        Interface
        <select value={draft.interface} onChange={(event) => set({ interface: event.target.value })}>
          <NameOptions names={interfaces} />
        </select>
      </label>
      {draft.interface === 'select-dropdown' && (
        <label>
          Choices
          <textarea
            rows={4}
            value={draft.choices}
            aria-describedby="choices-note"
            onChange={(event) => set({ choices: event.target.value })}
          />
          <small id="choices-note">One a line: a value, or value=Label.</small>
        </label>
      )}
      {PLACEHOLDER_INTERFACES.has(draft.interface) && (
        <label>
          Placeholder
          <input value={draft.placeholder} onChange={(event) => set({ placeholder: event.target.value })} />
        </label>
      )}
      {field.schema && (
        <label>
          Default value
          <input
            value={draft.defaultValue}
            placeholder="None"
            onChange={(event) => set({ defaultValue: event.target.value })}
          />
        </label>
      )}
      <div className="form-row">
        <FlagChecks flags={FLAGS} values={draft} onChange={(flag, checked) => set({ [flag]: checked })} />
        {field.schema && (
          <label className="check">
            <input
              type="checkbox"
              checked={draft.unique}
              onChange={(event) => set({ unique: event.target.checked })}
            />
            Unique (no two items share a value)
          </label>
        )}
      </div>
      <FormActions save="Save field" onCancel={() => onDone(false)}>
        {!field.schema?.is_primary_key && (
          <button type="button" className="danger" onClick={remove}>
            Delete field
          </button>
        )}
      </FormActions>
    </form>
  );
}
