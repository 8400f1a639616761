import type { MailMessage } from '../mail/create-mailer.js';

/** What a share invitation says: who shares, what, and where the share page is. */
export interface ShareInvitation {
  to: string;
  inviter: string;
  collection: string;
  url: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** The email of `POST /shares/invite`, in plain text and HTML (every value escaped). */
export function renderShareInvitation(invitation: ShareInvitation): MailMessage {
  const { to, inviter, collection, url } = invitation;
  const line = `${inviter} has invited you to view an item in ${collection}.`;
  return {
    to,
    subject: `${inviter} has shared an item with you`,
    text: `Hello!\n\n${line}\n\nOpen it here: ${url}\n`,
    html: `<p>Hello!</p>\n<p>${escapeHtml(line)}</p>\n<p><a href="${escapeHtml(url)}">Open</a></p>`,
  };
}
