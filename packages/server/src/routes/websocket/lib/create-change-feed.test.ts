import { describe, expect, it } from 'vitest';
import { createChangeFeed } from './create-change-feed.js';
import type { Change } from './subscription.js';

describe('createChangeFeed without Redis', () => {
  it('hands published changes to the listener, after the publisher has moved on', async () => {
    const feed = await createChangeFeed();
    const heard: Change[] = [];
    feed.onChange((change) => heard.push(change));
    feed.publish({ collection: 'a', action: 'create', keys: [1] });
    expect(heard).toEqual([]);
    await Promise.resolve();
    expect(heard).toEqual([{ collection: 'a', action: 'create', keys: [1] }]);
    await feed.close();
  });
});
