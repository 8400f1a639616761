/**
 * Who is asking, resolved once per request by the auth layer and handed to every service. Permission checks,
 * presets, activity rows and dynamic variables (`$CURRENT_USER`, `$CURRENT_ROLES`, ...) all read from it.
 *
 * `admin` and `app` are recomputed from the applicable policies on every request; token claims are advisory.
 */
export interface Accountability {
  /** The user's id; `null` for anonymous (public) requests. */
  user: string | null;
  /** The user's direct role; `null` when the user has none or the request is anonymous. */
  role: string | null;
  /** The role tree from the root role down to the user's own role (what `$CURRENT_ROLES` resolves to). */
  roles: string[];
  /** Ids of every policy that applies after IP filtering, in precedence order. */
  policies: string[];
  /** Some applicable policy grants `admin_access`; admins bypass permission checks but not existence checks. */
  admin: boolean;
  /** Some applicable policy grants `app_access` (always true for admins). */
  app: boolean;
  /** Client IP as resolved with the proxy settings; `null` for internal calls. */
  ip: string | null;
  /** The `User-Agent` header, recorded on activity rows; `null` when absent. */
  userAgent: string | null;
  /** The `Origin` header, recorded on activity rows; `null` when absent. */
  origin: string | null;
  /** Id of the share the request authenticated with, for share-scoped access. */
  share?: string;
  /** The session token the request authenticated with (session/cookie mode), so logout can end it. */
  session?: string;
}
