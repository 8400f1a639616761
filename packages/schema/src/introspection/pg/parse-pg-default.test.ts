import { describe, expect, it } from 'vitest';
import { isPgSequenceDefault, parsePgDefault } from './parse-pg-default.js';

describe('parsePgDefault', () => {
  it('drops the casts PostgreSQL adds to literals', () => {
    expect(parsePgDefault("'draft'::character varying")).toEqual({ literal: 'draft' });
    expect(parsePgDefault("'it''s'::text")).toEqual({ literal: "it's" });
    expect(parsePgDefault("'-1'::integer")).toEqual({ literal: '-1' });
    expect(parsePgDefault("'{}'::jsonb")).toEqual({ literal: '{}' });
  });

  it('reads bare numbers, booleans and NULL', () => {
    expect(parsePgDefault('9.99')).toEqual({ literal: '9.99' });
    expect(parsePgDefault('(-5)')).toEqual({ literal: '-5' });
    expect(parsePgDefault('false')).toEqual({ literal: 'false' });
    expect(parsePgDefault('NULL::character varying')).toBeNull();
    expect(parsePgDefault(null)).toBeNull();
  });

  it('keeps anything else as an expression', () => {
    expect(parsePgDefault('now()')).toEqual({ expression: 'now()' });
    expect(parsePgDefault("(now() AT TIME ZONE 'utc'::text)")).toEqual({
      expression: "(now() AT TIME ZONE 'utc'::text)",
    });
  });
});

describe('isPgSequenceDefault', () => {
  it('spots serial columns', () => {
    expect(isPgSequenceDefault("nextval('articles_id_seq'::regclass)")).toBe(true);
    expect(isPgSequenceDefault('0')).toBe(false);
    expect(isPgSequenceDefault(null)).toBe(false);
  });
});
