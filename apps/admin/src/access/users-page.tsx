import { passwordRequest, updateUser } from '@directus/sdk';
import { Fragment, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { PolicyRow, RoleRow, UserRow } from './access-types.js';
import { InviteUserForm } from './invite-user-form.js';
import { readAllPolicies, readAllRoles, readAllUsers } from './read-access.js';
import { useAccessList } from './use-access-list.js';
import { UserEditor } from './user-editor.js';
import { UserPolicies } from './user-policies.js';

/**
 * The users screen: everyone with their role and status; invite, edit (with the policies attached to
 * the user directly), suspend or activate, reset.
 */
export function UsersPage() {
  const users = useAccessList<UserRow>(readAllUsers);
  const roles = useAccessList<RoleRow>(readAllRoles);
  const policies = useAccessList<PolicyRow>(readAllPolicies);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');
  const roleName = (id: string | null) => roles.rows?.find((role) => role.id === id)?.name ?? '—';

  async function act(run: () => Promise<unknown>, done: string) {
    setErrors([]);
    setStatus('');
    try {
      await run();
      setStatus(done);
      users.reload();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }
  const setUserStatus = (user: UserRow, next: 'active' | 'suspended') =>
    act(
      () => client.request(updateUser(user.id, { status: next })),
      `${user.email} is ${next === 'active' ? 'active' : 'suspended'}.`,
    );
  const sendReset = (user: UserRow) =>
    act(() => client.request(passwordRequest(user.email ?? '')), `A reset link was sent to ${user.email}.`);

  return (
    <section className="access">
      <h1>Users</h1>
      <ErrorList errors={[...users.errors, ...errors]} />
      <p role="status" className="muted">
        {status}
      </p>
      {users.rows === null ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="table-wrap">
          <table className="items">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.rows.map((user) => (
                <Fragment key={user.id}>
                  <tr>
                    <td>{user.email}</td>
                    <td>{[user.first_name, user.last_name].filter(Boolean).join(' ')}</td>
                    <td>{roleName(user.role)}</td>
                    <td>{user.status}</td>
                    <td>
                      <div className="row-actions">
                        <button type="button" onClick={() => setEditing(user.id)}>
                          Edit <span className="visually-hidden">{user.email}</span>
                        </button>
                        {user.status === 'suspended' ? (
                          <button type="button" onClick={() => setUserStatus(user, 'active')}>
                            Activate <span className="visually-hidden">{user.email}</span>
                          </button>
                        ) : (
                          <button type="button" onClick={() => setUserStatus(user, 'suspended')}>
                            Suspend <span className="visually-hidden">{user.email}</span>
                          </button>
                        )}
                        {user.email && user.status === 'active' && (
                          <button type="button" onClick={() => sendReset(user)}>
                            Send password reset <span className="visually-hidden">to {user.email}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                  {editing === user.id && (
                    <tr>
                      <td colSpan={5}>
                        <UserEditor
                          user={user}
                          roles={roles.rows ?? []}
                          onDone={(saved) => {
                            setEditing(null);
                            if (saved) users.reload();
                          }}
                        />
                        <UserPolicies user={user} policies={policies.rows ?? []} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <InviteUserForm roles={roles.rows ?? []} onInvited={users.reload} />
    </section>
  );
}
