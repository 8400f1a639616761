import { deleteRole } from '@directus/sdk';
import { Fragment, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { client } from '../lib/client.js';
import { useConfirmedAction } from '../lib/use-confirmed-action.js';
import type { PolicyRow, RoleRow } from './access-types.js';
import { readAllPolicies, readAllRoles } from './read-access.js';
import { RoleForm } from './role-form.js';
import { useAccessList } from './use-access-list.js';

/** The roles screen: each role with its parent and policies; create, edit and delete. */
export function RolesPage() {
  const roles = useAccessList<RoleRow>(readAllRoles);
  const policies = useAccessList<PolicyRow>(readAllPolicies);
  const [editing, setEditing] = useState<string | null>(null);
  const deletion = useConfirmedAction();
  const remove = async (role: RoleRow) => {
    const question = `Delete the role ${role.name}? Its users keep their accounts but lose the role's policies.`;
    if (await deletion.run(question, () => client.request(deleteRole(role.id)))) roles.reload();
  };
  const roleName = (id: string | null) => roles.rows?.find((role) => role.id === id)?.name ?? '—';
  const policyNames = (role: RoleRow) =>
    role.policies
      .map((access) => policies.rows?.find((policy) => policy.id === access.policy)?.name)
      .filter(Boolean)
      .join(', ') || '—';

  return (
    <section className="access">
      <h1>Roles</h1>
      <ErrorList errors={[...roles.errors, ...policies.errors, ...deletion.errors]} />
      {roles.rows === null ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="table-wrap">
          <table className="items">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Parent</th>
                <th scope="col">Policies</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {roles.rows.map((role) => (
                <Fragment key={role.id}>
                  <tr>
                    <td>{role.name}</td>
                    <td>{roleName(role.parent)}</td>
                    <td>{policyNames(role)}</td>
                    <td>
                      <div className="row-actions">
                        <button type="button" onClick={() => setEditing(role.id)}>
                          Edit <span className="visually-hidden">{role.name}</span>
                        </button>
                        <button type="button" className="danger" onClick={() => remove(role)}>
                          Delete <span className="visually-hidden">role {role.name}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                  {editing === role.id && (
                    <tr>
                      <td colSpan={4}>
                        <RoleForm
                          role={role}
                          roles={roles.rows ?? []}
                          policies={policies.rows ?? []}
                          onDone={(saved) => {
                            setEditing(null);
                            if (saved) roles.reload();
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RoleForm roles={roles.rows ?? []} policies={policies.rows ?? []} onDone={roles.reload} />
    </section>
  );
}
