import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDepthLimitRule } from './create-depth-limit-rule.js';

const schema = buildSchema(`
  type Node { id: ID, next: Node }
  type Query { node: Node, other: Node }
`);

const errorsOf = (source: string, rule: ReturnType<typeof createDepthLimitRule>) =>
  validate(schema, parse(source), [...specifiedRules, rule]).map((error) => error.message);

describe('createDepthLimitRule', () => {
  it('counts fields from the root, through fragments, not introspection', () => {
    const rule = createDepthLimitRule(3);
    expect(errorsOf('{ node { next { id } } }', rule)).toEqual([]);
    expect(errorsOf('query Q { node { next { next { id } } } }', rule)).toEqual([
      '"Q" is nested 4 fields deep; at most 3 are allowed.',
    ]);
    expect(errorsOf('{ node { ...f } } fragment f on Node { next { next { id } } }', rule)).toEqual([
      'The operation is nested 4 fields deep; at most 3 are allowed.',
    ]);
    expect(
      errorsOf(
        '{ node { ... on Node { id } } __schema { types { fields { type { ofType { name } } } } } }',
        rule,
      ),
    ).toEqual([]);
  });

  it('survives fragment cycles, which the standard rules report', () => {
    const errors = errorsOf(
      '{ node { ...a } } fragment a on Node { next { ...a } }',
      createDepthLimitRule(3),
    );
    expect(errors).toEqual(['Cannot spread fragment "a" within itself.']);
  });
});
