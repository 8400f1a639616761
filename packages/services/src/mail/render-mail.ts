/** The emails Plinth sends, by name. */
export type MailTemplate = 'password-reset' | 'magic-link' | 'user-invitation' | 'user-registration';

/** What every template fills in. */
export interface MailData {
  projectName: string;
  /** The link the email is about. */
  url: string;
  /** How long the link works, in words ("15 minutes"). */
  validFor: string;
}

/** A rendered email, without its recipient. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface TemplateText {
  subject: (data: MailData) => string;
  lines: (data: MailData) => string[];
  action: string;
}

const templates: Record<MailTemplate, TemplateText> = {
  'password-reset': {
    subject: (data) => `Choose a new password for ${data.projectName}`,
    lines: (data) => [
      `Someone asked to reset the password of your ${data.projectName} account.`,
      `The link below lets you choose a new one. It works once, for ${data.validFor}.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    action: 'Choose a new password',
  },
  'magic-link': {
    subject: (data) => `Your sign-in link for ${data.projectName}`,
    lines: (data) => [
      `Use the link below to sign in to ${data.projectName} without a password.`,
      `It works once, for ${data.validFor}.`,
      'If you did not ask for it, ignore this email; nobody can use the link without your inbox.',
    ],
    action: 'Sign in',
  },
  'user-invitation': {
    subject: (data) => `You are invited to ${data.projectName}`,
    lines: (data) => [
      `An administrator of ${data.projectName} has made an account for you.`,
      `Follow the link below to choose your password; it works for ${data.validFor}.`,
    ],
    action: 'Accept the invitation',
  },
  'user-registration': {
    subject: (data) => `Confirm your email for ${data.projectName}`,
    lines: (data) => [
      `Thanks for signing up to ${data.projectName}.`,
      `Follow the link below within ${data.validFor} to confirm this address and activate your account.`,
      'If you did not sign up, ignore this email.',
    ],
    action: 'Confirm my email',
  },
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Fills a built-in template: a plain-text body and a small HTML one with the same words. */
export function renderMail(template: MailTemplate, data: MailData): RenderedMail {
  const source = templates[template];
  const lines = source.lines(data);
  const text = [...lines, '', `${source.action}: ${data.url}`, ''].join('\n');
  const paragraphs = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const link = `<p><a href="${escapeHtml(data.url)}">${escapeHtml(source.action)}</a></p>`;
  const html = `<!doctype html>\n<html><body>\n${paragraphs}\n${link}\n</body></html>\n`;
  return { subject: source.subject(data), text, html };
}

/** A duration in milliseconds as words for an email ("7 days", "15 minutes"). */
export function describeDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) {
      const count = ms / size;
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
