import { ErrorCode, isPlinthError } from '@plinth/errors';
import { fetchUserAccess } from '../../auth/access/fetch-user-access.js';
import { toAccountability } from '../../auth/access/to-accountability.js';
import type { ServiceContext } from '../../context/service-context.js';
import { createItem } from '../../items/create-item.js';
import { readItem } from '../../items/read-item.js';

const MENTION = /@([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})/gi;
const NO_ORIGIN = { ip: null, userAgent: null, origin: null };

interface Comment {
  collection: string;
  item: string | number;
  comment: string;
}

async function displayNames(trx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  const rows = await trx.db
    .selectFrom('directus_users')
    .select(['id', 'first_name', 'last_name', 'email'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((row) => {
      const full = [row.first_name, row.last_name].filter(Boolean).join(' ');
      return [String(row.id).toLowerCase(), full || String(row.email ?? 'Unknown user')];
    }),
  );
}

/** Whether `userId` may read the item the comment is about, by their own permissions. */
async function canRead(trx: ServiceContext, userId: string, { collection, item }: Comment): Promise<boolean> {
  const access = await fetchUserAccess(trx.db, userId);
  if (!access) return false;
  const theirs = { ...trx, accountability: toAccountability(access, NO_ORIGIN), systemAccess: true };
  try {
    await readItem(theirs, collection, item, { fields: [trx.schema.collections[collection]!.primary] });
    return true;
  } catch (error) {
    if (isPlinthError(error, ErrorCode.Forbidden)) return false;
    throw error;
  }
}

/**
 * Sends a notification to each user a new comment mentions (`@<user id>`) who may read the item it is
 * about; the others are skipped, so a mention never shows an item to someone who cannot see it. The
 * notifications are written by the system, in the comment's transaction.
 */
export async function notifyMentions(trx: ServiceContext, comment: Comment): Promise<void> {
  const mentioned = [
    ...new Set([...comment.comment.matchAll(MENTION)].map((match) => match[1]!.toLowerCase())),
  ];
  if (mentioned.length === 0) return;
  const sender = trx.accountability?.user ?? null;
  const names = await displayNames(trx, sender ? [...mentioned, sender] : mentioned);
  const quoted = comment.comment
    .replace(MENTION, (_match, id: string) => `@${names.get(id.toLowerCase()) ?? 'Unknown user'}`)
    .replace(/\n+/g, '\n> ');
  const system = { ...trx, accountability: null, systemAccess: true };
  for (const recipient of mentioned) {
    if (!names.has(recipient) || !(await canRead(trx, recipient, comment))) continue;
    await createItem(system, 'directus_notifications', {
      recipient,
      sender,
      subject: `New mention in ${comment.collection}`,
      message: `${names.get(sender ?? '') ?? 'Someone'} mentioned you in a comment:\n\n> ${quoted}`,
      collection: comment.collection,
      item: String(comment.item),
    });
  }
}
