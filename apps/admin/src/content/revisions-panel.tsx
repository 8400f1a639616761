import { customEndpoint, readRevisions } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { ErrorList } from './error-list.js';
import { type RevisionEntry, type RevisionRecord, toRevisionEntries } from './revision-entries.js';
import './revisions.css';

/** Props of {@link RevisionsPanel}. */
export interface RevisionsPanelProps {
  collection: string;
  id: string;
  /** Changes when the item was saved, so the panel reads the list again. */
  version: number;
  /** Called after a restore, for the editor to read the item again. */
  onRestored: () => void;
}

const FIELDS = ['id', 'data', 'delta', 'activity.action', 'activity.timestamp', 'activity.user.email'];

/** The item's history, newest first; any earlier revision can be restored (the item is set back to it). */
export function RevisionsPanel({ collection, id, version, onRestored }: RevisionsPanelProps) {
  const [entries, setEntries] = useState<RevisionEntry[] | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read after a save
  useEffect(() => {
    let live = true;
    const query = {
      fields: FIELDS,
      filter: { collection: { _eq: collection }, item: { _eq: id } },
      sort: ['-id'],
      limit: 50,
    };
    client.request(readRevisions(query as never)).then(
      (records) => live && setEntries(toRevisionEntries(records as unknown as RevisionRecord[])),
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [collection, id, version]);

  async function restore(entry: RevisionEntry) {
    if (!window.confirm(`Restore revision #${entry.id}? Unsaved edits on this page are lost.`)) return;
    setBusy(true);
    setErrors([]);
    try {
      await client.request(customEndpoint({ path: `/utils/revert/${entry.id}`, method: 'POST' }));
      onRestored();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      <ErrorList errors={errors} />
      {entries === null && errors.length === 0 && <p role="status">Loading…</p>}
      {entries?.length === 0 && <p className="muted">No revisions yet.</p>}
      <ol className="revision-list">
        {entries?.map((entry, index) => (
          <li key={entry.id}>
            <p>
              <strong>{entry.action}</strong> by {entry.who}
              {entry.when && <> on {entry.when}</>}
            </p>
            {entry.changes.length > 0 && (
              <dl>
                {entry.changes.map((change) => (
                  <div key={change.field}>
                    <dt>{change.field}</dt>
                    <dd>{change.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {index === 0 ? (
              <p className="muted">The current version.</p>
            ) : (
              <button
                type="button"
                disabled={busy}
                aria-label={`Restore revision #${entry.id}`}
                onClick={() => void restore(entry)}
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
