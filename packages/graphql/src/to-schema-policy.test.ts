import { describe, expect, it } from 'vitest';
import { toSchemaPolicy } from './to-schema-policy.js';

describe('toSchemaPolicy', () => {
  const policy = toSchemaPolicy({
    rules: (collection) =>
      ({
        articles: [{ fields: ['id', 'title'] }, { fields: ['slug'] }],
        tags: [{ fields: ['name'] }, { fields: ['*'] }],
      })[collection] ?? [],
  });

  it('shows the union of the fields the read rules grant', () => {
    expect(policy('articles')).toEqual({ fields: new Set(['id', 'title', 'slug']) });
    expect(policy('tags')).toEqual({ fields: '*' });
  });

  it('hides collections no read rule covers', () => {
    expect(policy('comments')).toBeNull();
  });
});
