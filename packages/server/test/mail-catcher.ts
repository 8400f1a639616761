import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A received email, parsed. */
export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
}

/** A real SMTP server on a random local port that keeps what it receives. */
export interface MailCatcher {
  port: number;
  received: CaughtMail[];
  /** The next email to `to` (already received or still to come). */
  next(to: string, timeoutMs?: number): Promise<CaughtMail>;
  /** Waits `ms` and says whether any email reached `to` meanwhile. */
  nothingFor(to: string, ms: number): Promise<boolean>;
  close(): Promise<void>;
}

function toCaught(parsed: ParsedMail): CaughtMail {
  const addresses = [parsed.to ?? []]
    .flat()
    .flatMap((group) => group.value.map((entry) => entry.address ?? ''));
  return {
    to: addresses.map((address) => address.toLowerCase()),
    from: parsed.from?.value[0]?.address ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
  };
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const received: CaughtMail[] = [];
  const taken = new Set<CaughtMail>();
  const waiters: { to: string; resolve: (mail: CaughtMail) => void }[] = [];

  const deliver = (mail: CaughtMail) => {
    received.push(mail);
    const index = waiters.findIndex((waiter) => mail.to.includes(waiter.to));
    if (index === -1) return;
    const [waiter] = waiters.splice(index, 1);
    taken.add(mail);
    waiter?.resolve(mail);
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          deliver(toCaught(parsed));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    received,
    next(to, timeoutMs = 5_000) {
      const address = to.toLowerCase();
      const waiting = received.find((mail) => !taken.has(mail) && mail.to.includes(address));
      if (waiting) {
        taken.add(waiting);
        return Promise.resolve(waiting);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no email to ${to} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          to: address,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        });
      });
    },
    async nothingFor(to, ms) {
      const before = received.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return !received.slice(before).some((mail) => mail.to.includes(to.toLowerCase()));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link in an email's text body, and the `token` it carries. */
export function linkOf(mail: CaughtMail): { url: URL; token: string } {
  const match = /https?:\/\/\S+/.exec(mail.text);
  if (!match) throw new Error(`no link in: ${mail.text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get('token') ?? '' };
}
