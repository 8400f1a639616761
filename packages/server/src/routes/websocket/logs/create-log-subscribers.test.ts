import { describe, expect, it } from 'vitest';
import { createLogSubscribers } from './create-log-subscribers.js';
import { createLogTap } from './create-log-tap.js';

const line = (level: number, msg: string) => JSON.stringify({ level, time: 5, msg });

describe('createLogSubscribers', () => {
  it('sends each socket the lines at or above its level, tagged with the node id', () => {
    const tap = createLogTap();
    const subscribers = createLogSubscribers(tap, 'node-1');
    const warnings: string[] = [];
    const everything: string[] = [];
    subscribers.subscribe({ sendText: (text) => warnings.push(text) }, 'warn');
    subscribers.subscribe({ sendText: (text) => everything.push(text) }, 'trace');
    tap.write(line(30, 'info line'));
    tap.write(line(50, 'error line'));
    expect(warnings.map((text) => JSON.parse(text))).toEqual([
      { type: 'logs', data: { level: 50, time: 5, msg: 'error line' }, uid: 'node-1' },
    ]);
    expect(everything).toHaveLength(2);
  });

  it('stops sending once a socket unsubscribed', () => {
    const tap = createLogTap();
    const subscribers = createLogSubscribers(tap, 'n');
    const sent: string[] = [];
    const receiver = { sendText: (text: string) => sent.push(text) };
    subscribers.subscribe(receiver, 'info');
    subscribers.unsubscribe(receiver);
    tap.write(line(60, 'fatal'));
    expect(sent).toEqual([]);
  });
});
