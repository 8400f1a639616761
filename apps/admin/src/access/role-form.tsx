import { createRole, updateRole } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { PolicyRow, RoleRow } from './access-types.js';

/**
 * The SDK's role payload type: it knows neither a `null` parent (top level) nor the detailed
 * `{create, update, delete}` form of an o2m, both of which the API takes.
 */
type RoleWrite = Parameters<typeof updateRole>[1];

/** Props of {@link RoleForm}. */
export interface RoleFormProps {
  /** The role to edit; without it the form creates one. */
  role?: RoleRow;
  roles: readonly RoleRow[];
  policies: readonly PolicyRow[];
  onDone: (saved: boolean) => void;
}

/**
 * Creates or edits a role: its name, parent and attached policies. Policies are attached and detached
 * through the role's `policies` (its `directus_access` rows), in the same request.
 */
export function RoleForm({ role, roles, policies, onDone }: RoleFormProps) {
  const [name, setName] = useState(role?.name ?? '');
  const [parent, setParent] = useState(role?.parent ?? '');
  const attached = new Set(role?.policies.map((access) => access.policy));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(attached);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const title = role ? `Edit role ${role.name}` : 'Create a role';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    const base = { name, parent: parent || null };
    try {
      if (!role) {
        const policies = [...chosen].map((policy) => ({ policy }));
        await client.request(createRole({ ...base, policies } as RoleWrite));
      } else {
        const create = [...chosen].filter((policy) => !attached.has(policy)).map((policy) => ({ policy }));
        const remove = role.policies
          .filter((access) => !chosen.has(access.policy))
          .map((access) => access.id);
        const policies = { create, update: [], delete: remove };
        await client.request(updateRole(role.id, { ...base, policies } as unknown as RoleWrite));
      }
      if (!role) {
        setName('');
        setParent('');
        setChosen(new Set());
      }
      onDone(true);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }
  const toggle = (policy: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(policy);
    else next.delete(policy);
    setChosen(next);
  };

  return (
    <form className="stack panel" onSubmit={submit} aria-label={title}>
      {!role && <h2>{title}</h2>}
      <ErrorList errors={errors} />
      <div className="form-row">
        <label>
          Role name
          <input required value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          Parent role
          <select value={parent} onChange={(event) => setParent(event.target.value)}>
            <option value="">None (top level)</option>
            {roles
              .filter((entry) => entry.id !== role?.id)
              .map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>Policies</legend>
        {policies.map((policy) => (
          <label key={policy.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(policy.id)}
              onChange={(event) => toggle(policy.id, event.target.checked)}
            />
            {policy.name}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {role ? 'Save role' : 'Create role'}
        </button>
        {role && (
          <button type="button" onClick={() => onDone(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
