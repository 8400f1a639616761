import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { RelatedRow } from './related-list-edits.js';
import { toRowLabel } from './use-related-list.js';

/** Props of {@link RelatedRows}. */
export interface RelatedRowsProps {
  /** The field's name, which names the list. */
  label: string;
  template: string;
  rows: RelatedRow[];
  sortable: boolean;
  removeText: string;
  onMove: (from: number, to: number, label: string) => void;
  onRemove: (rowId: string) => void;
}

type Direction = 'up' | 'down';

const STATE_NOTES: Record<RelatedRow['state'], string | null> = {
  saved: null,
  picked: 'added',
  created: 'new',
};

/** The rows of a related list: drag a row by its handle, or move it with its buttons; remove it. */
export function RelatedRows({
  label,
  template,
  rows,
  sortable,
  removeText,
  onMove,
  onRemove,
}: RelatedRowsProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  // After a move by button, focus stays on the moved row (its other button once this one is disabled).
  const refocus = useRef<{ rowId: string; direction: Direction } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!refocus.current) return;
    const { rowId, direction } = refocus.current;
    refocus.current = null;
    const button = (which: Direction) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${rowId}-${which}"]`);
    const target = button(direction);
    (target?.disabled ? button(direction === 'up' ? 'down' : 'up') : target)?.focus();
  });

  if (rows.length === 0) return <p className="muted">No related items.</p>;

  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null && dragged !== index) {
      const row = rows[dragged];
      if (row) onMove(dragged, index, toRowLabel(template, row));
    }
    setDragged(null);
    setOver(null);
  };

  return (
    <ol ref={list} className="related-rows" aria-label={`${label} items`}>
      {rows.map((row, index) => {
        const name = toRowLabel(template, row);
        const note = STATE_NOTES[row.state];
        const move = (direction: Direction) => {
          refocus.current = { rowId: row.id, direction };
          onMove(index, direction === 'up' ? index - 1 : index + 1, name);
        };
        return (
          <li
            key={row.id}
            className={over === index ? 'drop-target' : undefined}
            draggable={sortable}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', name);
              setDragged(index);
            }}
            onDragOver={(event) => {
              if (dragged === null) return;
              event.preventDefault();
              setOver(index);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            onDrop={(event) => drop(event, index)}
          >
            {sortable && (
              <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
                ⠿
              </span>
            )}
            <span className="related-name">
              {name}
              {note && <em className="muted"> ({note})</em>}
            </span>
            {sortable && (
              <>
                <button
                  type="button"
                  aria-label={`Move ${name} up`}
                  data-focus-key={`${row.id}-up`}
                  disabled={index === 0}
                  onClick={() => move('up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${name} down`}
                  data-focus-key={`${row.id}-down`}
                  disabled={index === rows.length - 1}
                  onClick={() => move('down')}
                >
                  ↓
                </button>
              </>
            )}
            <button type="button" aria-label={`${removeText} ${name}`} onClick={() => onRemove(row.id)}>
              {removeText}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
