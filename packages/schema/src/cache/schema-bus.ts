/** What schema caches tell each other: "the data model changed, drop yours". */
export interface SchemaBusMessage {
  type: 'invalidate';
  /** The cache that invalidated, so it can ignore its own message. */
  origin: string;
}

/**
 * The channel schema caches of all API instances share. Small on purpose: an in-memory bus for one
 * process, Redis pub/sub across processes, anything else that can broadcast a message.
 */
export interface SchemaBus {
  publish(message: SchemaBusMessage): Promise<void>;
  /** Starts delivering messages to `handler`; resolves to the function that stops it. */
  subscribe(handler: (message: SchemaBusMessage) => void): Promise<() => Promise<void>>;
}
