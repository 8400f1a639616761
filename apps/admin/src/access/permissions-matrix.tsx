import { useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { PERMISSION_ACTIONS, type PermissionAction, type PermissionRow } from './access-types.js';
import { PermissionEditor } from './permission-editor.js';
import { FULL_ACCESS, type PermissionLevel, toPermissionLevel } from './permission-level.js';
import { readPolicyPermissions } from './read-access.js';
import { useAccessList } from './use-access-list.js';
import { type PermissionTarget, removePermission, savePermission } from './write-permission.js';

/** Props of {@link PermissionsMatrix}. */
export interface PermissionsMatrixProps {
  policy: string;
  collections: readonly CollectionInfo[];
}

const LEVELS: Record<PermissionLevel, string> = { none: 'None', all: 'All', custom: 'Custom…' };

/**
 * A policy's rules as collections × actions, each none, all or custom. "None" deletes the rule,
 * "All" writes one with no filter and every field, "Custom" opens the rule editor below the table.
 */
export function PermissionsMatrix({ policy, collections }: PermissionsMatrixProps) {
  const permissions = useAccessList<PermissionRow>(() => readPolicyPermissions(policy));
  const [editing, setEditing] = useState<PermissionTarget | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const rows = permissions.rows ?? [];
  const tables = collections.filter((collection) => collection.schema !== null);
  const targetOf = (collection: string, action: PermissionAction): PermissionTarget => ({
    policy,
    collection,
    action,
    existing: rows.find((row) => row.collection === collection && row.action === action),
  });

  async function choose(target: PermissionTarget, level: PermissionLevel) {
    setErrors([]);
    if (level === 'custom') {
      setEditing(target);
      return;
    }
    try {
      if (level === 'none') await removePermission(target);
      else await savePermission(target, FULL_ACCESS);
      permissions.reload();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  return (
    <section aria-labelledby="permissions">
      <h2 id="permissions">Permissions</h2>
      <ErrorList errors={[...permissions.errors, ...errors]} />
      {tables.length === 0 && <p className="muted">There are no collections yet.</p>}
      <div className="table-wrap">
        <table className="items matrix">
          <thead>
            <tr>
              <th scope="col">Collection</th>
              {PERMISSION_ACTIONS.map((action) => (
                <th key={action} scope="col">
                  {action}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tables.map(({ collection }) => (
              <tr key={collection}>
                <th scope="row">{collection}</th>
                {PERMISSION_ACTIONS.map((action) => {
                  const target = targetOf(collection, action);
                  const level = toPermissionLevel(target.existing);
                  return (
                    <td key={action}>
                      <div className="matrix-cell">
                        <select
                          aria-label={`${collection} ${action}`}
                          value={level}
                          disabled={permissions.rows === null}
                          onChange={(event) => choose(target, event.target.value as PermissionLevel)}
                        >
                          {Object.entries(LEVELS).map(([value, words]) => (
                            <option key={value} value={value}>
                              {words}
                            </option>
                          ))}
                        </select>
                        {level === 'custom' && (
                          <button type="button" className="link" onClick={() => setEditing(target)}>
                            Edit{' '}
                            <span className="visually-hidden">
                              the {action} rule of {collection}
                            </span>
                          </button>
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <PermissionEditor
          key={`${editing.collection}/${editing.action}`}
          target={editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) permissions.reload();
          }}
        />
      )}
    </section>
  );
}
