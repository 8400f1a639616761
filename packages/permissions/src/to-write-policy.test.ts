import type { Filter } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import type { PermissionRule } from './permission-rule.js';
import { toWritePolicy } from './to-write-policy.js';

type Rule = Pick<PermissionRule, 'permissions' | 'validation' | 'presets' | 'fields'>;
const rule = (overrides: Partial<Rule>): Rule => ({
  permissions: null,
  validation: null,
  presets: null,
  fields: ['*'],
  ...overrides,
});

const mine: Filter = { author: { _eq: 'u1' } };
const draft: Filter = { status: { _eq: 'draft' } };
const short: Filter = { title: { _nnull: true } };

describe('toWritePolicy', () => {
  it('answers null without rules: the action is forbidden', () => {
    expect(toWritePolicy([])).toBeNull();
  });

  it('lets a single unrestricted rule write anything', () => {
    expect(toWritePolicy([rule({})])).toEqual({
      fields: '*',
      validation: null,
      presets: {},
      itemFilter: null,
    });
  });

  it('unions the fields, "*" winning', () => {
    expect(toWritePolicy([rule({ fields: ['a'] }), rule({ fields: ['b', 'a'] })])?.fields).toEqual(
      new Set(['a', 'b']),
    );
    expect(toWritePolicy([rule({ fields: ['a'] }), rule({ fields: ['*'] })])?.fields).toBe('*');
  });

  it('ANDs the validations of every rule that has one', () => {
    expect(
      toWritePolicy([rule({ validation: draft }), rule({}), rule({ validation: short })])?.validation,
    ).toEqual({
      _and: [draft, short],
    });
    expect(toWritePolicy([rule({ validation: draft }), rule({})])?.validation).toEqual(draft);
  });

  it('merges presets in rule order, a later rule winning', () => {
    const policy = toWritePolicy([
      rule({ presets: { status: 'draft', owner: 'u1' } }),
      rule({}),
      rule({ presets: { status: 'review' } }),
    ]);
    expect(policy?.presets).toEqual({ status: 'review', owner: 'u1' });
    const reversed = toWritePolicy([
      rule({ presets: { status: 'review' } }),
      rule({ presets: { status: 'draft' } }),
    ]);
    expect(reversed?.presets).toEqual({ status: 'draft' });
  });

  it('ORs the item filters, or none when some rule covers every item', () => {
    expect(toWritePolicy([rule({ permissions: mine }), rule({ permissions: draft })])?.itemFilter).toEqual({
      _or: [mine, draft],
    });
    expect(toWritePolicy([rule({ permissions: mine }), rule({})])?.itemFilter).toBeNull();
  });

  it('does not change the rules it merges', () => {
    const presets = { status: 'draft' };
    const rules = [rule({ presets }), rule({ presets: { status: 'review' } })];
    toWritePolicy(rules);
    expect(presets).toEqual({ status: 'draft' });
  });
});
