export { acceptInvite } from './accounts/accept-invite.js';
export type { AccountContext, AccountRuntime, AccountSettings } from './accounts/account-runtime.js';
export { type AccountRuntimeOptions, createAccountRuntime } from './accounts/create-account-runtime.js';
export { type InviteInput, inviteUsers } from './accounts/invite-users.js';
export { isUrlAllowed } from './accounts/lib/is-url-allowed.js';
export { loginWithMagicLink, type MagicLinkLoginInput } from './accounts/login-with-magic-link.js';
export { type RegisterInput, registerUser } from './accounts/register-user.js';
export { type MagicLinkRequest, requestMagicLink } from './accounts/request-magic-link.js';
export { type PasswordResetRequest, requestPasswordReset } from './accounts/request-password-reset.js';
export { resetPassword } from './accounts/reset-password.js';
export { verifyRegistration } from './accounts/verify-registration.js';
export { anonymousAccountability } from './auth/access/anonymous-accountability.js';
export {
  type AccessCache,
  type AccessCacheOptions,
  createAccessCache,
} from './auth/access/create-access-cache.js';
export { createTokenCache, type TokenCache } from './auth/access/create-token-cache.js';
export { fetchUserAccess } from './auth/access/fetch-user-access.js';
export { isIpAllowed } from './auth/access/is-ip-allowed.js';
export { policiesForIp, toAccountability } from './auth/access/to-accountability.js';
export type { AppliedPolicy, UserAccess } from './auth/access/user-access.js';
export {
  ACCESS_TOKEN_ISSUER,
  type AccessTokenClaims,
  isAccessToken,
  signAccessToken,
  toSigningKey,
  type VerifyAccessTokenOptions,
  verifyAccessToken,
} from './auth/access-token.js';
export type { AuthContext, AuthLookupContext, AuthMode, LoginTokens } from './auth/auth-context.js';
export { type AuthSettings, defaultAuthSettings } from './auth/auth-settings.js';
export { type AuthRuntime, type AuthRuntimeOptions, createAuthRuntime } from './auth/create-auth-runtime.js';
export { type IssueAccessTokenOptions, issueAccessToken } from './auth/issue-access-token.js';
export { type IssueLoginOptions, issueLogin } from './auth/issue-login.js';
export type { RequestOrigin } from './auth/lib/request-origin.js';
export {
  DEFAULT_PROVIDER,
  loginWithPassword,
  type PasswordLoginInput,
  type PasswordLoginOptions,
} from './auth/login-with-password.js';
export { logoutSession } from './auth/logout-session.js';
export { createOtpSecret, verifyOtp } from './auth/otp.js';
export {
  createDummyPasswordHash,
  hashPassword,
  type PasswordHashOptions,
  verifyPassword,
} from './auth/password-hash.js';
export { type RefreshLoginOptions, refreshLogin } from './auth/refresh-login.js';
export { createRefreshToken, hashRefreshToken, nextRefreshToken } from './auth/refresh-token.js';
export { resolveAccountability, SessionEndedError } from './auth/resolve-accountability.js';
export { createSession, type NewSession } from './auth/sessions/create-session.js';
export { endUserSessions } from './auth/sessions/end-user-sessions.js';
export { findSession, isSessionLive, type SessionRow } from './auth/sessions/find-session.js';
export { purgeExpiredSessions } from './auth/sessions/purge-expired-sessions.js';
export { revokeSessionFamily } from './auth/sessions/revoke-session-family.js';
export type { ExternalAccountPolicy, ExternalProfile } from './auth/sso/external-profile.js';
export type { LdapLoginOptions, LdapScope } from './auth/sso/ldap/ldap-login-options.js';
export {
  type LdapLoginInput,
  type LdapLoginRequestOptions,
  loginWithLdap,
} from './auth/sso/ldap/login-with-ldap.js';
export {
  type ExternalLoginOptions,
  loginWithExternalProfile,
} from './auth/sso/login-with-external-profile.js';
export { mapGroupClaimToRole } from './auth/sso/map-group-claim-to-role.js';
export {
  createOAuth2LoginProvider,
  type OAuth2LoginOptions,
} from './auth/sso/redirect/create-oauth2-login-provider.js';
export {
  createOpenIdLoginProvider,
  type OpenIdLoginOptions,
} from './auth/sso/redirect/create-openid-login-provider.js';
export type {
  ProfileKeys,
  RedirectLoginChecks,
  RedirectLoginProvider,
  RedirectLoginStart,
} from './auth/sso/redirect/redirect-login-provider.js';
export { type ExternalUser, resolveExternalUser } from './auth/sso/resolve-external-user.js';
export { suspendUser } from './auth/suspend-user.js';
export { createFailureCounter, type FailureCounter } from './auth/throttle/create-failure-counter.js';
export {
  createLoginThrottle,
  type LoginAttemptKeys,
  type LoginThrottle,
  type LoginThrottleOptions,
} from './auth/throttle/create-login-throttle.js';
export {
  createRequestLimiter,
  type RequestLimiter,
  type RequestLimiterOptions,
} from './auth/throttle/create-request-limiter.js';
export type { CollectionPayload, FieldPayload } from './collections/collection-input.js';
export { createCollection } from './collections/create-collection.js';
export { createCollections } from './collections/create-collections.js';
export { deleteCollection } from './collections/delete-collection.js';
export { readCollection } from './collections/read-collection.js';
export { readCollections } from './collections/read-collections.js';
export { readCollectionsByKeys } from './collections/read-collections-by-keys.js';
export { updateCollection } from './collections/update-collection.js';
export { updateCollections } from './collections/update-collections.js';
export { assertAdmin } from './context/assert-admin.js';
export {
  defaultServiceLimits,
  type SchemaSource,
  type ServiceContext,
  type ServiceLimits,
} from './context/service-context.js';
export { withTransaction } from './context/with-transaction.js';
export {
  type ActionHandler,
  createEventBus,
  type EventBus,
  type EventBusOptions,
  type EventContext,
  type EventMeta,
  type FilterHandler,
} from './events/create-event-bus.js';
export { createField } from './fields/create-field.js';
export { deleteField } from './fields/delete-field.js';
export { readField } from './fields/read-field.js';
export { readFields } from './fields/read-fields.js';
export { updateField } from './fields/update-field.js';
export { updateFields } from './fields/update-fields.js';
export { createFileRecords } from './files/create-file-records.js';
export { deleteFiles, type FileSelection } from './files/delete-files.js';
export type { FileUpload } from './files/file-upload.js';
export { filesCollection } from './files/files-collection.js';
export type { FilesRuntime, ImportOptions } from './files/files-runtime.js';
export { foldersCollection } from './files/folders-collection.js';
export { formatTitle } from './files/format-title.js';
export { type FileImport, importFile } from './files/import-file.js';
export { parseRange, type ServedRange } from './files/lib/parse-range.js';
export { type AssetFile, type AssetRequest, type OpenedAsset, openAsset } from './files/open-asset.js';
export { replaceFile } from './files/replace-file.js';
export { uploadFile } from './files/upload-file.js';
export { createItem } from './items/create-item.js';
export { createItems } from './items/create-items.js';
export { deleteItem } from './items/delete-item.js';
export { deleteItemsByKeys } from './items/delete-items-by-keys.js';
export { deleteItemsByQuery } from './items/delete-items-by-query.js';
export { readItem, readItemJson } from './items/read-item.js';
export { type ReadItemsResult, readItems, readItemsJson } from './items/read-items.js';
export { readItemsByKeys } from './items/read-items-by-keys.js';
export { readSingleton } from './items/read-singleton.js';
export { updateBatch } from './items/update-batch.js';
export { updateItem } from './items/update-item.js';
export { updateItemsByKeys } from './items/update-items-by-keys.js';
export { updateItemsByQuery } from './items/update-items-by-query.js';
export { upsertSingleton } from './items/upsert-singleton.js';
export { collectionForbidden } from './lib/collection-forbidden.js';
export {
  createMailRenderer,
  type MailRenderer,
  type MailRendererOptions,
} from './mail/create-mail-renderer.js';
export {
  createMailer,
  type Mailer,
  type MailerOptions,
  type MailMessage,
  type SmtpOptions,
} from './mail/create-mailer.js';
export { describeDuration, type MailTemplate, renderMail } from './mail/render-mail.js';
export { createRelation } from './relations/create-relation.js';
export { deleteRelation } from './relations/delete-relation.js';
export { readRelation } from './relations/read-relation.js';
export { readRelations } from './relations/read-relations.js';
export { updateRelation } from './relations/update-relation.js';
export { type ApplySchemaDiffOptions, applySchemaDiff } from './schema-snapshot/apply-schema-diff.js';
export { createSnapshot } from './schema-snapshot/create-snapshot.js';
export { diffSchema } from './schema-snapshot/diff-schema.js';
export { diffSnapshots } from './schema-snapshot/diff-snapshots.js';
export { hashSnapshot } from './schema-snapshot/hash-snapshot.js';
export { parseSnapshot } from './schema-snapshot/parse-snapshot.js';
export type {
  DiffRecord,
  SchemaDiff,
  Snapshot,
  SnapshotCollection,
  SnapshotField,
  SnapshotRelation,
  SnapshotSystemField,
  SnapshotVendor,
} from './schema-snapshot/snapshot-types.js';
export { toSnapshotYaml } from './schema-snapshot/to-snapshot-yaml.js';
export { assertShareAllowed } from './shares/assert-share-allowed.js';
export { inviteToShare, type ShareInviteInput } from './shares/invite-to-share.js';
export { isShareLive } from './shares/is-share-live.js';
export { issueShareToken } from './shares/issue-share-token.js';
export { loginWithShare, type ShareLoginInput, type ShareLoginOptions } from './shares/login-with-share.js';
export { readShareInfo } from './shares/read-share-info.js';
export { sharesCollection } from './shares/shares-collection.js';
export { accessCollection } from './system/access/access-collection.js';
export { activityCollection } from './system/activity/activity-collection.js';
export {
  type CollectionReads,
  itemsReads,
  systemReads,
  usersReads,
} from './system/collection-reads.js';
export { commentsCollection } from './system/comments/comments-collection.js';
export { createSystemItem, createSystemItems } from './system/create-system-items.js';
export { deleteSystemItemsByKeys, deleteSystemItemsByQuery } from './system/delete-system-items.js';
export { type ItemPermissions, readItemPermissionsMe } from './system/me/read-item-permissions-me.js';
export { readPermissionsMe } from './system/me/read-permissions-me.js';
export { type PolicyGlobals, readPolicyGlobals } from './system/me/read-policy-globals.js';
export { readRolesMe } from './system/me/read-roles-me.js';
export { notificationsCollection } from './system/notifications/notifications-collection.js';
export { permissionsCollection } from './system/permissions/permissions-collection.js';
export { policiesCollection } from './system/policies/policies-collection.js';
export { presetsCollection } from './system/presets/presets-collection.js';
export { readSystemItem, readSystemItems, readSystemItemsByKeys } from './system/read-system-items.js';
export { revisionsCollection } from './system/revisions/revisions-collection.js';
export { rolesCollection } from './system/roles/roles-collection.js';
export { readSettings, updateSettings } from './system/settings/settings.js';
export type { SystemCollection, SystemWriteAction } from './system/system-collection.js';
export {
  updateSystemBatch,
  updateSystemItem,
  updateSystemItemsByKeys,
  updateSystemItemsByQuery,
} from './system/update-system-items.js';
export { createUser, createUsers } from './users/create-users.js';
export { deleteUser, deleteUsers } from './users/delete-users.js';
export { isUuid } from './users/lib/parse-user-payload.js';
export { readCurrentUser } from './users/read-current-user.js';
export { readUser, readUsers, readUsersByKeys } from './users/read-users.js';
export { disableOwnTfa, disableUserTfa } from './users/tfa/disable-tfa.js';
export { enableTfa } from './users/tfa/enable-tfa.js';
export { type GeneratedTfaSecret, generateTfaSecret } from './users/tfa/generate-tfa-secret.js';
export { trackPage } from './users/track-page.js';
export { updateCurrentUser } from './users/update-current-user.js';
export {
  type UserSelection,
  updateUser,
  updateUsers,
  updateUsersBatch,
} from './users/update-users.js';
export { clearCaches } from './utils/clear-caches.js';
export { generateHash } from './utils/generate-hash.js';
export { type ImportFile, type ImportItemsOptions, importItems } from './utils/import-items.js';
export { RANDOM_STRING_LENGTH, randomString } from './utils/random-string.js';
export { revertRevision } from './utils/revert-revision.js';
export { sortItems } from './utils/sort-items.js';
export { verifyHash } from './utils/verify-hash.js';
