import { defineSettings } from '../lib/define-settings.js';

/** Outgoing email; transport-specific variables follow `EMAIL_<TRANSPORT>_*`. */
export const emailSettings = defineSettings('Email', [
  { name: 'EMAIL_FROM', kind: 'string', default: 'no-reply@example.com', description: 'Sender address.' },
  {
    name: 'EMAIL_TRANSPORT',
    kind: 'enum',
    default: 'sendmail',
    values: ['sendmail', 'smtp', 'mailgun', 'ses'],
    description: 'How mail leaves the server.',
  },
  {
    name: 'EMAIL_VERIFY_SETUP',
    kind: 'boolean',
    default: 'true',
    description: 'Check the transport works at start-up.',
  },
  {
    name: 'EMAIL_SENDMAIL_PATH',
    kind: 'string',
    default: '/usr/sbin/sendmail',
    description: 'sendmail binary.',
  },
  {
    name: 'EMAIL_SENDMAIL_NEW_LINE',
    kind: 'enum',
    default: 'unix',
    values: ['unix', 'windows'],
    description: 'Line endings handed to sendmail.',
  },
  { name: 'EMAIL_SMTP_HOST', kind: 'string', description: 'SMTP server host.' },
  { name: 'EMAIL_SMTP_PORT', kind: 'integer', min: 1, max: 65535, description: 'SMTP server port.' },
  { name: 'EMAIL_SMTP_USER', kind: 'string', description: 'SMTP user.' },
  { name: 'EMAIL_SMTP_PASSWORD', kind: 'string', secret: true, description: 'SMTP password.' },
  { name: 'EMAIL_SMTP_SECURE', kind: 'boolean', description: 'Connect with TLS from the start (port 465).' },
  { name: 'EMAIL_SMTP_IGNORE_TLS', kind: 'boolean', description: 'Never upgrade with STARTTLS.' },
  { name: 'EMAIL_SMTP_POOL', kind: 'boolean', description: 'Keep SMTP connections open between messages.' },
  { name: 'EMAIL_SMTP_NAME', kind: 'string', description: 'Host name announced to the SMTP server.' },
  { name: 'EMAIL_MAILGUN_API_KEY', kind: 'string', secret: true, description: 'Mailgun API key.' },
  { name: 'EMAIL_MAILGUN_DOMAIN', kind: 'string', description: 'Mailgun sending domain.' },
  {
    name: 'EMAIL_MAILGUN_HOST',
    kind: 'string',
    default: 'api.mailgun.net',
    description: 'Mailgun API host (EU: `api.eu.mailgun.net`).',
  },
  {
    name: 'EMAIL_TEMPLATES_PATH',
    kind: 'string',
    default: './templates',
    description: 'Directory of custom email templates.',
  },
]);
