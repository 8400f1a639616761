import { ErrorList } from '../content/error-list.js';
import { navigate } from '../lib/router.js';
import { Link } from '../shell/link.js';
import { type PolicyRow, toIpRanges } from './access-types.js';
import { PolicyForm } from './policy-form.js';
import { readAllPolicies } from './read-access.js';
import { useAccessList } from './use-access-list.js';

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** The policies screen: each policy's flags, a link to its permissions, and a form to create one. */
export function PoliciesPage() {
  const policies = useAccessList<PolicyRow>(readAllPolicies);
  return (
    <section className="access">
      <h1>Policies</h1>
      <ErrorList errors={policies.errors} />
      {policies.rows === null ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="table-wrap">
          <table className="items">
            <thead>
              <tr>
                <th scope="col">Policy</th>
                <th scope="col">Admin access</th>
                <th scope="col">App access</th>
                <th scope="col">Two-factor</th>
                <th scope="col">IP access</th>
              </tr>
            </thead>
            <tbody>
              {policies.rows.map((policy) => (
                <tr key={policy.id}>
                  <td>
                    <Link route={{ name: 'policy', id: policy.id }}>{policy.name}</Link>
                  </td>
                  <td>{yesNo(policy.admin_access)}</td>
                  <td>{yesNo(policy.app_access)}</td>
                  <td>{yesNo(policy.enforce_tfa)}</td>
                  <td>{toIpRanges(policy.ip_access).join(', ') || 'anywhere'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PolicyForm onSaved={(id) => navigate({ name: 'policy', id })} />
    </section>
  );
}
