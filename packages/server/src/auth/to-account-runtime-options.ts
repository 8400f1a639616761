import type { PlinthEnv } from '@plinth/env';
import type { AccountRuntimeOptions } from '@plinth/services';

/** The settings the email flows read. */
export type EnvForAccounts = Pick<
  PlinthEnv,
  | 'PUBLIC_URL'
  | 'PROJECT_NAME'
  | 'PASSWORD_RESET_TOKEN_TTL'
  | 'PASSWORD_RESET_URL_ALLOW_LIST'
  | 'USER_INVITE_TOKEN_TTL'
  | 'USER_INVITE_URL_ALLOW_LIST'
  | 'EMAIL_VERIFICATION_TOKEN_TTL'
  | 'USER_REGISTER_URL_ALLOW_LIST'
  | 'REGISTER_STALL_TIME'
  | 'MAGIC_LINK_ENABLED'
  | 'MAGIC_LINK_TTL'
  | 'MAGIC_LINK_URL_ALLOW_LIST'
  | 'EMAIL_FROM'
  | 'EMAIL_TRANSPORT'
  | 'EMAIL_SENDMAIL_PATH'
  | 'EMAIL_SENDMAIL_NEW_LINE'
  | 'EMAIL_SMTP_HOST'
  | 'EMAIL_SMTP_PORT'
  | 'EMAIL_SMTP_USER'
  | 'EMAIL_SMTP_PASSWORD'
  | 'EMAIL_SMTP_SECURE'
  | 'EMAIL_SMTP_IGNORE_TLS'
  | 'EMAIL_SMTP_POOL'
  | 'EMAIL_SMTP_NAME'
>;

/**
 * The account runtime's settings and mail transport, from the settings of the same names. Transports
 * other than smtp and sendmail (mailgun, ses) are not built in yet and fall back to sendmail.
 */
export function toAccountRuntimeOptions(env: EnvForAccounts): Omit<AccountRuntimeOptions, 'onMailError'> {
  return {
    settings: {
      publicUrl: env.PUBLIC_URL,
      projectName: env.PROJECT_NAME,
      passwordResetTtl: env.PASSWORD_RESET_TOKEN_TTL,
      passwordResetUrlAllowList: env.PASSWORD_RESET_URL_ALLOW_LIST,
      inviteTtl: env.USER_INVITE_TOKEN_TTL,
      inviteUrlAllowList: env.USER_INVITE_URL_ALLOW_LIST,
      verificationTtl: env.EMAIL_VERIFICATION_TOKEN_TTL,
      registerUrlAllowList: env.USER_REGISTER_URL_ALLOW_LIST,
      registerStallTime: env.REGISTER_STALL_TIME,
      magicLinkEnabled: env.MAGIC_LINK_ENABLED,
      magicLinkTtl: env.MAGIC_LINK_TTL,
      magicLinkUrlAllowList: env.MAGIC_LINK_URL_ALLOW_LIST,
    },
    mail: {
      from: env.EMAIL_FROM,
      transport: env.EMAIL_TRANSPORT === 'smtp' ? 'smtp' : 'sendmail',
      smtp: {
        host: env.EMAIL_SMTP_HOST,
        port: env.EMAIL_SMTP_PORT,
        user: env.EMAIL_SMTP_USER,
        password: env.EMAIL_SMTP_PASSWORD,
        secure: env.EMAIL_SMTP_SECURE,
        ignoreTls: env.EMAIL_SMTP_IGNORE_TLS,
        pool: env.EMAIL_SMTP_POOL,
        name: env.EMAIL_SMTP_NAME,
      },
      sendmail: { path: env.EMAIL_SENDMAIL_PATH, newline: env.EMAIL_SENDMAIL_NEW_LINE },
    },
  };
}
