/** One policy that applies to a user, with what the per-request checks need. */
export interface AppliedPolicy {
  id: string;
  adminAccess: boolean;
  appAccess: boolean;
  enforceTfa: boolean;
  /** The `ip_access` entries (addresses, CIDR ranges, `a-b` ranges); null when any IP may use it. */
  ipAccess: string[] | null;
  /** Attached through the public access row (role-less users): counts for permissions, not for the flags. */
  public: boolean;
}

/**
 * Everything about a user that authorisation needs and that changes only when users, roles, policies
 * or access rows change: what the access cache keeps per user.
 */
export interface UserAccess {
  user: string;
  status: string;
  provider: string;
  /** The user's direct role. */
  role: string | null;
  /** The role tree from the root down to the user's own role. */
  roles: string[];
  /** Parent-role policies first, then the own role's, then the user's own; by `sort` within each. */
  policies: AppliedPolicy[];
  /** The user has two-factor set up (`tfa_secret` is set). */
  hasTfa: boolean;
}
