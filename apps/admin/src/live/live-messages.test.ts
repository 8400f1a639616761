import { describe, expect, it } from 'vitest';
import { toLiveMessage, toRetryDelay, toSocketUrl } from './live-messages.js';

describe('toLiveMessage', () => {
  it('reads the subscription events of its own uid', () => {
    const create = JSON.stringify({ type: 'subscription', event: 'create', data: [{ id: 1 }], uid: 'live' });
    expect(toLiveMessage(create, 'live')).toEqual({ kind: 'subscription', event: 'create' });
    expect(toLiveMessage(create, 'other')).toEqual({ kind: 'other' });
    const init = JSON.stringify({ type: 'subscription', event: 'init', data: [], uid: 'live' });
    expect(toLiveMessage(init, 'live')).toEqual({ kind: 'subscription', event: 'init' });
    const unsubscribe = JSON.stringify({ type: 'subscription', event: 'unsubscribe', uid: 'live' });
    expect(toLiveMessage(unsubscribe, 'live')).toEqual({ kind: 'other' });
  });

  it('tells pings, an expired token and errors apart', () => {
    expect(toLiveMessage('{"type":"ping"}', 'live')).toEqual({ kind: 'ping' });
    const expired = {
      type: 'auth',
      status: 'error',
      error: { code: 'TOKEN_EXPIRED', message: 'Token expired.' },
    };
    expect(toLiveMessage(JSON.stringify(expired), 'live')).toEqual({ kind: 'expired' });
    const refused = {
      type: 'subscribe',
      status: 'error',
      error: { code: 'FORBIDDEN', message: 'No.' },
      uid: 'live',
    };
    expect(toLiveMessage(JSON.stringify(refused), 'live')).toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      message: 'No.',
    });
  });

  it('ignores what is not a protocol message', () => {
    expect(toLiveMessage('not json', 'live')).toEqual({ kind: 'other' });
    expect(toLiveMessage('42', 'live')).toEqual({ kind: 'other' });
  });
});

describe('toSocketUrl', () => {
  it('swaps the scheme', () => {
    expect(toSocketUrl('http://127.0.0.1:8055')).toBe('ws://127.0.0.1:8055/websocket');
    expect(toSocketUrl('https://cms.example.com')).toBe('wss://cms.example.com/websocket');
  });
});

describe('toRetryDelay', () => {
  it('doubles up to 30 s', () => {
    expect([0, 1, 2, 5, 10].map(toRetryDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});
