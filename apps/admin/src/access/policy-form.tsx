import { createPolicy, updatePolicy } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { type PolicyRow, toIpRanges } from './access-types.js';

/** Props of {@link PolicyForm}. */
export interface PolicyFormProps {
  /** The policy to edit; without it the form creates one. */
  policy?: PolicyRow;
  onSaved: (id: string) => void;
}

const FLAGS = [
  ['admin_access', 'Admin access (bound by no rule)'],
  ['app_access', 'App access (may use this app)'],
  ['enforce_tfa', 'Require two-factor sign-in'],
] as const;

type Flag = (typeof FLAGS)[number][0];

/** Creates or edits a policy: name, the three flags, and the IP ranges it applies from. */
export function PolicyForm({ policy, onSaved }: PolicyFormProps) {
  const [name, setName] = useState(policy?.name ?? '');
  const [flags, setFlags] = useState<Record<Flag, boolean>>({
    admin_access: policy?.admin_access ?? false,
    app_access: policy?.app_access ?? true,
    enforce_tfa: policy?.enforce_tfa ?? false,
  });
  const [ipAccess, setIpAccess] = useState(toIpRanges(policy?.ip_access ?? null).join(', '));
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');
  const title = policy ? 'Policy settings' : 'Create a policy';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    setStatus('');
    const ranges = toIpRanges(ipAccess);
    const payload = { name, ...flags, ip_access: ranges.length > 0 ? ranges.join(',') : null };
    try {
      if (policy) {
        await client.request(updatePolicy(policy.id, payload));
        setStatus('Saved.');
        onSaved(policy.id);
      } else {
        const created = (await client.request(createPolicy(payload, { fields: ['id'] }))) as { id: string };
        onSaved(created.id);
      }
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  }

  return (
    <form className="stack panel" onSubmit={submit} aria-labelledby="policy-form">
      <h2 id="policy-form">{title}</h2>
      <ErrorList errors={errors} />
      <label>
        Policy name
        <input required value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {FLAGS.map(([flag, label]) => (
        <label key={flag} className="check">
          <input
            type="checkbox"
            checked={flags[flag]}
            onChange={(event) => setFlags({ ...flags, [flag]: event.target.checked })}
          />
          {label}
        </label>
      ))}
      <label>
        IP access
        <input
          value={ipAccess}
          placeholder="Anywhere"
          aria-describedby="ip-access-note"
          onChange={(event) => setIpAccess(event.target.value)}
        />
        <small id="ip-access-note">
          Addresses, CIDR blocks (10.0.0.0/8) or ranges (10.0.0.1-10.0.0.9), separated by commas.
        </small>
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {policy ? 'Save policy' : 'Create policy'}
        </button>
        <span role="status">{status}</span>
      </div>
    </form>
  );
}
