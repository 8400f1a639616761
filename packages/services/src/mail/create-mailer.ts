import nodemailer from 'nodemailer';

/** One outgoing message: plain text always, HTML alongside for clients that show it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail; made once per server. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Checks the transport can be reached (the SMTP handshake; sendmail's binary). */
  verify(): Promise<void>;
  close(): void;
}

/** SMTP connection settings (`EMAIL_SMTP_*`). */
export interface SmtpOptions {
  host?: string | undefined;
  port?: number | undefined;
  user?: string | undefined;
  password?: string | undefined;
  /** TLS from the first byte (port 465). @default false */
  secure?: boolean | undefined;
  /** Never upgrade with STARTTLS. @default false */
  ignoreTls?: boolean | undefined;
  /** Keep connections open between messages. @default false */
  pool?: boolean | undefined;
  /** Host name announced in EHLO. @default the machine's */
  name?: string | undefined;
}

/** Options of {@link createMailer}. */
export interface MailerOptions {
  /** The sender (`EMAIL_FROM`). */
  from: string;
  /** `EMAIL_TRANSPORT`; other transports are not built in yet. */
  transport: 'smtp' | 'sendmail';
  smtp?: SmtpOptions;
  /** `EMAIL_SENDMAIL_PATH` and `EMAIL_SENDMAIL_NEW_LINE`. */
  sendmail?: { path?: string | undefined; newline?: 'unix' | 'windows' | undefined };
}

function createTransport(options: MailerOptions) {
  if (options.transport === 'sendmail') {
    return nodemailer.createTransport({
      sendmail: true,
      path: options.sendmail?.path ?? '/usr/sbin/sendmail',
      newline: options.sendmail?.newline ?? 'unix',
    });
  }
  const smtp = options.smtp ?? {};
  const auth = smtp.user === undefined ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } };
  return nodemailer.createTransport({
    host: smtp.host ?? 'localhost',
    port: smtp.port ?? (smtp.secure ? 465 : 587),
    secure: smtp.secure ?? false,
    ignoreTLS: smtp.ignoreTls ?? false,
    ...(smtp.pool ? { pool: true as const } : {}),
    ...(smtp.name === undefined ? {} : { name: smtp.name }),
    ...auth,
  });
}

/** A mailer over nodemailer's SMTP or sendmail transport. */
export function createMailer(options: MailerOptions): Mailer {
  const transport = createTransport(options);
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    async verify() {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}
