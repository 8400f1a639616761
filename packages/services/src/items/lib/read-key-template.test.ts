import type { PreparedRead } from '@plinth/query';
import type { FieldOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { keyScopedQuery, keyStandIn, keyTemplate, withKey } from './read-key-template.js';
import { isSharedQuery, shareQuery } from './shared-query.js';

const planWith = (parameters: unknown[]) =>
  ({ statement: { sql: 'select', parameters, query: {}, queryId: {} } }) as unknown as PreparedRead;
const fieldOf = (type: string) => ({ type }) as FieldOverview;

describe('by-key read templates', () => {
  it('pick a stand-in that fits the key type', () => {
    expect(keyStandIn(fieldOf('integer'))).toEqual(expect.any(Number));
    expect(keyStandIn(fieldOf('bigInteger'))).toEqual(expect.any(Number));
    expect(keyStandIn(fieldOf('uuid'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyStandIn(fieldOf('string'))).toEqual(expect.any(String));
  });

  it('swap the one bound stand-in for the key and leave the template alone', () => {
    const standIn = keyStandIn(fieldOf('integer'));
    const template = planWith(['title', standIn, 1]);
    const plan = withKey(template, standIn, 42);
    expect(plan?.statement.parameters).toEqual(['title', 42, 1]);
    expect(template.statement.parameters).toEqual(['title', standIn, 1]);
  });

  it('give up when the stand-in is bound twice or not at all', () => {
    const standIn = keyStandIn(fieldOf('string'));
    expect(withKey(planWith([standIn, standIn]), standIn, 'a')).toBeNull();
    expect(withKey(planWith(['a']), standIn, 'b')).toBeNull();
  });

  it('narrow a query to one key, as one item or as a list', () => {
    const query = { fields: ['id'], filter: { status: { _eq: 'draft' } }, limit: 25 };
    expect(keyScopedQuery(query, 'id', 7, 'item')).toEqual({
      fields: ['id'],
      filter: { _and: [{ id: { _eq: 7 } }, query.filter] },
      limit: 1,
      offset: 0,
    });
    expect(keyScopedQuery(query, 'id', 7, 'keys')).toEqual(
      expect.objectContaining({ filter: { _and: [{ id: { _in: [7] } }, query.filter] }, limit: -1 }),
    );
  });

  it('make the template of a shared query once, and share it too', () => {
    const shared = shareQuery({ fields: ['id'], limit: 25 });
    const template = keyTemplate(shared, 'id', -1, 'item');
    expect(keyTemplate(shared, 'id', -1, 'item')).toBe(template);
    expect(isSharedQuery(template)).toBe(true);
    expect(keyTemplate(shared, 'id', -1, 'keys')).not.toBe(template);
    expect(keyTemplate(shared, 'key', -1, 'item')).not.toBe(template);
    const own = { fields: ['id'], limit: 25 };
    expect(keyTemplate(own, 'id', -1, 'item')).not.toBe(keyTemplate(own, 'id', -1, 'item'));
    expect(keyTemplate(own, 'id', -1, 'item')).toEqual(template);
  });
});
