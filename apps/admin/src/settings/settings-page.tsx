import { readRoles, readSettings, updateSettings } from '@directus/sdk';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';

/** The project settings this screen edits (`directus_settings`). */
interface ProjectSettings {
  project_name: string;
  project_color: string;
  project_logo: string;
  public_registration: boolean;
  public_registration_role: string;
  public_registration_verify_email: boolean;
}

const FIELDS = [
  'project_name',
  'project_color',
  'project_logo',
  'public_registration',
  'public_registration_role',
  'public_registration_verify_email',
] as const;

/** Settings as the form holds them: text for nulls, booleans for flags. */
function toFormValues(row: Record<string, unknown>): ProjectSettings {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : '');
  return {
    project_name: text('project_name'),
    project_color: text('project_color') || '#6644ff',
    project_logo: text('project_logo'),
    public_registration: row['public_registration'] === true || row['public_registration'] === 1,
    public_registration_role: text('public_registration_role'),
    public_registration_verify_email: row['public_registration_verify_email'] !== false,
  };
}

/** The settings screen: project name, colour and logo, and public registration (`GET`/`PATCH /settings`). */
export function SettingsPage() {
  const [values, setValues] = useState<ProjectSettings | null>(null);
  const [roles, setRoles] = useState<Array<{ id: string; name: string }>>([]);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    Promise.all([
      client.request(readSettings({ fields: [...FIELDS] })),
      client.request(readRoles({ fields: ['id', 'name'], sort: ['name'], limit: -1 })),
    ]).then(
      ([row, roleRows]) => {
        if (!live) return;
        setValues(toFormValues(row as Record<string, unknown>));
        setRoles(roleRows as Array<{ id: string; name: string }>);
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setErrors([]);
    setStatus('');
    try {
      const patch = {
        ...values,
        project_name: values.project_name || null,
        project_logo: values.project_logo || null,
        public_registration_role: values.public_registration_role || null,
      };
      // The SDK's settings type has no `null` for these; the API clears them with it.
      await client.request(updateSettings(patch as unknown as Parameters<typeof updateSettings>[0]));
      setStatus('Saved.');
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  if (!values) {
    return (
      <section className="access">
        <h1>Settings</h1>
        {errors.length > 0 ? <ErrorList errors={errors} /> : <p role="status">Loading…</p>}
      </section>
    );
  }
  const set = (patch: Partial<ProjectSettings>) => setValues({ ...values, ...patch });
  return (
    <section className="access">
      <h1>Settings</h1>
      <form className="stack panel" onSubmit={submit} aria-label="Project settings">
        <ErrorList errors={errors} />
        <label>
          Project name
          <input
            value={values.project_name}
            onChange={(event) => set({ project_name: event.target.value })}
          />
        </label>
        <label>
          Project colour
          <input
            type="color"
            value={values.project_color}
            onChange={(event) => set({ project_color: event.target.value })}
          />
        </label>
        <label>
          Logo (file id)
          <input
            value={values.project_logo}
            placeholder="The id of an uploaded image"
            onChange={(event) => set({ project_logo: event.target.value })}
          />
        </label>
        <fieldset>
          <legend>Public registration</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={values.public_registration}
              onChange={(event) => set({ public_registration: event.target.checked })}
            />
            Anyone may register an account
          </label>
          <label>
            Role of registered users
            <select
              value={values.public_registration_role}
              onChange={(event) => set({ public_registration_role: event.target.value })}
            >
              <option value="">No role</option>
              {roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={values.public_registration_verify_email}
              onChange={(event) => set({ public_registration_verify_email: event.target.checked })}
            />
            Registered users confirm their email first
          </label>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
          <span role="status">{status}</span>
        </div>
      </form>
    </section>
  );
}
