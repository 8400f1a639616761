import type { Accountability } from '@plinth/types';
import type { VariableValues } from './variable-values.js';

/**
 * The variable values an accountability gives without reading the database: the bare ids. Enough for
 * `$CURRENT_USER`, `$CURRENT_ROLE`, `$CURRENT_ROLES` and `$CURRENT_POLICIES`; their paths resolve to null.
 */
export function toVariableValues(
  accountability: Pick<Accountability, 'user' | 'role' | 'roles' | 'policies'>,
): VariableValues {
  return {
    user: accountability.user === null ? null : { id: accountability.user },
    role: accountability.role === null ? null : { id: accountability.role },
    roles: accountability.roles.map((id) => ({ id })),
    policies: accountability.policies.map((id) => ({ id })),
  };
}
