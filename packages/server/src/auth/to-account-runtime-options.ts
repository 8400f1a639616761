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
  | 'EMAIL_TEMPLATES_PATH'
  | 'RATE_LIMITER_REGISTRATION_ENABLED'
  | 'RATE_LIMITER_REGISTRATION_POINTS'
  | 'RATE_LIMITER_REGISTRATION_DURATION'
>;

/**
 * The account runtime's settings and mail transport, from the settings of the same names.
 *
 * @throws Error naming `EMAIL_TRANSPORT` when it asks for a transport that is not built in (mailgun, ses),
 * so the server refuses to start rather than lose mail.
 */
export function toAccountRuntimeOptions(env: EnvForAccounts): Omit<AccountRuntimeOptions, 'onMailError'> {
  if (env.EMAIL_TRANSPORT !== 'smtp' && env.EMAIL_TRANSPORT !== 'sendmail') {
    throw new Error(
      `EMAIL_TRANSPORT="${env.EMAIL_TRANSPORT}" is not supported by Plinth yet: use "smtp" or "sendmail"`,
    );
  }
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
    templatesPath: env.EMAIL_TEMPLATES_PATH,
    mail: {
      from: env.EMAIL_FROM,
      transport: env.EMAIL_TRANSPORT,
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
