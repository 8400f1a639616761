import {
  type ASTVisitor,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

function countRootFields(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += countRootFields(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

/**
 * A validation rule refusing operations with more than `maxRootFields` root fields. Each root field
 * is one database read (or one write), so this bounds the cost of one request; aliases make a short
 * document ask for the same collection many times.
 */
export function createRootFieldLimitRule(maxRootFields: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > maxRootFields) {
        context.reportError(
          new GraphQLError(
            `The operation has ${count} root fields; at most ${maxRootFields} are allowed in one request.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}
