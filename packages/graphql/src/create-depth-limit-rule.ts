import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is answered by the server itself and is deep by nature.
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by the standard rules; count it once here.
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return deepest;
}

/**
 * A validation rule refusing operations nested deeper than `maxDepth` fields (the root field counts
 * as 1, so `articles { author { name } }` is 3 deep). Fragments count where they are spread;
 * introspection fields do not count.
 */
export function createDepthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        const name = operation.name ? `"${operation.name.value}"` : 'The operation';
        context.reportError(
          new GraphQLError(`${name} is nested ${depth} fields deep; at most ${maxDepth} are allowed.`, {
            nodes: [operation],
          }),
        );
      }
    },
  });
}
