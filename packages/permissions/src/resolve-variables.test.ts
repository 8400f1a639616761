import { describe, expect, it } from 'vitest';
import { collectVariables } from './collect-variables.js';
import { resolveVariables } from './resolve-variables.js';
import { toVariableValues } from './to-variable-values.js';
import type { VariableValues } from './variable-values.js';

const values: VariableValues = {
  user: { id: 'u1', 'department.id': 'd7', 'role.name': 'Editor', tags: ['a', 'b'] },
  role: { id: 'r2', name: 'Editor' },
  roles: [
    { id: 'r1', name: 'Staff' },
    { id: 'r2', name: 'Editor' },
  ],
  policies: [{ id: 'p1', name: 'Writers' }, { id: 'p2' }],
};

describe('resolveVariables', () => {
  it('replaces bare variables by the ids', () => {
    expect(
      resolveVariables(
        {
          owner: { _eq: '$CURRENT_USER' },
          role: { _eq: '$CURRENT_ROLE' },
          roles: { _in: '$CURRENT_ROLES' },
          policy: { _in: '$CURRENT_POLICIES' },
        },
        values,
      ),
    ).toEqual({
      owner: { _eq: 'u1' },
      role: { _eq: 'r2' },
      roles: { _in: ['r1', 'r2'] },
      policy: { _in: ['p1', 'p2'] },
    });
  });

  it('replaces paths by the values read, and arrays of them for the plural variables', () => {
    expect(
      resolveVariables(
        {
          department: { _eq: '$CURRENT_USER.department.id' },
          label: { _eq: '$CURRENT_USER.role.name' },
          tags: { _in: '$CURRENT_USER.tags' },
          role_name: { _eq: '$CURRENT_ROLE.name' },
          names: { _in: '$CURRENT_ROLES.name' },
          policy_names: { _in: '$CURRENT_POLICIES.name' },
        },
        values,
      ),
    ).toEqual({
      department: { _eq: 'd7' },
      label: { _eq: 'Editor' },
      tags: { _in: ['a', 'b'] },
      role_name: { _eq: 'Editor' },
      names: { _in: ['Staff', 'Editor'] },
      policy_names: { _in: ['Writers', null] },
    });
  });

  it('walks nested logical filters and arrays, leaving keys and other strings alone', () => {
    const filter = {
      _or: [
        { _and: [{ owner: { _eq: '$CURRENT_USER' } }, { status: { _in: ['draft', '$CURRENT_ROLE'] } }] },
        { $CURRENT_USER: { _eq: 'literal $CURRENT_USER' } },
      ],
    };
    expect(resolveVariables(filter, values)).toEqual({
      _or: [
        { _and: [{ owner: { _eq: 'u1' } }, { status: { _in: ['draft', 'r2'] } }] },
        { $CURRENT_USER: { _eq: 'literal $CURRENT_USER' } },
      ],
    });
  });

  it('leaves $NOW, numbers, booleans and malformed variables as they are', () => {
    const filter = {
      date: { _gte: '$NOW(-1 year)' },
      at: { _lte: '$NOW' },
      count: { _eq: 3 },
      flag: { _eq: true },
      broken: { _eq: '$CURRENT_USER.' },
      unknown: { _eq: '$CURRENT_TEAM' },
    };
    expect(resolveVariables(filter, values)).toEqual(filter);
  });

  it('resolves presets objects too, and does not change its input', () => {
    const presets = { owner: '$CURRENT_USER', meta: { role: '$CURRENT_ROLE' } };
    expect(resolveVariables(presets, values)).toEqual({ owner: 'u1', meta: { role: 'r2' } });
    expect(presets.owner).toBe('$CURRENT_USER');
  });

  it('gives null for an anonymous caller and for paths never read', () => {
    const subject = { user: null, role: null, roles: [], policies: ['pub'] };
    const anonymous = toVariableValues(subject);
    expect(
      resolveVariables(
        {
          owner: { _eq: '$CURRENT_USER' },
          dept: { _eq: '$CURRENT_USER.department.id' },
          role: { _eq: '$CURRENT_ROLE' },
          roles: { _in: '$CURRENT_ROLES' },
          policies: { _in: '$CURRENT_POLICIES' },
        },
        anonymous,
      ),
    ).toEqual({
      owner: { _eq: null },
      dept: { _eq: null },
      role: { _eq: null },
      roles: { _in: [] },
      policies: { _in: ['pub'] },
    });
    expect(resolveVariables('$CURRENT_USER.email', toVariableValues({ ...subject, user: 'u9' }))).toBeNull();
  });
});

describe('collectVariables', () => {
  it('lists each $CURRENT_* variable once, $NOW and literals left out', () => {
    const found = collectVariables({
      _or: [
        { owner: { _eq: '$CURRENT_USER' } },
        { dept: { _eq: '$CURRENT_USER.department.id' }, at: { _gt: '$NOW' } },
        { owner: { _in: ['$CURRENT_USER', 'x'] } },
      ],
    });
    expect([...found]).toEqual(['$CURRENT_USER', '$CURRENT_USER.department.id']);
  });
});
