import { serverInfo } from '@directus/sdk';
import { useEffect, useRef, useState } from 'react';
import { client } from '../lib/client.js';
import { type LiveStatus, openLiveSubscription } from './live-subscription.js';

let socketsOn: Promise<boolean> | null = null;

/** Whether the server serves `/websocket` (`websocket` in `/server/info`), asked once per page load. */
function hasSockets(): Promise<boolean> {
  socketsOn ??= client.request(serverInfo()).then(
    (info) => Boolean((info as { websocket?: unknown }).websocket),
    () => false,
  );
  return socketsOn;
}

/** How long changes are gathered before the list reads again (a bulk write sends one event per row batch). */
const SETTLE_MS = 150;

/**
 * Calls `onChange` when someone creates, updates or deletes an item of `collection`, while the
 * component is mounted. `fields` are what each event reads back (null while unknown: waits).
 */
export function useLiveUpdates(
  collection: string,
  fields: string[] | null,
  onChange: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('off');
  const latest = useRef(onChange);
  latest.current = onChange;
  const fieldList = fields?.join(',') ?? null;

  useEffect(() => {
    if (fieldList === null) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), SETTLE_MS);
    };
    void hasSockets().then((on) => {
      if (!on || cancelled) return;
      stop = openLiveSubscription({
        collection,
        fields: fieldList.split(','),
        onChange: settle,
        onStatus: setStatus,
      });
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
      setStatus('off');
    };
  }, [collection, fieldList]);

  return status;
}
