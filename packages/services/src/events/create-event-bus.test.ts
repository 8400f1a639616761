import { describe, expect, it } from 'vitest';
import { createEventBus, type EventContext } from './create-event-bus.js';

const context = {
  database: {} as never,
  schema: { collections: {}, folders: {}, relations: [] },
  accountability: null,
} satisfies EventContext;

describe('createEventBus', () => {
  it('chains filter handlers in order, keeping the payload when one returns nothing', async () => {
    const bus = createEventBus();
    bus.onFilter('items.create', (payload: { n: number }) => ({ n: payload.n + 1 }));
    bus.onFilter('items.create', () => undefined);
    bus.onFilter('items.create', (payload: { n: number }, meta) => ({
      n: payload.n * 10,
      c: meta['collection'],
    }));
    expect(await bus.emitFilter('items.create', { n: 1 }, { collection: 'a' }, context)).toEqual({
      n: 20,
      c: 'a',
    });
    expect(await bus.emitFilter('items.update', { n: 1 }, {}, context)).toEqual({ n: 1 });
  });

  it('lets a filter abort by throwing', async () => {
    const bus = createEventBus();
    bus.onFilter('items.delete', () => {
      throw new Error('no');
    });
    await expect(bus.emitFilter('items.delete', [1], {}, context)).rejects.toThrow('no');
  });

  it('reports failing actions without throwing, and unregisters', async () => {
    const failures: string[] = [];
    const seen: unknown[] = [];
    const bus = createEventBus({
      onActionError: (error, event) => failures.push(`${event}:${String(error)}`),
    });
    const off = bus.onAction('items.create', (meta) => void seen.push(meta['key']));
    bus.onAction('items.create', async () => {
      throw new Error('boom');
    });
    await bus.emitAction('items.create', { key: 7 }, context);
    off();
    await bus.emitAction('items.create', { key: 8 }, context);
    expect(seen).toEqual([7]);
    expect(failures).toEqual(['items.create:Error: boom', 'items.create:Error: boom']);
  });
});
