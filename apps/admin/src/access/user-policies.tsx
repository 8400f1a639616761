import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import type { PolicyRow, UserRow } from './access-types.js';
import { useAccessList } from './use-access-list.js';
import { attachPolicyToUser, detachAccess, readUserAccess, type UserAccessRow } from './user-access.js';

/** Props of {@link UserPolicies}. */
export interface UserPoliciesProps {
  user: UserRow;
  policies: readonly PolicyRow[];
}

/** The policies attached to a user directly, beside those of their role: list, attach, detach. */
export function UserPolicies({ user, policies }: UserPoliciesProps) {
  const access = useAccessList<UserAccessRow>(() => readUserAccess(user.id));
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const attached = new Set(access.rows?.map((row) => row.policy.id));
  const available = policies.filter((policy) => !attached.has(policy.id));
  const who = user.email ?? user.id;

  async function change(write: () => Promise<unknown>) {
    setErrors([]);
    try {
      await write();
      access.reload();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  function attach(event: FormEvent) {
    event.preventDefault();
    const policy = chosen || available[0]?.id;
    if (policy) void change(() => attachPolicyToUser(user.id, policy)).then(() => setChosen(''));
  }

  return (
    <form className="stack panel" onSubmit={attach} aria-label={`Policies of ${who}`}>
      <h3>Policies attached to {who} directly</h3>
      <ErrorList errors={[...access.errors, ...errors]} />
      {access.rows?.length === 0 && <p className="muted">None; the user has only their role's policies.</p>}
      <ul className="attached-policies">
        {access.rows?.map((row) => (
          <li key={row.id}>
            {row.policy.name}{' '}
            <button type="button" onClick={() => change(() => detachAccess(row.id))}>
              Detach <span className="visually-hidden">{row.policy.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 && (
        <div className="form-row">
          <label>
            Policy to attach
            <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {available.map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit">Attach policy</button>
          </div>
        </div>
      )}
    </form>
  );
}
