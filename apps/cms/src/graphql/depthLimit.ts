import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql'

/** Deepest nesting a query may use: enough for any page (doc → relation → field), too little for abuse. */
export const MAX_QUERY_DEPTH = 8

function depthOf(node: ASTNode, context: ValidationContext, seen: Set<string>): number {
  if (!('selectionSet' in node) || !node.selectionSet) {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value
      if (seen.has(name)) return 0
      const fragment = context.getFragment(name)
      return fragment ? depthOf(fragment, context, new Set(seen).add(name)) : 0
    }
    return 0
  }
  const nested = node.selectionSet.selections.map((selection) => depthOf(selection, context, seen))
  const deepest = Math.max(0, ...nested)
  // Fields add a level; fragments and inline fragments only group fields.
  return node.kind === Kind.FIELD ? deepest + 1 : deepest
}

/** Refuses queries nested deeper than MAX_QUERY_DEPTH, before any resolver runs. */
export const depthLimit: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const depth = depthOf(operation, context, new Set())
    if (depth > MAX_QUERY_DEPTH) {
      context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; at most ${MAX_QUERY_DEPTH} are allowed.`, { nodes: [operation] }))
    }
  },
})
