import type { Filter } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import type { PermissionRule } from './permission-rule.js';
import { toReadPolicy } from './to-read-policy.js';

type Rule = Pick<PermissionRule, 'permissions' | 'fields'>;
const rule = (permissions: Filter | null, fields: string[]): Rule => ({ permissions, fields });

const published: Filter = { status: { _eq: 'published' } };
const mine: Filter = { author: { _eq: 'u1' } };
const team: Filter = { team: { _eq: 't1' } };

describe('toReadPolicy', () => {
  it('answers null when no rule applies: the collection cannot be read', () => {
    expect(toReadPolicy([])).toBeNull();
  });

  it('keeps a single rule as it is, with no field filters', () => {
    expect(toReadPolicy([rule(published, ['id', 'title'])])).toEqual({
      filter: published,
      fields: new Set(['id', 'title']),
    });
  });

  it('leaves the row filter out when the only rule covers every row', () => {
    const policy = toReadPolicy([rule(null, ['*'])]);
    expect(policy).toEqual({ fields: '*' });
    expect(policy).not.toHaveProperty('filter');
  });

  it('ORs the rules row filters and unions their fields', () => {
    const policy = toReadPolicy([rule(published, ['id', 'title']), rule(mine, ['id', 'title', 'body'])]);
    expect(policy?.filter).toEqual({ _or: [published, mine] });
    expect(policy?.fields).toEqual(new Set(['id', 'title', 'body']));
  });

  it('drops the row filter when any rule has none, whatever the order', () => {
    expect(toReadPolicy([rule(published, ['id']), rule(null, ['id'])])?.filter).toBeUndefined();
    expect(toReadPolicy([rule(null, ['id']), rule(published, ['id'])])?.filter).toBeUndefined();
  });

  it('gives a field only some rules grant the filter of those rules', () => {
    const policy = toReadPolicy([rule(published, ['id', 'title']), rule(mine, ['id', 'title', 'body'])]);
    expect(policy?.fieldFilters).toEqual(new Map([['body', mine]]));
  });

  it('ORs the filters of several rules granting the same field', () => {
    const policy = toReadPolicy([
      rule(published, ['id']),
      rule(mine, ['id', 'body']),
      rule(team, ['id', 'body']),
    ]);
    expect(policy?.fieldFilters).toEqual(new Map([['body', { _or: [mine, team] }]]));
  });

  it('adds no field filter for a field some unfiltered rule grants', () => {
    const policy = toReadPolicy([rule(null, ['id', 'title']), rule(mine, ['id', 'title', 'body'])]);
    expect(policy?.filter).toBeUndefined();
    expect(policy?.fieldFilters).toEqual(new Map([['body', mine]]));
    expect(policy?.fieldFilters?.has('title')).toBe(false);
  });

  it('treats "*" as granting every field, and a "*" rule without filter as needing no field filters', () => {
    const policy = toReadPolicy([rule(null, ['*']), rule(mine, ['id'])]);
    expect(policy).toEqual({ fields: '*' });
  });

  it('expands a filtered "*" rule over the collection fields when another rule grants fewer', () => {
    const policy = toReadPolicy(
      [rule(published, ['*']), rule(mine, ['id', 'title'])],
      ['id', 'title', 'body', 'secret'],
    );
    expect(policy?.fields).toBe('*');
    expect(policy?.filter).toEqual({ _or: [published, mine] });
    expect(policy?.fieldFilters).toEqual(
      new Map([
        ['body', published],
        ['secret', published],
      ]),
    );
  });

  it('refuses to guess which fields a filtered "*" rule alone grants without the collection fields', () => {
    expect(() => toReadPolicy([rule(published, ['*']), rule(mine, ['id'])])).toThrow(TypeError);
  });

  it('needs no collection fields when every rule grants "*"', () => {
    const policy = toReadPolicy([rule(published, ['*']), rule(mine, ['*'])]);
    expect(policy).toEqual({ filter: { _or: [published, mine] }, fields: '*' });
  });

  it('grants nothing beyond the fields named when no rule has "*"', () => {
    const policy = toReadPolicy([rule(null, []), rule(mine, ['title'])]);
    expect(policy?.fields).toEqual(new Set(['title']));
    expect(policy?.fieldFilters).toEqual(new Map([['title', mine]]));
  });
});
