import { readCollection, updateCollection } from '@directus/sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { FormActions } from '../lib/form-actions.js';
import type { FieldInfo } from '../lib/schema-types.js';
import {
  type CollectionSettingsDraft,
  type CollectionSettingsMeta,
  toArchiveFieldOptions,
  toCollectionMetaPatch,
  toCollectionSettingsDraft,
  toSortFieldOptions,
} from './collection-settings.js';
import { FlagChecks } from './flag-checks.js';
import { NameOptions } from './name-options.js';

/** Props of {@link CollectionSettingsForm}. */
export interface CollectionSettingsFormProps {
  collection: string;
  fields: readonly FieldInfo[];
  /** Called after a save (`true`) or on cancel (`false`). */
  onDone: (changed: boolean) => void;
}

const FLAGS = [
  ['hidden', 'Hidden in the navigation'],
  ['singleton', 'Singleton (a single item)'],
] as const;

type TextKey = 'note' | 'icon' | 'displayTemplate' | 'archiveValue' | 'unarchiveValue';

/** Edits a collection's settings (`meta`): note, icon, display template, flags, sort, archive, history. */
export function CollectionSettingsForm({ collection, fields, onDone }: CollectionSettingsFormProps) {
  const [meta, setMeta] = useState<CollectionSettingsMeta | null | undefined>(undefined);
  const [draft, setDraft] = useState<CollectionSettingsDraft | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const set = (patch: Partial<CollectionSettingsDraft>) => draft && setDraft({ ...draft, ...patch });

  useEffect(() => {
    let live = true;
    client.request(readCollection(collection)).then(
      (answer) => {
        if (!live) return;
        const read = (answer.meta ?? null) as CollectionSettingsMeta | null;
        setMeta(read);
        setDraft(toCollectionSettingsDraft(read));
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [collection]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft || meta === undefined) return;
    setErrors([]);
    const patch = toCollectionMetaPatch(meta, draft);
    try {
      if (patch) await client.request(updateCollection(collection, { meta: patch } as never));
      onDone(patch !== null);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  const title = `Settings of ${collection}`;
  if (!draft) {
    return (
      <section className="stack panel" aria-label={title}>
        <ErrorList errors={errors} />
        {errors.length === 0 && <p role="status">Loading…</p>}
        <div className="actions">
          <button type="button" onClick={() => onDone(false)}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  const textInput = ([key, label, hint]: [TextKey, string, string?]) => (
    <div key={key} className="hinted">
      <label>
        {label}
        <input
          value={draft[key]}
          aria-describedby={hint ? `${key}-hint` : undefined}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      </label>
      {hint && <small id={`${key}-hint`}>{hint}</small>}
    </div>
  );
  return (
    <form className="stack panel collection-settings" onSubmit={save} aria-label={title}>
      <h3>{title}</h3>
      <ErrorList errors={errors} />
      <div className="form-row">
        {textInput(['note', 'Note'])}
        {textInput(['icon', 'Icon', 'A Material Symbols name, such as menu_book'])}
      </div>
      {textInput([
        'displayTemplate',
        'Display template',
        'How lists and pickers name an item, such as {{title}}',
      ])}
      <div className="form-row">
        <FlagChecks flags={FLAGS} values={draft} onChange={(flag, checked) => set({ [flag]: checked })} />
      </div>
      <div className="form-row">
        <FieldSelect
          label="Sort field"
          value={draft.sortField}
          names={toSortFieldOptions(fields)}
          onChange={(sortField) => set({ sortField })}
        />
        <label>
          History (accountability)
          <select
            value={draft.accountability}
            onChange={(event) =>
              set({ accountability: event.target.value as CollectionSettingsDraft['accountability'] })
            }
          >
            <option value="all">Activity and revisions</option>
            <option value="activity">Activity only</option>
            <option value="">None</option>
          </select>
        </label>
      </div>
      <fieldset className="form-row">
        <legend>Archive</legend>
        <FieldSelect
          label="Archive field"
          value={draft.archiveField}
          names={toArchiveFieldOptions(fields)}
          onChange={(archiveField) => set({ archiveField })}
        />
        {textInput(['archiveValue', 'Archive value'])}
        {textInput(['unarchiveValue', 'Unarchive value'])}
      </fieldset>
      <FormActions save="Save settings" onCancel={() => onDone(false)} />
    </form>
  );
}

interface FieldSelectProps {
  label: string;
  value: string;
  names: readonly string[];
  onChange: (value: string) => void;
}

/** A select of a collection's fields with "None"; keeps a stored choice the options leave out. */
function FieldSelect({ label, value, names, onChange }: FieldSelectProps) {
  const shown = value && !names.includes(value) ? [value, ...names] : names;
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">None</option>
        <NameOptions names={shown} />
      </select>
    </label>
  );
}
