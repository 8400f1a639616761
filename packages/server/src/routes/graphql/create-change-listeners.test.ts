import { describe, expect, it } from 'vitest';
import { createChangeListeners } from './create-change-listeners.js';

const change = (collection: string, key: number) => ({ collection, action: 'create' as const, keys: [key] });

describe('createChangeListeners', () => {
  it("hands each listener its collection's changes in order, buffered until taken", async () => {
    const listeners = createChangeListeners();
    const articles = listeners.listen('articles');
    const tags = listeners.listen('tags');
    listeners.push(change('articles', 1));
    listeners.push(change('tags', 2));
    listeners.push(change('articles', 3));
    expect((await articles.next()).value?.keys).toEqual([1]);
    expect((await articles.next()).value?.keys).toEqual([3]);
    expect((await tags.next()).value?.keys).toEqual([2]);
    const waiting = articles.next();
    listeners.push(change('articles', 4));
    expect((await waiting).value?.keys).toEqual([4]);
  });

  it('stops delivering once returned, and ends a pending wait', async () => {
    const listeners = createChangeListeners();
    const articles = listeners.listen('articles');
    const waiting = articles.next();
    await articles.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    listeners.push(change('articles', 1));
    expect(await articles.next()).toEqual({ value: undefined, done: true });
  });

  it('drops the oldest changes past the buffer limit', async () => {
    const listeners = createChangeListeners(2);
    const articles = listeners.listen('articles');
    for (const key of [1, 2, 3]) listeners.push(change('articles', key));
    expect((await articles.next()).value?.keys).toEqual([2]);
    expect((await articles.next()).value?.keys).toEqual([3]);
  });
});
