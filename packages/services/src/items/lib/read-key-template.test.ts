import type { PreparedRead } from '@plinth/query';
import type { FieldOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { keyStandIn, withKey } from './read-key-template.js';

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
});
