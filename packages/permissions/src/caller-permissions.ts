import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import type { PermissionAction, PermissionRule } from './permission-rule.js';

/** What one caller may do during one request, dynamic variables resolved. */
export interface CallerPermissions {
  /** Admins bypass every rule; `rules()` answers nothing for them. */
  readonly admin: boolean;
  /** The rules for one collection and action, in policy precedence order; empty when none apply. */
  rules(collection: string, action: PermissionAction): readonly PermissionRule[];
  /** Every rule that applies, built-in minimal permissions included. */
  all(): readonly PermissionRule[];
  /**
   * Equal fingerprints mean identical rules with identical resolved values, so a read plan validated
   * under one may be reused under the other.
   */
  readonly fingerprint: string;
}

/** Resolves and caches permissions for a server (or CLI) process. */
export interface PermissionsRuntime {
  /**
   * The permissions of a caller. Rules are cached per policy set; resolving `$CURRENT_USER.<path>` and the
   * like reads only the paths the rules name. Anonymous callers get the public policy's rules.
   */
  forCaller(
    db: Kysely<any>,
    schema: SchemaOverview,
    accountability: Accountability,
  ): Promise<CallerPermissions>;
  /**
   * Drops every cached rule here and, when Redis is configured, on every other instance. Call after any
   * change to roles, policies, access rows or permissions.
   */
  invalidate(): Promise<void>;
  /** Stops listening for other instances' invalidations. */
  close(): Promise<void>;
}
