import { describe, expect, it } from 'vitest';
import { createStatementNamer } from './name-read-statements.js';

const read = (n: number) =>
  `select json_build_object(cast($1 as text), "t0"."id") as data from "t${n}" as "t0"`;

describe('createStatementNamer', () => {
  it('names an item read the second time it is seen, and keeps that name', () => {
    const nameOf = createStatementNamer();
    expect(nameOf(read(1))).toBeUndefined();
    const name = nameOf(read(1));
    expect(name).toBe('plinth_read_1');
    expect(nameOf(read(1))).toBe(name);
    nameOf(read(2));
    expect(nameOf(read(2))).toBe('plinth_read_2');
  });

  it('never names other statements', () => {
    const nameOf = createStatementNamer();
    for (const text of [
      'begin',
      'select * from "articles"',
      'insert into "t" ("a") values ($1) returning "id"',
    ]) {
      expect([nameOf(text), nameOf(text), nameOf(text)]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('names at most `max` texts; the rest run unnamed', () => {
    const nameOf = createStatementNamer(2);
    for (const n of [1, 2, 3]) nameOf(read(n));
    expect([nameOf(read(1)), nameOf(read(2)), nameOf(read(3)), nameOf(read(3))]).toEqual([
      'plinth_read_1',
      'plinth_read_2',
      undefined,
      undefined,
    ]);
  });
});
