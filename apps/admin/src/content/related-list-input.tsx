import { useEffect, useId, useState } from 'react';
import type { FieldInfo } from '../lib/schema-types.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { M2oPicker } from './m2o-picker.js';
import { RelatedItemDialog } from './related-item-dialog.js';
import {
  addRow,
  moveRow,
  type NestedChange,
  type RelatedListState,
  removeRow,
  toNestedChange,
} from './related-list-edits.js';
import type { RelatedListSpec } from './related-list-spec.js';
import { RelatedRows } from './related-rows.js';
import { newRowId, useRelatedList } from './use-related-list.js';
import './related-list.css';

/** Props of {@link RelatedListInput}. */
export interface RelatedListInputProps {
  field: FieldInfo;
  spec: RelatedListSpec;
  /** The edited item's key; null while it is new. */
  parentKey: string | null;
  error: string | undefined;
  /** The change to send with the item's save, or null when the list is as stored. */
  onChange: (change: NestedChange | null) => void;
}

/**
 * The input of an o2m or m2m field: the related items in order, add an existing one or create a new
 * one, remove, and (with a sort field) reorder by drag or by the move buttons. Nothing is written
 * until the item is saved: the edits travel as one nested change in the item's own request.
 */
export function RelatedListInput({ field, spec, parentKey, error, onChange }: RelatedListInputProps) {
  const id = useId();
  const { list, error: loadError } = useRelatedList(spec, field, parentKey);
  const [state, setState] = useState<RelatedListState | null>(null);
  const [picked, setPicked] = useState('');
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (list) setState(list.initial);
  }, [list]);

  const shownCollection = spec.far?.collection ?? spec.rowsCollection;
  const update = (next: RelatedListState) => {
    if (!list) return;
    setState(next);
    onChange(toNestedChange(spec, list.rows.primaryKey, next));
  };

  async function addPicked() {
    if (!list || !state || picked === '') return;
    const row = await list.fetchPicked(picked);
    update(addRow(state, row));
    setPicked('');
  }

  return (
    <FieldFrame id={id} field={field} error={error ?? loadError?.message} labelsControl={false}>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would need its legend inside the frame's label slot */}
      <div
        role="group"
        className="related-list"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(id, field, error)}
      >
        {!list || !state ? (
          <p role="status">Loading…</p>
        ) : (
          <>
            <RelatedRows
              label={field.field}
              template={list.template}
              rows={state.rows}
              sortable={spec.sortField !== null}
              removeText={spec.kind === 'o2m' && spec.deselect === 'nullify' ? 'Unlink' : 'Remove'}
              onMove={(from, to, label) => {
                update(moveRow(state, from, to));
                setAnnouncement(`${label} moved to position ${to + 1} of ${state.rows.length}.`);
              }}
              onRemove={(rowId) => update(removeRow(state, rowId))}
            />
            <div className="related-add">
              <M2oPicker
                id={`${id}-pick`}
                name={`${field.field}-pick`}
                disabled={field.meta?.readonly === true}
                related={shownCollection}
                template={list.template}
                noneText={`— pick an existing ${shownCollection} item —`}
                aria-label={`Existing ${shownCollection} item to add to ${field.field}`}
                value={picked}
                onChange={setPicked}
              />
              <div className="related-add-buttons">
                <button type="button" disabled={picked === ''} onClick={() => void addPicked()}>
                  Add to {field.field}
                </button>
                <button type="button" onClick={() => setCreating(true)}>
                  Create new {shownCollection} item
                </button>
              </div>
            </div>
            {creating && (
              <RelatedItemDialog
                title={`New ${shownCollection} item for ${field.field}`}
                schema={list.shown}
                omit={spec.far ? null : spec.parentField}
                onCreate={(data) =>
                  update(addRow(state, { id: newRowId(), state: 'created', data, item: data }))
                }
                onClose={() => setCreating(false)}
              />
            )}
            <span role="status" className="visually-hidden">
              {announcement}
            </span>
          </>
        )}
      </div>
    </FieldFrame>
  );
}
