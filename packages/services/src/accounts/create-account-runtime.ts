import { createMailer, type MailerOptions } from '../mail/create-mailer.js';
import type { AccountRuntime, AccountSettings } from './account-runtime.js';

/** Options of {@link createAccountRuntime}. */
export interface AccountRuntimeOptions {
  settings: AccountSettings;
  mail: MailerOptions;
  /** Where failed background sends are reported. @default they are dropped */
  onMailError?: (error: unknown, template: string) => void;
}

/** The account runtime of one server: its settings and a mailer over the configured transport. */
export function createAccountRuntime(options: AccountRuntimeOptions): AccountRuntime {
  return {
    settings: Object.freeze({ ...options.settings }),
    mailer: createMailer(options.mail),
    onMailError: options.onMailError ?? (() => {}),
  };
}
