import { type ASTVisitor, GraphQLError, OperationTypeNode, type ValidationContext } from 'graphql';

/**
 * A validation rule for HTTP transports: a subscription operation is refused (it needs the
 * graphql-ws socket), rather than run once as a query that answers `null`.
 */
export function NoSubscriptionRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== OperationTypeNode.SUBSCRIPTION) return;
      context.reportError(
        new GraphQLError('Subscriptions are served over the GraphQL WebSocket (graphql-ws).', {
          nodes: node,
        }),
      );
    },
  };
}
