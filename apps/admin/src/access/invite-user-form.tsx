import { inviteUser } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { RoleRow } from './access-types.js';

/** Props of {@link InviteUserForm}. */
export interface InviteUserFormProps {
  roles: readonly RoleRow[];
  onInvited: () => void;
}

/** Invites a user by email with a role (`POST /users/invite`); they get a link to choose a password. */
export function InviteUserForm({ roles, onInvited }: InviteUserFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    setStatus('');
    try {
      await client.request(inviteUser(email, role || (roles[0]?.id ?? '')));
      setStatus(`Invited ${email}.`);
      setEmail('');
      onInvited();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="invite-user">
      <h2 id="invite-user">Invite a user</h2>
      <ErrorList errors={errors} />
      <div className="form-row">
        <label>
          Email to invite
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Role
          <select required value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">Choose a role</option>
            {roles.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Send invitation
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
