import { describe, expect, it } from 'vitest';
import { parseMysqlDefault } from './parse-mysql-default.js';

describe('parseMysqlDefault on MariaDB', () => {
  it('reads quoted literals, numbers and the NULL spelling', () => {
    expect(parseMysqlDefault("'draft'", '', true)).toEqual({ literal: 'draft' });
    expect(parseMysqlDefault("'it''s'", '', true)).toEqual({ literal: "it's" });
    expect(parseMysqlDefault('9.99', '', true)).toEqual({ literal: '9.99' });
    expect(parseMysqlDefault('NULL', '', true)).toBeNull();
    expect(parseMysqlDefault(null, '', true)).toBeNull();
  });

  it('reads anything unquoted as an expression', () => {
    expect(parseMysqlDefault('current_timestamp()', '', true)).toEqual({ expression: 'current_timestamp()' });
  });
});

describe('parseMysqlDefault on MySQL 8', () => {
  it('reads bare values as literals unless marked DEFAULT_GENERATED', () => {
    expect(parseMysqlDefault('draft', '', false)).toEqual({ literal: 'draft' });
    expect(parseMysqlDefault('uuid()', 'DEFAULT_GENERATED', false)).toEqual({ expression: 'uuid()' });
    expect(parseMysqlDefault('CURRENT_TIMESTAMP', '', false)).toEqual({ expression: 'CURRENT_TIMESTAMP' });
  });

  it('reads bit literals as numbers on both', () => {
    expect(parseMysqlDefault("b'1'", '', false)).toEqual({ literal: '1' });
    expect(parseMysqlDefault("b'0'", '', true)).toEqual({ literal: '0' });
  });
});
