import { createHash, randomUUID } from 'node:crypto';
import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import { appMinimalPermissions } from './app-minimal-permissions.js';
import type { CallerPermissions, PermissionsRuntime } from './caller-permissions.js';
import { collectVariables } from './collect-variables.js';
import { fetchVariableValues, needsVariableRead, type VariableSubject } from './fetch-variable-values.js';
import { adminPermissions, createCallerPermissions } from './lib/create-caller-permissions.js';
import {
  createRedisChannel,
  type InvalidationChannel,
  localChannel,
} from './lib/create-invalidation-channel.js';
import { fetchPolicyRules } from './lib/fetch-policy-rules.js';
import { fetchPublicPolicies } from './lib/fetch-public-policies.js';
import type { PermissionRule } from './permission-rule.js';
import type { PermissionsRuntimeOptions } from './permissions-runtime-options.js';
import { resolveVariables } from './resolve-variables.js';
import { fetchShareReach } from './share/fetch-share-reach.js';
import { fetchShareScope } from './share/fetch-share-scope.js';
import { fetchShareSubject, type ShareSubject } from './share/fetch-share-subject.js';
import { type ShareSide, toShareRules } from './share/to-share-rules.js';
import { toVariableValues } from './to-variable-values.js';

/** The stored rules of one policy set, and the variables they use. */
interface StoredRules {
  rules: readonly PermissionRule[];
  variables: readonly string[];
  /** Some variable has a path, so resolving them reads the database. */
  read: boolean;
}

const APP_VARIABLES = [...collectVariables(appMinimalPermissions)];

function isAnonymous(accountability: Accountability): boolean {
  return accountability.user === null && accountability.share === undefined;
}

/** Rules in the caller's policy precedence; the stored order (by id) within one policy. */
function inPolicyOrder(rules: readonly PermissionRule[], policies: readonly string[]): PermissionRule[] {
  const rank = new Map(policies.map((policy, index) => [policy, index]));
  return [...rules].sort((a, b) => (rank.get(a.policy ?? '') ?? 0) - (rank.get(b.policy ?? '') ?? 0));
}

/**
 * Creates the permissions runtime of one API (or CLI) process. Stored rules are cached per policy set and
 * the public policies once; resolved permissions are cached by fingerprint, so a caller whose rules use no
 * variable paths costs no statement once its policy set has been seen. `invalidate()` drops everything here
 * and, with Redis, on every other instance subscribed to the same channel.
 *
 * @example
 * const permissions = createPermissionsRuntime({ redis: env.REDIS, channel: `${env.CACHE_NAMESPACE}:permissions` });
 * const caller = await permissions.forCaller(db, schema, accountability);
 * const read = toReadPolicy(caller.rules('articles', 'read'), Object.keys(schema.collections.articles.fields));
 */
