import { describe, expect, it } from 'vitest';
import { isWithoutRowid, readGeneratedExpressions } from './parse-create-table.js';
import { parseDeclaredType } from './parse-declared-type.js';
import { parseSqliteDefault } from './parse-sqlite-default.js';

describe('readGeneratedExpressions', () => {
  it('reads the expression of each generated column, nested parentheses and quotes included', () => {
    const sql = `CREATE TABLE "t(x)" (id integer primary key, "full name" text GENERATED ALWAYS AS (first || ' (' || last || ')') VIRTUAL,
      total real as ((price * 2)) stored, note text default 'as (not this)', check (total > 0))`;
    expect(Object.fromEntries(readGeneratedExpressions(sql))).toEqual({
      'full name': "first || ' (' || last || ')'",
      total: '(price * 2)',
    });
  });
});

describe('isWithoutRowid', () => {
  it('looks only after the column list', () => {
    expect(isWithoutRowid('create table t (id integer primary key) without rowid')).toBe(true);
    expect(isWithoutRowid("create table t (id integer primary key, n text default 'without rowid')")).toBe(
      false,
    );
  });
});

describe('parseDeclaredType', () => {
  it('splits names and sizes', () => {
    expect(parseDeclaredType('VARCHAR(255)')).toEqual({
      name: 'varchar',
      length: 255,
      precision: null,
      scale: null,
    });
    expect(parseDeclaredType('decimal(10, 2)')).toEqual({
      name: 'decimal',
      length: null,
      precision: 10,
      scale: 2,
    });
    expect(parseDeclaredType('double  precision')).toMatchObject({ name: 'double precision', length: null });
    expect(parseDeclaredType('')).toMatchObject({ name: '' });
  });
});

describe('parseSqliteDefault', () => {
  it('unwraps parentheses and tells literals from expressions', () => {
    expect(parseSqliteDefault("'draft'")).toEqual({ literal: 'draft' });
    expect(parseSqliteDefault('(-1)')).toEqual({ literal: '-1' });
    expect(parseSqliteDefault('FALSE')).toEqual({ literal: 'false' });
    expect(parseSqliteDefault('NULL')).toBeNull();
    expect(parseSqliteDefault("(datetime('now'))")).toEqual({ expression: "datetime('now')" });
    expect(parseSqliteDefault('(a) + (b)')).toEqual({ expression: '(a) + (b)' });
  });
});
