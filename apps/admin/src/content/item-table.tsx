import { navigate } from '../lib/router.js';
import type { FieldInfo } from '../lib/schema-types.js';
import { Link } from '../shell/link.js';
import { type ListSort, nextSort, toCellText } from './list-state.js';

type Row = Record<string, unknown>;

/** Props of {@link ItemTable}. */
export interface ItemTableProps {
  collection: string;
  primaryKey: string;
  fields: readonly FieldInfo[];
  columns: readonly string[];
  rows: readonly Row[];
  sort: ListSort | null;
  onSort: (sort: ListSort | null) => void;
  selected: ReadonlySet<string>;
  onSelect: (selected: ReadonlySet<string>) => void;
}

/** The items as a table: sortable headers, a checkbox per row, the first cell links to the editor. */
export function ItemTable(props: ItemTableProps) {
  const { collection, primaryKey, columns, rows, sort, selected, onSelect } = props;
  const keys = rows.map((row) => String(row[primaryKey]));
  const allSelected = keys.length > 0 && keys.every((key) => selected.has(key));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onSelect(next);
  };

  if (rows.length === 0) return <p className="empty">No items match.</p>;
  return (
    <div className="table-wrap">
      <table className="items">
        <thead>
          <tr>
            <th scope="col" className="select">
              <input
                type="checkbox"
                aria-label="Select all items on this page"
                checked={allSelected}
                onChange={(event) => onSelect(event.target.checked ? new Set(keys) : new Set())}
              />
            </th>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort?.field === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => props.onSort(nextSort(sort, column))}>
                  {column}
                  <span aria-hidden="true">
                    {sort?.field === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const key = keys[index]!;
            const route = { name: 'item', collection, id: key } as const;
            return (
              <tr key={key} onClick={(event) => isRowClick(event.target) && navigate(route)}>
                <td className="select">
                  <input
                    type="checkbox"
                    aria-label={`Select item ${key}`}
                    checked={selected.has(key)}
                    onChange={(event) => toggle(key, event.target.checked)}
                  />
                </td>
                {columns.map((column, position) => (
                  <td key={column}>
                    {position === 0 ? (
                      <Link route={route}>{toCellText(row[column]) || `#${key}`}</Link>
                    ) : (
                      toCellText(row[column])
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A click on a row's plain text opens it; checkboxes and links handle their own clicks. */
function isRowClick(target: EventTarget): boolean {
  return target instanceof HTMLElement && !target.closest('input, a, button');
}
