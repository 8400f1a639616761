import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Received } from './websocket-fixture.js';

/** A graphql-ws client of `url` (no retries: a refusal fails the test) with `access_token` in `connection_init`. */
export function graphqlSocket(url: string, accessToken?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    ...(accessToken ? { connectionParams: { access_token: accessToken } } : {}),
  });
}

/** A running subscription: what it received, and a way to wait for more. */
export interface LiveSubscription {
  received: Received[];
  /** Resolves with the `count`-th result (1-based) once it arrives. */
  nth(count: number, timeoutMs?: number): Promise<Received>;
  /** Resolves if no more than `count` results arrived after `ms`. */
  settles(count: number, ms: number): Promise<void>;
  /** The error the server ended it with, if any. */
  error: Promise<unknown>;
  /** Resolves once the subscription is acknowledged by the first round-trip of the socket. */
  stop(): void;
}

/** Subscribes with `query` and records every result. */
export function subscribe(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): LiveSubscription {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  let fail: (error: unknown) => void = () => {};
  const error = new Promise<unknown>((resolve) => {
    fail = resolve;
  });
  const stop = client.subscribe(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (result) => {
        received.push(result);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (reason) => fail(reason),
      complete: () => {},
    },
  );
  return {
    received,
    error,
    stop,
    nth(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`result ${count} did not arrive; got ${JSON.stringify(received)}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length < count) return void waiters.push(check);
          clearTimeout(timer);
          resolve(received[count - 1]);
        };
        check();
      });
    },
    async settles(count, ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (received.length > count)
        throw new Error(`unexpected results ${JSON.stringify(received.slice(count))}`);
    },
  };
}
