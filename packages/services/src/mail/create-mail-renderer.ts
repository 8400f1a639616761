import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Liquid } from 'liquidjs';
import { type MailData, type MailTemplate, type RenderedMail, renderMail } from './render-mail.js';

/** Renders account emails: the built-in ones, or the operator's own HTML where there is one. */
export interface MailRenderer {
  render(template: MailTemplate, data: MailData & { email: string }): Promise<RenderedMail>;
}

/** Options of {@link createMailRenderer}. */
export interface MailRendererOptions {
  /**
   * Directory of liquid templates named after the emails (`password-reset.liquid`, `user-invitation.liquid`,
   * `user-registration.liquid`, `magic-link.liquid`) that replace the built-in HTML (`EMAIL_TEMPLATES_PATH`).
   * A missing directory or file leaves the built-in email. @default none
   */
  templatesPath?: string | undefined;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Creates a {@link MailRenderer}. A custom template gets `url`, `email`, `projectName` and `validFor`;
 * every value it prints is HTML-escaped. Subjects and the plain-text part stay the built-in ones. Files
 * are looked up at each send, so templates can be added or edited without a restart.
 */
export function createMailRenderer(options: MailRendererOptions = {}): MailRenderer {
  const root = options.templatesPath;
  const engine =
    root === undefined ? undefined : new Liquid({ root, extname: '.liquid', outputEscape: 'escape' });
  return {
    async render(template, data) {
      const builtIn = renderMail(template, data);
      if (!engine || !root || !(await exists(join(root, `${template}.liquid`)))) return builtIn;
      const html = await engine.renderFile(template, { ...data });
      return { ...builtIn, html: String(html) };
    },
  };
}
