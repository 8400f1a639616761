import { describe, expect, it } from 'vitest';
import { toRevisionEntries, toShortText } from './revision-entries.js';

describe('toRevisionEntries', () => {
  it('names the action, the person and the written fields', () => {
    const [entry] = toRevisionEntries([
      {
        id: 7,
        data: { id: 1, title: 'New' },
        delta: { title: 'New', tags: [1, 2] },
        activity: { action: 'update', timestamp: '2026-12-05T10:04:00Z', user: { email: 'a@b.test' } },
      },
    ]);
    expect(entry).toMatchObject({
      id: 7,
      action: 'Updated',
      who: 'a@b.test',
      changes: [
        { field: 'title', value: 'New' },
        { field: 'tags', value: '[1,2]' },
      ],
    });
    expect(entry?.when).toMatch(/^2026-12-0[45] \d\d:\d4$/);
  });

  it('copes with what a reader may not see', () => {
    const entries = toRevisionEntries([
      { id: 1, data: null, delta: null, activity: { action: 'create', user: 'c0ffee' } },
      { id: 2, data: null, delta: null, activity: null },
    ]);
    expect(entries.map(({ action, who, when, changes }) => [action, who, when, changes])).toEqual([
      ['Created', 'user c0ffee', '', []],
      ['Updated', 'the system', '', []],
    ]);
  });

  it('shortens long values to one line', () => {
    expect(toShortText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(toShortText(null)).toBe('null');
  });
});
