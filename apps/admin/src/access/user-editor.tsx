import { updateUser } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { FormActions } from '../lib/form-actions.js';
import type { RoleRow, UserRow } from './access-types.js';

/** Props of {@link UserEditor}. */
export interface UserEditorProps {
  user: UserRow;
  roles: readonly RoleRow[];
  onDone: (saved: boolean) => void;
}

/** Edits a user's name, email and role; only what changed is sent. */
export function UserEditor({ user, roles, onDone }: UserEditorProps) {
  const [draft, setDraft] = useState({
    first_name: user.first_name ?? '',
    last_name: user.last_name ?? '',
    email: user.email ?? '',
    role: user.role ?? '',
  });
  const [errors, setErrors] = useState<ApiError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changes: Record<string, string | null> = {};
    for (const [key, value] of Object.entries(draft)) {
      const before = user[key as keyof typeof draft] ?? '';
      if (value !== before) changes[key] = value === '' && key !== 'email' ? null : value;
    }
    try {
      if (Object.keys(changes).length > 0) await client.request(updateUser(user.id, changes));
      onDone(true);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  const field = (key: keyof typeof draft, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={draft[key]}
        required={key === 'email'}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  );

  return (
    <form className="stack panel" onSubmit={submit} aria-label={`Edit ${user.email ?? user.id}`}>
      <ErrorList errors={errors} />
      <div className="form-row">
        {field('first_name', 'First name')}
        {field('last_name', 'Last name')}
        {field('email', 'Email', 'email')}
        <label>
          Role
          <select value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value })}>
            <option value="">No role</option>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormActions save="Save user" onCancel={() => onDone(false)} />
    </form>
  );
}
