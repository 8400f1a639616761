import type { LiveStatus } from './live-subscription.js';
import './live.css';

const TEXT: Record<LiveStatus, string> = { off: '', connecting: 'Connecting…', live: 'Live' };

/** Says whether the list updates by itself (a status region, so the change is announced). */
export function LiveBadge({ status }: { status: LiveStatus }) {
  return (
    <span
      role="status"
      className={`live-badge ${status}`}
      title={status === 'live' ? 'Changes made by others appear here as they happen' : undefined}
    >
      {TEXT[status]}
    </span>
  );
}