export function createPermissionsRuntime(options: PermissionsRuntimeOptions = {}): PermissionsRuntime {
  const maxEntries = options.maxEntries ?? 1000;
  const stored = new Map<string, Promise<StoredRules>>();
  const resolved = new Map<string, CallerPermissions>();
  let publicPolicies: Promise<string[]> | null = null;
  // Bumped by every invalidation: work begun before one must not refill the caches after it.
  let generation = 0;

  const drop = () => {
    generation += 1;
    stored.clear();
    resolved.clear();
    publicPolicies = null;
  };

  const channel: InvalidationChannel = options.redis
    ? createRedisChannel({
        redis: options.redis,
        channel: options.channel ?? 'plinth:permissions',
        origin: randomUUID(),
        onInvalidate: drop,
        log: options.log,
      })
    : localChannel;

  function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
    promise.catch(forget);
    return promise;
  }

  function loadPublicPolicies(db: Kysely<any>): Promise<string[]> {
    if (publicPolicies) return publicPolicies;
    const loading = fetchPublicPolicies(db);
    publicPolicies = remember(loading, () => {
      if (publicPolicies === loading) publicPolicies = null;
    });
    return loading;
  }

  function loadStoredRules(db: Kysely<any>, policies: readonly string[]): Promise<StoredRules> {
    const key = [...policies].sort().join(',');
    const hit = stored.get(key);
    if (hit) return hit;
    const loading = fetchPolicyRules(db, policies).then(({ rules, unreadable }) => {
      if (unreadable.length > 0) {
        options.log?.warn({ ids: unreadable }, 'permissions: unreadable permission rows ignored');
      }
      const variables = [...collectVariables(rules)];
      return { rules, variables, read: needsVariableRead(variables) };
    });
    stored.set(key, loading);
    return remember(loading, () => {
      if (stored.get(key) === loading) stored.delete(key);
    });
  }

  /** The stored rules of a subject's policies, in precedence order, its variables resolved. */
  async function resolvedRules(
    db: Kysely<any>,
    schema: SchemaOverview,
    subject: VariableSubject,
  ): Promise<PermissionRule[]> {
    const own = await loadStoredRules(db, subject.policies);
    const values = own.read
      ? await fetchVariableValues(db, schema, subject, own.variables)
      : toVariableValues(subject);
    return inPolicyOrder(own.rules, subject.policies).map((rule) => ({
      ...rule,
      permissions: resolveVariables(rule.permissions, values),
      validation: resolveVariables(rule.validation, values),
      presets: resolveVariables(rule.presets, values),
    }));
  }

  async function sideOf(db: Kysely<any>, schema: SchemaOverview, subject: ShareSubject): Promise<ShareSide> {
    return { admin: subject.admin, rules: subject.admin ? [] : await resolvedRules(db, schema, subject) };
  }

  /**
   * A share caller's rules, built afresh each request (the reach depends on the shared item's current
   * relations): a share that is gone, outside its dates or without a creator opens nothing.
   */
  async function forShare(
    db: Kysely<any>,
    schema: SchemaOverview,
    shareId: string,
  ): Promise<CallerPermissions> {
    const scope = await fetchShareScope(db, shareId);
    if (scope === null || scope.creator === null) return createCallerPermissions([], 'share:none');
    const [shareSubject, creatorSubject] = await Promise.all([
      fetchShareSubject(db, { user: null, role: scope.role }),
      fetchShareSubject(db, { user: scope.creator.id, role: scope.creator.role }),
    ]);
    const [share, creator, reach] = await Promise.all([
      sideOf(db, schema, shareSubject),
      sideOf(db, schema, creatorSubject),
      fetchShareReach(db, schema, scope),
    ]);
    const rules = toShareRules(reach, share, creator);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(['share', rules]))
      .digest('base64url');
    return createCallerPermissions(rules, fingerprint);
  }

  async function forCaller(
    db: Kysely<any>,
    schema: SchemaOverview,
    accountability: Accountability,
  ): Promise<CallerPermissions> {
    await channel.ready;
    if (accountability.admin) return adminPermissions;
    if (accountability.share !== undefined) return forShare(db, schema, accountability.share);
    const started = generation;
    const policies = isAnonymous(accountability) ? await loadPublicPolicies(db) : accountability.policies;
    const own = await loadStoredRules(db, policies);
    const variables = accountability.app ? [...new Set([...own.variables, ...APP_VARIABLES])] : own.variables;
    const subject = { ...accountability, policies };
    // The built-in app rules use bare ids only, so they never add a read.
    const values = own.read
      ? await fetchVariableValues(db, schema, subject, variables)
      : toVariableValues(subject);
    const used = variables.map((variable) => [variable, resolveVariables(variable, values)]);
    const key = JSON.stringify([policies, accountability.app, used]);

    const hit = resolved.get(key);
    if (hit) return hit;
    const rules = [
      ...inPolicyOrder(own.rules, policies),
      ...(accountability.app ? appMinimalPermissions : []),
    ].map((rule) => ({
      ...rule,
      permissions: resolveVariables(rule.permissions, values),
      validation: resolveVariables(rule.validation, values),
      presets: resolveVariables(rule.presets, values),
    }));
    // From the rules themselves: an edited rule must never share a fingerprint (and a cached plan) with
    // its old self, while callers whose rules come out equal share one.
    const fingerprint = createHash('sha256').update(JSON.stringify(rules)).digest('base64url');
    const permissions = createCallerPermissions(rules, fingerprint);
    if (generation === started) {
      if (resolved.size >= maxEntries) resolved.delete(resolved.keys().next().value!);
      resolved.set(key, permissions);
    }
    return permissions;
  }

  return {
    forCaller,
    async invalidate() {
      drop();
      await channel.publish();
    },
    close: () => channel.close(),
  };
}
