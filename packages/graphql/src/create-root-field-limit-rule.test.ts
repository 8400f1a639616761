import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createRootFieldLimitRule } from './create-root-field-limit-rule.js';

const schema = buildSchema(`
  type Node { id: ID }
  type Query { node: Node, other: Node }
`);

const errorsOf = (source: string, rule: ReturnType<typeof createRootFieldLimitRule>) =>
  validate(schema, parse(source), [...specifiedRules, rule]).map((error) => error.message);

describe('createRootFieldLimitRule', () => {
  it('counts root fields, aliases and fragments included', () => {
    const rule = createRootFieldLimitRule(2);
    expect(errorsOf('{ node { id } other { id } __typename }', rule)).toEqual([]);
    expect(
      errorsOf('{ a: node { id } b: node { id } ...f } fragment f on Query { other { id } }', rule),
    ).toEqual(['The operation has 3 root fields; at most 2 are allowed in one request.']);
  });
});
