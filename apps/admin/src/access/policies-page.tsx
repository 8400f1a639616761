import { deletePolicy } from '@directus/sdk';
import { ErrorList } from '../content/error-list.js';
import { client } from '../lib/client.js';
import { navigate } from '../lib/router.js';
import { useConfirmedAction } from '../lib/use-confirmed-action.js';
import { Link } from '../shell/link.js';
import { type PolicyRow, toIpRanges } from './access-types.js';
import { PolicyForm } from './policy-form.js';
import { readAllPolicies } from './read-access.js';
import { useAccessList } from './use-access-list.js';

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');

/** The policies screen: each policy's flags, a link to its permissions, delete, and a form to create one. */
export function PoliciesPage() {
  const policies = useAccessList<PolicyRow>(readAllPolicies);
  const deletion = useConfirmedAction();
  const remove = async (policy: PolicyRow) => {
    const question = `Delete the policy ${policy.name}? Its permissions go with it, and roles and users lose it.`;
    if (await deletion.run(question, () => client.request(deletePolicy(policy.id)))) policies.reload();
  };
  return (
    <section className="access">
      <h1>Policies</h1>
      <ErrorList errors={[...policies.errors, ...deletion.errors]} />
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
                <th scope="col">Actions</th>
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
                  <td>
                    <button type="button" className="danger" onClick={() => remove(policy)}>
                      Delete <span className="visually-hidden">policy {policy.name}</span>
                    </button>
                  </td>
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
