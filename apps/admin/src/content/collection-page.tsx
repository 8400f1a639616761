import { aggregate, deleteItems, readItems } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { useMayCreate } from '../access/use-may-create.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { type FilterRule, toFilter } from '../lib/filter-rules.js';
import { navigate } from '../lib/router.js';
import { LiveBadge } from '../live/live-badge.js';
import { useLiveUpdates } from '../live/use-live-updates.js';
import { ColumnPicker } from './column-picker.js';
import { ErrorList } from './error-list.js';
import { FilterBuilder } from './filter-builder.js';
import { ItemTable } from './item-table.js';
import { type ListSort, loadColumns, saveColumns, toSortParam } from './list-state.js';
import { Pagination } from './pagination.js';
import { useCollectionSchema } from './use-collection-schema.js';
import { useDebounced } from './use-debounced.js';

const PAGE_SIZE = 25;

type Row = Record<string, unknown>;

/** Props of {@link CollectionPage}. */
export interface CollectionPageProps {
  collection: string;
}

/** The list of a collection's items: columns, sort, search, filters, pages and bulk delete. */
export function CollectionPage({ collection }: CollectionPageProps) {
  const { schema, error: schemaError } = useCollectionSchema(collection);
  const canCreate = useMayCreate(collection);
  const [columns, setColumns] = useState<string[]>([]);
  const [sort, setSort] = useState<ListSort | null>(null);
  const [search, setSearch] = useState('');
  const [rules, setRules] = useState<FilterRule[]>([]);
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [version, setVersion] = useState(0);
  const debouncedSearch = useDebounced(search, 300);
  // Someone else's change reads the current page again, so sort, filters and pages stay right.
  const live = useLiveUpdates(collection, schema ? [schema.primaryKey] : null, () =>
    setVersion((value) => value + 1),
  );

  useEffect(() => {
    if (schema) setColumns(loadColumns(collection, schema.fields));
  }, [collection, schema]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read after a delete or a live change
  useEffect(() => {
    if (!schema || columns.length === 0) return;
    let live = true;
    const filter = toFilter(rules);
    const shared = { ...(filter ? { filter } : {}), ...(debouncedSearch ? { search: debouncedSearch } : {}) };
    const fields = [...new Set([schema.primaryKey, ...columns])];
    Promise.all([
      client.request(
        readItems(collection, { ...shared, fields, sort: toSortParam(sort), limit: PAGE_SIZE, page }),
      ),
      client.request(aggregate(collection, { aggregate: { count: '*' }, query: shared })),
    ]).then(
      ([items, counts]) => {
        if (!live) return;
        setRows(items as Row[]);
        setTotal(Number((counts as Array<{ count?: unknown }>)[0]?.count ?? 0));
        setErrors([]);
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [collection, schema, columns, sort, debouncedSearch, rules, page, version]);

  if (schemaError) return <ErrorList errors={[schemaError]} />;
  if (!schema) return <p role="status">Loading…</p>;

  const changeColumns = (next: string[]) => {
    setColumns(next);
    saveColumns(collection, next);
  };
  const deleteSelected = async () => {
    if (!window.confirm(`Delete ${selected.size} item(s)? This cannot be undone.`)) return;
    try {
      await client.request(deleteItems(collection, [...selected]));
      setSelected(new Set());
      setVersion((value) => value + 1);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  };

  return (
    <section className="collection">
      <div className="page-header">
        <h1>{collection}</h1>
        <LiveBadge status={live} />
        {canCreate && (
          <button
            type="button"
            className="primary"
            onClick={() => navigate({ name: 'item', collection, id: '+' })}
          >
            Create item
          </button>
        )}
      </div>
      <div className="toolbar">
        <label className="search">
          <span className="visually-hidden">Search {collection}</span>
          <input
            type="search"
            placeholder="Search…"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
        </label>
        <ColumnPicker fields={schema.fields} columns={columns} onChange={changeColumns} />
        {selected.size > 0 && (
          <button type="button" className="danger" onClick={deleteSelected}>
            Delete selected ({selected.size})
          </button>
        )}
      </div>
      <FilterBuilder
        fields={schema.fields}
        rules={rules}
        onApply={(next) => {
          setRules(next);
          setPage(1);
        }}
      />
      <ErrorList errors={errors} />
      {rows === null ? (
        <p role="status">Loading…</p>
      ) : (
        <ItemTable
          collection={collection}
          primaryKey={schema.primaryKey}
          fields={schema.fields}
          columns={columns}
          rows={rows}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
    </section>
  );
}
