import { describe, expect, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import type { DynamicVariable, NowAdjustmentUnit } from './dynamic-variable.js';
import { parseDynamicVariable } from './parse-dynamic-variable.js';

const spellings: [NowAdjustmentUnit, string[]][] = [
  ['millisecond', ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds']],
  ['second', ['s', 'sec', 'secs', 'second', 'seconds']],
  ['minute', ['m', 'min', 'mins', 'minute', 'minutes']],
  ['hour', ['h', 'hr', 'hrs', 'hour', 'hours']],
  ['day', ['d', 'day', 'days']],
  ['week', ['w', 'week', 'weeks']],
  ['month', ['mo', 'mth', 'month', 'months']],
  ['year', ['y', 'yr', 'yrs', 'year', 'years']],
];
const unitCases = spellings.flatMap(([unit, words]) =>
  words.map((word): [string, NowAdjustmentUnit] => [word, unit]),
);

describe('parseDynamicVariable $NOW', () => {
  it('reads a bare $NOW', () => {
    expect(parseDynamicVariable('$NOW')).toEqual({ kind: 'now', adjustment: null });
  });

  it.each(unitCases)('reads the unit spelling "%s" as %s', (word, unit) => {
    expect(parseDynamicVariable(`$NOW(-3 ${word})`)).toEqual({
      kind: 'now',
      adjustment: { amount: -3, unit },
    });
    expect(parseDynamicVariable(`$NOW(+2${word.toUpperCase()})`)).toEqual({
      kind: 'now',
      adjustment: { amount: 2, unit },
    });
  });

  const adjustments: [string, number, NowAdjustmentUnit][] = [
    ['-1 year', -1, 'year'],
    ['+2 hours', 2, 'hour'],
    ['7', 7, 'day'],
    ['-7', -7, 'day'],
    ['1.5h', 1.5, 'hour'],
    [' 30 minutes ', 30, 'minute'],
    ['.5 d', 0.5, 'day'],
  ];
  it.each(adjustments)('reads "%s"', (text, amount, unit) => {
    expect(parseDynamicVariable(`$NOW(${text})`)).toEqual({ kind: 'now', adjustment: { amount, unit } });
  });
});

const accountability: [string, DynamicVariable][] = [
  ['$CURRENT_USER', { kind: 'current-user', path: [] }],
  ['$CURRENT_USER.role.name', { kind: 'current-user', path: ['role', 'name'] }],
  ['$CURRENT_ROLE', { kind: 'current-role', path: [] }],
  ['$CURRENT_ROLE.name', { kind: 'current-role', path: ['name'] }],
  ['$CURRENT_ROLES', { kind: 'current-roles', path: [] }],
  ['$CURRENT_ROLES.name', { kind: 'current-roles', path: ['name'] }],
  ['$CURRENT_POLICIES', { kind: 'current-policies', path: [] }],
  ['$CURRENT_POLICIES.admin_access', { kind: 'current-policies', path: ['admin_access'] }],
];

describe('parseDynamicVariable accountability variables', () => {
  it.each(accountability)('reads %s', (text, expected) => {
    expect(parseDynamicVariable(text)).toEqual(expected);
  });

  it.each(['hello', '', '$NOWHERE', '$now', '$CURRENT_USERS', '$CURRENT_ROLEX', 'x$NOW', '$OTHER'])(
    'leaves %j as a literal',
    (text) => {
      expect(parseDynamicVariable(text)).toBeNull();
    },
  );
});

const malformed: [string, string][] = [
  ['$NOW(soon)', 'Invalid date adjustment "soon" in $NOW'],
  ['$NOW()', 'Invalid date adjustment "" in $NOW'],
  ['$NOW(1 fortnight)', 'Invalid date adjustment "1 fortnight" in $NOW'],
  ['$NOW(--1 day)', 'Invalid date adjustment "--1 day" in $NOW'],
  ['$NOW(-1 year', 'Invalid dynamic variable "$NOW(-1 year"'],
  ['$CURRENT_USER.', 'Invalid dynamic variable "$CURRENT_USER."'],
  ['$CURRENT_USER..role', 'Invalid dynamic variable "$CURRENT_USER..role"'],
  ['$CURRENT_ROLES. name', 'Invalid dynamic variable "$CURRENT_ROLES. name"'],
];

describe('parseDynamicVariable errors', () => {
  it.each(malformed)('refuses %s', (text, reason) => {
    expectInvalidQuery(() => parseDynamicVariable(text), reason);
  });
});
