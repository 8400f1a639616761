import { readPolicy } from '@directus/sdk';
import { useEffect, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { Link } from '../shell/link.js';
import type { PolicyRow } from './access-types.js';
import { PermissionsMatrix } from './permissions-matrix.js';
import { PolicyForm } from './policy-form.js';

/** Props of {@link PolicyPage}. */
export interface PolicyPageProps {
  id: string;
  collections: readonly CollectionInfo[];
}

/** One policy: its settings and its permissions matrix. */
export function PolicyPage({ id, collections }: PolicyPageProps) {
  const [policy, setPolicy] = useState<PolicyRow | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read after a save
  useEffect(() => {
    let live = true;
    client
      .request(
        readPolicy(id, { fields: ['id', 'name', 'admin_access', 'app_access', 'enforce_tfa', 'ip_access'] }),
      )
      .then(
        (row) => live && setPolicy(row as PolicyRow),
        (thrown) => live && setErrors(toApiErrors(thrown)),
      );
    return () => {
      live = false;
    };
  }, [id, version]);

  if (errors.length > 0) return <ErrorList errors={errors} />;
  if (!policy) return <p role="status">Loading…</p>;
  return (
    <section className="access">
      <p>
        <Link route={{ name: 'policies' }}>← All policies</Link>
      </p>
      <h1>Policy: {policy.name}</h1>
      {policy.admin_access ? (
        <p className="muted">Admins are bound by no permission rule, so this policy has no matrix.</p>
      ) : (
        <PermissionsMatrix policy={policy.id} collections={collections} />
      )}
      <PolicyForm policy={policy} onSaved={() => setVersion(version + 1)} />
    </section>
  );
}
