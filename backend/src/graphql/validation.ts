import { GraphQLError, getNamedType, isEnumType, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Names the argument when a query spells an enum value that does not exist. graphql-js reports the
 * value and the enum but not the argument; librarians' apps and tests need the argument.
 */
export function enumArgumentRule(context: ValidationContext): ASTVisitor {
  return {
    EnumValue(node) {
      const type = getNamedType(context.getInputType());
      const argument = context.getArgument();
      if (!type || !isEnumType(type) || !argument || type.getValue(node.value)) return;
      const allowed = type
        .getValues()
        .map((v) => v.name)
        .join(', ');
      context.reportError(
        new GraphQLError(`Argument "${argument.name}": "${node.value}" is not one of ${allowed}`, {
          nodes: node,
          extensions: { code: 'BAD_USER_INPUT', argument: argument.name },
        }),
      );
    },
  };
}

/** The API has no subscriptions: one asked for is refused while validating, not failed while executing. */
export function noSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      context.reportError(new GraphQLError('Subscriptions are not supported: use a query or a mutation', { nodes: node }));
    },
  };
}
