import { describeDuration, type MailTemplate } from '../../mail/render-mail.js';
import type { AccountRuntime } from '../account-runtime.js';

/** One account email: who gets it, which template, the link and how long it works. */
export interface AccountMail {
  to: string;
  template: MailTemplate;
  url: string;
  ttl: number;
}

/** Renders and sends an account email; resolves once the transport accepted it. */
export async function sendAccountMail(accounts: AccountRuntime, mail: AccountMail): Promise<void> {
  const rendered = await accounts.templates.render(mail.template, {
    projectName: accounts.settings.projectName,
    url: mail.url,
    validFor: describeDuration(mail.ttl),
    email: mail.to,
  });
  await accounts.mailer.send({ to: mail.to, ...rendered });
}

/**
 * Sends an account email without waiting for it: for flows whose answer must not depend on whether the
 * email exists (and so on whether mail went out). Failures go to `onMailError`.
 */
export function sendAccountMailInBackground(accounts: AccountRuntime, mail: AccountMail): void {
  sendAccountMail(accounts, mail).catch((error: unknown) => accounts.onMailError(error, mail.template));
}
