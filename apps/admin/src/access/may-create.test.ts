import { describe, expect, it } from 'vitest';
import { mayCreate } from './may-create.js';

describe('mayCreate', () => {
  it('allows full and partial create access, nothing else', () => {
    const permissions = {
      notes: { create: { access: 'partial' }, read: { access: 'full' } },
      posts: { create: { access: 'full' } },
      tags: { create: { access: 'none' }, read: { access: 'full' } },
    };
    expect(mayCreate(permissions, 'notes')).toBe(true);
    expect(mayCreate(permissions, 'posts')).toBe(true);
    expect(mayCreate(permissions, 'tags')).toBe(false);
    expect(mayCreate(permissions, 'unlisted')).toBe(false);
    expect(mayCreate(null, 'notes')).toBe(false);
  });
});
