import { createMailRenderer } from '../mail/create-mail-renderer.js';
import { createMailer, type MailerOptions } from '../mail/create-mailer.js';
import type { AccountRuntime, AccountSettings } from './account-runtime.js';

/** Options of {@link createAccountRuntime}. */
export interface AccountRuntimeOptions {
  settings: AccountSettings;
  mail: MailerOptions;
  /** Directory of liquid templates replacing the built-in HTML (`EMAIL_TEMPLATES_PATH`). @default none */
  templatesPath?: string | undefined;
  /** Where failed background sends are reported. @default they are dropped */
  onMailError?: (error: unknown, template: string) => void;
}

/** The account runtime of one server: its settings, a mailer over the configured transport, the templates. */
export function createAccountRuntime(options: AccountRuntimeOptions): AccountRuntime {
  return {
    settings: Object.freeze({ ...options.settings }),
    mailer: createMailer(options.mail),
    templates: createMailRenderer({ templatesPath: options.templatesPath }),
    onMailError: options.onMailError ?? (() => {}),
  };
}
