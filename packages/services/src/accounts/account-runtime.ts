import type { AuthContext } from '../auth/auth-context.js';
import type { MailRenderer } from '../mail/create-mail-renderer.js';
import type { Mailer } from '../mail/create-mailer.js';

/** How the email flows behave; the server fills it from the settings named in brackets. Durations in ms. */
export interface AccountSettings {
  /** Base of the links in emails (`PUBLIC_URL`); absolute for links that work outside the browser. */
  publicUrl: string;
  /** Named in email subjects and bodies (`PROJECT_NAME`). */
  projectName: string;
  /** Lifetime of a reset link (`PASSWORD_RESET_TOKEN_TTL`). */
  passwordResetTtl: number;
  /** `reset_url`s a request may name (`PASSWORD_RESET_URL_ALLOW_LIST`). */
  passwordResetUrlAllowList: readonly string[];
  /** Lifetime of an invitation (`USER_INVITE_TOKEN_TTL`). */
  inviteTtl: number;
  /** `invite_url`s an invitation may name (`USER_INVITE_URL_ALLOW_LIST`). */
  inviteUrlAllowList: readonly string[];
  /** Lifetime of a registration's verification link (`EMAIL_VERIFICATION_TOKEN_TTL`). */
  verificationTtl: number;
  /** `verification_url`s a registration may name (`USER_REGISTER_URL_ALLOW_LIST`). */
  registerUrlAllowList: readonly string[];
  /** Least time a registration takes, so it does not tell which emails exist (`REGISTER_STALL_TIME`). */
  registerStallTime: number;
  /** Whether passwordless login by email is offered (`MAGIC_LINK_ENABLED`). */
  magicLinkEnabled: boolean;
  /** Lifetime of a magic link (`MAGIC_LINK_TTL`). */
  magicLinkTtl: number;
  /** `redirect_url`s a magic-link request may name (`MAGIC_LINK_URL_ALLOW_LIST`). */
  magicLinkUrlAllowList: readonly string[];
}

/** The long-lived parts of the email flows: settings, the mailer, and where failed sends are reported. */
export interface AccountRuntime {
  settings: Readonly<AccountSettings>;
  mailer: Mailer;
  /** Renders the emails: built in, or the operator's templates (`EMAIL_TEMPLATES_PATH`). */
  templates: MailRenderer;
  /**
   * Told when an email that was sent in the background failed (reset, magic link, registration: their
   * answers must not depend on whether mail went out, or they would tell which emails exist).
   */
  onMailError(error: unknown, template: string): void;
}

/** What the email flows take: an auth context plus the account runtime. */
export type AccountContext = AuthContext & { accounts: AccountRuntime };
