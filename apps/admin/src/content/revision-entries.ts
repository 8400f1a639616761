/** A revision as the panel reads it (`id,data,delta,activity.action,activity.timestamp,activity.user.email`). */
export interface RevisionRecord {
  id: number;
  data: Record<string, unknown> | null;
  delta: Record<string, unknown> | null;
  activity: {
    action?: string | null;
    timestamp?: string | null;
    user?: { email?: string | null } | string | null;
  } | null;
}

/** One line of the revisions panel. */
export interface RevisionEntry {
  id: number;
  action: string;
  /** When, as `YYYY-MM-DD HH:MM` in the reader's time zone; empty when unknown. */
  when: string;
  /** Who: the user's email, or what the API let us see of them. */
  who: string;
  /** The fields the change wrote, with their values as short text. */
  changes: Array<{ field: string; value: string }>;
}

const ACTIONS: Record<string, string> = { create: 'Created', update: 'Updated', delete: 'Deleted' };

/** A value as one short line of text. */
export function toShortText(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toWhen(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toWho(user: NonNullable<RevisionRecord['activity']>['user']): string {
  if (!user) return 'the system';
  if (typeof user === 'string') return `user ${user}`;
  return user.email ?? 'a user';
}

/** The panel's lines for revisions as the API sends them (newest first). */
export function toRevisionEntries(records: readonly RevisionRecord[]): RevisionEntry[] {
  return records.map((record) => {
    const action = record.activity?.action ?? 'update';
    return {
      id: record.id,
      action: ACTIONS[action] ?? action,
      when: toWhen(record.activity?.timestamp),
      who: toWho(record.activity?.user),
      changes: Object.entries(record.delta ?? {}).map(([field, value]) => ({
        field,
        value: toShortText(value),
      })),
    };
  });
}
